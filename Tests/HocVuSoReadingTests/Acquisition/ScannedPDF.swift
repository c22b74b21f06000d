import Foundation

/// A PDF holding only a JPEG image per page and no text layer: what a scanner makes. Built by hand (the format is
/// simple for this case) so the tests need no image tool beyond poppler.
enum ScannedPDF {
    /// `pages`: JPEG bytes with their pixel size, drawn at `dpi`.
    static func make(pages: [(jpeg: Data, width: Int, height: Int)], dpi: Double = 300) -> Data {
        var objects: [Data] = []
        // 1: catalog, 2: page tree; then per page: page, content, image.
        let pageIDs = pages.indices.map { 3 + $0 * 3 }
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(Data("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>".utf8))
        for (index, page) in pages.enumerated() {
            let id = pageIDs[index]
            let w = Double(page.width) * 72 / dpi
            let h = Double(page.height) * 72 / dpi
            objects.append(Data("""
                << /Type /Page /Parent 2 0 R /MediaBox [0 0 \(w) \(h)] /Contents \(id + 1) 0 R \
                /Resources << /XObject << /Im0 \(id + 2) 0 R >> >> >>
                """.utf8))
            let content = "q \(w) 0 0 \(h) 0 0 cm /Im0 Do Q"
            objects.append(Data("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream".utf8))
            var image = Data("""
                << /Type /XObject /Subtype /Image /Width \(page.width) /Height \(page.height) \
                /ColorSpace /\(Self.components(ofJPEG: page.jpeg) == 3 ? "DeviceRGB" : "DeviceGray") \
                /BitsPerComponent 8 /Filter /DCTDecode /Length \(page.jpeg.count) >>
                stream

                """.utf8)
            image.append(page.jpeg)
            image.append(Data("\nendstream".utf8))
            objects.append(image)
        }
        var pdf = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf.append(Data("\(index + 1) 0 obj\n".utf8))
            pdf.append(object)
            pdf.append(Data("\nendobj\n".utf8))
        }
        let xref = pdf.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        pdf.append(Data(table.utf8))
        return pdf
    }

    /// The colour components of a JPEG (1 grey, 3 colour): pdftoppm's `-gray -jpeg` still writes three on poppler 22.
    static func components(ofJPEG data: Data) -> Int {
        let bytes = [UInt8](data)
        var i = 2
        while i + 9 < bytes.count, bytes[i] == 0xFF {
            let marker = bytes[i + 1]
            if marker == 0xC0 || marker == 0xC2 { return Int(bytes[i + 9]) }
            i += 2 + (Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]))
        }
        return 1
    }

    /// The pixel size of a baseline JPEG (its SOF0/SOF2 marker).
    static func size(ofJPEG data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        var i = 2
        while i + 9 < bytes.count {
            guard bytes[i] == 0xFF else { return nil }
            let marker = bytes[i + 1]
            let length = Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            if marker == 0xC0 || marker == 0xC2 {
                return (Int(bytes[i + 7]) << 8 | Int(bytes[i + 8]), Int(bytes[i + 5]) << 8 | Int(bytes[i + 6]))
            }
            i += 2 + length
        }
        return nil
    }
}
