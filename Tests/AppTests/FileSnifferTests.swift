import Hummingbird
import Testing

@testable import App

@Suite struct FileSnifferTests {
    // MARK: Fixtures, built by hand

    /// One PNG chunk: length, type, data, and the CRC of type and data.
    private static func chunk(_ type: String, _ data: [UInt8], crc: UInt32? = nil) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc ?? FileSniffer.crc32(typed))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// A 1×1 grey PNG; the IDAT is zlib's output for one filter byte and one black pixel.
    private static func png(width: UInt32 = 1, height: UInt32 = 1, ihdrCRC: UInt32? = nil) -> [UInt8] {
        let header = bigEndian(width) + bigEndian(height) + [8, 0, 0, 0, 0]  // 8-bit greyscale
        return FileSniffer.pngSignature
            + chunk("IHDR", header, crc: ihdrCRC)
            + chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01])
            + chunk("IEND", [])
    }

    /// What libjpeg 6.2 writes for a 2×1 greyscale image (quality 50, optimised tables).
    private static let realJPEG = hexBytes(
        "ffd8ffdb004300100b0c0e0c0a100e0d0e1211101318281a181616183123251d283a333d3c3933383740485c4e404457"
            + "453738506d51575f626768673e4d71797064785c656763ffc0000b080001000201011100ffc40014000100000000"
            + "000000000000000000000006ffc4001a1000010501000000000000000000000000050001033574b2ffda00080101"
            + "00003f00540e887e68f965ffd9")

    /// The smallest marker layout we accept: SOI, APP0, SOF0, SOS, two bytes of scan, EOI.
    private static func jpeg(frameMarker: UInt8 = 0xC0, width: UInt8 = 1, height: UInt8 = 1) -> [UInt8] {
        let app0: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        let frame: [UInt8] = [0xFF, frameMarker, 0x00, 0x0B, 8, 0, height, 0, width, 1, 1, 0x11, 0]
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0, 0x12, 0x34]
        return [0xFF, 0xD8] + app0 + frame + scan + [0xFF, 0xD9]
    }

    private static let pdf = Array(
        """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
        trailer << /Root 1 0 R >>
        %%EOF

        """.utf8)

    private static func hexBytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16)! }
    }

    // MARK: Accepted

    @Test func crcMatchesZlib() {
        // the standard check value, and the CRC every IEND chunk carries
        #expect(FileSniffer.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(FileSniffer.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test func recognisesEachKindByContent() {
        #expect(FileSniffer.kind(of: Self.png()) == .png)
        #expect(FileSniffer.kind(of: Self.png(width: 4000, height: 3000)) == .png)
        #expect(FileSniffer.kind(of: Self.realJPEG) == .jpeg)
        #expect(FileSniffer.kind(of: Self.jpeg()) == .jpeg)
        #expect(FileSniffer.kind(of: Self.jpeg(frameMarker: 0xC2)) == .jpeg)  // progressive
        #expect(FileSniffer.kind(of: Self.pdf) == .pdf)
        #expect(FileSniffer.kind(of: Array("%PDF-2.0\n%%EOF".utf8)) == .pdf)
    }

    @Test func readsAByteBufferLikeAnArray() {
        // given
        var buffer = ByteBuffer(bytes: [1, 2, 3])
        buffer.moveReaderIndex(forwardBy: 3)  // only the readable bytes count
        buffer.writeBytes(Self.png())

        // then
        #expect(FileSniffer.kind(of: buffer) == .png)
    }

    @Test func allowsZeroPaddingAfterTheJPEGEnd() {
        #expect(FileSniffer.kind(of: Self.realJPEG + [0, 0, 0, 0]) == .jpeg)
    }

    @Test func allowsPDFTrailerWithinTheLastKilobyte() {
        // given
        let padded = Self.pdf + Array(repeating: UInt8(ascii: " "), count: 1024 - 6)
        let tooFar = Self.pdf + Array(repeating: UInt8(ascii: " "), count: 1024)

        // then
        #expect(FileSniffer.kind(of: padded) == .pdf)
        #expect(FileSniffer.kind(of: tooFar) == nil)
    }

    // MARK: Refused

    @Test func refusesEmptyAndTinyFiles() {
        #expect(FileSniffer.kind(of: [UInt8]()) == nil)
        #expect(FileSniffer.kind(of: ByteBuffer()) == nil)
        #expect(FileSniffer.kind(of: [0xFF, 0xD8, 0xFF]) == nil)
        #expect(FileSniffer.kind(of: Array("%PDF-1.".utf8)) == nil)
    }

    @Test func refusesTruncatedFiles() {
        let png = Self.png()
        #expect(FileSniffer.kind(of: Array(png.dropLast(12))) == nil)  // no IEND
        #expect(FileSniffer.kind(of: Array(png.prefix(30))) == nil)  // cut inside IHDR
        #expect(FileSniffer.kind(of: Array(Self.realJPEG.dropLast(2))) == nil)  // no EOI
        #expect(FileSniffer.kind(of: Array(Self.realJPEG.prefix(80)) + [0xFF, 0xD9]) == nil)  // cut inside the frame header
        #expect(FileSniffer.kind(of: Array(Self.pdf.prefix(40))) == nil)
    }

    @Test func refusesPNGWithBadHeader() {
        #expect(FileSniffer.kind(of: Self.png(ihdrCRC: 0x1234_5678)) == nil)
        #expect(FileSniffer.kind(of: Self.png(width: 0)) == nil)
        #expect(FileSniffer.kind(of: Self.png(height: 0)) == nil)

        // given a flipped bit in the header, after the CRC was computed
        var flipped = Self.png()
        flipped[16 + 3] ^= 0x02

        // then
        #expect(FileSniffer.kind(of: flipped) == nil)
    }

    @Test func refusesJPEGWithoutAFrameHeader() {
        // DHT, JPG and DAC sit in the SOF range but are not frames
        for marker: UInt8 in [0xC4, 0xC8, 0xCC] {
            #expect(FileSniffer.kind(of: Self.jpeg(frameMarker: marker)) == nil)
        }
        #expect(FileSniffer.kind(of: Self.jpeg(width: 0)) == nil)
        #expect(FileSniffer.kind(of: Self.jpeg(height: 0)) == nil)
    }

    @Test func refusesJPEGWhoseSegmentRunsPastTheEnd() {
        // given an APP0 that claims 0x4000 bytes
        var bytes = Self.jpeg()
        bytes[4] = 0x40

        // then
        #expect(FileSniffer.kind(of: bytes) == nil)
    }

    @Test func refusesOtherFormatsWhateverTheirName() {
        // an HTML page renamed .pdf
        #expect(FileSniffer.kind(of: Array("<!DOCTYPE html><html><body>%PDF-1.4 %%EOF</body></html>".utf8)) == nil)
        // a PDF header with no end-of-file marker
        #expect(FileSniffer.kind(of: Array("%PDF-1.7\n<script>alert(1)</script>\n".utf8)) == nil)
        #expect(FileSniffer.kind(of: Array("%PDF-3.0\n%%EOF".utf8)) == nil)
        // GIF89a, 1×1
        #expect(FileSniffer.kind(of: Array("GIF89a".utf8) + [1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x3B]) == nil)
        #expect(FileSniffer.kind(of: Array("hello".utf8)) == nil)
    }

    // MARK: As the bytes arrive

    /// Every fixture above, accepted or refused, and large ones whose checks sit far apart.
    private static var corpus: [(name: String, bytes: [UInt8], kind: UploadKind?)] {
        let bigSegment = [0xFF, 0xE1, 0xFF, 0xFF] + [UInt8](repeating: 0x45, count: 0xFFFF - 2)
        let bigJPEG = Array(jpeg().prefix(2)) + bigSegment + Array(jpeg().dropFirst(2).dropLast(2))
            + [UInt8](repeating: 0x12, count: 300_000) + [0xFF, 0xD9] + [UInt8](repeating: 0, count: 3000)
        let bigPDF = Array("%PDF-1.7\n".utf8) + [UInt8](repeating: 0x20, count: 500_000) + Array("%%EOF\n".utf8)
        let bigPNG = Array(png().dropLast(12)) + chunk("tEXt", [UInt8](repeating: 0x41, count: 200_000)) + chunk("IEND", [])
        var flipped = png()
        flipped[19] ^= 0x02
        var longAPP0 = jpeg()
        longAPP0[4] = 0x40
        return [
            ("png", png(), .png), ("large png", bigPNG, .png), ("real jpeg", realJPEG, .jpeg), ("jpeg", jpeg(), .jpeg),
            ("progressive jpeg", jpeg(frameMarker: 0xC2), .jpeg), ("padded jpeg", realJPEG + [0, 0, 0, 0], .jpeg),
            ("large jpeg", bigJPEG, .jpeg), ("pdf", pdf, .pdf), ("pdf 2", Array("%PDF-2.0\n%%EOF".utf8), .pdf), ("large pdf", bigPDF, .pdf),
            ("pdf, trailer 1018 bytes from the end", pdf + [UInt8](repeating: 0x20, count: 1018), .pdf),
            ("pdf, trailer too far", pdf + [UInt8](repeating: 0x20, count: 1024), nil),
            ("large pdf, trailer too far", bigPDF + [UInt8](repeating: 0x20, count: 2000), nil),
            ("large jpeg, no end", Array(bigJPEG.dropLast(3002)), nil), ("png, no IEND", Array(png().dropLast(12)), nil),
            ("png cut in IHDR", Array(png().prefix(30)), nil), ("jpeg, no EOI", Array(realJPEG.dropLast(2)), nil),
            ("jpeg cut in the frame", Array(realJPEG.prefix(80)) + [0xFF, 0xD9], nil), ("pdf cut", Array(pdf.prefix(40)), nil),
            ("png, bad CRC", png(ihdrCRC: 0x1234_5678), nil), ("png, flipped bit", flipped, nil), ("jpeg, DHT as frame", jpeg(frameMarker: 0xC4), nil),
            ("jpeg, no width", jpeg(width: 0), nil), ("jpeg, segment past the end", longAPP0, nil),
            ("html", Array("<!DOCTYPE html><html><body>%PDF-1.4 %%EOF</body></html>".utf8), nil), ("empty", [], nil),
            ("tiny", [0xFF, 0xD8, 0xFF], nil),
        ]
    }

    @Test func theVerdictDoesNotDependOnHowTheBytesAreCut() {
        for sample in Self.corpus {
            #expect(FileSniffer.kind(of: sample.bytes) == sample.kind, "\(sample.name)")
            for size in [1, 2, 3, 5, 13, 64, 1000, 16 * 1024] where sample.bytes.count <= 20_000 || size >= 1000 {
                var stream = FileSniffer.Stream()
                for start in stride(from: 0, to: sample.bytes.count, by: size) {
                    stream.feed(ByteBuffer(bytes: sample.bytes[start..<min(start + size, sample.bytes.count)]))
                }
                #expect(stream.finish() == sample.kind, "\(sample.name) in pieces of \(size)")
                #expect(stream.size == sample.bytes.count)
            }
        }
    }

    /// The JPEG check before it ran as the bytes arrive, on a whole file: the oracle the walk is
    /// compared with, on damaged copies of real files.
    private static func referenceIsJPEG(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF else { return false }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0 { end -= 1 }
        guard end >= 4, bytes[end - 2] == 0xFF, bytes[end - 1] == 0xD9 else { return false }
        var index = 2
        var sawFrame = false
        while true {
            guard index < end, bytes[index] == 0xFF else { return false }
            while index < end, bytes[index] == 0xFF { index += 1 }
            guard index < end else { return false }
            let marker = bytes[index]
            index += 1
            switch marker {
            case 0x01, 0xD0...0xD7: continue
            case 0x00, 0xD8, 0xD9: return false
            default: break
            }
            guard index + 2 <= end else { return false }
            let length = Int(bytes[index]) << 8 | Int(bytes[index + 1])
            guard length >= 2, index + length <= end else { return false }
            let segment = Array(bytes[(index + 2)..<(index + length)])
            switch marker {
            case 0xC0...0xCF where ![0xC4, 0xC8, 0xCC].contains(marker):
                guard segment.count >= 6 else { return false }
                let height = Int(segment[1]) << 8 | Int(segment[2])
                let width = Int(segment[3]) << 8 | Int(segment[4])
                let components = Int(segment[5])
                guard height > 0, width > 0, components > 0, segment.count == 6 + 3 * components else { return false }
                sawFrame = true
            case 0xDA:
                return sawFrame && index + length <= end - 2
            default:
                break
            }
            index += length
        }
    }

    @Test func damagedJPEGsAreJudgedAsTheWholeFileCheckDid() {
        // given: the real JPEG and the hand-made one, damaged thousands of ways (a byte changed,
        // cut short, zeros or bytes added), the same ways on every run
        var generator = SeededGenerator(seed: 2026)
        var verdicts: [Bool: Int] = [:]
        for base in [Self.realJPEG, Self.jpeg(), Self.jpeg(frameMarker: 0xC2)] {
            for _ in 0..<1500 {
                var bytes = base
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[Int.random(in: 0..<bytes.count, using: &generator)] = [0x00, 0xFF, 0xD9, 0xDA, 0xC0, 0x01, 0x02, 0x40].randomElement(using: &generator)!
                case 1: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator))) + (Bool.random(using: &generator) ? [0xFF, 0xD9] : [])
                case 2: bytes += [UInt8](repeating: 0, count: Int.random(in: 1..<10, using: &generator))
                default: bytes.insert(0xFF, at: Int.random(in: 2..<bytes.count, using: &generator))
                }
                // when
                let expected = Self.referenceIsJPEG(bytes)
                var stream = FileSniffer.Stream()
                for start in stride(from: 0, to: bytes.count, by: 3) { stream.feed(ByteBuffer(bytes: bytes[start..<min(start + 3, bytes.count)])) }

                // then
                #expect((FileSniffer.kind(of: bytes) == .jpeg) == expected, "\(bytes)")
                #expect((stream.finish() == .jpeg) == expected, "\(bytes) in pieces of 3")
                verdicts[expected, default: 0] += 1
            }
        }
        // both verdicts were reached many times: the comparison means something
        #expect(verdicts[true, default: 0] > 100 && verdicts[false, default: 0] > 100, "\(verdicts)")
    }

    @Test func servesEachKindWithItsOwnTypeAndExtension() {
        #expect(UploadKind.allCases.map(\.mediaType) == ["application/pdf", "image/jpeg", "image/png"])
        #expect(UploadKind.allCases.map(\.fileExtension) == ["pdf", "jpg", "png"])
    }
}

/// xorshift64*: the same numbers on every run, so a failure is seen again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
