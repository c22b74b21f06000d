import Foundation

// Demo data for the activity generator: the dates and figures each seed commune's report gives
// (or, for other communes, plausible ones), class topics and session notes. The Vietnamese here
// is what users see.

/// The calendar and figures of one commune's activity.
struct DemoActivityProfile {
    /// The launch ceremony; teams are formed the same day.
    let launch: CivilDate
    /// A day on which village teams were reorganised (Phú Thái: QĐ 968/QĐ-UBND of 03/10/2025).
    let reshuffle: CivilDate?
    /// Trainings for the teams; the first one's head count when the report gives it (Đức Thịnh: 126).
    let teamTrainings: [CivilDate]
    let teamTrainingHeadCount: Int?
    let conference: Conference
    /// Village classes per month over the commune.
    let classesPerMonth: Double
    /// A period with twice as many classes (Phú Thái's plan for the last four months of 2025).
    let classBoost: ClosedRange<CivilDate>?

    struct Conference {
        let day: CivilDate
        let topic: String
        let organiser: String
        let headCount: ClosedRange<Int>
    }

    private static func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { DemoCalendar.date(y, m, day) }

    static func of(_ plan: DemoCommunePlan) -> DemoActivityProfile {
        let commune = plan.type.lowercased() + " " + plan.name
        let villages = Double(plan.villageCount)
        let review = "Hội nghị sơ kết công tác triển khai phong trào “Bình dân học vụ số” năm 2025 trên địa bàn " + commune
        switch plan.code {
        case DemoCommunes.chiMinh.code:
            return DemoActivityProfile(
                launch: d(2025, 8, 22), reshuffle: nil, teamTrainings: [d(2025, 9, 5), d(2026, 3, 13)], teamTrainingHeadCount: nil,
                conference: Conference(day: d(2026, 1, 16), topic: review, organiser: "UBND " + commune, headCount: 140...180),
                classesPerMonth: 5, classBoost: nil)
        case DemoCommunes.phuThai.code:
            return DemoActivityProfile(
                launch: d(2025, 8, 27), reshuffle: d(2025, 10, 3), teamTrainings: [d(2025, 10, 8), d(2026, 3, 20)],
                teamTrainingHeadCount: nil,
                conference: Conference(
                    day: d(2025, 10, 18),
                    topic: "Hội nghị triển khai thí điểm chương trình “Bình dân học vụ số” trên địa bàn xã Phú Thái",
                    organiser: "UBND xã Phú Thái phối hợp Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
                        + " (Công an thành phố Hải Phòng) và Đoàn Thanh niên Công ty Dịch vụ MobiFone Khu vực 5",
                    headCount: 212...245),
                classesPerMonth: 5, classBoost: d(2025, 10, 1)...d(2025, 12, 31))
        case DemoCommunes.thuongHong.code:
            return DemoActivityProfile(
                launch: d(2025, 8, 25), reshuffle: nil, teamTrainings: [d(2025, 9, 10), d(2026, 4, 10)], teamTrainingHeadCount: nil,
                conference: Conference(day: d(2025, 12, 19), topic: review, organiser: "UBND " + commune, headCount: 120...160),
                classesPerMonth: 4, classBoost: nil)
        case DemoCommunes.ducThinh.code:
            return DemoActivityProfile(
                launch: d(2025, 8, 20), reshuffle: nil, teamTrainings: [d(2025, 9, 19)], teamTrainingHeadCount: 126,
                conference: Conference(day: d(2026, 1, 9), topic: review, organiser: "UBND " + commune, headCount: 160...220),
                classesPerMonth: 9, classBoost: nil)
        default:
            // Other communes launch in the second half of August; figures follow the village count.
            var rng = SeededGenerator(seed: DemoCommunes.planSeed).derived("activity-profile/" + plan.code)
            let launch = d(2025, 8, 15).adding(days: rng.demoInt(below: 14))
            return DemoActivityProfile(
                launch: launch, reshuffle: nil,
                teamTrainings: [launch.adding(days: 14 + rng.demoInt(below: 14)), d(2026, 3, 9).adding(days: rng.demoInt(below: 30))],
                teamTrainingHeadCount: nil,
                conference: Conference(day: d(2026, 1, 8).adding(days: rng.demoInt(below: 20)), topic: review,
                                       organiser: "UBND " + commune, headCount: 100...170),
                classesPerMonth: max(2, (villages * 0.22).rounded()), classBoost: nil)
        }
    }
}

enum DemoActivityTables {
    /// Topics of village classes: (topic, weight, Hải Phòng only, Hà Tĩnh only, first day offered).
    static let classTopics: [(topic: String, weight: Double, province: String?, from: CivilDate?)] = [
        ("Kỹ năng sử dụng điện thoại thông minh và dịch vụ công trực tuyến", 4, nil, nil),
        ("Kỹ năng an toàn thông tin mạng", 3, nil, nil),
        ("Cài đặt, kích hoạt và định danh mức 2 tài khoản VNeID", 4, nil, nil),
        ("Thanh toán không dùng tiền mặt: quét mã QR, chuyển khoản, ví điện tử", 3, nil, nil),
        ("Nhận diện và phòng, chống lừa đảo trực tuyến", 3, nil, nil),
        ("Cài đặt và sử dụng Sổ sức khỏe điện tử", 2, nil, nil),
        ("Đăng ký tài khoản và học trên nền tảng binhdanhocvuso.gov.vn", 3, nil, nil),
        ("Nộp hồ sơ và tra cứu kết quả trên Cổng dịch vụ công quốc gia", 3, nil, nil),
        ("Bán nông sản trên sàn thương mại điện tử", 1, nil, nil),
        ("Kỹ năng số cho người cao tuổi: gọi video, nhắn tin, đọc tin tức chính thống", 2, nil, nil),
        ("Sử dụng trí tuệ nhân tạo (AI) an toàn trong đời sống hằng ngày", 1.5, nil, DemoCalendar.date(2026, 1, 1)),
        ("Cài đặt và sử dụng ứng dụng Công dân số Smart Hải Phòng", 3, "31", DemoCalendar.date(2025, 10, 14)),
        ("Học kỹ năng số trên nền tảng hatinh.mobiedu.vn", 2.5, "42", nil),
    ]

    /// Why a session needs a follow-up.
    static let followUpNotes: [(String, Double)] = [
        ("Chưa nhận được mã OTP, hẹn hỗ trợ lại", 3),
        ("Cần mang CCCD gắn chíp để xác thực", 2),
        ("Điện thoại không có NFC, hẹn mượn máy khác để quét chíp", 2),
        ("Hồ sơ còn thiếu giấy tờ, hẹn hướng dẫn tiếp", 2),
        ("Chờ phê duyệt tài khoản định danh điện tử mức 2", 2),
        ("Quên mật khẩu ứng dụng ngân hàng, hẹn ra quầy giao dịch", 1),
    ]

    /// What "other" help was.
    static let otherNotes: [(String, Double)] = [
        ("Hướng dẫn đăng ký học trên binhdanhocvuso.gov.vn", 3),
        ("Hướng dẫn gọi video, gửi ảnh qua Zalo", 2),
        ("Hướng dẫn tra cứu quá trình đóng bảo hiểm trên VssID", 2),
        ("Hướng dẫn đọc tin tức trên Cổng thông tin điện tử xã", 1),
        ("Hướng dẫn cài đặt mật khẩu và khóa màn hình điện thoại", 1),
    ]
}
