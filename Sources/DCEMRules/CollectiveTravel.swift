/// The document de voyage collectif (docs/law.md#rule-12): a school trip's rules, pure. The trip
/// (destinations, dates, the last day to file, the teacher in charge) and each pupil's place on the
/// list are judged here; the case's life is `CollectiveTravelWorkflow`.

// MARK: - The pupils

/// A pupil of the school taking part in the trip, as the head lists them (the letterhead list of
/// docs/law.md#rule-12: surname, given names, date and place of birth, nationality).
public struct CollectiveTravelMinor: Hashable, Sendable {
    public var surname: String
    public var givenNames: String
    public var birthDate: CivilDate
    public var birthPlace: String
    /// Every nationality the pupil holds; empty for a stateless pupil (foreign, so concerned).
    public var nationalities: [Country]
    /// Holds a DCEM (or, before it, a TIR) still valid: then travels on it and is not on the
    /// collective document. Checked against the documents the service issued, declared by the head
    /// otherwise.
    public var holdsValidDCEM: Bool

    public init(surname: String, givenNames: String, birthDate: CivilDate, birthPlace: String = "",
                nationalities: [Country], holdsValidDCEM: Bool = false) {
        self.surname = surname
        self.givenNames = givenNames
        self.birthDate = birthDate
        self.birthPlace = birthPlace
        self.nationalities = nationalities
        self.holdsValidDCEM = holdsValidDCEM
    }

    /// "SURNAME Given names", as the list prints it.
    public var displayName: String { "\(surname.uppercased()) \(givenNames)" }
}

/// Why a pupil is not put on the collective document. Checked in this order; the first that applies
/// is given.
public enum CollectiveTravelExclusion: String, CaseIterable, Sendable, Codable {
    /// French (dual nationals too): travels on a French identity card or passport.
    case french
    /// A national of an EEA state or Switzerland on the departure day: travels on their own
    /// identity card or passport (docs/law.md#rule-5).
    case eeaOrSwiss = "eea-or-swiss"
    /// 18 or older on the departure day: the document is for minors.
    case adult
    /// Turns 18 during the trip (on or before the return day): would be an adult abroad on a
    /// document for minors (docs/law.md#rule-12, "minor throughout the trip").
    case turns18DuringTrip = "turns-18-during-trip"
    /// Already holds a valid DCEM: travels on it with their passport.
    case holdsDCEM = "holds-dcem"
}

public struct ExcludedMinor: Hashable, Sendable {
    public let minor: CollectiveTravelMinor
    public let reason: CollectiveTravelExclusion

    public init(minor: CollectiveTravelMinor, reason: CollectiveTravelExclusion) {
        self.minor = minor
        self.reason = reason
    }
}

/// The pupils sorted for the list: those the document is for, and the others with their reason.
public struct CollectiveTravelList: Hashable, Sendable {
    /// In alphabetical order (surname, then given names), as the letterhead list is.
    public let kept: [CollectiveTravelMinor]
    /// In the order given.
    public let excluded: [ExcludedMinor]
}

// MARK: - The trip

/// The person leading the group.
public struct GroupLeader: Hashable, Sendable {
    public var name: String
    public var isTeacherOfTheSchool: Bool

    public init(name: String, isTeacherOfTheSchool: Bool) {
        self.name = name
        self.isTeacherOfTheSchool = isTeacherOfTheSchool
    }
}

/// A request for a document de voyage collectif, as filed (or as typed, for the form's checks).
public struct CollectiveTravelRequest: Hashable, Sendable {
    /// The day of filing in the département's zone (`Departement.today(at:)`, docs/law.md#time-zones).
    public var filedOn: CivilDate
    public var departure: CivilDate
    public var returnOn: CivilDate
    /// Every state the trip goes to, in the order typed.
    public var destinations: [Country]
    /// Asked by the head of the school (chef d'établissement).
    public var requestedByHeadOfSchool: Bool
    public var leader: GroupLeader
    public var minors: [CollectiveTravelMinor]

    public init(filedOn: CivilDate, departure: CivilDate, returnOn: CivilDate, destinations: [Country],
                requestedByHeadOfSchool: Bool = true, leader: GroupLeader, minors: [CollectiveTravelMinor]) {
        self.filedOn = filedOn
        self.departure = departure
        self.returnOn = returnOn
        self.destinations = destinations
        self.requestedByHeadOfSchool = requestedByHeadOfSchool
        self.leader = leader
        self.minors = minors
    }
}

/// Why a collective travel document is refused. Every one that applies is listed, in this order.
public enum CollectiveTravelRefusal: String, CaseIterable, Sendable, Codable {
    case noDestination = "no-destination"
    case destinationFrance = "destination-france"
    case destinationNotEU = "destination-not-eu"
    /// Ireland asks for a personal travel document (docs/law.md#rule-12).
    case destinationIreland = "destination-ireland"
    case filedTooLate = "filed-too-late"
    case notRequestedByHeadOfSchool = "not-requested-by-head-of-school"
    case leaderNotTeacher = "leader-not-teacher"
    case returnBeforeDeparture = "return-before-departure"
    case noMinorToList = "no-minor-to-list"

    public var legalBasis: LegalReference {
        switch self {
        case .filedTooLate: return Parameters.collectiveTravelLeadDays.basis
        default: return CollectiveTravel.basis
        }
    }
}

/// A destination refused, with its reason (one of the three destination refusals).
public struct RefusedDestination: Hashable, Sendable {
    public let country: Country
    public let reason: CollectiveTravelRefusal
}

public struct CollectiveTravelResult: Hashable, Sendable {
    public let accepted: Bool
    /// The pupils on the document, in alphabetical order.
    public let listed: [CollectiveTravelMinor]
    public let excluded: [ExcludedMinor]
    /// Every reason of refusal (empty when accepted), each once.
    public let refusals: [CollectiveTravelRefusal]
    /// Each destination refused and why, in the order typed.
    public let refusedDestinations: [RefusedDestination]
    /// The last day the request could be filed for this departure.
    public let latestFilingDate: CivilDate
    /// The document is valid for the trip only.
    public let validFrom: CivilDate?
    public let validUntil: CivilDate?
}

/// Ruling 12: the document de voyage collectif for school trips.
public enum CollectiveTravel {
    public static let basis = LegalReference("Décision 94/795/JAI du Conseil du 30 novembre 1994", ruling: 12,
                                             sources: [.migrantsRights2022])

    /// The last day a request may be filed for a departure on `departure`: 15 days before it
    /// (`Parameters.collectiveTravelLeadDays`), so that at least 15 whole days separate the filing
    /// from the departure. The form shows it as soon as the departure date is typed.
    public static func latestFilingDay(departure: CivilDate) -> CivilDate {
        departure.adding(days: -Parameters.collectiveTravelLeadDays.value)
    }

    /// Whether a request filed on `filedOn` (a day in the département's zone) is in time.
    public static func isInTime(filedOn: CivilDate, departure: CivilDate) -> Bool {
        filedOn <= latestFilingDay(departure: departure)
    }

    /// Why `country` cannot be a destination on `departure`, or nil: any EU member state on the
    /// departure day but Ireland (it asks each pupil for a personal travel document) and France (the
    /// trip goes abroad). EU, not EEA: Norway, Iceland, Liechtenstein and Switzerland are refused.
    public static func destinationRefusal(_ country: Country, departure: CivilDate) -> CollectiveTravelRefusal? {
        if country.isFrance { return .destinationFrance }
        if country == .ireland { return .destinationIreland }
        if !country.isEUMember(on: departure) { return .destinationNotEU }
        return nil
    }

    /// Why `minor` is not put on the list of a trip from `departure` to `returnOn`, or nil when
    /// the document is for them: foreign (not French, not EEA or Swiss on the departure day), a
    /// minor on every day of the trip, not holding a valid DCEM.
    public static func exclusion(of minor: CollectiveTravelMinor, departure: CivilDate, returnOn: CivilDate) -> CollectiveTravelExclusion? {
        if minor.nationalities.containsFrance() { return .french }
        if minor.nationalities.containsEEAOrSwiss(on: departure) { return .eeaOrSwiss }
        let majority = Parameters.majorityAge.value
        if minor.birthDate.age(on: departure) >= majority { return .adult }
        // The last day abroad is the return day: a pupil 18 on it would come back as an adult.
        if minor.birthDate.age(on: Swift.max(returnOn, departure)) >= majority { return .turns18DuringTrip }
        if minor.holdsValidDCEM { return .holdsDCEM }
        return nil
    }

    /// The pupils kept (alphabetically) and those excluded with their reason.
    public static func list(_ minors: [CollectiveTravelMinor], departure: CivilDate, returnOn: CivilDate) -> CollectiveTravelList {
        var kept: [CollectiveTravelMinor] = []
        var excluded: [ExcludedMinor] = []
        for minor in minors {
            if let reason = exclusion(of: minor, departure: departure, returnOn: returnOn) {
                excluded.append(ExcludedMinor(minor: minor, reason: reason))
            } else {
                kept.append(minor)
            }
        }
        return CollectiveTravelList(kept: alphabetical(kept), excluded: excluded)
    }

    /// Surname, then given names, then birth date; letter case and accents aside ("Élise" with
    /// the E's), as a French alphabetical list reads.
    public static func alphabetical(_ minors: [CollectiveTravelMinor]) -> [CollectiveTravelMinor] {
        minors.sorted { a, b in
            let ka = (TextKey.of(a.surname), TextKey.of(a.givenNames))
            let kb = (TextKey.of(b.surname), TextKey.of(b.givenNames))
            if ka != kb { return ka < kb }
            return a.birthDate < b.birthDate
        }
    }

    /// Every check of ruling 12 on a request: the destinations, the 15 days, the head of school, the
    /// teacher in charge, the dates, and the pupils' list.
    public static func evaluate(_ request: CollectiveTravelRequest) -> CollectiveTravelResult {
        var refusals: [CollectiveTravelRefusal] = []
        var refusedDestinations: [RefusedDestination] = []
        if request.destinations.isEmpty { refusals.append(.noDestination) }
        for country in request.destinations {
            if let reason = destinationRefusal(country, departure: request.departure) {
                refusedDestinations.append(RefusedDestination(country: country, reason: reason))
            }
        }
        for reason in [CollectiveTravelRefusal.destinationFrance, .destinationNotEU, .destinationIreland]
        where refusedDestinations.contains(where: { $0.reason == reason }) {
            refusals.append(reason)
        }
        let latest = latestFilingDay(departure: request.departure)
        if request.filedOn > latest { refusals.append(.filedTooLate) }
        if !request.requestedByHeadOfSchool { refusals.append(.notRequestedByHeadOfSchool) }
        if !request.leader.isTeacherOfTheSchool { refusals.append(.leaderNotTeacher) }
        if request.returnOn < request.departure { refusals.append(.returnBeforeDeparture) }

        let list = list(request.minors, departure: request.departure, returnOn: request.returnOn)
        if list.kept.isEmpty { refusals.append(.noMinorToList) }

        let accepted = refusals.isEmpty
        return CollectiveTravelResult(accepted: accepted, listed: list.kept, excluded: list.excluded, refusals: refusals,
                                      refusedDestinations: refusedDestinations, latestFilingDate: latest,
                                      validFrom: accepted ? request.departure : nil,
                                      validUntil: accepted ? request.returnOn : nil)
    }
}
