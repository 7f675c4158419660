/// An ISO 3166-1 alpha-2 country code that exists, or `XK` (Kosovo, user-assigned but in use).
///
/// Stored as one small integer (`(first − 'A') × 26 + (second − 'A')`) so membership tests in
/// the hot path are a bit lookup, not a string comparison.
public struct Country: Hashable, Comparable, Sendable, CustomStringConvertible {
    @usableFromInline let index: UInt16

    @usableFromInline init(index: UInt16) { self.index = index }

    /// Case-insensitive (`gb` = `GB`); nil unless the code exists (aliases like `UK` are nil:
    /// see `suggestion(for:)`).
    public init?(code: String) {
        guard let index = Country.index(of: code), Country.tables.known.contains(index) else { return nil }
        self.index = index
    }

    /// Two ASCII letters, upper-case.
    public var code: String {
        String(decoding: [UInt8(65 + index / 26), UInt8(65 + index % 26)], as: UTF8.self)
    }

    public var description: String { code }

    public static func < (lhs: Country, rhs: Country) -> Bool { lhs.index < rhs.index }

    /// For a code that is a common alias but not ISO 3166-1, the code to use instead
    /// (`UK` → `GB`, `EL` → `GR`, the EU's own abbreviations).
    public static func suggestion(for code: String) -> Country? {
        switch code.uppercased() {
        case "UK": return Country(code: "GB")
        case "EL": return Country(code: "GR")
        default: return nil
        }
    }

    static func index(of code: String) -> UInt16? {
        let utf8 = code.utf8
        guard utf8.count == 2 else { return nil }
        var it = utf8.makeIterator()
        guard let a = it.next(), let b = it.next() else { return nil }
        func letter(_ c: UInt8) -> UInt16? {
            switch c {
            case 65...90: return UInt16(c - 65)
            case 97...122: return UInt16(c - 97)
            default: return nil
            }
        }
        guard let x = letter(a), let y = letter(b) else { return nil }
        return x * 26 + y
    }

    /// Every accepted code, in alphabetical order (249 ISO 3166-1 codes + XK).
    public static let all: [Country] = (0..<676).compactMap {
        tables.known.contains(UInt16($0)) ? Country(index: UInt16($0)) : nil
    }

    public static let france = Country(index: 5 * 26 + 17)          // FR
    public static let ireland = Country(index: 8 * 26 + 4)          // IE
    public static let unitedKingdom = Country(index: 6 * 26 + 1)    // GB
    public static let switzerland = Country(index: 2 * 26 + 7)      // CH

    @inlinable public var isFrance: Bool { index == 5 * 26 + 17 }

    /// Ruling 5: a national of the EEA (EU + Iceland, Liechtenstein, Norway) or Switzerland on
    /// `date`. The United Kingdom counts until 2020-12-31 (end of the transition period; the
    /// 2018 page still lists it). France is in the EEA (ruling 1).
    public func isEEAOrSwiss(on date: CivilDate) -> Bool {
        if index == Country.unitedKingdom.index { return date <= Country.ukEEAUntil }
        return Country.tables.eeaOrSwiss.contains(index)
    }

    /// A member state of the European Union on `date` (the collective travel document, ruling 12,
    /// is for EU states, not the EEA). The United Kingdom left on 2020-01-31.
    public func isEUMember(on date: CivilDate) -> Bool {
        if index == Country.unitedKingdom.index { return date <= Country.ukEUUntil }
        return Country.tables.eu.contains(index)
    }

    /// Last day the United Kingdom counts as EEA (ruling 5).
    public static let ukEEAUntil = CivilDate(unchecked: 2020, 12, 31)
    /// Last day the United Kingdom was an EU member state.
    public static let ukEUUntil = CivilDate(unchecked: 2020, 1, 31)

    /// Source of the EEA list and its dating.
    public static let eeaBasis = LegalReference(
        "Accord sur l'Espace économique européen ; accord UE-Suisse sur la libre circulation", ruling: 5,
        sources: [.prefecture2018, .refugeesInfo2022])

    // MARK: Tables

    @usableFromInline struct Bits: Sendable {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
            = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

        init(_ codes: String) {
            for code in codes.split(separator: " ") {
                let i = Int(Country.index(of: String(code))!)
                withUnsafeMutableBytes(of: &words) { raw in
                    let w = raw.bindMemory(to: UInt64.self)
                    w[i >> 6] |= 1 << UInt64(i & 63)
                }
            }
        }

        @usableFromInline func contains(_ index: UInt16) -> Bool {
            let i = Int(index)
            guard i < 676 else { return false }
            return withUnsafeBytes(of: words) { raw in
                (raw.load(fromByteOffset: (i >> 6) * 8, as: UInt64.self) >> UInt64(i & 63)) & 1 == 1
            }
        }
    }

    struct Tables: Sendable {
        let known: Bits
        let eeaOrSwiss: Bits
        let eu: Bits
    }

    static let tables = Tables(
        known: Bits(isoCodes + " XK"),
        // EU 27 + IS LI NO + CH. GB is handled apart (dated).
        eeaOrSwiss: Bits(euCodes + " IS LI NO CH"),
        eu: Bits(euCodes))

    static let euCodes =
        "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"

    /// ISO 3166-1 alpha-2, officially assigned codes (249).
    static let isoCodes = """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
        BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
        DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU \
        ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ \
        LA LB LC LI LK LR LS LT LU LV LY \
        MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
        NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA \
        RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
        TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ \
        VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """
}

extension Sequence where Element == Country {
    /// Ruling 5: holds at least one EEA or Swiss nationality on `date` (France included).
    @inlinable public func containsEEAOrSwiss(on date: CivilDate) -> Bool {
        for c in self where c.isEEAOrSwiss(on: date) { return true }
        return false
    }

    @inlinable public func containsFrance() -> Bool {
        for c in self where c.isFrance { return true }
        return false
    }
}
