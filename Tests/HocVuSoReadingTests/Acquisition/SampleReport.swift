import Foundation
import HocVuSoOffice

/// A short commune report written for these tests (not a seed), as a Word document in the NĐ 30 layout.
enum SampleReport {
    static let lines = [
        "ỦY BAN NHÂN DÂN XÃ AN LẠC",
        "Số: 58/BC-UBND",
        "BÁO CÁO",
        "Kết quả triển khai phong trào “Bình dân học vụ số” năm 2026",
        "Thực hiện Công văn số 712/SKHCN-CĐS ngày 02/6/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã báo cáo như sau:",
        "Tổ công nghệ số cộng đồng đã hỗ trợ 1.250 lượt người dân cài đặt và kích hoạt tài khoản định danh điện tử.",
        "Xã tổ chức 8 lớp bồi dưỡng kỹ năng số với khoảng 320 học viên tham gia.",
    ]

    static func docx() throws -> Data {
        var document = DocxDocument()
        for line in lines { document.append(DocxDocument.Paragraph([DocxDocument.Run(line)])) }
        func cell(_ text: String) -> DocxDocument.Table.Cell { DocxDocument.Table.Cell([DocxDocument.Paragraph([DocxDocument.Run(text)])]) }
        document.append(DocxDocument.Table(columnWidthsCm: [6, 4], rows: [
            DocxDocument.Table.Row([cell("Thôn"), cell("Lượt hỗ trợ")], isHeader: true),
            DocxDocument.Table.Row([cell("Thôn Đông"), cell("640")]),
        ]))
        return try document.write()
    }
}
