import Foundation
import HocVuSoCore

/// Optical character recognition of a page image with Tesseract and its Vietnamese model
/// (Debian's `tesseract-ocr` and `tesseract-ocr-vie`).
struct ScanReader: Sendable {
    /// Tesseract's language: "vie" (the Vietnamese model); tests of the misread style may use "eng".
    var language = "vie"

    /// The text of one image file. Throws when Tesseract is missing, the model is not installed or the image is broken.
    func text(ofImage path: String) async throws -> String {
        do {
            let output = try await ExternalTool.tesseract.run([path, "stdout", "-l", language, "--psm", "3"])
            return String(decoding: output, as: UTF8.self)
        } catch let error as DomainError where error.code == "reading.tool-failed" {
            throw DomainError(.invalid, code: "reading.image", message: Strings.ReceivedFile.brokenImage)
        }
    }
}
