import ArgumentParser

@main
struct HocVuSo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hocvuso",
        abstract: "Bình dân học vụ số: registries, indicators and reports for communes and provinces.",
        subcommands: [Serve.self, Demo.self, Import.self, User.self, Rollups.self, Report.self, Bench.self, MigrateStore.self, Backup.self, Restore.self, Audit.self,
                      ReadReport.self, RestoreDiacritics.self, TrainDiacritics.self])
}
