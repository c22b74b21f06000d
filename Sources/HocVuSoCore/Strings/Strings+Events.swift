extension Strings {
    public static func eventTypeLabel(_ type: EventType) -> String {
        switch type {
        case .villageClass: return "Lớp học tại nhà văn hóa"
        case .teamTraining: return "Tập huấn tổ công nghệ số cộng đồng"
        case .officialTraining: return "Bồi dưỡng cán bộ, công chức"
        case .launch: return "Lễ phát động"
        case .conference: return "Hội nghị"
        case .learningDay: return "Ngày hội toàn dân học tập số"
        }
    }
    public static let eventsTitle = "Lớp học, sự kiện"
    public static let eventNotFound = "Không tìm thấy lớp học, sự kiện này."
    public static func eventFieldRequired(_ code: String) -> String {
        switch code {
        case "event.place": return "Hãy ghi địa điểm tổ chức."
        case "event.organiser": return "Hãy ghi đơn vị tổ chức."
        default: return "Hãy ghi chủ đề, nội dung của lớp học, sự kiện."
        }
    }
    public static let eventTooFarAhead = "Ngày tổ chức quá xa (quá một năm tới)."
    public static func eventHeadCountInvalid(_ max: Int) -> String { "Số người tham dự phải từ 0 đến \(max)." }
    public static let eventTypeInvalid = "Hãy chọn loại lớp học, sự kiện."
    public static let attendeeOtherCommune = "Người tham dự phải là nhân khẩu của xã tổ chức."
    public static let attendanceColumnsMissing = "Không tìm thấy cột «Số CCCD» hoặc cặp cột «Họ và tên» và «Ngày sinh» để nhận ra người tham dự."
    public static func attendanceRowUnknown(_ text: String) -> String { "Không tìm thấy nhân khẩu «\(text)» trong xã." }
    public static func attendanceRowAmbiguous(_ text: String) -> String {
        "Có nhiều nhân khẩu trùng «\(text)»; hãy dùng số CCCD."
    }
    public static let unnamedAttendees = "Không ghi tên"
}
