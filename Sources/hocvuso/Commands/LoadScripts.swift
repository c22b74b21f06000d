import Foundation

/// The wrk scripts of `bench load`.
enum LoadScripts {
    /// Appended to each script: counts every failure (socket errors, timeouts, statuses outside 2xx/3xx) and prints
    /// the figures on one line that `LoadResult` reads.
    static let summary = """

    function done(summary, latency, requests)
      local e = summary.errors
      local errors = e.connect + e.read + e.write + e.status + e.timeout
      local seconds = summary.duration / 1e6
      io.write(string.format("LOAD %d %d %.1f %.3f %.3f %.3f\\n", summary.requests, errors, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
    end
    """

    /// Each request picks one read: the commune dashboard, the village's resident list (a page of it), a resident
    /// search through the API, the unit API, the indicators API, or one resident's page.
    static func reads(token: String, village: String, residents: [UUID]) -> String {
        let commune = String(village.prefix { $0 != "-" })
        let ids = residents.prefix(50).map { "\"\($0.uuidString)\"" }.joined(separator: ",")
        return """
        wrk.method = "GET"
        wrk.headers["Authorization"] = "Bearer \(token)"
        local residents = {\(ids)}
        local searches = {"nguyen", "tran", "le van", "thi", "hoang", "pham"}
        local counter = 0
        function setup(thread) counter = counter + 1; thread:set("seed", counter) end
        function init(args) math.randomseed(os.time() * 1000 + seed * 7919) end
        function request()
          local r = math.random(6)
          local path
          if r == 1 then path = "/units/\(commune)/dashboard"
          elseif r == 2 then path = "/units/\(village)/residents?page=" .. math.random(3)
          elseif r == 3 then path = "/api/v1/units/\(commune)/residents?per=20&q=" .. searches[math.random(#searches)]:gsub(" ", "%%20")
          elseif r == 4 then path = "/api/v1/units/\(commune)"
          elseif r == 5 then path = "/api/v1/units/\(commune)/indicators?year=\(Calendar.current.component(.year, from: Date()))"
          else path = "/residents/" .. residents[math.random(#residents)] end
          return wrk.format(nil, path)
        end
        """ + summary
    }
}
