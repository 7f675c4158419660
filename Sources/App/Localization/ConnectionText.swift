import DCEMRules

/// What a connection refused before any route runs is told: no page, no language chosen yet,
/// so both languages at once, French first.
enum ConnectionText {
    static func busy(_ language: Language) -> String {
        switch language {
        case .fr: "Le service reçoit trop de connexions en ce moment : réessayez dans quelques secondes."
        case .en: "The service has too many connections right now: try again in a few seconds."
        }
    }

    static var busy: String { busy(.fr) + "\n" + busy(.en) + "\n" }
}
