import HocVuSoCore

/// Why a backup or a restore stopped. A restore that throws has left the target as it was.
public enum BackupError: Error, Sendable, CustomStringConvertible {
    case noStore(String)
    case outputExists(String)
    case notABackup(String)
    case corrupt(path: String, reason: String)
    case newerFormat(Int)
    case wrongEngine(backup: String, target: String)
    case newerSchema([String])
    case targetNotEmpty(String)
    case verifyFailed([String])
    case targetBusy(String)
    case toolFailed(tool: String, output: String)

    public var description: String {
        switch self {
        case .noStore(let path): return Strings.backupNoStore(path)
        case .outputExists(let path): return Strings.backupOutputExists(path)
        case .notABackup(let path): return Strings.backupNotABackup(path)
        case .corrupt(let path, let reason): return Strings.backupCorrupt(path, reason)
        case .newerFormat(let version): return Strings.backupNewerFormat(version)
        case .wrongEngine(let backup, let target): return Strings.backupWrongEngine(backup: backup, target: target)
        case .newerSchema(let steps): return Strings.backupNewerSchema(steps.joined(separator: ", "))
        case .targetNotEmpty(let target): return Strings.restoreTargetNotEmpty(target)
        case .verifyFailed(let problems): return Strings.restoreVerifyFailed(problems.prefix(10).joined(separator: "; "))
        case .targetBusy(let target): return Strings.restoreTargetBusy(target)
        case .toolFailed(let tool, let output): return Strings.backupToolFailed(tool, output)
        }
    }
}
