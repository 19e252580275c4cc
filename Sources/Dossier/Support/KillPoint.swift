import Foundation
import Synchronization

/// Where the tests stop a build as `kill -9` would, to prove that the next build recovers
/// from a stop at any moment (`Tests/…/Write/KilledBuildTests.swift`). Only in debug builds,
/// which the tests run: `DOSSIER_KILL_AT=copies:3` kills the process when the third temporary
/// copy is written. A release build has no such switch.
enum KillPoint {
    #if DEBUG
        private static let target: (phase: String, count: Int)? = {
            guard let setting = ProcessInfo.processInfo.environment["DOSSIER_KILL_AT"] else { return nil }
            let parts = setting.split(separator: ":")
            guard let phase = parts.first else { return nil }
            return (String(phase), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
        }()
        private static let counts = Mutex<[String: Int]>([:])
    #endif

    /// Marks one more step of `phase`; the process dies here if the tests asked for it.
    static func reached(_ phase: String) {
        #if DEBUG
            guard let target, target.phase == phase else { return }
            let count = counts.withLock { counts in
                counts[phase, default: 0] += 1
                return counts[phase]!
            }
            if count == target.count { kill(getpid(), SIGKILL) }
        #endif
    }
}
