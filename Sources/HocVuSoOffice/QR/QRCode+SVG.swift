extension QRCode {
    /// The symbol as an inline SVG element: a white background and one `<path>` for the dark modules,
    /// one sub-path per horizontal run of dark modules. `moduleSize` is the width of a module in CSS
    /// pixels (the natural size; CSS may scale it), `border` the quiet zone in modules (4 by the standard).
    public func svg(moduleSize: Int = 4, border: Int = 4) -> String {
        let moduleSize = max(1, moduleSize)
        let border = max(0, border)
        let side = size + 2 * border
        let pixels = side * moduleSize
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size, isDark(x: x, y: y) { x += 1 }
                path += "M\(start + border) \(y + border)h\(x - start)v1h-\(x - start)z"
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(pixels)\" "
            + "height=\"\(pixels)\" shape-rendering=\"crispEdges\" role=\"img\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path d=\"\(path)\" fill=\"#000\"/></svg>"
    }
}
