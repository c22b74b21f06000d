import Foundation
import HocVuSoCore
import Testing

@Suite("A received report's section as the paragraphs of a filed report")
struct ReceivedParagraphsTests {
    @Test("an OCR section: heading dropped, wrapped lines joined per block, bullets marked, the signature block cut")
    func ocrSection() {
        let section = """
            V. KIEN NGHI, PE XUAT

            - Pé nghi S& Khoa hoc va Cong nghé thanh phd hd trg to chirc cac khoa
            dao tao chuyén siu.

            Trén ddy 1a Bao cdo két qua trién khai./.

            Noi nhin: .. CHU TICH
            - S6 KH&CN;
            """
        let paragraphs = ReceivedParagraphs.split(section)
        #expect(paragraphs.map(\.text) == [
            "Pé nghi S& Khoa hoc va Cong nghé thanh phd hd trg to chirc cac khoa dao tao chuyén siu.",
            "Trén ddy 1a Bao cdo két qua trién khai./.",
        ])
        #expect(paragraphs.map(\.bullet) == [true, false])
    }

    @Test("a Word section without blank lines: one paragraph per line")
    func wordSection() {
        let paragraphs = ReceivedParagraphs.split("II. KẾT QUẢ\nĐã hỗ trợ 1.250 lượt.\nTổ chức 8 lớp.\n")
        #expect(paragraphs.map(\.text) == ["Đã hỗ trợ 1.250 lượt.", "Tổ chức 8 lớp."])
        #expect(ReceivedParagraphs.split("III. KHÓ KHĂN").isEmpty)
    }
}
