import Foundation
import Testing
@testable import DCEMRules

/// Ruling 12 (docs/law.md#rule-12; the Info Droits Migrants page): the document de voyage
/// collectif — the trip's checks and each pupil's place on the list.
@Suite struct CollectiveTravelTests {
    static func pupil(_ surname: String, _ nationalities: [String] = ["MA"], given: String = "A", born: String = "2012-05-10",
                      dcem: Bool = false) -> CollectiveTravelMinor {
        CollectiveTravelMinor(surname: surname, givenNames: given, birthDate: d(born), birthPlace: "Casablanca",
                              nationalities: nationalities.map(c), holdsValidDCEM: dcem)
    }

    static let pupils = [pupil("Chen"), pupil("Amrani"), pupil("Bilal", dcem: true)]

    static func request(filed: String = "2027-03-01", departure: String = "2027-03-16", returnOn: String = "2027-03-20",
                        to destinations: [String] = ["ES"], byHead: Bool = true, teacher: Bool = true,
                        minors: [CollectiveTravelMinor] = pupils) -> CollectiveTravelRequest {
        CollectiveTravelRequest(filedOn: d(filed), departure: d(departure), returnOn: d(returnOn), destinations: destinations.map(c),
                                requestedByHeadOfSchool: byHead, leader: GroupLeader(name: "Mme Durand", isTeacherOfTheSchool: teacher),
                                minors: minors)
    }

    @Test func accepted() {
        let result = CollectiveTravel.evaluate(Self.request())
        #expect(result.accepted)
        #expect(result.refusals.isEmpty && result.refusedDestinations.isEmpty)
        // alphabetical, as the letterhead list
        #expect(result.listed.map(\.surname) == ["Amrani", "Chen"])
        #expect(result.excluded == [ExcludedMinor(minor: Self.pupil("Bilal", dcem: true), reason: .holdsDCEM)])
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
        Case(name: "filed 15 days before departure", request: request(filed: "2027-03-01"), refusals: []),
        Case(name: "filed 14 days before departure", request: request(filed: "2027-03-02"), refusals: [.filedTooLate]),
        Case(name: "several EU destinations", request: request(to: ["ES", "PT", "IT"]), refusals: []),
        Case(name: "Ireland", request: request(to: ["IE"]), refusals: [.destinationIreland]),
        Case(name: "Ireland among other destinations", request: request(to: ["FR", "ES", "IE"]),
             refusals: [.destinationFrance, .destinationIreland]),
        Case(name: "Switzerland is not in the EU", request: request(to: ["CH"]), refusals: [.destinationNotEU]),
        Case(name: "Norway is EEA, not EU", request: request(to: ["NO"]), refusals: [.destinationNotEU]),
        Case(name: "Morocco", request: request(to: ["MA"]), refusals: [.destinationNotEU]),
        Case(name: "France", request: request(to: ["FR"]), refusals: [.destinationFrance]),
        Case(name: "no destination", request: request(to: []), refusals: [.noDestination]),
        Case(name: "United Kingdom after leaving the EU", request: request(to: ["GB"]), refusals: [.destinationNotEU]),
        Case(name: "United Kingdom while in the EU",
             request: request(filed: "2019-05-01", departure: "2019-06-01", returnOn: "2019-06-05", to: ["GB"]), refusals: []),
        Case(name: "Croatia", request: request(to: ["HR"]), refusals: []),
        Case(name: "leader not a teacher", request: request(teacher: false), refusals: [.leaderNotTeacher]),
        Case(name: "not asked by the head of school", request: request(byHead: false), refusals: [.notRequestedByHeadOfSchool]),
        Case(name: "every pupil already holds a DCEM", request: request(minors: [pupil("Bilal", dcem: true)]),
             refusals: [.noMinorToList]),
        Case(name: "return the day of departure", request: request(returnOn: "2027-03-16"), refusals: []),
        Case(name: "return before departure", request: request(returnOn: "2027-03-15"), refusals: [.returnBeforeDeparture]),
        Case(name: "every reason at once",
             request: request(filed: "2027-03-10", to: ["IE", "NO"], byHead: false, teacher: false, minors: []),
             refusals: [.destinationNotEU, .destinationIreland, .filedTooLate, .notRequestedByHeadOfSchool, .leaderNotTeacher,
                        .noMinorToList]),
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

    @Test func eachRefusedDestinationIsNamedWithItsReason() {
        let result = CollectiveTravel.evaluate(Self.request(to: ["ES", "IE", "CH", "FR"]))
        #expect(result.refusedDestinations == [
            RefusedDestination(country: c("IE"), reason: .destinationIreland),
            RefusedDestination(country: c("CH"), reason: .destinationNotEU),
            RefusedDestination(country: c("FR"), reason: .destinationFrance),
        ])
        #expect(CollectiveTravelRefusal.destinationIreland.label(in: .fr).contains("propre document de voyage"))
    }

    @Test(arguments: [
        // (departure, last filing day): 15 days before, across a month, a year, 29 February
        ("2027-03-16", "2027-03-01"), ("2027-01-10", "2026-12-26"), ("2028-03-15", "2028-02-29"), ("2027-03-15", "2027-02-28"),
    ])
    func theLastFilingDay(departure: String, last: String) {
        #expect(CollectiveTravel.latestFilingDay(departure: d(departure)) == d(last))
        #expect(CollectiveTravel.isInTime(filedOn: d(last), departure: d(departure)))
        #expect(!CollectiveTravel.isInTime(filedOn: d(last).adding(days: 1), departure: d(departure)))
    }

    /// The 15 days are counted on the département's calendar: a request sent at 23:59 Paris time on
    /// the last day is in time, one sent a minute after midnight is not, though both are the same
    /// UTC day. In La Réunion (UTC+4) the day changes four hours earlier than in UTC.
    @Test(arguments: [
        // (instant UTC, département, in time for a departure on 2027-03-16; last day 2027-03-01)
        ("2027-03-01T22:59:00Z", "75", true),   // 23:59 in Paris (UTC+1 in March)
        ("2027-03-01T23:01:00Z", "75", false),  // 00:01 on 2 March in Paris
        ("2027-03-01T19:59:00Z", "974", true),  // 23:59 in La Réunion
        ("2027-03-01T20:01:00Z", "974", false), // 00:01 on 2 March in La Réunion
        ("2027-03-02T03:59:00Z", "971", true),  // 23:59 on 1 March in Guadeloupe (UTC−4)
    ])
    func theFifteenDaysEitherSideOfMidnight(instant: String, departement: String, inTime: Bool) throws {
        let at = try #require(ISO8601DateFormatter().date(from: instant))
        let filedOn = dep(departement).today(at: at)
        #expect(CollectiveTravel.isInTime(filedOn: filedOn, departure: d("2027-03-16")) == inTime)
        let result = CollectiveTravel.evaluate(Self.request(filed: filedOn.iso))
        #expect(result.refusals.contains(.filedTooLate) == !inTime)
    }

    // MARK: Each pupil

    struct PupilCase: CustomTestStringConvertible, Sendable {
        let name: String
        let minor: CollectiveTravelMinor
        let exclusion: CollectiveTravelExclusion?
        var testDescription: String { name }
    }

    /// A trip from 2027-03-16 to 2027-03-20.
    static let pupilCases: [PupilCase] = [
        PupilCase(name: "a Moroccan pupil of 14", minor: pupil("A"), exclusion: nil),
        PupilCase(name: "a stateless pupil", minor: pupil("A", []), exclusion: nil),
        PupilCase(name: "a French pupil", minor: pupil("A", ["FR"]), exclusion: .french),
        PupilCase(name: "a French and Algerian pupil", minor: pupil("A", ["DZ", "FR"]), exclusion: .french),
        PupilCase(name: "a Portuguese pupil", minor: pupil("A", ["PT"]), exclusion: .eeaOrSwiss),
        PupilCase(name: "a Swiss pupil", minor: pupil("A", ["CH"]), exclusion: .eeaOrSwiss),
        PupilCase(name: "a Norwegian pupil", minor: pupil("A", ["NO"]), exclusion: .eeaOrSwiss),
        PupilCase(name: "a British pupil, after 2020", minor: pupil("A", ["GB"]), exclusion: nil),
        PupilCase(name: "18 the day before departure", minor: pupil("A", born: "2009-03-15"), exclusion: .adult),
        PupilCase(name: "18 on the departure day", minor: pupil("A", born: "2009-03-16"), exclusion: .adult),
        PupilCase(name: "18 during the trip", minor: pupil("A", born: "2009-03-18"), exclusion: .turns18DuringTrip),
        PupilCase(name: "18 on the return day", minor: pupil("A", born: "2009-03-20"), exclusion: .turns18DuringTrip),
        PupilCase(name: "18 the day after the return", minor: pupil("A", born: "2009-03-21"), exclusion: nil),
        PupilCase(name: "holds a valid DCEM", minor: pupil("A", dcem: true), exclusion: .holdsDCEM),
        PupilCase(name: "French and holding a DCEM: French first", minor: pupil("A", ["FR"], dcem: true), exclusion: .french),
    ]

    @Test(arguments: pupilCases)
    func eachPupil(_ p: PupilCase) {
        #expect(CollectiveTravel.exclusion(of: p.minor, departure: d("2027-03-16"), returnOn: d("2027-03-20")) == p.exclusion)
    }

    @Test func aBirthdayOn29FebruaryIsOn28FebruaryInACommonYear() {
        // born 2008-02-29: 18 on 2026-02-28 (ruling 18)
        let minor = Self.pupil("A", born: "2008-02-29")
        #expect(CollectiveTravel.exclusion(of: minor, departure: d("2026-02-25"), returnOn: d("2026-02-27")) == nil)
        #expect(CollectiveTravel.exclusion(of: minor, departure: d("2026-02-25"), returnOn: d("2026-02-28")) == .turns18DuringTrip)
    }

    @Test func theListKeepsAndExcludesWithReasons() {
        let minors = [Self.pupil("Zola"), Self.pupil("Dupont", ["FR"]), Self.pupil("Élise", given: "B"), Self.pupil("eboué", given: "C"),
                      Self.pupil("Martin", born: "2009-03-18"), Self.pupil("Bilal", dcem: true)]
        let list = CollectiveTravel.list(minors, departure: d("2027-03-16"), returnOn: d("2027-03-20"))
        // accents and case aside: "eboué" before "Élise", both before "Zola"
        #expect(list.kept.map(\.surname) == ["eboué", "Élise", "Zola"])
        #expect(list.excluded.map(\.minor.surname) == ["Dupont", "Martin", "Bilal"])
        #expect(list.excluded.map(\.reason) == [.french, .turns18DuringTrip, .holdsDCEM])
    }
}
