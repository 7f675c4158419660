import Foundation
import Testing
@testable import DCEMRules

@Suite struct JSONTests {
    @Test func parsesValues() throws {
        let v = try JSONValue.parse(#" { "a": [1, -2.5e3, true, false, null, "x"], "b": {}, "c": [] } "#)
        #expect(v == .object([
            JSONMember(key: "a", value: .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null, .string("x")])),
            JSONMember(key: "b", value: .object([])),
            JSONMember(key: "c", value: .array([])),
        ]))
    }

    @Test func lastRepeatedKeyWins() throws {
        let v = try JSONValue.parse(#"{"a": 1, "a": 2}"#)
        #expect(v.member("a") == .number("2"))
    }

    @Test(arguments: [
        (#""\u00e9""#, "é"), (#""\ud83d\ude00""#, "😀"), (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\b\f\n\r\t""#, "\u{8}\u{c}\n\r\t"), (#""\u0000""#, "\u{0}"), ("\"déjà 😀\"", "déjà 😀"), (#""\uD83D\uDE00""#, "😀"),
    ])
    func stringEscapes(json: String, expected: String) throws {
        #expect(try JSONValue.parse(json) == .string(expected))
    }

    @Test(arguments: [
        (#""\ud83d""#, JSONSyntaxError.Problem.loneSurrogate), (#""\ude00""#, .loneSurrogate), (#""\ud83d\u0041""#, .loneSurrogate),
        (#""\x""#, .invalidEscape), (#""\u12G4""#, .invalidEscape), ("\"a\nb\"", .controlCharacterInString),
        ("{} x", .trailingContent), ("", .empty), ("   ", .empty), ("{", .unexpectedEnd), (#"{"a" 1}"#, .unexpectedByte(0x31)),
        ("[1,]", .unexpectedByte(0x5D)), ("01", .trailingContent), ("-", .unexpectedEnd), ("1.", .invalidNumber),
        (".5", .unexpectedByte(0x2E)), ("1e", .invalidNumber), ("+1", .unexpectedByte(0x2B)), ("tru", .unexpectedEnd),
        ("nul1", .unexpectedByte(0x31)), ("{'a': 1}", .unexpectedByte(0x27)), (#"{"a": 1,}"#, .unexpectedByte(0x7D)),
    ])
    func syntaxErrors(json: String, problem: JSONSyntaxError.Problem) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(json) }
        do { _ = try JSONValue.parse(json) } catch { #expect(error.problem == problem) }
    }

    @Test(arguments: [[0xC3, 0x28], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE2, 0x82]] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        let body: [UInt8] = [0x22] + bytes + [0x22]
        do { _ = try JSONValue.parse(body); Issue.record("accepted invalid UTF-8") } catch {
            #expect(error.problem == .invalidUTF8)
            #expect(error.offset == 1)
        }
    }

    @Test func depthLimit() throws {
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        _ = try JSONValue.parse(ok)
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        do { _ = try JSONValue.parse(deep); Issue.record("accepted too deep") } catch { #expect(error.problem == .tooDeep) }
    }

    @Test func byteOrderMark() throws {
        #expect(try JSONValue.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object([]))
    }

    @Test func writerEscapes() {
        var w = JSONWriter()
        w.string("a\"b\\c\n\u{1}é😀")
        #expect(w.string == #""a\"b\\c\n\u0001é😀""#)
        var ascii = JSONWriter(asciiOnly: true)
        ascii.string("é😀\t")
        #expect(ascii.string == #""\u00e9\ud83d\ude00\t""#)
    }

    @Test func writerStructure() {
        var w = JSONWriter()
        w.beginObject()
        w.key("a"); w.beginArray(); w.int(1); w.null(); w.bool(true); w.beginObject(); w.endObject(); w.endArray()
        w.key("b"); w.string("x")
        w.key("c"); w.beginArray(); w.endArray()
        w.endObject()
        #expect(w.string == #"{"a":[1,null,true,{}],"b":"x","c":[]}"#)

        var p = JSONWriter(pretty: true)
        p.beginObject(); p.key("a"); p.beginArray(); p.int(1); p.int(2); p.endArray(); p.key("b"); p.beginObject(); p.endObject(); p.endObject()
        #expect(p.string == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}")
    }

    /// Random strings survive writer → parser, and Foundation reads what the writer writes.
    @Test func roundTripRandomStrings() throws {
        var rng = SplitMix64(seed: 2026)
        let pool: [Unicode.Scalar] = ["a", "\"", "\\", "/", "\n", "\u{0}", "\u{1F}", "\u{7F}", "é", "€", "\u{2028}", "😀", "𝄞", " "]
        for _ in 0..<1000 {
            var s = ""
            for _ in 0..<Int.random(in: 0...12, using: &rng) { s.unicodeScalars.append(pool.randomElement(using: &rng)!) }
            for asciiOnly in [false, true] {
                var w = JSONWriter(asciiOnly: asciiOnly)
                w.beginArray(); w.string(s); w.endArray()
                #expect(try JSONValue.parse(w.bytes) == .array([.string(s)]))
                let foundation = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String]
                #expect(foundation == [s])
                if asciiOnly { #expect(w.bytes.allSatisfy { $0 < 0x80 }) }
            }
        }
    }

    @Test func writerWritesWhatTheParserRead() throws {
        let text = #"{"a":[1,-2.5e3,true,false,null,"x\u00e9"],"b":{"c":{}}}"#
        var w = JSONWriter()
        w.value(try JSONValue.parse(text))
        #expect(w.string == #"{"a":[1,-2.5e3,true,false,null,"xé"],"b":{"c":{}}}"#)
    }
}
