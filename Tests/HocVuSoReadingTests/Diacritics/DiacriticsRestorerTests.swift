import Testing
@testable import HocVuSoReading

@Suite struct DiacriticsRestorerTests {
    /// Every character that is not a letter, and every letter of a non-word, comes back as written.
    @Test func nonWordsAreCopiedByteForByte() throws {
        let restorer = try shippedRestorer.get()
        let text = """
            So: 275/BC-UBND    ngay 13/11/2025 (Cong van 516/SKHCN-TTTT).
            Xem https://dichvucong.gov.vn/p/home?id=5&x=1 hoac gui ubnd@haiphong.gov.vn, tep baocao_2025.docx;
            \tDat 1.250 luot (45,5%) — tang 12 % so voi Q3/2025!
            """
        let restored = restorer.restore(text)
        #expect(restored.lines.count == 3)
        let out = restored.text
        #expect(out.count == text.count)
        for (a, b) in zip(text, out) where !a.isLetter {
            #expect(a == b)
        }
        for kept in ["275/BC-UBND", "516/SKHCN-TTTT", "https://dichvucong.gov.vn/p/home?id=5&x=1",
                     "ubnd@haiphong.gov.vn", "baocao_2025.docx", "Q3/2025", "1.250", "45,5%", "\t"] {
            #expect(out.contains(kept), "\(kept) changed")
        }
        #expect(out.hasPrefix("Số: 275/BC-UBND    ngày 13/11/2025 (Công văn"))
    }

    @Test func lineBreaksAndEmptyLinesStay() throws {
        let restorer = try shippedRestorer.get()
        let text = "\nBao cao\r\n\n\nket qua  \n"
        let restored = restorer.restore(text)
        #expect(restored.lines.count == 6)
        #expect(restored.text == "\nBáo cáo\r\n\n\nkết quả  \n")
    }

    @Test func letterCaseIsKept() throws {
        let restorer = try shippedRestorer.get()
        #expect(restorer.restore("UY BAN NHAN DAN").text == "ỦY BAN NHÂN DÂN")
        #expect(restorer.restore("Cong hoa xa hoi chu nghia Viet Nam").text == "Cộng hòa xã hội chủ nghĩa Việt Nam")
        #expect(LetterCase.apply(of: "DoNG", to: "đông") == "ĐôNG")
    }

    @Test func wordsWithDiacriticsAreLeftAlone() throws {
        let restorer = try shippedRestorer.get()
        // A properly written text does not change at all.
        let proper = "Ủy ban nhân dân xã báo cáo kết quả triển khai phong trào “Bình dân học vụ số”."
        #expect(restorer.restore(proper).text == proper)
        // In a mixed text only the bare words are restored; a known spelling stays even where another would fit.
        let mixed = restorer.restore("Thực hiện cong van số 12 cua Sở Khoa học")
        #expect(mixed.text == "Thực hiện công văn số 12 của Sở Khoa học")
        #expect(restorer.restore("Két qua").text.hasPrefix("Két "))
        // A marked word that is no syllable (OCR) is read again from its letters.
        #expect(restorer.restore("trién khai").text == "triển khai")
    }

    @Test func digitsStandingForLettersAreRepaired() throws {
        let restorer = try shippedRestorer.get()
        let restored = restorer.restore("S6:275 /BC-UBND ngay 13 thang 11\nUy ban nhan dan x4 d3 ban hanh $6 luong")
        #expect(restored.lines[0].text == "Số:275 /BC-UBND ngày 13 tháng 11")
        #expect(restored.lines[1].text.hasPrefix("Ủy ban nhân dân xã đã ban hành số lượng"))
        // Codes with digits that stand for no syllable stay.
        let codes = restorer.restore("phong A1, mang 4G va 5G, ma so B2").text
        for code in [" A1,", " 4G ", " 5G,", " B2"] { #expect(codes.contains(code), "\(code) changed in \(codes)") }
    }
}
