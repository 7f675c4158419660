/// A foreign pupil on a school trip (ruling 12).
public struct CollectiveTravelMinor: Hashable, Sendable {
    public var name: String
    /// Already holds a DCEM: then travels on it and is not put on the collective document.
    public var holdsDCEM: Bool

    public init(name: String, holdsDCEM: Bool = false) {
        self.name = name
        self.holdsDCEM = holdsDCEM
    }
}

/// The person leading the group.
public struct GroupLeader: Hashable, Sendable {
    public var name: String
    public var isTeacherOfTheSchool: Bool

    public init(name: String, isTeacherOfTheSchool: Bool) {
        self.name = name
        self.isTeacherOfTheSchool = isTeacherOfTheSchool
    }
}

/// A request for a document de voyage collectif.
public struct CollectiveTravelRequest: Hashable, Sendable {
    public var filedOn: CivilDate
    public var departure: CivilDate
    public var returnOn: CivilDate
    public var destination: Country
    /// Asked by the head of the school (chef d'établissement).
    public var requestedByHeadOfSchool: Bool
    public var leader: GroupLeader
    public var minors: [CollectiveTravelMinor]

    public init(filedOn: CivilDate, departure: CivilDate, returnOn: CivilDate, destination: Country,
                requestedByHeadOfSchool: Bool = true, leader: GroupLeader, minors: [CollectiveTravelMinor]) {
        self.filedOn = filedOn
        self.departure = departure
        self.returnOn = returnOn
        self.destination = destination
        self.requestedByHeadOfSchool = requestedByHeadOfSchool
        self.leader = leader
        self.minors = minors
    }
}

/// Why a collective travel document is refused. Every one that applies is listed, in this order.
public enum CollectiveTravelRefusal: String, CaseIterable, Sendable {
    case destinationFrance = "destination-france"
    case destinationNotEU = "destination-not-eu"
    case destinationIreland = "destination-ireland"
    case filedTooLate = "filed-too-late"
    case notRequestedByHeadOfSchool = "not-requested-by-head-of-school"
    case leaderNotTeacher = "leader-not-teacher"
    case returnBeforeDeparture = "return-before-departure"
    case noMinorToList = "no-minor-to-list"

    public var legalBasis: LegalReference {
        switch self {
        case .destinationNotEU, .destinationIreland, .destinationFrance: return CollectiveTravel.basis
        case .filedTooLate: return Parameters.collectiveTravelLeadDays.basis
        default: return CollectiveTravel.basis
        }
    }
}

/// Why a pupil is left off the list.
public enum CollectiveTravelExclusion: String, CaseIterable, Sendable {
    case holdsDCEM = "holds-dcem"
}

public struct ExcludedMinor: Hashable, Sendable {
    public let minor: CollectiveTravelMinor
    public let reason: CollectiveTravelExclusion
}

public struct CollectiveTravelResult: Hashable, Sendable {
    public let accepted: Bool
    /// The pupils on the document, in the request's order.
    public let listed: [CollectiveTravelMinor]
    public let excluded: [ExcludedMinor]
    /// Every reason of refusal (empty when accepted).
    public let refusals: [CollectiveTravelRefusal]
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

    /// Asked by the head of a school for foreign pupils travelling to an EU member state other
    /// than Ireland (EU, not EEA; membership on the departure day), at least 15 days before
    /// departure; one document for the group, valid for the trip only; pupils who already hold
    /// a DCEM are not on it; the group is led by a teacher of the school.
    public static func evaluate(_ request: CollectiveTravelRequest) -> CollectiveTravelResult {
        var refusals: [CollectiveTravelRefusal] = []
        let latest = request.departure.adding(days: -Parameters.collectiveTravelLeadDays.value)
        if request.destination.isFrance { refusals.append(.destinationFrance) }
        else if request.destination == .ireland { refusals.append(.destinationIreland) }
        else if !request.destination.isEUMember(on: request.departure) { refusals.append(.destinationNotEU) }
        if request.filedOn > latest { refusals.append(.filedTooLate) }
        if !request.requestedByHeadOfSchool { refusals.append(.notRequestedByHeadOfSchool) }
        if !request.leader.isTeacherOfTheSchool { refusals.append(.leaderNotTeacher) }
        if request.returnOn < request.departure { refusals.append(.returnBeforeDeparture) }

        var listed: [CollectiveTravelMinor] = []
        var excluded: [ExcludedMinor] = []
        for minor in request.minors {
            if minor.holdsDCEM { excluded.append(ExcludedMinor(minor: minor, reason: .holdsDCEM)) }
            else { listed.append(minor) }
        }
        if listed.isEmpty { refusals.append(.noMinorToList) }

        let accepted = refusals.isEmpty
        return CollectiveTravelResult(accepted: accepted, listed: listed, excluded: excluded, refusals: refusals,
                                      latestFilingDate: latest,
                                      validFrom: accepted ? request.departure : nil,
                                      validUntil: accepted ? request.returnOn : nil)
    }
}
