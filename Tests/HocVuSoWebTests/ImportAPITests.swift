import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Imports through the API, as a script would: all rows or none, every error named by row, column, value and reason.
@Suite("Resident import over the API")
struct ImportAPITests {
    struct ErrorJSON: Decodable {
        struct Inner: Decodable {
            var code: String
            var message: String
            var details: [Problem]
        }
        var error: Inner
    }

    struct ImportedJSON: Decodable {
        var imported: Int
        var households: Int
    }

    static let header = "STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Thôn,Quan hệ với chủ hộ,Có điện thoại thông minh"

    /// Posts a file to the import endpoint of the home commune and returns status and body.
    func post(_ client: some TestClientProtocol, token: String, body: Data, dryRun: Bool = false,
              unit: String = "11131") async throws -> (HTTPResponse.Status, Data) {
        try await client.execute(uri: "/api/v1/units/\(unit)/residents/import\(dryRun ? "?dryRun=true" : "")", method: .post,
                                 headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"],
                                 body: ByteBuffer(bytes: body)) { ($0.status, Data(buffer: $0.body)) }
    }

    func residentCount(_ store: Store) async throws -> Int {
        try await store.rollups.counts(units: ["11131"])["11131"]?["residents"] ?? 0
    }

    @Test("a good CSV imports every row with households, and a dry run stores nothing", arguments: WebEngine.allCases)
    func goodFile(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
        let csv = """
        \(Self.header)
        1,Nguyễn Văn An,07/10/1975,Nam,031075123456,Đông,Chủ hộ,Có
        2,Trần Thị Bình,12/03/1978,Nữ,031178123457,Đông,Vợ,Có
        3,Nguyễn Minh Châu,01/06/2010,Nam,,Đông,Con,Không
        4,Lê Thị Dung,20/11/1950,Nữ,031150123458,thôn đông,Chủ hộ,
        """
        let before = try await residentCount(made.store)
        let store = made.store
        let village = made.homeVillage
        try await made.application().test(.router) { client in
            let token = try await client.token(Role.communeOfficer.rawValue)
            let (dryStatus, dryBody) = try await post(client, token: token, body: Data(csv.utf8), dryRun: true)
            #expect(dryStatus == .ok)
            #expect(try JSONDecoder().decode(ImportedJSON.self, from: dryBody).imported == 4)
            #expect(try await residentCount(store) == before)
            let (status, body) = try await post(client, token: token, body: Data(csv.utf8))
            #expect(status == .created)
            let result = try JSONDecoder().decode(ImportedJSON.self, from: body)
            #expect(result.imported == 4)
            #expect(result.households == 2)
            // The village now has the fixture's household and the two imported ones, heads named.
            let households = try await client.execute(uri: "/api/v1/units/\(village)/households", method: .get,
                                                      headers: [.authorization: "Bearer \(token)"]) { String(buffer: $0.body) }
            #expect(households.contains("Hộ Nguyễn Văn An (3 người)"))
            #expect(households.contains("Hộ Lê Thị Dung (1 người)"))
        }
        #expect(try await residentCount(made.store) == before + 4)
        let found = try await made.store.residents.list(ResidentQuery(unitCode: "11131", text: "nguyen minh chau"),
                                                        directory: made.store.directory, actor: testActor)
        #expect(found.items.first?.targetGroup == .student)
        #expect(found.items.first?.isHouseholdHead == false)
        #expect(try await made.store.rollups.verify().isEmpty)
        }
    }

    @Test("a bad CSV reports every error with row, column, value and reason, and stores nothing", arguments: WebEngine.allCases)
    func badFile(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
        let csv = """
        \(Self.header)
        1,Nguyễn Văn An,31/02/1975,Nam,031075123456,Đông,Chủ hộ,Có
        2,Trần Thị Bình,12/03/1978,Nữ,031078123457,Đông,Vợ,Có
        3,Phạm Văn Cường,01/06/1980,Nam,031080111111,Bắc Sơn,Chủ hộ,Có
        4,Lê Văn Dũng,02/02/1982,Nam,031082222222,Đông,Chủ hộ,Có
        5,Lê Văn Dũng,02/02/1982,Nam,031082222222,Đông,Con,Có
        6,Hoàng Văn Em,05/05/2090,Nam,,Đông,Chủ hộ,Có
        7,Ngô Văn Gấm,05/05/1980,Nam,031080012345,Đông,Chủ hộ,Có
        """
        let before = try await residentCount(made.store)
        try await made.application().test(.router) { client in
            let token = try await client.token(Role.communeOfficer.rawValue)
            let (status, body) = try await post(client, token: token, body: Data(csv.utf8))
            #expect(status == .unprocessableContent)
            let error = try JSONDecoder().decode(ErrorJSON.self, from: body).error
            let rows = Set(error.details.compactMap(\.row))
            // Row numbers are the file's: the header is row 1.
            #expect(rows.isSuperset(of: [2, 3, 4, 5, 6, 7, 8]), "rows reported: \(rows.sorted())")
            let date = error.details.first { $0.row == 2 }
            #expect(date?.column == "Ngày sinh")
            #expect(date?.value == "31/02/1975")
            #expect(date?.reason.isEmpty == false)
            // Digit 4 says male born in the 1900s, the row says female.
            #expect(error.details.contains { $0.row == 3 && $0.column == "Số CCCD" })
            #expect(error.details.contains { $0.row == 4 && $0.column == "Thôn" && $0.value == "Bắc Sơn" })
            #expect(error.details.contains { $0.row == 6 && $0.column == "Số CCCD" })
            #expect(error.details.contains { $0.row == 7 && $0.column == "Ngày sinh" })
            // Already stored (the fixture's resident in Chí Minh).
            #expect(error.details.contains { $0.row == 8 && $0.column == "Số CCCD" })
        }
        #expect(try await residentCount(made.store) == before)
        }
    }

    @Test("empty, wrongly encoded, and non-tabular files get a clear error and store nothing", arguments: WebEngine.allCases)
    func unreadableFiles(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
        let before = try await residentCount(made.store)
        // "Họ và tên" in Windows-1258 bytes: not UTF-8.
        var windows1258 = Data("STT,H".utf8)
        windows1258.append(contentsOf: [0xCD, 0x20, 0x76, 0xE0, 0x20, 0x74, 0xEA, 0x6E, 0x0A])
        let cases: [(String, Data)] = [
            ("empty", Data()),
            ("encoding", windows1258),
            ("zip", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01])),
            ("no header", Data("a,b,c\n1,2,3\n".utf8)),
            ("header only", Data("\(Self.header)\n".utf8)),
        ]
        try await made.application().test(.router) { client in
            let token = try await client.token(Role.communeOfficer.rawValue)
            for (name, data) in cases {
                let (status, body) = try await post(client, token: token, body: data)
                #expect(status.code >= 400 && status.code < 500, "\(name): \(status)")
                let error = try JSONDecoder().decode(ErrorJSON.self, from: body).error
                #expect(!error.message.isEmpty, "\(name)")
            }
        }
        #expect(try await residentCount(made.store) == before)
        }
    }

    @Test("a 20 MB file with one bad row deep inside is refused whole; fixed, it imports whole", arguments: WebEngine.allCases)
    func largeFile(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
        var lines = [Self.header + ",Ghi chú"]
        let filler = String(repeating: "ghi chú dài để tệp đủ lớn ", count: 5)
        let rows = 90_000
        let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
        let middles = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh", "Ngọc", "Bá"]
        let givens = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Huy", "Khánh", "Long", "Nam",
                      "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh", "Tài", "Toàn", "Trung", "Hiếu", "Lâm",
                      "Lộc", "Phúc", "Thành", "Tiến", "Trí", "Kiên"]
        for i in 0..<rows {
            // Every row is a different person: names repeat every 3,000 rows, dates every 20,160.
            let name = "\(families[i % 10]) \(middles[(i / 10) % 10]) \(givens[(i / 100) % 30])"
            let date = i == 77_777 ? "31/13/1980" : "\(1 + i % 28)/\(1 + (i / 28) % 12)/\(1940 + (i / 336) % 60)"
            lines.append("\(i + 1),\(name),\(date),Nam,,Đông,Chủ hộ,Có,\(filler)")
        }
        let bad = Data(lines.joined(separator: "\n").utf8)
        #expect(bad.count > 20_000_000)
        lines[77_778] = lines[77_778].replacingOccurrences(of: "31/13/1980", with: "31/12/1980")
        let fixed = Data(lines.joined(separator: "\n").utf8)
        let store = made.store
        try await made.application().test(.router) { client in
            let token = try await client.token(Role.communeOfficer.rawValue)
            let (status, body) = try await post(client, token: token, body: bad)
            #expect(status == .unprocessableContent)
            let error = try JSONDecoder().decode(ErrorJSON.self, from: body).error
            let reported = error.details.compactMap(\.row)
            #expect(reported.count == 1 && reported.first == 77_779, "\(reported.count) rows reported, first \(reported.prefix(5))")
            #expect(try await residentCount(store) == 1)
            let (fixedStatus, fixedBody) = try await post(client, token: token, body: fixed)
            #expect(fixedStatus == .created)
            #expect(try JSONDecoder().decode(ImportedJSON.self, from: fixedBody).imported == rows)
        }
        #expect(try await residentCount(made.store) == 1 + rows)
        }
    }

    @Test("a workbook with a list on each of two sheets must name the sheet; then only that sheet is imported", arguments: WebEngine.allCases)
    func severalSheets(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let header = ["Họ và tên", "Ngày sinh", "Giới tính", "Quan hệ với chủ hộ"]
            let workbook = try XLSXWriter.write([
                XLSXSheet(name: "Thôn Đông", header: header, rows: [["Hà Văn Tú", "01/02/1961", "Nam", "Chủ hộ"]]),
                XLSXSheet(name: "Thôn Tây", header: header, rows: [["Lý Thị Nga", "03/04/1966", "Nữ", "Chủ hộ"],
                                                                   ["Lý Văn Tâm", "05/06/1990", "Nam", "Con"]]),
            ])
            let store = made.store
            let village = made.homeVillage
            try await made.application().test(.router) { client in
                let token = try await client.token(Role.communeOfficer.rawValue)
                let (status, body) = try await post(client, token: token, body: workbook, unit: village)
                #expect(status == .unprocessableContent)
                let error = try JSONDecoder().decode(ErrorJSON.self, from: body).error
                #expect(error.code == "import.sheets")
                #expect(error.message.contains("Thôn Đông, Thôn Tây"))
                let chosen = try await client.execute(uri: "/api/v1/units/\(village)/residents/import?sheet=1", method: .post,
                                                      headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(bytes: workbook)) {
                    ($0.status, try JSONDecoder().decode(ImportedJSON.self, from: Data(buffer: $0.body)))
                }
                #expect(chosen.0 == .created)
                #expect(chosen.1.imported == 2)
                let counts = try await store.rollups.counts(units: [village])
                #expect(counts[village]?["residents"] == 3)
            }
        }
    }

    @Test("the sample village list (XLSX with title rows) imports into a village", arguments: WebEngine.allCases)
    func sampleWorkbook(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
        let url = try #require(Bundle.module.url(forResource: "danh-sach-nhan-khau-thon-3", withExtension: "xlsx", subdirectory: "Fixtures"))
        let data = try Data(contentsOf: url)
        let village = made.homeVillage
        try await made.application().test(.router) { client in
            let token = try await client.token(Role.communeOfficer.rawValue)
            let (status, body) = try await post(client, token: token, body: data, unit: village)
            let text = String(decoding: body, as: UTF8.self)
            #expect(status == .created, "\(text.prefix(2000))")
        }
        }
    }
}

let testActor = AccessActor(userID: nil, username: "test", client: "127.0.0.1")
