import FluentKit
import Foundation

/// The dossier's services, built once per process: the pages, the API, the back office and the
/// scheduler share them (one store, one workflow, one file storage), so none of them can be
/// configured apart from the others.
struct DossierServices: Sendable {
    let store: DossierStore
    let files: any FileStorage
    let orphans: OrphanFiles
    let filing: DossierFiling
    let workflow: DossierWorkflow
    let copy: DossierCopy
    let uploads: DossierUploads
    let messages: DossierMessages
    let retention: CaseRetention
    /// The DCEMs handed over and their life since (docs/states.md#the-issued-document).
    let documents: IssuedDocumentRegistry

    init(config: AppConfig, database: DatabaseService, now: @escaping @Sendable () -> Date) {
        store = DossierStore(database: { database.db })
        files = FileStores.make(config, database: store.database)
        orphans = OrphanFiles(files: files, database: store.database)
        filing = DossierFiling(store: store, files: files, publicURL: config.publicURL, now: now)
        workflow = DossierWorkflow(store: store, publicURL: config.publicURL, now: now)
        copy = DossierCopy(store: store, now: now)
        uploads = DossierUploads(store: store, files: files, now: now)
        messages = DossierMessages(store: store, publicURL: config.publicURL, now: now)
        retention = CaseRetention(store: store, publicURL: config.publicURL, now: now, orphans: orphans)
        documents = IssuedDocumentRegistry(database: store.database, publicURL: config.publicURL, now: now)
    }
}
