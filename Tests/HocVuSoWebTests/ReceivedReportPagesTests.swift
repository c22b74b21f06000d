import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoReading
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Issue 9 in the browser: the department uploads what a commune sent the old way, hocvuso reads it, the officer
/// confirms the items and they count in the consolidation; bad files and contradicting figures are refused or shown.
@Suite("Reports received as files: upload, reading, confirmation, consolidation")
struct ReceivedReportPagesTests {
    /// Chí Minh's report, written the way communes write (our own wording, not one of the seeds).
    static let chiMinhReport = """
        ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ CHÍ MINH                              Độc lập - Tự do - Hạnh phúc
        Số: 58/BC-UBND                     Chí Minh, ngày 19 tháng 5 năm 2026

        BÁO CÁO
        Kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn xã

        Thực hiện Công văn số 1885/SKHCN-TTTT ngày 15/5/2026 của Sở Khoa học và Công nghệ thành phố Hải Phòng
        về việc báo cáo kết quả triển khai phong trào “Bình dân học vụ số”, Ủy ban nhân dân xã Chí Minh báo cáo như sau:

        I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        Ủy ban nhân dân xã đã ban hành Kế hoạch số 41/KH-UBND ngày 20/3/2026 về triển khai phong trào trên địa bàn xã.

        II. KẾT QUẢ TRIỂN KHAI
        Xã đã thành lập 22 tổ công nghệ số cộng đồng với 131 thành viên. Từ ngày 01/01/2026 đến nay, các tổ đã hỗ trợ
        trên 1.500 lượt người dân thực hiện thủ tục hành chính trực tuyến.
        Tổ chức 12 lớp hướng dẫn kỹ năng số tại nhà văn hóa các thôn với 340 lượt người tham gia.

        III. KHÓ KHĂN, VƯỚNG MẮC
        Một bộ phận người cao tuổi chưa có điện thoại thông minh.

        IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
        Tiếp tục duy trì hoạt động của các tổ công nghệ số cộng đồng.
        """

    static func seed(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("HocVuSoReadingTests/Fixtures/seeds")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(name) })
        return try Data(contentsOf: folder.appendingPathComponent(file))
    }

    /// Uploads a file against the request (optionally naming the commune) and returns the status and where it went.
    static func upload(_ browser: inout BrowserSession, _ client: some TestClientProtocol, request: UUID, csrf: String,
                       filename: String, data: Data, commune: String? = nil) async throws -> (HTTPResponse.Status, String, String?) {
        let boundary = "----hocvuso\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n".utf8)
        if let commune {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"commune\"\r\n\r\n\(commune)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let response = try await client.execute(uri: "/report-requests/\(request.uuidString)/received", method: .post,
                                                headers: [.cookie: browser.cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                                body: ByteBuffer(bytes: body)) { $0 }
        browser.remember(response)
        return (response.status, String(buffer: response.body), response.headers[.location])
    }

    /// Waits (polling the progress endpoint, as the page does) until the reading has finished.
    static func waitUntilRead(_ browser: inout BrowserSession, _ client: some TestClientProtocol, _ id: UUID, store: Store) async throws -> ReceivedReport {
        for _ in 0..<600 {
            let (_, json, _) = try await browser.get(client, "/received/\(id.uuidString)/status")
            if json.contains(#""running":false"#) { return try await store.received.report(id) }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the reading of \(id) did not finish within a minute")
        return try await store.received.report(id)
    }

    static func receivedID(_ location: String?) throws -> UUID {
        let path = try #require(location)
        return try #require(UUID(uuidString: String(path.dropFirst("/received/".count))))
    }

    /// The form a browser posts when every proposed item is kept as proposed (the commune chosen by the officer).
    static func confirmation(_ reading: ReportReading, commune: String, csrf: String, replace: Bool = false,
                             change: [String: String] = [:]) -> [(String, String)] {
        var form: [(String, String)] = [("_csrf", csrf), ("commune", commune), ("number", reading.number ?? ""),
                                        ("date", reading.date.map(VietnameseFormat.date) ?? "")]
        for (i, figure) in reading.figures.enumerated() {
            let value = change[figure.key] ?? (figure.value == figure.value.rounded() ? String(Int(figure.value)) : "\(figure.value)".replacingOccurrences(of: ".", with: ","))
            form += [("fig.\(i).include", "on"), ("fig.\(i).key", figure.key), ("fig.\(i).value", value),
                     ("fig.\(i).qualifier", figure.qualifier ?? ""), ("fig.\(i).asOf", figure.asOf.map(VietnameseFormat.date) ?? "")]
        }
        for (i, document) in reading.documents.enumerated() {
            form += [("doc.\(i).include", "on"), ("doc.\(i).number", document.number),
                     ("doc.\(i).date", document.date.map(VietnameseFormat.date) ?? ""), ("doc.\(i).type", document.type.rawValue)]
        }
        if replace { form.append(("decision", "replace")) }
        return form
    }

    /// The department of Hải Phòng logs in and asks Chí Minh and Phú Thái for a report; its CSRF token and the request.
    static func requestAsDepartment(_ department: inout BrowserSession, _ client: some TestClientProtocol,
                                    store: Store) async throws -> (String, UUID) {
        let csrf = try await ReportWorkflowTests.login(&department, client, "department", home: "/units/31/report-requests")
        _ = try await department.post(client, "/units/31/report-requests", form: [("_csrf", csrf)] + ReportWorkflowTests.requestForm)
        let requestID = try #require(try await store.reports.requests(provinceCode: "31").first { $0.documentNumber == "1885/SKHCN-TTTT" }?.id)
        return (csrf, requestID)
    }

    static func reading(_ received: ReceivedReport) throws -> ReportReading {
        try JSONDecoder().decode(ReportReading.self, from: Data(try #require(received.reading).utf8))
    }

    @Test("a clean report and an OCR scan without diacritics are read, confirmed and counted, marked as entered from a received document",
          arguments: WebEngine.allCases)
    func uploadReadConfirmConsolidate(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let store = fixture.store
            try await fixture.application().test(.router) { client in
                var department = BrowserSession()
                let (csrf, requestID) = try await Self.requestAsDepartment(&department, client, store: store)

                // A clean Word-like text: the commune, number, answered request and figures are proposed.
                let (uploaded, _, location) = try await Self.upload(&department, client, request: requestID, csrf: csrf,
                                                                    filename: "bao-cao-chi-minh.txt", data: Data(Self.chiMinhReport.utf8))
                #expect(uploaded == .seeOther)
                let cleanID = try Self.receivedID(location)
                let clean = try await Self.waitUntilRead(&department, client, cleanID, store: store)
                #expect(clean.status == .read)
                let proposal = try Self.reading(clean)
                #expect(proposal.unitCode == "11131")
                #expect(proposal.number == "58/BC-UBND")
                #expect(proposal.date == CivilDate(year: 2026, month: 5, day: 19))
                #expect(proposal.answers?.number == "1885/SKHCN-TTTT")
                #expect(proposal.figures.contains { $0.key == "sessions" && $0.value == 1500 && $0.qualifier == "trên" })
                #expect(proposal.figures.contains { $0.key == "participants" && $0.value == 340 })
                let (_, page, _) = try await department.get(client, "/received/\(cleanID.uuidString)")
                #expect(page.contains("<mark"))
                #expect(page.contains("trên 1.500 lượt người dân"))
                #expect(page.contains(#"<option value="11131" selected>"#))

                // The officer confirms: an accepted report of Chí Minh, marked as entered from the received file.
                let (filed, _, reportLocation) = try await department.post(client, "/received/\(cleanID.uuidString)/file",
                                                                           form: Self.confirmation(proposal, commune: "11131", csrf: csrf))
                #expect(filed == .seeOther)
                #expect(reportLocation?.hasPrefix("/reports/") == true)
                let report = try #require(try await store.reports.report(request: requestID, commune: "11131"))
                #expect(report.status == .accepted)
                #expect(report.source == .received)
                #expect(report.receivedID == cleanID)
                #expect(report.figures.int("sessions") == 1500)
                #expect(report.figures.int("participants") == 340)
                #expect(try await store.received.report(cleanID).status == .filed)
                // The filed report shows where it came from, the confirmed figures and the text paragraph by paragraph.
                let (_, reportPage, _) = try await department.get(client, try #require(reportLocation))
                #expect(reportPage.contains("/received/\(cleanID.uuidString)"))
                #expect(reportPage.contains("Số liệu đã xác nhận từ văn bản nhận được"))
                #expect(!reportPage.contains("Theo thôn, tổ dân phố"))
                #expect(reportPage.contains("<p>Một bộ phận người cao tuổi chưa có điện thoại thông minh.</p>"))
                #expect(report.paragraphs.allSatisfy { !$0.text.contains("KẾT QUẢ TRIỂN KHAI") })
                let (_, detail, _) = try await department.get(client, "/report-requests/\(requestID.uuidString)")
                #expect(detail.contains(Strings.receivedSourceMark))
                // The original file is kept and can be downloaded.
                let (_, original) = try await ActivityPagesTests.download(client, department, "/received/\(cleanID.uuidString)/original")
                #expect(Data(original) == Data(Self.chiMinhReport.utf8))

                // Phú Thái's OCR scan without diacritics (seed 001): read and shown with diacritics restored.
                let (_, _, scanLocation) = try await Self.upload(&department, client, request: requestID, csrf: csrf,
                                                                 filename: "phu-thai-ocr.txt", data: try Self.seed("001_"))
                let scanID = try Self.receivedID(scanLocation)
                let scan = try await Self.waitUntilRead(&department, client, scanID, store: store)
                #expect(scan.status == .read)
                let scanReading = try Self.reading(scan)
                #expect(scanReading.unitCode == "10750")
                #expect(scanReading.number == "275/BC-UBND")
                #expect(scanReading.figures.contains { $0.key == "participants" && $0.value == 150 && $0.qualifier == "trên" })
                let (_, scanPage, _) = try await department.get(client, "/received/\(scanID.uuidString)")
                #expect(scanPage.contains("Phú Thái"))
                #expect(scanPage.contains(Strings.receivedRestoredNote))
                let (scanFiled, _, _) = try await department.post(client, "/received/\(scanID.uuidString)/file",
                                                                  form: Self.confirmation(scanReading, commune: "10750", csrf: csrf))
                #expect(scanFiled == .seeOther)
                let phuThai = try #require(try await store.reports.report(request: requestID, commune: "10750"))
                #expect(phuThai.source == .received)
                #expect(phuThai.figures.int("participants") >= 150)
            }
        }
    }

    @Test("bad files, a foreign text, a commune outside the province and a contradicting figure leave what is filed untouched")
    func badInputAndContradictions() async throws {
        try await WebFixture.with(engine: .sqlite) { fixture in
            let store = fixture.store
            try await fixture.application().test(.router) { client in
                var department = BrowserSession()
                let (csrf, requestID) = try await Self.requestAsDepartment(&department, client, store: store)

                // An empty file and an unknown binary are refused on the spot; nothing is stored.
                let (emptyStatus, emptyPage, _) = try await Self.upload(&department, client, request: requestID, csrf: csrf,
                                                                        filename: "trong.txt", data: Data())
                #expect(emptyStatus == .unprocessableContent)
                #expect(emptyPage.contains(Strings.ReceivedFile.empty))
                let (binaryStatus, binaryPage, _) = try await Self.upload(&department, client, request: requestID, csrf: csrf,
                                                                          filename: "bao-cao.exe", data: Data([0x4D, 0x5A, 0x90, 0x00, 0xFF, 0xFE, 0x00, 0x01]))
                #expect(binaryStatus.code >= 400 && binaryStatus.code < 500)
                #expect(binaryPage.contains("bao-cao.exe"))
                #expect(try await store.received.reports(request: requestID).isEmpty)

                // A text in another language is kept but its reading fails with a clear message.
                let english = "Report on the digital literacy campaign. The commune organised twelve classes for 340 people in May."
                let (_, _, englishLocation) = try await Self.upload(&department, client, request: requestID, csrf: csrf,
                                                                    filename: "report.txt", data: Data(english.utf8))
                let englishID = try Self.receivedID(englishLocation)
                let foreign = try await Self.waitUntilRead(&department, client, englishID, store: store)
                #expect(foreign.status == .failed)
                #expect(foreign.error == Strings.ReceivedFile.otherLanguage)
                let (_, failedPage, _) = try await department.get(client, "/received/\(englishID.uuidString)")
                #expect(failedPage.contains(Strings.ReceivedFile.otherLanguage))

                // Chí Minh's report is filed once.
                let (_, _, location) = try await Self.upload(&department, client, request: requestID, csrf: csrf,
                                                             filename: "chi-minh.txt", data: Data(Self.chiMinhReport.utf8))
                let firstID = try Self.receivedID(location)
                let first = try Self.reading(try await Self.waitUntilRead(&department, client, firstID, store: store))
                _ = try await department.post(client, "/received/\(firstID.uuidString)/file", form: Self.confirmation(first, commune: "11131", csrf: csrf))
                let filed = try #require(try await store.reports.report(request: requestID, commune: "11131"))
                #expect(filed.figures.int("sessions") == 1500)

                // A commune of another province (Đức Thịnh, Hà Tĩnh) cannot be filed against Hải Phòng's request.
                let (_, _, secondLocation) = try await Self.upload(&department, client, request: requestID, csrf: csrf,
                                                                   filename: "chi-minh-ban-sua.txt",
                                                                   data: Data(Self.chiMinhReport.replacingOccurrences(of: "trên 1.500 lượt", with: "trên 1.800 lượt").utf8))
                let secondID = try Self.receivedID(secondLocation)
                let second = try Self.reading(try await Self.waitUntilRead(&department, client, secondID, store: store))
                let (outsideStatus, outsidePage, _) = try await department.post(client, "/received/\(secondID.uuidString)/file",
                                                                                form: Self.confirmation(second, commune: "18277", csrf: csrf))
                #expect(outsideStatus == .unprocessableContent)
                #expect(outsidePage.contains(Strings.receivedCommuneOutside("Xã Đức Thịnh")))
                #expect(try await store.reports.report(request: requestID, commune: "18277") == nil)

                // A contradicting figure for Chí Minh is shown for a decision; nothing changes until the officer replaces.
                let (conflictStatus, conflictPage, _) = try await department.post(client, "/received/\(secondID.uuidString)/file",
                                                                                  form: Self.confirmation(second, commune: "11131", csrf: csrf))
                #expect(conflictStatus == .conflict)
                #expect(conflictPage.contains("1.500"))
                #expect(conflictPage.contains("1.800"))
                #expect(conflictPage.contains(#"name="decision" value="replace""#))
                #expect(try await store.reports.report(request: requestID, commune: "11131")?.figures.int("sessions") == 1500)
                #expect(try await store.received.report(secondID).status == .read)

                let (replaced, _, _) = try await department.post(client, "/received/\(secondID.uuidString)/file",
                                                                 form: Self.confirmation(second, commune: "11131", csrf: csrf, replace: true))
                #expect(replaced == .seeOther)
                let after = try #require(try await store.reports.report(request: requestID, commune: "11131"))
                #expect(after.figures.int("sessions") == 1800)
                #expect(after.receivedID == secondID)
                #expect(after.version == filed.version + 1)
            }
        }
    }
}
