/// A small JSON reader and writer (RFC 8259), hand-written because the contract needs exact
/// field paths in errors, no NSNumber/Bool ambiguity, key order preserved on output, and speed.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number's text as written (validated against the JSON grammar).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order. Duplicate keys are kept; `member(_:)` returns the last one.
    case object([JSONMember])

    /// The JSON type's name, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The value of `key` in an object (the last one when a key is repeated), nil otherwise.
    public func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for m in members.reversed() where m.key == key { return m.value }
        return nil
    }

    /// Parses one JSON text (UTF-8, optional BOM, surrounding white space allowed).
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        let result = bytes.withContiguousStorageIfAvailable(JSONParser.parseResult)
            ?? Array(bytes).withUnsafeBufferPointer(JSONParser.parseResult)
        return try result.get()
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        return try text.withUTF8(JSONParser.parseResult).get()
    }
}

public struct JSONMember: Hashable, Sendable {
    public let key: String
    public let value: JSONValue
}

/// Why a text is not JSON, and where (byte offset from 0).
public struct JSONSyntaxError: Error, Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        case empty
        case unexpectedEnd
        case unexpectedByte(UInt8)
        case invalidUTF8
        case invalidEscape
        case loneSurrogate
        case controlCharacterInString
        case invalidNumber
        case trailingContent
        case tooDeep
    }
    public let offset: Int
    public let problem: Problem

    public func message(in language: Language) -> String {
        let what: String
        switch (problem, language) {
        case (.empty, .en): what = "the body is empty"
        case (.empty, .fr): what = "le contenu est vide"
        case (.unexpectedEnd, .en): what = "the text ends too early"
        case (.unexpectedEnd, .fr): what = "le texte s'arrête trop tôt"
        case (.unexpectedByte(let b), .en): what = "unexpected character \(JSONSyntaxError.show(b))"
        case (.unexpectedByte(let b), .fr): what = "caractère inattendu \(JSONSyntaxError.show(b))"
        case (.invalidUTF8, .en): what = "the text is not valid UTF-8"
        case (.invalidUTF8, .fr): what = "le texte n'est pas de l'UTF-8 valide"
        case (.invalidEscape, .en): what = "invalid escape sequence in a string"
        case (.invalidEscape, .fr): what = "séquence d'échappement invalide dans une chaîne"
        case (.loneSurrogate, .en): what = "a \\u escape is half of a surrogate pair"
        case (.loneSurrogate, .fr): what = "un échappement \\u est une moitié de paire de substitution"
        case (.controlCharacterInString, .en): what = "a control character must be escaped inside a string"
        case (.controlCharacterInString, .fr): what = "un caractère de contrôle doit être échappé dans une chaîne"
        case (.invalidNumber, .en): what = "invalid number"
        case (.invalidNumber, .fr): what = "nombre invalide"
        case (.trailingContent, .en): what = "more content after the JSON value"
        case (.trailingContent, .fr): what = "du contenu après la valeur JSON"
        case (.tooDeep, .en): what = "too many nested arrays or objects"
        case (.tooDeep, .fr): what = "trop de tableaux ou d'objets imbriqués"
        }
        return language == .fr ? "\(what) (octet \(offset))" : "\(what) (byte \(offset))"
    }

    static func show(_ b: UInt8) -> String {
        b >= 0x21 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : String(format: b)
    }

    static func String(format b: UInt8) -> Swift.String {
        let hex = Swift.String(b, radix: 16, uppercase: true)
        return "0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}

struct JSONParser {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0
    static let maxDepth = 64

    static func parseResult(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONSyntaxError> {
        do throws(JSONSyntaxError) { return .success(try parse(buffer)) } catch { return .failure(error) }
    }

    static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        if let bad = firstInvalidUTF8(buffer) { throw JSONSyntaxError(offset: bad, problem: .invalidUTF8) }
        var p = JSONParser(b: buffer)
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { p.i = 3 }
        p.skipWhitespace()
        guard p.i < buffer.count else { throw JSONSyntaxError(offset: p.i, problem: .empty) }
        let value = try p.value()
        p.skipWhitespace()
        guard p.i == buffer.count else { throw JSONSyntaxError(offset: p.i, problem: .trailingContent) }
        return value
    }

    /// Offset of the first byte that is not well-formed UTF-8 (RFC 3629), nil if none.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            let c1 = b[i + 1]
            guard c1 >= lo && c1 <= hi else { return i }
            for k in 2..<(need + 1) where b[i + k] & 0xC0 != 0x80 { return i }
            i += need + 1
        }
        return nil
    }

    @inline(__always) mutating func skipWhitespace() {
        while i < b.count {
            switch b[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    @inline(__always) func peek() throws(JSONSyntaxError) -> UInt8 {
        guard i < b.count else { throw JSONSyntaxError(offset: i, problem: .unexpectedEnd) }
        return b[i]
    }

    mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for k in 0..<w.count {
            guard i + k < b.count else { throw JSONSyntaxError(offset: b.count, problem: .unexpectedEnd) }
            guard b[i + k] == w[k] else { throw JSONSyntaxError(offset: i + k, problem: .unexpectedByte(b[i + k])) }
        }
        i += w.count
        return value
    }

    mutating func value() throws(JSONSyntaxError) -> JSONValue {
        let c = try peek()
        switch c {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw JSONSyntaxError(offset: i, problem: .unexpectedByte(c))
        }
    }

    mutating func nest() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw JSONSyntaxError(offset: i, problem: .tooDeep) }
    }

    mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try nest()
        i += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") { i += 1; depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            let c = try peek()
            guard c == UInt8(ascii: "\"") else { throw JSONSyntaxError(offset: i, problem: .unexpectedByte(c)) }
            let key = try string()
            skipWhitespace()
            let colon = try peek()
            guard colon == UInt8(ascii: ":") else { throw JSONSyntaxError(offset: i, problem: .unexpectedByte(colon)) }
            i += 1
            skipWhitespace()
            members.append(JSONMember(key: key, value: try value()))
            skipWhitespace()
            let next = try peek()
            i += 1
            if next == UInt8(ascii: "}") { break }
            guard next == UInt8(ascii: ",") else { throw JSONSyntaxError(offset: i - 1, problem: .unexpectedByte(next)) }
        }
        depth -= 1
        return .object(members)
    }

    mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try nest()
        i += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") { i += 1; depth -= 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            let next = try peek()
            i += 1
            if next == UInt8(ascii: "]") { break }
            guard next == UInt8(ascii: ",") else { throw JSONSyntaxError(offset: i - 1, problem: .unexpectedByte(next)) }
        }
        depth -= 1
        return .array(items)
    }

    mutating func number() throws(JSONSyntaxError) -> String {
        let start = i
        func digits(_ p: inout JSONParser) -> Int {
            var n = 0
            while p.i < p.b.count, p.b[p.i] >= 48, p.b[p.i] <= 57 { p.i += 1; n += 1 }
            return n
        }
        if b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count else { throw JSONSyntaxError(offset: i, problem: .unexpectedEnd) }
        if b[i] == UInt8(ascii: "0") { i += 1 } else if digits(&self) == 0 {
            throw JSONSyntaxError(offset: i, problem: .invalidNumber)
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits(&self) > 0 else { throw JSONSyntaxError(offset: i, problem: .invalidNumber) }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(&self) > 0 else { throw JSONSyntaxError(offset: i, problem: .invalidNumber) }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    }

    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 48...57: return UInt32(c - 48)
        case 65...70: return UInt32(c - 55)
        case 97...102: return UInt32(c - 87)
        default: return nil
        }
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= b.count else { throw JSONSyntaxError(offset: i, problem: .invalidEscape) }
        var v: UInt32 = 0
        for k in 0..<4 {
            guard let h = JSONParser.hexValue(b[i + k]) else { throw JSONSyntaxError(offset: i + k, problem: .invalidEscape) }
            v = v << 4 | h
        }
        i += 4
        return v
    }

    /// Reads a string starting at its opening quote. The input was validated as UTF-8 already.
    mutating func string() throws(JSONSyntaxError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw JSONSyntaxError(offset: i, problem: .controlCharacterInString) }
            i += 1
        }
        guard i < b.count else { throw JSONSyntaxError(offset: i, problem: .unexpectedEnd) }
        var out = Array(UnsafeBufferPointer(rebasing: b[start..<i]))
        while true {
            guard i < b.count else { throw JSONSyntaxError(offset: i, problem: .unexpectedEnd) }
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; break }
            if c < 0x20 { throw JSONSyntaxError(offset: i, problem: .controlCharacterInString) }
            guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
            let escapeAt = i
            i += 1
            guard i < b.count else { throw JSONSyntaxError(offset: i, problem: .unexpectedEnd) }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else {
                        throw JSONSyntaxError(offset: escapeAt, problem: .loneSurrogate)
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw JSONSyntaxError(offset: escapeAt, problem: .loneSurrogate) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONSyntaxError(offset: escapeAt, problem: .loneSurrogate)
                }
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
            default:
                throw JSONSyntaxError(offset: escapeAt, problem: .invalidEscape)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Writes JSON with keys in the order they are written (compact, or indented by two spaces).
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Indent with two spaces and put each member on its own line.
    public let pretty: Bool
    /// Escape every non-ASCII character as \uXXXX (surrogate pairs above U+FFFF).
    public let asciiOnly: Bool
    /// One entry per open container: whether it has content yet.
    private var open: [Bool] = []
    /// A key was just written: the next value follows it directly.
    private var afterKey = false

    public init(pretty: Bool = false, asciiOnly: Bool = false, capacity: Int = 1024) {
        self.pretty = pretty
        self.asciiOnly = asciiOnly
        bytes.reserveCapacity(capacity)
        open.reserveCapacity(8)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func appendRaw(_ byte: UInt8) { bytes.append(byte) }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<open.count { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Before a key or a value: the comma and, in pretty mode, the line break.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard let hasContent = open.last else { return }
        if hasContent { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        if pretty { newline() }
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); open.append(false) }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); open.append(false) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func close(_ c: UInt8) {
        let hadContent = open.removeLast()
        if pretty && hadContent { newline() }
        bytes.append(c)
    }

    /// An object key; the next call writes its value.
    public mutating func key(_ k: String) {
        separate()
        writeEscaped(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    public mutating func string(_ s: String) { separate(); writeEscaped(s) }
    public mutating func int(_ n: Int) { separate(); bytes.append(contentsOf: String(n).utf8) }
    public mutating func bool(_ v: Bool) { separate(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }
    /// A number written as given (must be valid JSON number text).
    public mutating func rawNumber(_ text: String) { separate(); bytes.append(contentsOf: text.utf8) }

    /// Writes any JSON value.
    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): rawNumber(n)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for m in members { key(m.key); value(m.value) }
            endObject()
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeU(_ unit: UInt32) {
        bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(JSONWriter.hexDigits[Int((unit >> UInt32(shift)) & 0xF)])
        }
    }

    private mutating func writeEscaped(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        if asciiOnly {
            for scalar in s.unicodeScalars {
                let v = scalar.value
                if v >= 0x80 {
                    if v > 0xFFFF {
                        let u = v - 0x10000
                        writeU(0xD800 + (u >> 10)); writeU(0xDC00 + (u & 0x3FF))
                    } else {
                        writeU(v)
                    }
                } else {
                    escapeASCII(UInt8(v))
                }
            }
        } else {
            var s = s
            s.withUTF8 { buffer in
                // Copy runs of bytes that need no escape in bulk.
                var runStart = 0
                for (i, c) in buffer.enumerated() where c < 0x20 || c == 0x22 || c == 0x5C {
                    if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i])) }
                    escapeASCII(c)
                    runStart = i + 1
                }
                if runStart < buffer.count {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...]))
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @inline(__always) private mutating func escapeASCII(_ c: UInt8) {
        switch c {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(0x5C); bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(0x5C); bytes.append(UInt8(ascii: "f"))
        case 0..<0x20: writeU(UInt32(c))
        default: bytes.append(c)
        }
    }
}
