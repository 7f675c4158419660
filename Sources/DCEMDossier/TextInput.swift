/// What a typed text may hold. Names, addresses and reasons end up in mails, printed records and
/// the préfecture's screens: a line break would forge a line there, an invisible character (zero
/// width, a bidi override that shows a name backwards, a byte-order mark) would make two names look
/// alike or one look like another. So every field refuses the control characters (Unicode general
/// categories Cc and Cf) and the line and paragraph separators (Zl, Zp); a text area alone keeps
/// its line breaks, normalised to LF. Letters of every script, accents, apostrophes and hyphens pass.
public enum TextInput {
    public enum Kind: Sendable {
        /// An `<input>`: one line.
        case singleLine
        /// A `<textarea>`: line breaks kept (CR LF and CR become LF).
        case textArea
    }

    /// Why a text was refused.
    public enum Problem: Error, Equatable {
        case controlCharacter
    }

    /// The text with its line breaks normalised, or `.controlCharacter` when it holds a character it may not.
    public static func check(_ text: String, _ kind: Kind) -> Result<String, Problem> {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if kind == .textArea, scalar == "\r" || scalar == "\n" {
                // CR LF is one break; a lone CR is one too.
                if scalar == "\n", previousWasCR { continue }
                scalars.append("\n")
                continue
            }
            if isRefused(scalar) { return .failure(.controlCharacter) }
            scalars.append(scalar)
        }
        return .success(String(scalars))
    }

    /// Cc (C0 and C1 controls, NUL, CR, LF, TAB, DEL), Cf (zero-width characters, bidi marks,
    /// embeddings, overrides and isolates, BOM, soft hyphen…), Zl and Zp (U+2028, U+2029).
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// Whether the text is accepted as it is in a field of `kind`.
    public static func isAccepted(_ text: String, _ kind: Kind) -> Bool {
        if case .success = check(text, kind) { return true }
        return false
    }
}
