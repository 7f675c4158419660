import FluentKit

/// The schema's history, in order. Append only: a migration that has run is never edited.
enum AllMigrations {
    static let list: [any Migration] = [
        M001_CreateSessions(),
        M002_CreateMailOutbox(),
        M003_CreateUsers(),
        M004_CreateRateLimits(),
        M005_CreateDossiers(),
        M006_IndexDossiers(),
        M007_CreateDossierMessages(),
        M008_CreateAPITokens(),
        M009_CreateAgents(),
        M010_QueueColumns(),
        M015_CreateIssuedDocuments(),
        M016_CreateForeignerAccounts(),
        M017_CreatePickupSlots(),
        M018_ChainDossierEvents(),
        M019_AssignDossiers(),
        M020_CreateIdempotencyKeys(),
        M021_CreateSearchWords(),
        M022_SessionCredentials(),
        M023_MarkMailsCarryingSecrets(),
        M024_RefusalReasonCodes(),
        M025_CreateDossierReceipts(),
        M026_QueueWork(),
        M027_PickupWindowsAndClosedDays(),
        M028_IssuedDocumentLife(),
        M029_CreateSigningKeys(),
        M030_Retention(),
        M031_CreateCaseAccessLog(),
        M032_CreateSchools(),
        M033_CreateCollectiveTrips(),
        M034_CreateTripPupilDocuments(),
        M035_TripDesk(),
        M036_CreateStoredFiles(),
    ]
}
