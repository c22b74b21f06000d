import Foundation

extension QRCode {
    /// The symbol as a 1-bit grayscale PNG: `scale` pixels a module, a white quiet zone of `border` modules.
    public func png(scale: Int = 8, border: Int = 4) -> Data {
        let scale = max(1, scale)
        let border = max(0, border)
        let side = (size + 2 * border) * scale
        let rowBytes = (side + 7) / 8
        var rows: [[UInt8]] = []
        rows.reserveCapacity(side)
        for moduleY in 0..<(size + 2 * border) {
            var row = [UInt8](repeating: 0xFF, count: rowBytes)   // white, padding bits included
            for moduleX in 0..<(size + 2 * border) where isDark(x: moduleX - border, y: moduleY - border) {
                for pixel in (moduleX * scale)..<((moduleX + 1) * scale) {
                    row[pixel >> 3] &= ~(0x80 >> UInt8(pixel & 7))
                }
            }
            rows += repeatElement(row, count: scale)
        }
        return PNGImage(width: side, height: side, depth: .oneBit, rows: rows).data()
    }
}
