extension Strings {
    // MARK: Requests
    public static func requestDocumentLine(_ number: String, _ date: String) -> String { "Công văn số \(number) ngày \(date)" }
    public static let requestFieldNumber = "Số, ký hiệu văn bản"
    public static let requestFieldDate = "Ngày văn bản"
    public static let requestFieldDeadline = "Hạn gửi báo cáo"
    public static let requestFieldPeriod = "Kỳ báo cáo"
    public static let requestFieldIssuer = "Cơ quan ban hành"
    public static let requestFieldSubject = "Nội dung yêu cầu"
    public static let requestFieldCommunes = "Các xã nhận yêu cầu"
    public static let requestNumberInvalid = "Cần ghi số, ký hiệu văn bản, ví dụ 1885/SKHCN-TTTT."
    public static let requestDateFuture = "Ngày văn bản không thể ở tương lai."
    public static let requestDeadlineBeforeDate = "Hạn gửi báo cáo không thể trước ngày của văn bản yêu cầu."
    public static let requestPeriodReversed = "Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc."
    public static let requestPeriodAfterDeadline = "Kỳ báo cáo phải kết thúc trước hạn gửi báo cáo."
    public static let requestIssuerRequired = "Cần ghi cơ quan ban hành (tối đa 200 ký tự)."
    public static let requestSubjectRequired = "Cần ghi nội dung yêu cầu (tối đa 500 ký tự)."
    public static let requestNoCommunes = "Cần chọn ít nhất một xã nhận yêu cầu."
    public static let requestCommuneOutside = "Có xã không thuộc tỉnh/thành phố của yêu cầu."
    public static let requestNotFound = "Không tìm thấy yêu cầu báo cáo."
    public static let requestNotForCommune = "Yêu cầu báo cáo này không gửi tới xã."
    public static let narrativeMarkup = "Nội dung có mã HTML hoặc script (ví dụ thẻ <...>); chỉ được ghi văn bản thường."
    public static let narrativeTooLong = "Đoạn văn quá dài (tối đa 5.000 ký tự)."

    // MARK: Report workflow
    public static let reportNotFound = "Không tìm thấy báo cáo."
    public static let reportExists = "Xã đã có báo cáo cho yêu cầu này."
    public static func reportNotEditable(_ status: String) -> String {
        "Báo cáo đang ở trạng thái “\(status)” nên không sửa được; chỉ sửa khi còn là bản nháp hoặc khi Sở trả lại."
    }
    public static func reportWrongStep(_ status: String) -> String { "Báo cáo đang ở trạng thái “\(status)”; không thực hiện được bước này." }
    public static let reportChangedMeanwhile = "Báo cáo vừa được người khác sửa; hãy tải lại trang rồi sửa tiếp."
    public static let reportUnknownParagraph = "Có đoạn văn không thuộc báo cáo này."
    public static let reportReturnCommentRequired = "Cần ghi lý do trả lại (từ 5 đến 1.000 ký tự)."
    public static let reportSignerRequired = "Cần ghi họ tên người ký (tối đa 100 ký tự)."
    public static func reportStatusLabel(_ status: ReportStatus) -> String {
        switch status {
        case .draft: return "Bản nháp"
        case .awaitingApproval: return "Chờ lãnh đạo duyệt"
        case .approved: return "Đã duyệt, chưa gửi"
        case .sent: return "Đã gửi Sở"
        case .returned: return "Sở trả lại"
        case .accepted: return "Sở đã tiếp nhận"
        }
    }
    public static func requestProgressLabel(_ progress: RequestProgress) -> String {
        switch progress {
        case .notStarted: return "Chưa bắt đầu"
        case .draft: return "Đang soạn"
        case .submittedOnTime: return "Đã gửi, đúng hạn"
        case .submittedLate: return "Đã gửi, quá hạn"
        case .returned: return "Đã trả lại"
        case .accepted: return "Đã tiếp nhận"
        }
    }
    public static func reportActionLabel(_ action: String) -> String {
        switch action {
        case "created": return "Tạo bản nháp"
        case "edited": return "Sửa nội dung"
        case "refreshed": return "Cập nhật số liệu"
        case "submitted": return "Trình lãnh đạo duyệt"
        case "approved": return "Lãnh đạo duyệt, cấp số"
        case "sent": return "Gửi Sở"
        case "returned": return "Sở trả lại"
        case "accepted": return "Sở tiếp nhận"
        case "filed-from-received": return "Sở nhập từ văn bản xã gửi"
        case "replaced-from-received": return "Sở thay số liệu bằng văn bản xã gửi"
        default: return action
        }
    }

    // MARK: Report text
    public static let reportKind = "BÁO CÁO"
    public static func reportSummary(place: String) -> [String] {
        ["Kết quả triển khai phong trào “Bình dân học vụ số”", "trên địa bàn \(place)"]
    }
    public static let reportSectionDirection = "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
    public static let reportSectionResults = "II. KẾT QUẢ TRIỂN KHAI"
    public static let reportSectionDifficulties = "III. KHÓ KHĂN, VƯỚNG MẮC"
    public static let reportSectionNextSteps = "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"
    public static let reportSectionRecommendations = "V. KIẾN NGHỊ, ĐỀ XUẤT"
    public static func reportIntro(request: String, issuer: String, subject: String, place: String, from: String, to: String) -> String {
        "Thực hiện \(request) của \(issuer) về việc \(subject), UBND \(place) báo cáo kết quả thực hiện từ ngày \(from) đến ngày \(to), cụ thể như sau:"
    }
    public static func reportIntroWithoutRequest(place: String, from: String, to: String) -> String {
        "UBND \(place) báo cáo kết quả triển khai phong trào “Bình dân học vụ số” từ ngày \(from) đến ngày \(to), cụ thể như sau:"
    }
    public static func reportDirectionLead(place: String, count: Int) -> String {
        "Trong kỳ báo cáo, UBND \(place) đã ban hành \(twoDigits(count)) văn bản chỉ đạo, triển khai phong trào “Bình dân học vụ số”, cụ thể như sau:"
    }
    public static func reportDirectionNoDocuments(place: String) -> String {
        "Trong kỳ báo cáo, UBND \(place) tiếp tục chỉ đạo triển khai phong trào “Bình dân học vụ số” theo các văn bản đã ban hành."
    }
    public static func reportDocumentBullet(type: String, number: String, date: String, summary: String, last: Bool) -> String {
        "- \(type) số \(number) ngày \(date) \(summary)\(last ? "." : ";")"
    }
    public static func reportCommunicationDefault(place: String) -> String {
        "UBND \(place) đã tổ chức thông tin, tuyên truyền về phong trào “Bình dân học vụ số” qua hệ thống loa truyền thanh cơ sở, bảng tin, trang thông tin điện tử và các nhóm mạng xã hội của xã, thôn; phối hợp với các tổ chức chính trị - xã hội hướng dẫn người dân sử dụng kỹ năng số cơ bản."
    }
    public static let reportTeamsHeading = "1. Hoạt động của Tổ công nghệ số cộng đồng"
    public static func reportTeams(commune: Int, village: Int, rapid: Int, members: Int) -> String {
        "Trên địa bàn xã có \(twoDigits(commune)) tổ công nghệ số cộng đồng cấp xã, \(twoDigits(village)) tổ cấp thôn và \(twoDigits(rapid)) đội hỗ trợ phản ứng nhanh, với tổng số \(VietnameseFormat.integer(members)) thành viên."
    }
    public static let reportSessionsHeading = "2. Kết quả hỗ trợ người dân"
    public static func reportSessions(from: String, to: String, total: Int, parts: [(label: String, n: Int)]) -> String {
        let head = "Từ ngày \(from) đến ngày \(to), các tổ công nghệ số cộng đồng đã trực tiếp hỗ trợ \(VietnameseFormat.integer(total)) lượt người dân"
        guard !parts.isEmpty else { return head + "." }
        return head + ", trong đó: " + parts.map { "\($0.label) \(VietnameseFormat.integer($0.n)) lượt" }.joined(separator: "; ") + "."
    }
    public static let reportEventsHeading = "3. Lớp học, buổi hướng dẫn và sự kiện"
    public static func reportEvents(events: Int, participants: Int) -> String {
        "Tổ chức \(VietnameseFormat.integer(events)) lớp học, buổi hướng dẫn và sự kiện về kỹ năng số với \(VietnameseFormat.integer(participants)) lượt người tham gia."
    }
    public static let reportLearningHeading = "4. Học tập trực tuyến, đánh giá và chứng nhận kỹ năng số"
    public static func reportLearning(enrolled: Int, completed: Int, taken: Int, passed: Int, certificates: Int) -> String {
        "Có \(VietnameseFormat.integer(enrolled)) lượt đăng ký và \(VietnameseFormat.integer(completed)) lượt hoàn thành các khóa học trực tuyến; \(VietnameseFormat.integer(taken)) lượt làm bài đánh giá kỹ năng số, trong đó \(VietnameseFormat.integer(passed)) lượt đạt; cấp \(VietnameseFormat.integer(certificates)) giấy chứng nhận."
    }
    public static let reportIndicatorsHeading = "5. Kết quả thực hiện các chỉ tiêu"
    public static let reportVillagesHeading = "6. Kết quả theo thôn, tổ dân phố"
    public static let reportDifficultiesDefault = "Một bộ phận người dân, nhất là người cao tuổi, còn hạn chế về kỹ năng sử dụng điện thoại thông minh và các ứng dụng số; một số thôn chưa có đủ thiết bị và đường truyền tại nhà văn hóa."
    public static let reportNextStepsDefault = "Tiếp tục đẩy mạnh tuyên truyền, phổ cập kỹ năng số cho người dân; duy trì lịch trực của Tổ công nghệ số cộng đồng; khuyến khích người dân học trực tuyến và làm bài đánh giá kỹ năng số để được cấp chứng nhận."
    public static let reportRecommendationsDefault = "Đề nghị Sở Khoa học và Công nghệ tiếp tục quan tâm tập huấn cho thành viên Tổ công nghệ số cộng đồng và hỗ trợ tài liệu hướng dẫn."
    public static func reportClosing(place: String, issuer: String?) -> String {
        if let issuer {
            return "Trên đây là báo cáo kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn \(place). UBND \(place) báo cáo để \(issuer) được biết./."
        }
        return "Trên đây là báo cáo kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn \(place)./."
    }
    public static let reportIndicatorColumns = ["Chỉ tiêu", "Kết quả", "Chỉ tiêu giao", "Đánh giá"]
    public static let reportVillageColumns = ["Thôn, tổ dân phố", "Số dân", "Có kỹ năng số cơ bản", "Lượt hỗ trợ", "Hộ đã đến", "Có tổ CNS"]
    public static let reportTotal = "Tổng cộng"
    public static let yes = "Có"
    public static let no = "Chưa"
    public static let reportDefaultSignature = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    public static func reportDefaultRecipients(issuerShort: String) -> [String] {
        ["- \(issuerShort);", "- TT Đảng ủy xã; TT HĐND xã;", "- Lãnh đạo UBND xã;", "- Lưu: VT, VHXH."]
    }
    public static func reportDraftNumber(_ symbol: String) -> String { "Số:      /\(symbol)" }
    public static func reportNumber(_ number: String) -> String { "Số: \(number)" }
    public static let consolidationKind = "BÁO CÁO"
    public static func consolidationSummary(province: String) -> [String] {
        ["Tổng hợp kết quả triển khai phong trào “Bình dân học vụ số”", "của các xã, phường trên địa bàn \(province)"]
    }
    public static func consolidationIntro(request: String, communes: Int, received: Int) -> String {
        "Theo \(request), \(VietnameseFormat.integer(received))/\(VietnameseFormat.integer(communes)) xã, phường đã gửi báo cáo. Số liệu dưới đây lấy từ báo cáo đã được lãnh đạo xã duyệt và gửi Sở."
    }
    public static let consolidationMissingHeading = "Các xã, phường chưa gửi báo cáo"
    public static let consolidationColumns = ["Xã, phường", "Số báo cáo", "Tổ CNS", "Thành viên", "Lượt hỗ trợ", "Lớp học, sự kiện",
                                              "Lượt tham gia", "Đăng ký học", "Hoàn thành", "Chứng nhận", "Trạng thái"]
    public static let annexSheetFigures = "Số liệu"
    public static let annexSheetVillages = "Theo thôn"
    public static let annexSheetIndicators = "Chỉ tiêu"
    public static let annexFigureColumns = ["Số liệu", "Giá trị"]

    /// "01", "20": counts of teams are written with two digits in commune reports.
    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

extension Strings {
    public static func reportFigureLabel(_ key: String) -> String {
        switch key {
        case "teams.commune": return "Tổ công nghệ số cấp xã"
        case "teams.village": return "Tổ công nghệ số cấp thôn"
        case "teams.rapid": return "Đội hỗ trợ phản ứng nhanh"
        case "members": return "Thành viên tổ công nghệ số"
        case "sessions": return "Lượt hỗ trợ người dân"
        case "sessions.*": return "Lượt hỗ trợ"
        case "events": return "Lớp học, sự kiện"
        case "participants": return "Lượt người tham gia lớp học, sự kiện"
        case "learners.enrolled": return "Lượt đăng ký học trực tuyến"
        case "learners.completed": return "Lượt hoàn thành khóa học trực tuyến"
        case "assessments.taken": return "Lượt làm bài đánh giá kỹ năng số"
        case "assessments.passed": return "Lượt đạt bài đánh giá"
        case "certificates.issued": return "Giấy chứng nhận đã cấp"
        case "documents": return "Văn bản chỉ đạo đã ban hành"
        case "residents": return "Số dân"
        default: return key
        }
    }
}

extension Strings {
    public static let departmentName = "Sở Khoa học và Công nghệ"
    public static let departmentSignature = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    public static let consolidationRecipients = ["- UBND thành phố (để báo cáo);", "- Ban Giám đốc Sở;", "- Lưu: VT, TTTT."]
    public static let unitCodeColumn = "Mã đơn vị"
}

extension Strings {
    public static let navReports = "Báo cáo"
    public static let reportRequestsTitle = "Yêu cầu báo cáo"
    public static let reportRequestTitle = "Yêu cầu báo cáo và tình hình gửi"
    public static let reportTitle = "Báo cáo kết quả triển khai"
    public static let requestDefaultSubject = "báo cáo kết quả triển khai phong trào “Bình dân học vụ số”"
    public static func requestSentCount(_ sent: Int, _ all: Int) -> String { "\(sent)/\(all) xã đã gửi" }
    public static func periodText(_ from: String, _ to: String) -> String { "từ \(from) đến \(to)" }
    public static let reportSaved = "Đã lưu báo cáo."
    public static let reportRefreshed = "Đã cập nhật số liệu từ dữ liệu; các đoạn bạn đã sửa được giữ nguyên."
    public static let reportSubmitted = "Đã trình lãnh đạo duyệt."
    public static let reportApproved = "Đã duyệt và cấp số báo cáo."
    public static let reportSent = "Đã gửi báo cáo lên Sở."
    public static let reportAccepted = "Đã tiếp nhận báo cáo."
    public static let reportReturned = "Đã trả lại báo cáo cho xã."
    public static let reportStartedFlash = "Đã soạn bản nháp báo cáo từ dữ liệu của kỳ báo cáo."
}

extension Strings {
    public static let reportRegisterSummary = "Báo cáo kết quả triển khai phong trào “Bình dân học vụ số”"
}

extension Strings {
    public static let demoRequestIssuer = "Sở Khoa học và Công nghệ thành phố Hải Phòng"
    public static let demoSigner = "Phạm Anh Tuấn"
}

extension Strings {
    public static let navDocuments = "Văn bản"
}
