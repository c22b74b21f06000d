extension Strings {
    public static func residentColumnLabel(_ column: ResidentColumn) -> String {
        switch column {
        case .stt: return "STT"
        case .fullName: return "Họ và tên"
        case .birthDate: return "Ngày sinh"
        case .birthDateMale: return "Ngày sinh (Nam)"
        case .birthDateFemale: return "Ngày sinh (Nữ)"
        case .gender: return "Giới tính"
        case .cccd: return "Số CCCD"
        case .phone: return "Số điện thoại"
        case .village: return "Thôn/Tổ dân phố"
        case .householdNumber: return "Số hộ"
        case .relationToHead: return "Quan hệ với chủ hộ"
        case .targetGroup: return "Đối tượng"
        case .organisation: return "Nơi làm việc/học tập"
        case .smartphone: return "Có điện thoại thông minh"
        case .vneidLevel: return "Mức định danh VNeID"
        case .digitalSkills: return "Kỹ năng số cơ bản"
        case .notes: return "Ghi chú"
        }
    }

    /// "dòng 12", "các dòng 12, 40", or with `total` above the rows shown
    /// "các dòng 12, 40, 41, 42, 43 và 95 dòng khác".
    public static func rowList(_ rows: [Int], total: Int? = nil) -> String {
        let total = max(total ?? rows.count, rows.count)
        let listed = rows.map(String.init).joined(separator: ", ")
        if total > rows.count { return "các dòng \(listed) và \(VietnameseFormat.integer(total - rows.count)) dòng khác" }
        return rows.count == 1 ? "dòng \(listed)" : "các dòng \(listed)"
    }

    // MARK: The file and its columns

    public static func importFailed(problemCount: Int) -> String {
        "Tệp có \(VietnameseFormat.integer(problemCount)) lỗi nên chưa nhập dòng nào. Hãy sửa các lỗi dưới đây rồi nhập lại."
    }
    public static let importNoDataRows = "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề."
    public static func importHeaderNotFound(searchedRows: Int) -> String {
        "Không tìm thấy dòng tiêu đề trong \(searchedRows) dòng đầu của tệp: cần một dòng có ít nhất hai cột như "
            + "\"Họ và tên\", \"Ngày sinh\", \"Giới tính\", \"Số CCCD\"."
    }
    public static func importColumnMissing(_ label: String) -> String {
        "Tệp chưa có cột \"\(label)\", hoặc cột đó chưa được ghép. Hãy chọn cột tương ứng ở bước ghép cột."
    }
    public static let importGenderColumnMissing =
        "Tệp chưa có cột \"Giới tính\" và cũng không chia ngày sinh thành hai cột \"Nam\"/\"Nữ\"; cần một trong hai cách."
    public static let importBirthDateColumnsConflict =
        "Đã ghép cả cột \"Ngày sinh\" lẫn cột ngày sinh \"Nam\"/\"Nữ\"; chỉ chọn một cách ghi ngày sinh."
    public static let importBirthDateColumnsIncomplete =
        "Khi ngày sinh chia theo giới tính, cần ghép cả hai cột \"Nam\" và \"Nữ\"."
    public static func importColumnMappedTwice(_ label: String, headers: [String]) -> String {
        "Cột \"\(label)\" được ghép cho nhiều cột của tệp (" + headers.map { "\"\($0)\"" }.joined(separator: ", ")
            + "); mỗi loại thông tin chỉ ghép một cột."
    }
    public static let importVillageColumnMissing =
        "Tệp không có cột Thôn/Tổ dân phố mà đang nhập vào cấp xã. Hãy thêm cột này hoặc nhập vào một thôn cụ thể."

    // MARK: One cell

    public static let importNameMissing = "Thiếu họ và tên."
    public static let importNameHasDigits = "Họ và tên không được chứa chữ số."
    public static func importNameHasSymbol(_ symbol: String) -> String {
        "Họ và tên chỉ gồm chữ cái, dấu cách, dấu gạch ngang hoặc dấu nháy; có ký tự \"\(symbol)\" không hợp lệ."
    }
    public static func importNameTooLong(max: Int) -> String { "Họ và tên dài quá \(max) ký tự." }
    public static let importNameNoLetters = "Họ và tên phải có chữ cái; ô này chỉ có dấu câu."
    public static func importTextTooLong(max: Int) -> String { "Nội dung ô này dài quá \(max) ký tự." }

    public static let importBirthDateMissing = "Thiếu ngày sinh; hãy ghi theo dạng ngày/tháng/năm, ví dụ 07/10/1985."
    public static let importBirthDateYearOnly =
        "Chỉ có năm sinh; cần ghi đủ ngày/tháng/năm, ví dụ 07/10/1985. Nếu không rõ ngày, hãy hỏi lại hoặc xem sổ hộ khẩu."
    public static let importBirthDateIsNumber =
        "Ngày sinh là một con số, không phải ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ 07/10/1985."
    public static let importBirthDateShortYear = "Năm sinh phải có đủ 4 chữ số (ví dụ 07/10/1985, không phải 07/10/85)."
    public static let importBirthDateImpossible = "Ngày sinh không có thật (ngày hoặc tháng vượt quá giới hạn của lịch)."
    public static let importBirthDateMalformed =
        "Ngày sinh không đúng dạng ngày/tháng/năm (ví dụ 07/10/1985; có thể dùng dấu /, - hoặc .)."
    public static func importBirthDateInFuture(today: String) -> String {
        "Ngày sinh ở sau ngày hôm nay (\(today))."
    }
    public static let importBirthDateTooEarly = "Ngày sinh trước năm 1900; hãy kiểm tra lại."
    public static let importBirthDateInBothColumns =
        "Có ngày sinh ở cả cột \"Nam\" và cột \"Nữ\"; mỗi người chỉ ghi ở một cột theo giới tính."

    public static let importGenderMissing = "Thiếu giới tính; hãy ghi \"Nam\" hoặc \"Nữ\"."
    public static let importGenderInvalid = "Giới tính phải là \"Nam\" hoặc \"Nữ\"."
    public static func importGenderConflict(written: Gender, byColumn: Gender) -> String {
        "Cột giới tính ghi \(genderWord(written)) nhưng ngày sinh lại ghi ở cột dành cho \(genderWord(byColumn))."
    }

    public static func importCCCDDuplicateInFile(otherRows: [Int], total: Int? = nil) -> String {
        "Số CCCD trùng với \(rowList(otherRows, total: total)) trong tệp; mỗi người chỉ có một số CCCD."
    }
    public static let importCCCDAlreadyStored =
        "Số CCCD này đã có trong danh sách nhân khẩu (người này đã được nhập trước đây)."
    public static func importPersonDuplicateInFile(otherRows: [Int], total: Int? = nil) -> String {
        "Trùng họ tên, ngày sinh và thôn với \(rowList(otherRows, total: total)) trong tệp. Nếu là hai người khác nhau, hãy ghi số CCCD "
            + "của cả hai."
    }

    public static func importVillageUnknown(_ name: String) -> String {
        "Xã không có thôn/tổ dân phố \"\(name)\". Hãy sửa lại tên cho đúng với danh sách thôn, hoặc tạo thôn này trước."
    }
    public static let importVillageMissing =
        "Thiếu thôn/tổ dân phố; tệp đang nhập vào cấp xã nên mỗi dòng cần ghi thôn."
    public static func importHouseholdTwoHeads(number: String, otherRows: [Int], total: Int? = nil) -> String {
        "Hộ số \(number) có nhiều chủ hộ: dòng này và \(rowList(otherRows, total: total)). Mỗi hộ chỉ có một chủ hộ."
    }

    public static let importSmartphoneInvalid =
        "Cột có điện thoại thông minh chỉ nhận \"Có\", \"Không\", \"x\" (có) hoặc để trống (chưa rõ)."
    public static let importVNeIDInvalid =
        "Mức định danh VNeID phải là \"Mức 1\", \"Mức 2\", \"Chưa có\" hoặc để trống."
    public static let importTargetGroupInvalid =
        "Đối tượng phải là một trong: \"Cán bộ, công chức, viên chức\"; \"Học sinh, sinh viên\"; "
            + "\"Người lao động\" (doanh nghiệp, HTX); \"Người dân\" — hoặc để trống để hệ thống tự xác định."
}

extension Strings {
    public static let importDigitalSkillsInvalid =
        "Cột kỹ năng số chỉ nhận «Có/Đạt» hoặc «Không/Chưa» (để trống là chưa ghi nhận)."
}
