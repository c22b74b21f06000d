import Foundation

/// Runs the command-line tools the tests check our files with (zbarimg, LibreOffice, poppler's pdf tools).
/// A missing tool is an error that names the Debian package to install, so a test fails clearly
/// rather than being skipped; `scripts/setup.sh` installs them all.
public enum Tool {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public enum Problem: Error, CustomStringConvertible {
        case missing(tool: String, package: String)
        case failed(command: String, status: Int32, stderr: String)
        case timedOut(command: String, seconds: Int)
        case noOutput(String)

        public var description: String {
            switch self {
            case .missing(let tool, let package):
                "\(tool) is not installed (Debian package \(package)); run scripts/setup.sh or apt-get install \(package)"
            case .failed(let command, let status, let stderr):
                "\(command) exited with status \(status): \(stderr)"
            case .timedOut(let command, let seconds):
                "\(command) did not finish within \(seconds) s and was stopped"
            case .noOutput(let path):
                "expected output file \(path) was not written"
            }
        }
    }

    /// The Debian package that provides each tool the tests use.
    public static let packages = [
        "zbarimg": "zbar-tools", "libreoffice": "libreoffice-writer", "pdftotext": "poppler-utils",
        "pdffonts": "poppler-utils", "pdftoppm": "poppler-utils", "pdfinfo": "poppler-utils", "fc-match": "fontconfig",
        "tesseract": "tesseract-ocr",
    ]

    /// The full path of `name` on PATH.
    public static func path(of name: String) throws -> String {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Problem.missing(tool: name, package: packages[name] ?? name)
    }

    /// Runs `name` with `arguments`; stdin is empty, stdout and stderr are collected through files
    /// (no pipe to fill up). Throws when it exits with a status other than 0 (unless `check` is false)
    /// or runs longer than `timeout`.
    @discardableResult
    public static func run(_ name: String, _ arguments: [String], timeout: Duration = .seconds(60),
                    check: Bool = true) async throws -> Output {
        let executable = try path(of: name)
        let folder = try temporaryFolder("tool")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appending(path: "stdout")
        let errURL = folder.appending(path: "stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }

        let process = Process()
        process.executableURL = URL(filePath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()

        let command = ([name] + arguments).joined(separator: " ")
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                process.terminate()
                process.waitUntilExit()
                throw Problem.timedOut(command: command, seconds: Int(timeout.components.seconds))
            }
            try await Task.sleep(for: .milliseconds(25))
        }
        process.waitUntilExit()
        let output = Output(status: process.terminationStatus,
                            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        if check, output.status != 0 {
            throw Problem.failed(command: command, status: output.status, stderr: output.stderr)
        }
        return output
    }

    /// A new empty folder under the system's temporary folder; the caller removes it.
    public static func temporaryFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "hocvuso-\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `docx` to `folder` and converts it with LibreOffice, using a profile of its own inside
    /// `folder` so tests running side by side do not share (and lock) one. Returns the PDF's URL.
    public static func convertToPDF(_ docx: Data, name: String, in folder: URL) async throws -> URL {
        let input = folder.appending(path: "\(name).docx")
        try docx.write(to: input)
        let profile = folder.appending(path: "libreoffice-profile", directoryHint: .isDirectory)
        try await run("libreoffice", [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", folder.path, input.path,
        ], timeout: .seconds(240))
        let pdf = folder.appending(path: "\(name).pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw Problem.noOutput(pdf.path) }
        return pdf
    }

    /// The text of a PDF, NFC-normalised with runs of white space made single spaces.
    public static func pdfText(_ pdf: URL) async throws -> String {
        let output = try await run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
        return output.stdout.precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What zbarimg reads in an image: the payload of each symbol, one per line (--raw), without the final newline.
    public static func decodeQR(_ image: URL) async throws -> String {
        let output = try await run("zbarimg", ["--raw", "-q", image.path])
        return output.stdout.hasSuffix("\n") ? String(output.stdout.dropLast()) : output.stdout
    }

    /// The family fontconfig gives for "Times New Roman": the real font when installed, otherwise its
    /// metric-compatible substitute Liberation Serif (Debian package fonts-liberation).
    public static func timesNewRomanSubstitute() async throws -> String {
        try await run("fc-match", ["-f", "%{family}", "Times New Roman"]).stdout
    }
}
