import DCEMRules
import Foundation
import Testing

@testable import App

/// The queue's address and search words, without a database.
@Suite struct QueueQueryTests {
    @Test func filtersReadFromTheAddressAreWrittenBackTheSame() {
        // given
        let parameters = ["etat": "awaiting-documents", "profil": "eu-parent-permit", "motif": "eea-parent", "depose-du": "2026-01-01",
                          "depose-au": "2026-06-30", "echeance": "15", "attente-famille": "1", "q": "Dupré", "tri": "child", "ordre": "desc", "page": "3"]

        // when
        let query = QueueQuery(prefecture: "75", parameters: parameters)

        // then
        #expect(query.state == .awaitingDocuments)
        #expect(query.ground == .eeaParent)
        #expect(query.dueWithinDays == 15)
        #expect(query.page == 3)
        #expect(Dictionary(uniqueKeysWithValues: query.parameters) == parameters)
    }

    @Test func unreadableFiltersAreIgnored() {
        // when: a hand-edited address
        let query = QueueQuery(prefecture: "75", parameters: ["etat": "draft", "echeance": "-3", "page": "0", "tri": "nope", "depose-du": "hier"])

        // then: drafts are never a filter; the rest falls back to the defaults
        #expect(query == QueueQuery(prefecture: "75"))
        #expect(query.parameters.isEmpty)
    }

    @Test func searchKeysIgnoreCaseAccentsAndPunctuation() {
        #expect(QueueColumns.searchKey("Héloïse N'Diaye-ÇA") == "heloise n diaye ca")
        #expect(QueueColumns.searchKey("DCEM-75-2026-000001") == "dcem 75 2026 000001")
        #expect(QueueQuery(prefecture: "75", parameters: ["q": "  100% _Dupré "]).searchWords == ["100", "dupre"])
        #expect(QueueQuery(prefecture: "75", parameters: ["q": " dcem-75-2026-000123 "]).searchedReference?.description == "DCEM-75-2026-000123")
        #expect(QueueQuery(prefecture: "75", parameters: ["q": "000123"]).searchedReference == nil)
    }
}
