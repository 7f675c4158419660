/// The eligibility JSON contract (docs/eligibility.md, and the published OpenAPI document),
/// shared by `POST /api/v1/eligibility` and `dcem eligibility [PATH]`.
public enum EligibilityContract {
    // MARK: Decoding

    /// Reads a request, to the letter of "Precise reading": required fields, defaults, unknown
    /// fields ignored, dates that exist, `birthDate` not after `date`, ISO 3166-1 country codes
    /// (+ XK, case-insensitive; `UK`/`EL` suggest `GB`/`GR`), the 101 département codes, one or
    /// two parents, `applicant.parent` within `parents`.
    ///
    /// - Parameter today: the default of `date` (today in Europe/Paris, resolved by the caller).
    ///   The returned request always has its `date` set.
    /// - Throws: the first error met, in this order: body, `date`, `residence`, `applicant`,
    ///   `child`, `parents`, `stepParent`, then `applicant.parent` against the parents and
    ///   `child.birthDate` against `date`. A `null` optional field reads as absent; a `null`
    ///   required field is missing. When a key is repeated, the last value counts.
    public static func decodeRequest(_ bytes: some Collection<UInt8>, today: CivilDate) throws(ContractError) -> EligibilityRequest {
        let root: JSONValue
        do { root = try JSONValue.parse(bytes) } catch { throw ContractError(field: ContractError.wholeBody, problem: .notJSON(error)) }
        return try decodeRequest(root, today: today)
    }

    public static func decodeRequest(_ text: String, today: CivilDate) throws(ContractError) -> EligibilityRequest {
        try decodeRequest(Array(text.utf8), today: today)
    }

    /// Reads a request from an already parsed JSON value.
    public static func decodeRequest(_ root: JSONValue, today: CivilDate) throws(ContractError) -> EligibilityRequest {
        let r = try Reader.object(root, ContractError.wholeBody)

        let date = try Reader.optionalDate(r, "date", "date") ?? today

        guard let residenceValue = r.get("residence") else {
            throw ContractError(field: "residence.departement", problem: .missing)
        }
        let residence = try Reader.object(residenceValue, "residence")
        let departement = try Reader.departement(try Reader.requiredString(residence, "departement", "residence.departement"),
                                                 "residence.departement")

        var applicant = Applicant()
        var parentIndexText: String?
        if let applicantValue = r.get("applicant") {
            let a = try Reader.object(applicantValue, "applicant")
            applicant.role = try Reader.enumValue(try Reader.requiredString(a, "role", "applicant.role"), "applicant.role",
                                                  as: ApplicantRole.self)
            if let index = a.get("parent") {
                guard case .number(let text) = index else {
                    throw ContractError(field: "applicant.parent", problem: .wrongType(expected: .integer, found: index.typeName))
                }
                guard let n = Reader.integer(text) else {
                    throw ContractError(field: "applicant.parent", problem: .wrongType(expected: .integer, found: text))
                }
                applicant.parentIndex = n
                parentIndexText = text
            }
            if let list = a.get("nationalities") {
                applicant.nationalities = try Reader.countries(list, "applicant.nationalities")
            }
        }

        guard let childValue = r.get("child") else { throw ContractError(field: "child", problem: .missing) }
        let child = try Reader.child(try Reader.object(childValue, "child"))

        guard let parentsValue = r.get("parents") else { throw ContractError(field: "parents", problem: .missing) }
        guard case .array(let parentItems) = parentsValue else {
            throw ContractError(field: "parents", problem: .wrongType(expected: .array, found: parentsValue.typeName))
        }
        guard (1...2).contains(parentItems.count) else {
            throw ContractError(field: "parents", problem: .parentCount(parentItems.count))
        }
        var parents: [Parent] = []
        for (i, item) in parentItems.enumerated() {
            parents.append(try Reader.parent(try Reader.object(item, "parents[\(i)]"), "parents[\(i)]"))
        }

        var stepParent: StepParent?
        if let stepValue = r.get("stepParent") {
            let s = try Reader.object(stepValue, "stepParent")
            let (nationalities, stateless) = try Reader.nationalities(s, "stepParent")
            stepParent = StepParent(nationalities: nationalities, stateless: stateless)
        }

        if applicant.role == .parent, !parents.indices.contains(applicant.parentIndex) {
            throw ContractError(field: "applicant.parent",
                                problem: .parentIndexOutOfRange(parentIndexText ?? String(applicant.parentIndex), count: parents.count))
        }
        if child.birthDate > date {
            throw ContractError(field: "child.birthDate", problem: .birthDateAfterDate(birthDate: child.birthDate, date: date))
        }

        return EligibilityRequest(date: date, residence: departement, applicant: applicant, child: child,
                                  parents: parents, stepParent: stepParent)
    }
}

/// Typed reads with field paths.
enum Reader {
    /// An object's members; `get` treats `null` as absent and the last repeated key as the value.
    struct Object {
        let members: [JSONMember]

        func get(_ key: String) -> JSONValue? {
            var i = members.count
            while i > 0 {
                i -= 1
                if members[i].key == key {
                    if case .null = members[i].value { return nil }
                    return members[i].value
                }
            }
            return nil
        }
    }

    static func object(_ value: JSONValue, _ path: String) throws(ContractError) -> Object {
        guard case .object(let members) = value else {
            throw ContractError(field: path, problem: .wrongType(expected: .object, found: value.typeName))
        }
        return Object(members: members)
    }

    static func string(_ value: JSONValue, _ path: String) throws(ContractError) -> String {
        guard case .string(let s) = value else {
            throw ContractError(field: path, problem: .wrongType(expected: .string, found: value.typeName))
        }
        return s
    }

    static func requiredString(_ o: Object, _ key: String, _ path: String) throws(ContractError) -> String {
        guard let v = o.get(key) else { throw ContractError(field: path, problem: .missing) }
        return try string(v, path)
    }

    static func optionalBool(_ o: Object, _ key: String, _ path: String, default value: Bool) throws(ContractError) -> Bool {
        guard let v = o.get(key) else { return value }
        guard case .bool(let b) = v else {
            throw ContractError(field: path, problem: .wrongType(expected: .boolean, found: v.typeName))
        }
        return b
    }

    static func date(_ value: JSONValue, _ path: String) throws(ContractError) -> CivilDate {
        let s = try string(value, path)
        guard let d = CivilDate(iso: s) else { throw ContractError(field: path, problem: .invalidDate(s)) }
        return d
    }

    static func requiredDate(_ o: Object, _ key: String, _ path: String) throws(ContractError) -> CivilDate {
        guard let v = o.get(key) else { throw ContractError(field: path, problem: .missing) }
        return try date(v, path)
    }

    static func optionalDate(_ o: Object, _ key: String, _ path: String) throws(ContractError) -> CivilDate? {
        guard let v = o.get(key) else { return nil }
        return try date(v, path)
    }

    static func enumValue<E: RawRepresentable & CaseIterable>(_ s: String, _ path: String, as: E.Type) throws(ContractError) -> E
        where E.RawValue == String {
        guard let value = E(rawValue: s) else {
            throw ContractError(field: path, problem: .unknownValue(s, allowed: E.allCases.map(\.rawValue)))
        }
        return value
    }

    /// A JSON integer literal (no fraction, no exponent) that fits an Int.
    static func integer(_ text: String) -> Int? {
        guard !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) else { return nil }
        return Int(text)
    }

    static func departement(_ s: String, _ path: String) throws(ContractError) -> Departement {
        guard let d = Departement(code: s) else { throw ContractError(field: path, problem: .unknownDepartement(s)) }
        return d
    }

    static func country(_ value: JSONValue, _ path: String) throws(ContractError) -> Country {
        let s = try string(value, path)
        if let c = Country(code: s) { return c }
        if let suggestion = Country.suggestion(for: s) {
            throw ContractError(field: path, problem: .countryAlias(s, suggestion: suggestion.code))
        }
        throw ContractError(field: path, problem: .unknownCountry(s))
    }

    static func countries(_ value: JSONValue, _ path: String) throws(ContractError) -> [Country] {
        guard case .array(let items) = value else {
            throw ContractError(field: path, problem: .wrongType(expected: .array, found: value.typeName))
        }
        var out: [Country] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() { out.append(try country(item, "\(path)[\(i)]")) }
        return out
    }

    /// `nationalities` (required, at least one) unless `"stateless": true`.
    static func nationalities(_ o: Object, _ path: String) throws(ContractError) -> ([Country], Bool) {
        let stateless = try optionalBool(o, "stateless", "\(path).stateless", default: false)
        guard let list = o.get("nationalities") else {
            if stateless { return ([], true) }
            throw ContractError(field: "\(path).nationalities", problem: .missing)
        }
        let countries = try countries(list, "\(path).nationalities")
        if countries.isEmpty && !stateless {
            throw ContractError(field: "\(path).nationalities", problem: .noNationality)
        }
        return (countries, stateless)
    }

    static func child(_ c: Object) throws(ContractError) -> Child {
        let birthDate = try requiredDate(c, "birthDate", "child.birthDate")
        let (nationalities, stateless) = try nationalities(c, "child")
        var child = Child(birthDate: birthDate, nationalities: nationalities, stateless: stateless)
        child.bornInFrance = try optionalBool(c, "bornInFrance", "child.bornInFrance", default: false)
        child.residesInFrance = try optionalBool(c, "residesInFrance", "child.residesInFrance", default: true)
        child.holdsResidencePermit = try optionalBool(c, "holdsResidencePermit", "child.holdsResidencePermit", default: false)
        if let p = c.get("protection") {
            child.protection = try enumValue(try string(p, "child.protection"), "child.protection", as: Protection.self)
        }
        child.aseCustodyDate = try optionalDate(c, "aseCustodyDate", "child.aseCustodyDate")
        if let e = c.get("entry") {
            let entry = try object(e, "child.entry")
            let date = try requiredDate(entry, "date", "child.entry.date")
            let visa = try enumValue(try requiredString(entry, "visa", "child.entry.visa"), "child.entry.visa", as: VisaKind.self)
            let regular = try optionalBool(entry, "regular", "child.entry.regular", default: true)
            child.entry = Entry(date: date, visa: visa, regular: regular)
        }
        return child
    }

    static func parent(_ p: Object, _ path: String) throws(ContractError) -> Parent {
        let (nationalities, stateless) = try nationalities(p, path)
        var parent = Parent(nationalities: nationalities, stateless: stateless)
        parent.acquiredFrenchNationality = try optionalBool(p, "acquiredFrenchNationality", "\(path).acquiredFrenchNationality",
                                                            default: false)
        if let permitValue = p.get("residencePermit") {
            let permitPath = "\(path).residencePermit"
            let permit = try object(permitValue, permitPath)
            let kind = try enumValue(try requiredString(permit, "kind", "\(permitPath).kind"), "\(permitPath).kind",
                                     as: PermitKind.self)
            let expires = try requiredDate(permit, "expires", "\(permitPath).expires")
            var mention: String?
            if let m = permit.get("mention") { mention = try string(m, "\(permitPath).mention") }
            let receipt = try optionalDate(permit, "renewalReceiptExpires", "\(permitPath).renewalReceiptExpires")
            parent.residencePermit = ResidencePermit(kind: kind, mention: mention, expires: expires, renewalReceiptExpires: receipt)
        }
        parent.inFranceSince = try optionalDate(p, "inFranceSince", "\(path).inFranceSince")
        return parent
    }
}
