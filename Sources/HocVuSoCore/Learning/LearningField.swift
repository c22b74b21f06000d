/// What a column of a learning platform's spreadsheet holds.
public enum LearningField: String, Sendable, Codable, CaseIterable {
    case fullName
    case birthDate
    case cccd
    case phone
    case courseKey
    case courseTitle
    case enrolledOn
    case completedOn
    case status
    case score

    /// Header texts (matching keys: folded, punctuation as spaces) that name this field outright.
    static let exactHeaders: [LearningField: [String]] = [
        .fullName: ["ho va ten", "ho ten", "ten hoc vien", "ho ten hoc vien", "ho va ten hoc vien", "full name", "name",
                    "ten day du", "hoc vien"],
        .birthDate: ["ngay sinh", "ngay thang nam sinh", "date of birth", "dob", "birth date", "nam sinh"],
        .cccd: ["so cccd", "cccd", "so dinh danh", "so dinh danh ca nhan", "ma dinh danh", "cmnd", "so cmnd", "can cuoc",
                "so can cuoc", "cccd cmnd", "id number", "so giay to"],
        .phone: ["so dien thoai", "sdt", "dien thoai", "phone", "so dt", "mobile"],
        .courseKey: ["ma khoa hoc", "course id", "course key", "ma khoa", "course", "id khoa hoc"],
        .courseTitle: ["khoa hoc", "ten khoa hoc", "course name", "course title", "chuong trinh", "ten chuong trinh"],
        .enrolledOn: ["ngay dang ky", "ngay ghi danh", "ngay tham gia", "enrollment date", "enrolled", "ngay bat dau",
                      "enrolled at", "date enrolled"],
        .completedOn: ["ngay hoan thanh", "completion date", "completed", "ngay cap chung chi", "ngay ket thuc",
                       "completed at", "certificate date", "date completed"],
        .status: ["trang thai", "tinh trang", "ket qua", "status", "enrollment status", "certificate delivered",
                  "hoan thanh"],
        .score: ["diem", "diem so", "grade", "score", "diem tong", "diem trung binh", "tong diem"],
    ]

    /// Phrases that name the field inside a longer header ("Ngày hoàn thành khóa học").
    static let containedHeaders: [LearningField: [String]] = [
        .fullName: ["ho va ten", "ho ten"],
        .birthDate: ["ngay sinh", "nam sinh"],
        .cccd: ["cccd", "cmnd", "dinh danh", "can cuoc"],
        .phone: ["dien thoai", "sdt"],
        .courseKey: ["ma khoa hoc", "course id"],
        .courseTitle: ["ten khoa hoc", "khoa hoc"],
        .enrolledOn: ["ngay dang ky", "ngay ghi danh"],
        .completedOn: ["ngay hoan thanh", "ngay cap"],
        .status: ["trang thai", "tinh trang"],
        .score: ["diem", "grade"],
    ]
}
