import DCEMRules

/// The sections of an application, in the order of the task list.
public enum DossierSection: String, CaseIterable, Sendable {
    case child = "enfant"
    case parents
    case applicant = "demandeur"
    case address = "adresse"
    case situation
    case documents = "pieces"
    case photos
    case check = "verifier"
}

/// A section's state on the task list.
public enum SectionStatus: String, Sendable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case completed
    case cannotStartYet = "cannot-start-yet"
    case problem
}

/// An upload slot: a document the rules ask for, or its sworn translation (rule 15).
public struct UploadSlot: Hashable, Sendable {
    public let code: DocumentCode
    public let translation: Bool

    /// Stored in `DossierDocument.slot` and used in addresses.
    public var id: String { translation ? "\(code.rawValue).traduction" : code.rawValue }

    public init(code: DocumentCode, translation: Bool = false) {
        self.code = code
        self.translation = translation
    }

    public init?(id: String) {
        let translation = id.hasSuffix(".traduction")
        guard let code = DocumentCode(rawValue: translation ? String(id.dropLast(".traduction".count)) : id) else { return nil }
        self.init(code: code, translation: translation)
    }

    /// Civil-status documents may be in a foreign language: the family says so, and a sworn
    /// translation is then asked (the law's list: `DocumentCode.isCivilStatus`).
    public static let civilStatus: Set<DocumentCode> = Set(DocumentCode.allCases.filter(\.isCivilStatus))
}

/// The photo slot's id.
public let photoSlot = "photo"

extension UploadSlot {
    /// Whether a slot's files are photos of the child: the draft's, and the photos the préfecture
    /// asks for again. Both are pictures with the day each was taken (ruling 14).
    public static func holdsPhotos(_ id: String) -> Bool {
        id == photoSlot || id == UploadSlot(code: .childPhotos).id
    }
}

/// What is done and what is missing: a pure reading of the answers, the files and the rules, as
/// of `today`. The task list, the check page and the filing all use it, so they always agree.
public struct DossierChecklist: Sendable {
    public let answers: DossierAnswers
    /// The slots of the files currently in the dossier (removed ones left out), with their photo dates.
    public let files: [(slot: String, takenOn: CivilDate?)]
    public let today: CivilDate

    /// The photos a dossier needs (ruling 14): two, taken at most six months before the filing.
    public static let photoCount = 2

    /// The situation answers with what other sections settle (the département from the address,
    /// the number of parents from the parents section).
    public let situationAnswers: SituationAnswers
    public let path: SituationPath
    /// The rules' answer, once every relevant question is answered.
    public let evaluation: EligibilityResult?

    /// Walks the questions and asks the rules once: every status, slot and problem reads these.
    public init(answers: DossierAnswers, files: [(slot: String, takenOn: CivilDate?)], today: CivilDate) {
        self.answers = answers
        self.files = files
        self.today = today
        situationAnswers = answers.completedSituation
        path = SituationFlow.walk(situationAnswers, today: today)
        evaluation = path.next == .result ? SituationFlow.evaluate(path.effective, today: today) : nil
    }

    public var isEligible: Bool { evaluation?.outcome == .eligible }

    /// The upload slots: every document the rules ask for, but the photos (their own section) and
    /// the CERFA (filled in by the service from the answers), plus the translations asked.
    public var slots: [UploadSlot] {
        guard let evaluation, evaluation.outcome == .eligible else { return [] }
        var slots: [UploadSlot] = []
        for document in evaluation.documents where document.code != .childPhotos && document.code != .cerfa11203 {
            slots.append(UploadSlot(code: document.code))
            if UploadSlot.civilStatus.contains(document.code), answers.foreignLanguage[document.code.rawValue] == true {
                slots.append(UploadSlot(code: document.code, translation: true))
            }
        }
        return slots
    }

    public func fileCount(_ slot: String) -> Int { files.filter { $0.slot == slot }.count }

    public var missingSlots: [UploadSlot] { slots.filter { fileCount($0.id) == 0 } }

    /// Civil-status slots whose language has not been said yet.
    public var unansweredLanguages: [DocumentCode] {
        slots.filter { !$0.translation && UploadSlot.civilStatus.contains($0.code) && answers.foreignLanguage[$0.code.rawValue] == nil }.map(\.code)
    }

    public var photos: [CivilDate?] { files.filter { $0.slot == photoSlot }.map(\.takenOn) }

    /// Photos taken before this day are too old to be filed today (rule 14).
    public var earliestPhotoDay: CivilDate { Deadlines.earliestPhotoDate(filedOn: today) }

    public var tooOldPhotos: Int { photos.filter { ($0 ?? .init(year: 1900, month: 1, day: 1)!) < earliestPhotoDay }.count }

    public func status(_ section: DossierSection) -> SectionStatus {
        // A form kept for later, unfinished: in progress, whatever was saved complete before.
        if answers.unfinished(section) != nil { return .inProgress }
        switch section {
        case .child:
            return answers.child == nil ? .notStarted : .completed
        case .parents:
            return answers.parents.isEmpty ? .notStarted : .completed
        case .applicant:
            return answers.applicant == nil ? .notStarted : .completed
        case .address:
            return answers.address == nil ? .notStarted : .completed
        case .situation:
            guard answers.address != nil, !answers.parents.isEmpty else { return .cannotStartYet }
            if path.next == .result { return isEligible ? .completed : .problem }
            return path.answered.contains { $0 != .departement && $0 != .parentCount } ? .inProgress : .notStarted
        case .documents:
            guard isEligible else { return .cannotStartYet }
            if missingSlots.isEmpty && unansweredLanguages.isEmpty { return .completed }
            return files.contains { $0.slot != photoSlot } ? .inProgress : .notStarted
        case .photos:
            if photos.count >= Self.photoCount { return tooOldPhotos > 0 ? .problem : .completed }
            return photos.isEmpty ? .notStarted : .inProgress
        case .check:
            return DossierSection.allCases.dropLast().allSatisfy { status($0) == .completed } ? .notStarted : .cannotStartYet
        }
    }

    /// What stops the filing, in the order of the task list; empty when the dossier can be filed.
    public var problems: [FilingProblem] {
        var problems: [FilingProblem] = []
        for section in DossierSection.allCases.dropLast() where section != .documents && section != .photos {
            if status(section) != .completed { problems.append(.section(section, status(section))) }
        }
        if isEligible {
            for code in unansweredLanguages { problems.append(.language(code)) }
            for slot in missingSlots { problems.append(.missing(slot)) }
        }
        if photos.count < Self.photoCount { problems.append(.photos(missing: Self.photoCount - photos.count)) }
        if tooOldPhotos > 0 { problems.append(.oldPhotos(earliest: earliestPhotoDay)) }
        return problems
    }
}

/// One reason a dossier can not be filed yet, shown in the check page's error summary.
public enum FilingProblem: Hashable, Sendable {
    case section(DossierSection, SectionStatus)
    case language(DocumentCode)
    case missing(UploadSlot)
    case photos(missing: Int)
    case oldPhotos(earliest: CivilDate)
}

/// Where the family's API puts a file: a slot of the checklist, or the photos.
public enum UploadTarget: Hashable, Sendable {
    case slot(UploadSlot)
    case photos

    /// The slot's id, or `photo`.
    public var id: String {
        switch self {
        case .slot(let slot): slot.id
        case .photos: photoSlot
        }
    }

    public init?(id: String) {
        if id == photoSlot {
            self = .photos
        } else if let slot = UploadSlot(id: id) {
            self = .slot(slot)
        } else {
            return nil
        }
    }
}
