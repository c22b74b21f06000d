import Foundation
import Prometheus

/// The server's own Prometheus registry (one per application, so tests never share counters): requests by route
/// pattern, method and status, request latency, database health and the process's resident memory.
public final class AppMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    static let buckets: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                                      .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
                                      .seconds(1), .seconds(2.5), .seconds(5), .seconds(10)]

    public init() {}

    /// Counts one answered request. `route` is the router's pattern (`/units/{code}`), never the raw path.
    func request(method: String, route: String, status: Int, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
        registry.makeDurationHistogram(descriptor: Self.latency, labels: [("method", method), ("route", route)],
                                       buckets: Self.buckets).record(duration)
    }

    /// Sets the gauges read at scrape time.
    func observeDatabase(up: Bool, engine: String, check: Duration) {
        registry.makeGauge(descriptor: Self.databaseUp, labels: [("engine", engine)]).set(Double(up ? 1 : 0))
        registry.makeGauge(descriptor: Self.databaseCheck, labels: [("engine", engine)])
            .set(Double(check.components.seconds) + Double(check.components.attoseconds) / 1e18)
        if let rss = Self.residentMemory() {
            registry.makeGauge(descriptor: Self.memory).set(Double(rss))
        }
    }

    /// The Prometheus text exposition format (version 0.0.4).
    func exposition() -> String {
        registry.emitToString()
    }

    /// Resident set size in bytes, from /proc/self/statm (Linux); nil elsewhere.
    static func residentMemory() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static var requests: MetricNameDescriptor { MetricNameDescriptor(namespace: "hocvuso", metricName: "http_requests", unitName: "total",
                                               helpText: "HTTP requests answered, by method, route pattern and status.") }
    static var latency: MetricNameDescriptor { MetricNameDescriptor(namespace: "hocvuso", metricName: "http_request_duration", unitName: "seconds",
                                              helpText: "Time to answer an HTTP request, by method and route pattern.") }
    static var databaseUp: MetricNameDescriptor { MetricNameDescriptor(namespace: "hocvuso", metricName: "database_up", unitName: "",
                                                 helpText: "1 when the database answered SELECT 1 at the last scrape.") }
    static var databaseCheck: MetricNameDescriptor { MetricNameDescriptor(namespace: "hocvuso", metricName: "database_check_duration", unitName: "seconds",
                                                    helpText: "Time the database took to answer SELECT 1 at the last scrape.") }
    static var memory: MetricNameDescriptor { MetricNameDescriptor(metricName: "process_resident_memory", unitName: "bytes",
                                             helpText: "Resident memory size of the server process.") }
}
