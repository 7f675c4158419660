import Hummingbird

/// The document types a family may upload.
enum UploadKind: String, Sendable, Codable, CaseIterable {
    case pdf, jpeg, png

    /// The type we serve the file back with: ours, never the one the client declared.
    var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }

    var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }
}

/// Tells an upload's type from its content, never from its name or declared type.
///
/// Magic bytes alone are easy to fake (an HTML page that starts with `%PDF-` would pass), so each
/// check also walks just enough of the structure to refuse truncated or forged files. It is not a
/// validator: a file that passes can still be corrupt further in.
enum FileSniffer {
    static func kind(of bytes: ByteBuffer) -> UploadKind? {
        bytes.withUnsafeReadableBytes { kind(of: $0) }
    }

    static func kind(of bytes: [UInt8]) -> UploadKind? {
        bytes.withUnsafeBytes { kind(of: $0) }
    }

    static func kind(of bytes: UnsafeRawBufferPointer) -> UploadKind? {
        if isPDF(bytes) { return .pdf }
        if isPNG(bytes) { return .png }
        if isJPEG(bytes) { return .jpeg }
        return nil
    }

    // MARK: PDF

    /// How far from the end `%%EOF` may sit: readers look for it in the last 1024 bytes.
    static let pdfTrailerWindow = 1024

    /// A version header, and an end-of-file marker so that a file cut short in transit is refused.
    static func isPDF(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard hasPrefix(bytes, Array("%PDF-1.".utf8)) || hasPrefix(bytes, Array("%PDF-2.".utf8)) else { return false }
        let marker = Array("%%EOF".utf8)
        let start = max(0, bytes.count - pdfTrailerWindow)
        guard bytes.count - start >= marker.count else { return false }
        for index in start...(bytes.count - marker.count) where matches(bytes, at: index, marker) {
            return true
        }
        return false
    }

    // MARK: PNG

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Length 0, type IEND, and the CRC of "IEND", which never changes.
    static let pngEnd: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

    /// The signature, a well-formed IHDR chunk first (its CRC checked), and IEND last.
    static func isPNG(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // signature (8) + IHDR chunk (4 + 4 + 13 + 4) + IEND chunk (12)
        guard bytes.count >= 8 + 25 + 12, hasPrefix(bytes, pngSignature) else { return false }
        guard readUInt32(bytes, at: 8) == 13, matches(bytes, at: 12, Array("IHDR".utf8)) else { return false }
        let header = UnsafeRawBufferPointer(rebasing: bytes[12..<(12 + 4 + 13)])
        guard crc32(header) == readUInt32(bytes, at: 12 + 4 + 13) else { return false }
        let width = readUInt32(bytes, at: 16)
        let height = readUInt32(bytes, at: 20)
        guard width > 0, height > 0, width <= 0x7FFF_FFFF, height <= 0x7FFF_FFFF else { return false }
        guard isValidPNGDepth(bitDepth: bytes[24], colorType: bytes[25]) else { return false }
        return matches(bytes, at: bytes.count - pngEnd.count, pngEnd)
    }

    /// The combinations the PNG specification allows (table 11.1).
    private static func isValidPNGDepth(bitDepth: UInt8, colorType: UInt8) -> Bool {
        switch colorType {
        case 0: [1, 2, 4, 8, 16].contains(bitDepth)
        case 3: [1, 2, 4, 8].contains(bitDepth)
        case 2, 4, 6: [8, 16].contains(bitDepth)
        default: false
        }
    }

    /// CRC-32 as PNG and zlib compute it (reflected, polynomial 0xEDB88320).
    static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { crc32($0) }
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    // MARK: JPEG

    /// Start of image, then the marker segments up to the first scan, each length in bounds and a
    /// frame header with real dimensions among them, and end of image last (trailing zeros allowed,
    /// as some cameras pad).
    static func isJPEG(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF else { return false }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0 { end -= 1 }
        guard end >= 4, bytes[end - 2] == 0xFF, bytes[end - 1] == 0xD9 else { return false }

        var index = 2
        var sawFrame = false
        while true {
            guard index < end, bytes[index] == 0xFF else { return false }
            // Any number of 0xFF fill bytes may precede a marker.
            while index < end, bytes[index] == 0xFF { index += 1 }
            guard index < end else { return false }
            let marker = bytes[index]
            index += 1
            switch marker {
            case 0x01, 0xD0...0xD7:
                continue  // standalone markers, no length
            case 0x00, 0xD8, 0xD9:
                return false  // not a marker, a second start, or the end before any scan
            default:
                break
            }
            guard index + 2 <= end else { return false }
            let length = Int(bytes[index]) << 8 | Int(bytes[index + 1])
            guard length >= 2, index + length <= end else { return false }
            let segment = UnsafeRawBufferPointer(rebasing: bytes[(index + 2)..<(index + length)])
            switch marker {
            case 0xC0...0xCF where ![0xC4, 0xC8, 0xCC].contains(marker):
                guard isValidFrameHeader(segment) else { return false }
                sawFrame = true
            case 0xDA:
                // The scan's entropy-coded data follows; it must leave room for the end marker.
                return sawFrame && index + length <= end - 2
            default:
                break
            }
            index += length
        }
    }

    /// Precision, height, width, component count, then three bytes per component.
    private static func isValidFrameHeader(_ segment: UnsafeRawBufferPointer) -> Bool {
        guard segment.count >= 6 else { return false }
        let height = Int(segment[1]) << 8 | Int(segment[2])
        let width = Int(segment[3]) << 8 | Int(segment[4])
        let components = Int(segment[5])
        return height > 0 && width > 0 && components > 0 && segment.count == 6 + 3 * components
    }

    // MARK: Helpers

    private static func hasPrefix(_ bytes: UnsafeRawBufferPointer, _ prefix: [UInt8]) -> Bool {
        matches(bytes, at: 0, prefix)
    }

    private static func matches(_ bytes: UnsafeRawBufferPointer, at offset: Int, _ expected: [UInt8]) -> Bool {
        guard offset >= 0, offset + expected.count <= bytes.count else { return false }
        for (position, byte) in expected.enumerated() where bytes[offset + position] != byte {
            return false
        }
        return true
    }

    private static func readUInt32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        (offset..<(offset + 4)).reduce(0) { $0 << 8 | UInt32(bytes[$1]) }
    }
}
