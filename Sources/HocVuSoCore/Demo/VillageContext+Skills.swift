import Foundation

extension VillageContext {
    /// Whether a demo resident has basic digital skills, drawn from the id so the main random stream (and with it every
    /// other demo figure) stays as it was. Shares follow the reports: officials nearly all, pupils most, adults about
    /// three in four where they own a smartphone, older people far fewer.
    static func skilled(id: UUID, group: TargetGroup, age: Int, smartphone: Smartphone) -> Bool {
        let share: Double
        switch (group, age) {
        case (.official, _): share = 0.93
        case (.student, ..<11): share = 0.35
        case (.student, _): share = 0.86
        case (.worker, _): share = 0.78
        case (_, ..<16): share = 0.2
        case (_, ...60): share = smartphone == .yes ? 0.8 : 0.1
        default: share = smartphone == .yes ? 0.45 : 0.02
        }
        let bytes = id.uuid
        let draw = (Double(bytes.10) * 256 + Double(bytes.11)) / 65_536
        return draw < share
    }
}
