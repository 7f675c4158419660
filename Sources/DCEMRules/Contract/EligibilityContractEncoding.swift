extension EligibilityContract {
    // MARK: Encoding

    /// The response (docs/eligibility.md#response), keys in this order: `outcome`, `grounds`
    /// (`code`, `legalBasis`, `label`), `reasons` (`code`, `label`, then `missing` for
    /// `no-ground` or `useInstead` for a not-concerned reason), `documents` (`code`, `label`,
    /// `why`), `fee` (`amountEUR`, `exempt`), `validity` (`issuedOn`, `expiresOn`,
    /// `voidAfter`), `territory`, `implicitRefusalOn`. `fee`, `validity`, `territory` are null
    /// and `documents` is `[]` when the outcome is not `eligible`.
    ///
    /// - Parameters:
    ///   - pretty: indent by two spaces (the CLI may want it); compact by default.
    ///   - asciiOnly: escape every non-ASCII character as `\uXXXX`.
    public static func encode(_ result: EligibilityResult, language: Language, pretty: Bool = false,
                              asciiOnly: Bool = false) -> String {
        encodeBytes(result, language: language, pretty: pretty, asciiOnly: asciiOnly).string
    }

    /// Same as `encode`, as a writer holding UTF-8 bytes (`.bytes`).
    public static func encodeBytes(_ result: EligibilityResult, language: Language, pretty: Bool = false,
                                   asciiOnly: Bool = false) -> JSONWriter {
        var w = JSONWriter(pretty: pretty, asciiOnly: asciiOnly, capacity: 4096)
        w.beginObject()
        w.key("outcome"); w.string(result.outcome.rawValue)

        w.key("grounds"); w.beginArray()
        for g in result.grounds {
            w.beginObject()
            w.key("code"); w.string(g.rawValue)
            w.key("legalBasis"); w.string(g.legalBasis.citation)
            w.key("label"); w.string(g.label(in: language))
            w.endObject()
        }
        w.endArray()

        w.key("reasons"); w.beginArray()
        for r in result.reasons {
            w.beginObject()
            w.key("code"); w.string(r.code.rawValue)
            w.key("label"); w.string(r.code.label(in: language))
            if r.code == .noGround {
                w.key("missing"); w.beginArray()
                for m in r.missing {
                    w.beginObject()
                    w.key("ground"); w.string(m.ground.rawValue)
                    w.key("label"); w.string(m.condition.label(in: language))
                    w.endObject()
                }
                w.endArray()
            }
            if let alternative = r.useInstead {
                w.key("useInstead"); w.beginObject()
                w.key("code"); w.string(alternative.rawValue)
                w.key("label"); w.string(alternative.label(in: language))
                w.endObject()
            }
            w.endObject()
        }
        w.endArray()

        w.key("documents"); w.beginArray()
        if result.outcome == .eligible {
            for d in result.documents {
                w.beginObject()
                w.key("code"); w.string(d.code.rawValue)
                w.key("label"); w.string(d.code.label(in: language))
                w.key("why"); w.string(d.why(in: language))
                w.endObject()
            }
        }
        w.endArray()

        let eligible = result.outcome == .eligible
        w.key("fee")
        if eligible, let fee = result.fee {
            w.beginObject()
            w.key("amountEUR"); w.int(fee.amountEUR)
            w.key("exempt"); w.bool(fee.exempt)
            w.endObject()
        } else {
            w.null()
        }

        w.key("validity")
        if eligible, let v = result.validity {
            w.beginObject()
            w.key("issuedOn"); w.string(v.issuedOn.iso)
            w.key("expiresOn"); w.string(v.expiresOn.iso)
            w.key("voidAfter"); w.string(v.voidAfter.iso)
            w.endObject()
        } else {
            w.null()
        }

        w.key("territory")
        if eligible, let t = result.territory { w.string(t.rawValue) } else { w.null() }

        w.key("implicitRefusalOn"); w.string(result.implicitRefusalOn.iso)
        w.endObject()
        if pretty { w.appendNewline() }
        return w
    }

    /// `{"error":{"field":…,"message":…}}` (docs/eligibility.md#errors).
    public static func encodeError(_ error: ContractError, language: Language = .en, pretty: Bool = false) -> String {
        var w = JSONWriter(pretty: pretty, capacity: 512)
        w.beginObject()
        w.key("error"); w.beginObject()
        w.key("field"); w.string(error.field)
        w.key("message"); w.string(error.message(in: language))
        w.endObject()
        w.endObject()
        if pretty { w.appendNewline() }
        return w.string
    }

    /// What the CLI and the API do with a body: decode, evaluate, encode. `.success` carries the
    /// response (HTTP 200 / exit 0), `.failure` the error (HTTP 400 / exit 2; encode it with
    /// `encodeError`).
    public static func respond(to bytes: some Collection<UInt8>, today: CivilDate, language: Language,
                               pretty: Bool = false) -> Result<String, ContractError> {
        do {
            let request = try decodeRequest(bytes, today: today)
            let result = Eligibility.evaluate(request, on: request.date ?? today)
            return .success(encode(result, language: language, pretty: pretty))
        } catch {
            return .failure(error)
        }
    }
}

extension JSONWriter {
    /// A final line break (pretty output ends with one).
    mutating func appendNewline() { appendRaw(0x0A) }
}
