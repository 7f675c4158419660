import Testing
@testable import DCEMRules

/// Ruling 12 (docs/law.md#rule-12; the Info Droits Migrants page): the document de voyage
/// collectif.
@Suite struct CollectiveTravelTests {
    static let pupils = [CollectiveTravelMinor(name: "Amina"), CollectiveTravelMinor(name: "Bilal", holdsDCEM: true),
                         CollectiveTravelMinor(name: "Chen")]

    static func request(filed: String = "2027-03-01", departure: String = "2027-03-16", returnOn: String = "2027-03-20",
                        to destination: String = "ES", byHead: Bool = true, teacher: Bool = true,
                        minors: [CollectiveTravelMinor] = pupils) -> CollectiveTravelRequest {
        CollectiveTravelRequest(filedOn: d(filed), departure: d(departure), returnOn: d(returnOn), destination: c(destination),
                                requestedByHeadOfSchool: byHead, leader: GroupLeader(name: "Mme Durand", isTeacherOfTheSchool: teacher),
                                minors: minors)
    }

    @Test func accepted() {
        let result = CollectiveTravel.evaluate(CollectiveTravelTests.request())
        #expect(result.accepted)
        #expect(result.refusals.isEmpty)
        #expect(result.listed.map(\.name) == ["Amina", "Chen"])
        #expect(result.excluded == [ExcludedMinor(minor: CollectiveTravelMinor(name: "Bilal", holdsDCEM: true), reason: .holdsDCEM)])
        #expect(result.validFrom == d("2027-03-16") && result.validUntil == d("2027-03-20"))
        #expect(result.latestFilingDate == d("2027-03-01"))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: CollectiveTravelRequest
        let refusals: [CollectiveTravelRefusal]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "14 days before departure", request: request(filed: "2027-03-02"), refusals: [.filedTooLate]),
        Case(name: "Ireland", request: request(to: "IE"), refusals: [.destinationIreland]),
        Case(name: "Switzerland is EEA, not EU", request: request(to: "CH"), refusals: [.destinationNotEU]),
        Case(name: "Norway", request: request(to: "NO"), refusals: [.destinationNotEU]),
        Case(name: "Morocco", request: request(to: "MA"), refusals: [.destinationNotEU]),
        Case(name: "France", request: request(to: "FR"), refusals: [.destinationFrance]),
        Case(name: "United Kingdom after leaving the EU", request: request(to: "GB"), refusals: [.destinationNotEU]),
        Case(name: "United Kingdom while in the EU",
             request: request(filed: "2019-05-01", departure: "2019-06-01", returnOn: "2019-06-05", to: "GB"), refusals: []),
        Case(name: "leader not a teacher", request: request(teacher: false), refusals: [.leaderNotTeacher]),
        Case(name: "not asked by the head of school", request: request(byHead: false), refusals: [.notRequestedByHeadOfSchool]),
        Case(name: "every pupil already holds a DCEM", request: request(minors: [CollectiveTravelMinor(name: "Bilal", holdsDCEM: true)]),
             refusals: [.noMinorToList]),
        Case(name: "return before departure", request: request(returnOn: "2027-03-15"), refusals: [.returnBeforeDeparture]),
        Case(name: "every reason at once", request: request(filed: "2027-03-10", to: "IE", byHead: false, teacher: false, minors: []),
             refusals: [.destinationIreland, .filedTooLate, .notRequestedByHeadOfSchool, .leaderNotTeacher, .noMinorToList]),
    ]

    @Test(arguments: cases)
    func refusals(_ c: Case) {
        let result = CollectiveTravel.evaluate(c.request)
        #expect(result.refusals == c.refusals)
        #expect(result.accepted == c.refusals.isEmpty)
        if !result.accepted { #expect(result.validFrom == nil && result.validUntil == nil) }
        for r in result.refusals {
            #expect(r.legalBasis.ruling == 12)
            #expect(!r.label(in: .fr).isEmpty && !r.label(in: .en).isEmpty)
        }
    }
}
