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
///
/// The checks read the start of a file (its header, a JPEG's segments up to the first scan) and
/// its end (a PDF's `%%EOF`, PNG's IEND, JPEG's end marker), so they run as the bytes arrive
/// (`Stream`): an upload is sniffed while it goes to the store, never held whole in memory.
enum FileSniffer {
    static func kind(of bytes: ByteBuffer) -> UploadKind? {
        bytes.withUnsafeReadableBytes { kind(of: $0) }
    }

    static func kind(of bytes: [UInt8]) -> UploadKind? {
        bytes.withUnsafeBytes { kind(of: $0) }
    }

    /// A whole file is one piece of a stream: one implementation, whichever way the bytes come.
    static func kind(of bytes: UnsafeRawBufferPointer) -> UploadKind? {
        var stream = Stream()
        stream.feed(bytes)
        return stream.finish()
    }

    /// The verdict of `kind(of:)`, reached piece by piece: it keeps the first `headLength` bytes,
    /// the last `pdfTrailerWindow`, where a JPEG's walk through its segments stands, and where
    /// the content ends before any trailing zeros; never the rest.
    struct Stream: Sendable {
        /// Enough for every header the checks read (PNG's is the longest: 33 bytes).
        static let headLength = 64

        private var head: [UInt8] = []
        private var tail: [UInt8] = []
        private(set) var size = 0
        private var jpeg = JPEGWalk()
        /// The offset just after the last byte that is not zero, and the two bytes ending there.
        private var contentEnd = 0
        private var lastTwo: (UInt8, UInt8) = (0, 0)
        private var lastByte: UInt8 = 0

        init() {}

        mutating func feed(_ bytes: ByteBuffer) {
            bytes.withUnsafeReadableBytes { feed($0) }
        }

        mutating func feed(_ bytes: UnsafeRawBufferPointer) {
            guard !bytes.isEmpty else { return }
            if head.count < Self.headLength {
                head.append(contentsOf: bytes.prefix(Self.headLength - head.count))
            }
            if bytes.count >= FileSniffer.pdfTrailerWindow {
                tail = Array(bytes.suffix(FileSniffer.pdfTrailerWindow))
            } else {
                tail.append(contentsOf: bytes)
                if tail.count > FileSniffer.pdfTrailerWindow { tail.removeFirst(tail.count - FileSniffer.pdfTrailerWindow) }
            }
            if let last = bytes.lastIndex(where: { $0 != 0 }) {
                lastTwo = (last > 0 ? bytes[last - 1] : lastByte, bytes[last])
                contentEnd = size + last + 1
            }
            jpeg.feed(bytes, at: size)
            lastByte = bytes[bytes.count - 1]
            size += bytes.count
        }

        /// What the bytes fed so far are, as a whole file.
        func finish() -> UploadKind? {
            let isPDF = head.withUnsafeBytes { head in tail.withUnsafeBytes { tail in FileSniffer.isPDF(head: head, trailer: tail) } }
            if isPDF { return .pdf }
            let isPNG = size >= 8 + 25 + 12 && head.withUnsafeBytes(FileSniffer.isPNGHeader)
                && tail.withUnsafeBytes { FileSniffer.matches($0, at: $0.count - FileSniffer.pngEnd.count, FileSniffer.pngEnd) }
            if isPNG { return .png }
            // Start of image, the walk ended well, and end of image last (trailing zeros allowed).
            let isJPEG = size >= 4 && head.starts(with: [0xFF, 0xD8, 0xFF]) && contentEnd >= 4
                && lastTwo == (0xFF, 0xD9) && jpeg.succeeded(contentEnd: contentEnd)
            return isJPEG ? .jpeg : nil
        }
    }

    // MARK: PDF

    /// How far from the end `%%EOF` may sit: readers look for it in the last 1024 bytes.
    static let pdfTrailerWindow = 1024

    /// A version header, and an end-of-file marker in `trailer` (the last `pdfTrailerWindow`
    /// bytes, or the whole file when shorter) so that a file cut short in transit is refused.
    static func isPDF(head: UnsafeRawBufferPointer, trailer: UnsafeRawBufferPointer) -> Bool {
        guard hasPrefix(head, Array("%PDF-1.".utf8)) || hasPrefix(head, Array("%PDF-2.".utf8)) else { return false }
        let marker = Array("%%EOF".utf8)
        guard trailer.count >= marker.count else { return false }
        return (0...(trailer.count - marker.count)).contains { matches(trailer, at: $0, marker) }
    }

    // MARK: PNG

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Length 0, type IEND, and the CRC of "IEND", which never changes.
    static let pngEnd: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

    /// The signature and a well-formed IHDR chunk first (its CRC checked); IEND must come last,
    /// which `Stream` checks on the file's end.
    static func isPNGHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // signature (8) + IHDR chunk (4 + 4 + 13 + 4)
        guard bytes.count >= 8 + 25, hasPrefix(bytes, pngSignature) else { return false }
        guard readUInt32(bytes, at: 8) == 13, matches(bytes, at: 12, Array("IHDR".utf8)) else { return false }
        let header = UnsafeRawBufferPointer(rebasing: bytes[12..<(12 + 4 + 13)])
        guard crc32(header) == readUInt32(bytes, at: 12 + 4 + 13) else { return false }
        let width = readUInt32(bytes, at: 16)
        let height = readUInt32(bytes, at: 20)
        guard width > 0, height > 0, width <= 0x7FFF_FFFF, height <= 0x7FFF_FFFF else { return false }
        return isValidPNGDepth(bitDepth: bytes[24], colorType: bytes[25])
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

    /// The marker segments after start of image, up to the first scan: each length in bounds, a
    /// frame header with real dimensions among them, and the scan's data leaving room for the end
    /// marker. Where the content ends (before trailing zeros, as some cameras pad) is known only at
    /// the end, so the walk notes how far it needed the content to go (`needed`) and `succeeded`
    /// compares: a byte it read beyond the end would have been refused where it was read.
    struct JPEGWalk: Sendable {
        private enum State: Sendable {
            /// A marker's 0xFF is due.
            case marker
            /// 0xFF fill bytes, then the marker's code.
            case fill
            case lengthHigh(marker: UInt8)
            case lengthLow(marker: UInt8, high: UInt8)
            /// A segment's bytes that are not read.
            case skip(Int)
            /// A frame header's bytes, gathered to be checked.
            case frame(remaining: Int, bytes: [UInt8])
            case scanFound
            case failed
        }

        /// The walk starts at the third byte, the first segment's 0xFF (the first two are SOI).
        private static let start = 2
        /// 6 bytes and 3 per component, at most 255 of them.
        private static let longestFrameHeader = 6 + 3 * 255

        private var state = State.marker
        private var needed = 0
        private var sawFrame = false

        init() {}

        func succeeded(contentEnd: Int) -> Bool {
            guard case .scanFound = state else { return false }
            return needed <= contentEnd
        }

        /// Walks `bytes`, which sit at `offset` in the file.
        mutating func feed(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
            var index = max(0, Self.start - offset)
            while index < bytes.count {
                let position = offset + index
                switch state {
                case .scanFound, .failed:
                    return
                case .marker:
                    needed = max(needed, position + 1)
                    state = bytes[index] == 0xFF ? .fill : .failed
                    index += 1
                case .fill:
                    needed = max(needed, position + 1)
                    let code = bytes[index]
                    index += 1
                    switch code {
                    case 0xFF: continue  // any number of fill bytes may precede a marker
                    case 0x01, 0xD0...0xD7: state = .marker  // standalone markers, no length
                    case 0x00, 0xD8, 0xD9: state = .failed  // not a marker, a second start, or the end before any scan
                    default: state = .lengthHigh(marker: code)
                    }
                case .lengthHigh(let marker):
                    // The length's two bytes and the whole segment are checked together once it is known.
                    state = .lengthLow(marker: marker, high: bytes[index])
                    index += 1
                case .lengthLow(let marker, let high):
                    let length = Int(high) << 8 | Int(bytes[index])
                    // The segment, length included, starts one byte back.
                    let segmentStart = position - 1
                    needed = max(needed, segmentStart + 2)
                    index += 1
                    guard length >= 2 else {
                        state = .failed
                        continue
                    }
                    needed = max(needed, segmentStart + length)
                    switch marker {
                    case 0xC0...0xCF where ![0xC4, 0xC8, 0xCC].contains(marker):
                        state = length - 2 > Self.longestFrameHeader ? .failed : .frame(remaining: length - 2, bytes: [])
                        if case .frame(0, _) = state { finishFrame([]) }
                    case 0xDA:
                        // The scan's entropy-coded data follows; it must leave room for the end marker.
                        needed = max(needed, segmentStart + length + 2)
                        state = sawFrame ? .scanFound : .failed
                    default:
                        state = length == 2 ? .marker : .skip(length - 2)
                    }
                case .skip(let remaining):
                    let taken = min(remaining, bytes.count - index)
                    index += taken
                    state = taken == remaining ? .marker : .skip(remaining - taken)
                case .frame(let remaining, var gathered):
                    let taken = min(remaining, bytes.count - index)
                    gathered.append(contentsOf: bytes[index..<(index + taken)])
                    index += taken
                    if taken == remaining { finishFrame(gathered) } else { state = .frame(remaining: remaining - taken, bytes: gathered) }
                }
            }
        }

        private mutating func finishFrame(_ segment: [UInt8]) {
            if FileSniffer.isValidFrameHeader(segment) {
                sawFrame = true
                state = .marker
            } else {
                state = .failed
            }
        }
    }

    /// Precision, height, width, component count, then three bytes per component.
    private static func isValidFrameHeader(_ segment: [UInt8]) -> Bool {
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

    fileprivate static func matches(_ bytes: UnsafeRawBufferPointer, at offset: Int, _ expected: [UInt8]) -> Bool {
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
