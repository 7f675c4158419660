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

    @Test func servesEachKindWithItsOwnTypeAndExtension() {
        #expect(UploadKind.allCases.map(\.mediaType) == ["application/pdf", "image/jpeg", "image/png"])
        #expect(UploadKind.allCases.map(\.fileExtension) == ["pdf", "jpg", "png"])
    }
}
