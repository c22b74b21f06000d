// What both ways of starting a child process in the tests share: the standard streams (stdin from /dev/null,
// stdout and stderr to a file or /dev/null) and the glibc spawn functions Swift's Glibc module leaves out.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Darwin)
typealias SpawnFileActions = posix_spawn_file_actions_t?
#else
typealias SpawnFileActions = posix_spawn_file_actions_t
#endif

enum SpawnSupport {
    /// stdin from /dev/null; stdout (appended to, or truncated) and stderr together to `outputPath` or /dev/null.
    static func standardStreams(_ actions: inout SpawnFileActions, outputPath: String?, append: Bool) {
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
    }

    #if !canImport(Darwin)
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc has had these since 2.34 and 2.29, but they need _GNU_SOURCE: looked up at run time.
    static let addCloseFrom: AddCloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: AddCloseFrom.self) }
    static let addChdir: AddChdir? = dlsym(nil, "posix_spawn_file_actions_addchdir_np")
        .map { unsafeBitCast($0, to: AddChdir.self) }
    #endif
}
