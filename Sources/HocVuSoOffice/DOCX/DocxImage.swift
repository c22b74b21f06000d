import Foundation

extension DocxDocument {
    /// A picture placed inline in a paragraph, scaled to the given size. PNG or JPEG.
    public struct Image: Sendable {
        public var data: Data
        public var widthCm: Double
        public var heightCm: Double
        /// Alternative text for screen readers.
        public var description: String

        public init(data: Data, widthCm: Double, heightCm: Double, description: String = "") {
            self.data = data
            self.widthCm = widthCm
            self.heightCm = heightCm
            self.description = description
        }

        enum Format: String {
            case png
            case jpeg

            var contentType: String { "image/\(rawValue)" }
        }

        /// The format by the file's signature, nil when it is neither PNG nor JPEG.
        var format: Format? {
            if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
            if data.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
            return nil
        }
    }
}
