/// The languages of every text the rules produce. French is primary.
public enum Language: String, CaseIterable, Sendable {
    case fr, en
}

/// A value with a French and an English text.
public protocol Labelled {
    func label(in language: Language) -> String
}
