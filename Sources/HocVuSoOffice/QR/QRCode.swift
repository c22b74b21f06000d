import CQREncode
import HocVuSoCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A QR code symbol: a square of `size` × `size` modules, without the quiet zone around it.
/// Encoded by libqrencode in byte mode, error correction level M (about 15% of the symbol may be damaged).
public struct QRCode: Sendable, Equatable {
    /// Modules per side (21 for version 1, 4 more for each version after it).
    public let size: Int
    /// Row-major, `true` for a dark module.
    private let modules: [Bool]

    init(size: Int, modules: [Bool]) {
        precondition(modules.count == size * size, "a QR code has size × size modules")
        self.size = size
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark; `false` outside the symbol (the quiet zone).
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// Encodes `text` as UTF-8 bytes. Throws `qr.encode` for empty text or text containing NUL,
    /// `qr.tooLong` when it does not fit in the largest symbol (version 40: 2,331 bytes at level M).
    public static func encode(_ text: String) throws -> QRCode {
        guard !text.isEmpty, !text.utf8.contains(0) else { throw OfficeError.qrEncodingFailed }
        errno = 0
        guard let symbol = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            throw errno == ERANGE ? OfficeError.qrTextTooLong(bytes: text.utf8.count) : OfficeError.qrEncodingFailed
        }
        defer { QRcode_free(symbol) }
        let size = Int(symbol.pointee.width)
        guard size > 0, let data = symbol.pointee.data else { throw OfficeError.qrEncodingFailed }
        // Bit 0 of each byte is the module's colour; the other bits describe its role in the symbol.
        let modules = (0..<(size * size)).map { data[$0] & 1 == 1 }
        return QRCode(size: size, modules: modules)
    }
}
