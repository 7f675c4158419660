import Foundation
import DCEMRules

/// The pupils of a school trip read from a CSV file (docs/states.md#the-pupils-file), pure: text in,
/// pupils and named errors out, no I/O.
///
/// The file: a header row, then one pupil a row. Columns, in any order, named in the header (case,
/// accents and spaces aside; English names are read too):
///
/// | column | header | what it holds |
/// |---|---|---|
/// | surname | `nom` | the surname |
/// | given names | `prénoms` | every given name |
/// | birth date | `date de naissance` | `JJ/MM/AAAA` (`5/3/2012` and `2012-03-05` are read too) |
/// | birth place | `lieu de naissance` | town, and country when abroad |
/// | nationality | `nationalité` | the country: its ISO code (`MA`) or its French name (`Maroc`); several separated by `/` |
/// | holds a DCEM | `DCEM` | `oui` or `non`: the pupil holds a valid DCEM |
///
/// Separators: `;` (what a French spreadsheet writes) or `,`, found from the header row. Fields may
/// be quoted (`"Dupont; Martin"`, a quote doubled inside). A UTF-8 byte-order mark is ignored;
/// `decode` also reads a Windows-1252 file. Blank rows are skipped.
///
/// Why hand-written rather than SwiftCSV or CSV.swift (both in the mirror): every error must name
/// its line, and neither tells the line a row starts on once a quoted field spans lines; both guess
/// little of a French file (the `;`); and a value type with no resource bundle keeps this module pure.
public enum PupilCSV {
    /// The columns, in the template's order.
    public enum Column: String, CaseIterable, Sendable {
        case surname
        case givenNames = "given-names"
        case birthDate = "birth-date"
        case birthPlace = "birth-place"
        case nationality
        case holdsDCEM = "holds-dcem"

        /// The header the template writes.
        public var header: String {
            switch self {
            case .surname: return "nom"
            case .givenNames: return "prénoms"
            case .birthDate: return "date de naissance"
            case .birthPlace: return "lieu de naissance"
            case .nationality: return "nationalité"
            case .holdsDCEM: return "DCEM"
            }
        }

        /// Header texts read for this column, as comparison keys.
        static let keys: [String: Column] = {
            var keys: [String: Column] = [:]
            let names: [Column: [String]] = [
                .surname: ["nom", "nom de famille", "surname", "last name", "family name"],
                .givenNames: ["prénoms", "prénom", "given names", "given name", "first name", "first names"],
                .birthDate: ["date de naissance", "né le", "née le", "birth date", "date of birth"],
                .birthPlace: ["lieu de naissance", "né à", "née à", "birth place", "place of birth"],
                .nationality: ["nationalité", "nationalités", "nationality", "nationalities"],
                .holdsDCEM: ["DCEM", "titulaire d'un DCEM", "DCEM valide", "holds a DCEM", "holds DCEM"],
            ]
            for (column, texts) in names { for text in texts { keys[key(text)] = column } }
            return keys
        }()
    }

    /// One pupil read, with the line its row starts on.
    public struct Row: Hashable, Sendable {
        public let line: Int
        public let minor: CollectiveTravelMinor
    }

    /// What is wrong with a field, a row or the file.
    public enum Problem: Hashable, Sendable {
        /// No header row.
        case emptyFile
        /// The header names no such column.
        case missingColumn(Column)
        /// A header cell that is not one of the columns (as typed).
        case unknownColumn(String)
        /// Two header cells name the same column.
        case duplicateColumn(Column)
        /// The row has a different number of fields from the header.
        case fieldCount(expected: Int, found: Int)
        /// A quoted field is never closed.
        case unclosedQuote
        /// Text right after a closing quote (`"Dupont"x`).
        case textAfterQuote
        /// A required field is empty.
        case required
        /// Longer than `maxFieldLength` characters.
        case tooLong
        /// A control or invisible character (`TextInput`).
        case controlCharacter
        /// Not a day of the calendar written `JJ/MM/AAAA`.
        case badDate(String)
        /// A birth date after the day of the import.
        case futureBirthDate
        /// No country has this code or name.
        case unknownCountry(String)
        /// Neither `oui` nor `non`.
        case badYesNo(String)
        /// More pupils than `maxPupils`: the rows from this one are not read.
        case tooManyPupils
    }

    /// An error, named by line (1 = the header) and column (1-based, nil for the whole row or file).
    public struct ImportError: Hashable, Sendable, Error {
        public let line: Int
        /// The field's position in the row, 1-based.
        public let position: Int?
        public let column: Column?
        public let problem: Problem

        public init(line: Int, position: Int?, column: Column?, problem: Problem) {
            self.line = line
            self.position = position
            self.column = column
            self.problem = problem
        }
    }

    public struct Import: Hashable, Sendable {
        public let pupils: [Row]
        public let errors: [ImportError]
        /// The separator found.
        public let separator: Character
    }

    /// A group larger than any school trip is a wrong file (the service's figure).
    public static let maxPupils = 200
    public static let maxFieldLength = 100

    /// The template to download: the header and one example row.
    public static let template = Column.allCases.map(\.header).joined(separator: ";") + "\r\n"
        + "EXEMPLE;Amina Sara;05/03/2012;Casablanca (Maroc);MA;non\r\n"

    /// The file's text: UTF-8 (its byte-order mark dropped), else Windows-1252 (an older spreadsheet's).
    public static func decode(_ bytes: [UInt8]) -> String {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(bytes: Array(bytes), encoding: .utf8) { return text }
        return String(bytes: Array(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Reads the pupils of `text`; `today` (the département's day) bounds the birth dates. Every
    /// row is read: the errors of all rows are given at once, the pupils of the rows without error.
    public static func parse(_ text: String, today: CivilDate) -> Import {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let separator = detectSeparator(text)
        let (records, syntaxErrors) = records(of: text, separator: separator)
        var errors: [ImportError] = []
        let header = records.first { !isBlank($0) }
        // A header broken by a quote: nothing can be read.
        if syntaxErrors.contains(where: { $0.line <= header?.line ?? Int.max }) {
            return Import(pupils: [], errors: syntaxErrors, separator: separator)
        }
        guard let header else {
            return Import(pupils: [], errors: [ImportError(line: 1, position: nil, column: nil, problem: .emptyFile)], separator: separator)
        }
        // The header: each cell a known column, each column once.
        var columns: [Column?] = []
        for (i, cell) in header.fields.enumerated() {
            let column = Column.keys[key(cell)]
            if column == nil { errors.append(ImportError(line: header.line, position: i + 1, column: nil, problem: .unknownColumn(cell))) }
            if let column, columns.contains(column) {
                errors.append(ImportError(line: header.line, position: i + 1, column: column, problem: .duplicateColumn(column)))
            }
            columns.append(column)
        }
        for column in Column.allCases where !columns.contains(column) {
            errors.append(ImportError(line: header.line, position: nil, column: column, problem: .missingColumn(column)))
        }
        if !errors.isEmpty { return Import(pupils: [], errors: errors, separator: separator) }
        errors = syntaxErrors

        var pupils: [Row] = []
        var count = 0
        for record in records where record.line > header.line {
            if isBlank(record) { continue }
            count += 1
            if count > maxPupils {
                errors.append(ImportError(line: record.line, position: nil, column: nil, problem: .tooManyPupils))
                break
            }
            if record.fields.count != columns.count {
                errors.append(ImportError(line: record.line, position: nil, column: nil,
                                    problem: .fieldCount(expected: columns.count, found: record.fields.count)))
                continue
            }
            let (minor, rowErrors) = pupil(record, columns: columns.map { $0! }, today: today)
            if let minor { pupils.append(Row(line: record.line, minor: minor)) }
            errors += rowErrors
        }
        errors.sort { ($0.line, $0.position ?? 0) < ($1.line, $1.position ?? 0) }
        return Import(pupils: pupils, errors: errors, separator: separator)
    }

    static func isBlank(_ record: Record) -> Bool { record.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    // MARK: - Fields

    static func pupil(_ record: Record, columns: [Column], today: CivilDate) -> (CollectiveTravelMinor?, [ImportError]) {
        var errors: [ImportError] = []
        var values: [Column: String] = [:]
        var positions: [Column: Int] = [:]
        for (i, column) in columns.enumerated() {
            values[column] = record.fields[i].trimmingCharacters(in: .whitespaces)
            positions[column] = i + 1
        }
        func fail(_ column: Column, _ problem: Problem) {
            errors.append(ImportError(line: record.line, position: positions[column], column: column, problem: problem))
        }
        func text(_ column: Column) -> String? {
            let value = values[column]!
            if value.isEmpty { fail(column, .required); return nil }
            if value.count > maxFieldLength { fail(column, .tooLong); return nil }
            guard case .success(let checked) = TextInput.check(value, .singleLine) else { fail(column, .controlCharacter); return nil }
            return checked
        }
        let surname = text(.surname)
        let givenNames = text(.givenNames)
        let birthPlace = text(.birthPlace)

        var birthDate: CivilDate?
        let dateText = values[.birthDate]!
        if dateText.isEmpty { fail(.birthDate, .required) }
        else if let date = parseDate(dateText) {
            if date > today { fail(.birthDate, .futureBirthDate) } else { birthDate = date }
        } else { fail(.birthDate, .badDate(dateText)) }

        var nationalities: [Country] = []
        let nationalityText = values[.nationality]!
        if nationalityText.isEmpty { fail(.nationality, .required) }
        for part in nationalityText.split(separator: "/") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if let country = Country(frenchNameOrCode: name) {
                if !nationalities.contains(country) { nationalities.append(country) }
            } else {
                fail(.nationality, .unknownCountry(name))
            }
        }

        var holdsDCEM: Bool?
        switch key(values[.holdsDCEM]!) {
        case "oui", "o", "yes", "y", "1", "vrai", "true": holdsDCEM = true
        case "non", "n", "no", "0", "faux", "false": holdsDCEM = false
        case "": fail(.holdsDCEM, .required)
        default: fail(.holdsDCEM, .badYesNo(values[.holdsDCEM]!))
        }

        guard errors.isEmpty, let surname, let givenNames, let birthPlace, let birthDate, let holdsDCEM else {
            return (nil, errors)
        }
        return (CollectiveTravelMinor(surname: surname, givenNames: givenNames, birthDate: birthDate, birthPlace: birthPlace,
                                              nationalities: nationalities, holdsValidDCEM: holdsDCEM), [])
    }

    /// `JJ/MM/AAAA` (one or two digits for the day and the month; `/`, `-` or `.` between), or ISO
    /// `AAAA-MM-JJ`; nil unless the day exists.
    static func parseDate(_ text: String) -> CivilDate? {
        if let iso = CivilDate(iso: text) { return iso }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Comparison key of a header or a yes/no (`TextKey`).
    static func key(_ text: String) -> String { TextKey.of(text) }

    // MARK: - Records

    struct Record: Hashable {
        /// The line the record starts on, 1-based.
        let line: Int
        let fields: [String]
    }

    /// `;` unless the header row (outside quotes) has more `,` or tabs.
    static func detectSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if !quoted, scalar == "\n" || scalar == "\r" { break }
            if !quoted, counts[Character(scalar)] != nil { counts[Character(scalar)]! += 1 }
        }
        if counts[",", default: 0] > counts[";", default: 0], counts[",", default: 0] >= counts["\t", default: 0] { return "," }
        if counts["\t", default: 0] > counts[";", default: 0] { return "\t" }
        return ";"
    }

    /// Splits `text` into records (RFC 4180, with `separator`), each with the line it starts on. A
    /// line break inside quotes stays in the field (as LF); CR LF, LF and CR end a record.
    static func records(of text: String, separator: Character) -> ([Record], [ImportError]) {
        enum State { case fieldStart, unquoted, quoted, afterQuote }
        let sep = separator.unicodeScalars.first!
        let scalars = Array(text.unicodeScalars)
        var records: [Record] = []
        var errors: [ImportError] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var reportedAfterQuote = false
        var i = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRecord() {
            endField()
            records.append(Record(line: recordLine, fields: fields))
            fields = []
            reportedAfterQuote = false
        }
        /// Consumes a line break at `i` (CR LF counts once) and counts the line.
        func lineBreak() {
            if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            line += 1
        }

        while i < scalars.count {
            let c = scalars[i]
            let isBreak = c == "\n" || c == "\r"
            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart, c == "\"" { state = .quoted }
                else if c == sep { endField(); state = .fieldStart }
                else if isBreak { endRecord(); lineBreak(); recordLine = line; state = .fieldStart }
                else { field.append(c); state = .unquoted }
            case .quoted:
                if c == "\"" { state = .afterQuote }
                else if isBreak { field.append("\n"); lineBreak() }
                else { field.append(c) }
            case .afterQuote:
                if c == "\"" { field.append("\""); state = .quoted }
                else if c == sep { endField(); state = .fieldStart }
                else if isBreak { endRecord(); lineBreak(); recordLine = line; state = .fieldStart }
                else {
                    if !reportedAfterQuote {
                        errors.append(ImportError(line: recordLine, position: fields.count + 1, column: nil, problem: .textAfterQuote))
                        reportedAfterQuote = true
                    }
                    field.append(c)
                    state = .unquoted
                }
            }
            i += 1
        }
        if state == .quoted {
            errors.append(ImportError(line: recordLine, position: fields.count + 1, column: nil, problem: .unclosedQuote))
        }
        if state != .fieldStart || !fields.isEmpty { endRecord() }
        // A record with a syntax error is not read as a pupil: its error is enough.
        let broken = Set(errors.map(\.line))
        return (records.filter { record in !broken.contains(record.line) }, errors)
    }
}

// MARK: - Messages

extension PupilCSV.Column: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.surname, .fr): return "nom"
        case (.surname, .en): return "surname"
        case (.givenNames, .fr): return "prénoms"
        case (.givenNames, .en): return "given names"
        case (.birthDate, .fr): return "date de naissance"
        case (.birthDate, .en): return "birth date"
        case (.birthPlace, .fr): return "lieu de naissance"
        case (.birthPlace, .en): return "birth place"
        case (.nationality, .fr): return "nationalité"
        case (.nationality, .en): return "nationality"
        case (.holdsDCEM, .fr): return "DCEM"
        case (.holdsDCEM, .en): return "holds a DCEM"
        }
    }
}

extension PupilCSV.ImportError {
    /// "Ligne 12, colonne 3 (date de naissance) : …", for the import page.
    public func message(in language: Language) -> String {
        var place = language == .fr ? "Ligne \(line)" : "Line \(line)"
        if let position {
            place += language == .fr ? ", colonne \(position)" : ", column \(position)"
        }
        if let column { place += " (\(column.label(in: language)))" }
        return place + (language == .fr ? " : " : ": ") + problemText(in: language)
    }

    func problemText(in language: Language) -> String {
        let fr = language == .fr
        switch problem {
        case .emptyFile:
            return fr ? "le fichier est vide : téléchargez le modèle." : "the file is empty: download the template."
        case .missingColumn(let column):
            return fr ? "la colonne « \(column.header) » manque dans la première ligne." : "the column \"\(column.header)\" is missing from the first row."
        case .unknownColumn(let text):
            return fr ? "« \(text) » n'est pas une colonne du modèle." : "\"\(text)\" is not a column of the template."
        case .duplicateColumn:
            return fr ? "cette colonne apparaît deux fois." : "this column appears twice."
        case let .fieldCount(expected, found):
            return fr ? "\(found) valeur(s) au lieu de \(expected) : un séparateur en trop ou en moins ?"
                : "\(found) value(s) instead of \(expected): a separator too many or missing?"
        case .unclosedQuote:
            return fr ? "des guillemets ouverts ne sont jamais fermés." : "a quotation mark is opened and never closed."
        case .textAfterQuote:
            return fr ? "du texte suit des guillemets fermants." : "text follows a closing quotation mark."
        case .required:
            return fr ? "à remplir." : "required."
        case .tooLong:
            return fr ? "au plus \(PupilCSV.maxFieldLength) caractères." : "at most \(PupilCSV.maxFieldLength) characters."
        case .controlCharacter:
            return fr ? "contient un caractère invisible ou de contrôle." : "holds an invisible or control character."
        case .badDate(let text):
            return fr ? "« \(text) » n'est pas une date JJ/MM/AAAA." : "\"\(text)\" is not a date DD/MM/YYYY."
        case .futureBirthDate:
            return fr ? "la date de naissance est dans le futur." : "the birth date is in the future."
        case .unknownCountry(let text):
            return fr ? "« \(text) » : pays inconnu ; écrivez son code (MA, DZ…) ou son nom (Maroc, Algérie…)."
                : "\"\(text)\": unknown country; write its code (MA, DZ…) or its French name (Maroc, Algérie…)."
        case .badYesNo(let text):
            return fr ? "« \(text) » : écrivez oui ou non." : "\"\(text)\": write oui (yes) or non (no)."
        case .tooManyPupils:
            return fr ? "au plus \(PupilCSV.maxPupils) élèves par demande : les lignes suivantes ne sont pas lues."
                : "at most \(PupilCSV.maxPupils) pupils per request: the rows from here on are not read."
        }
    }
}
