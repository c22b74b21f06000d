import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Dashboards (commune and province), their exports, and the plans page.
struct IndicatorPages {
    let services: AppServices

    func register(_ routes: Routes) {
    }
}
