import NIOCore

/// A form's urlencoded body, read whole up to `readLimit` and kept to what the handlers read
/// (docs/pages.md#validation): a value pasted far over any field's length is cut, not refused as
/// a body, so the field's own check names it and the page shows back what was typed. Memory per
/// request stays bounded by `readLimit`; a body beyond it is refused (413) with a page that says so.
enum BoundedFormBody {
    /// The most a form's body may be: far over any form's fields, a few pastes of a long text.
    static let readLimit = 256 * 1024
    /// The most kept of one value: over every field's own limit, so its check still fails.
    static let valueCap = 16 * 1024

    /// `body` with each value cut to `valueCap` bytes and the whole to `keep` bytes; pairs stay in
    /// their order (the form token comes first in every form), a pair that no longer fits is left out.
    static func bounded(_ body: ByteBuffer, keep: Int, valueCap: Int = valueCap) -> ByteBuffer {
        guard body.readableBytes > keep || containsLongValue(body, valueCap) else { return body }
        var kept = ByteBuffer()
        for pair in body.readableBytesView.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            var bytes = Array(pair)
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), bytes.count - equals - 1 > valueCap {
                bytes = cut(bytes, at: equals + 1 + valueCap)
            }
            let separator = kept.readableBytes == 0 ? 0 : 1
            guard kept.readableBytes + separator + bytes.count <= keep else { continue }
            if separator == 1 { kept.writeInteger(UInt8(ascii: "&")) }
            kept.writeBytes(bytes)
        }
        return kept
    }

    private static func containsLongValue(_ body: ByteBuffer, _ cap: Int) -> Bool {
        body.readableBytesView.split(separator: UInt8(ascii: "&")).contains { $0.count > cap }
    }

    /// The first `count` bytes, without a percent escape cut in half ("%C" or "%").
    private static func cut(_ bytes: [UInt8], at count: Int) -> [UInt8] {
        var end = count
        if end >= 1, bytes[end - 1] == UInt8(ascii: "%") { end -= 1 } else if end >= 2, bytes[end - 2] == UInt8(ascii: "%") { end -= 2 }
        return Array(bytes[..<end])
    }
}
