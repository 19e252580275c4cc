import ArgumentParser
import Dossier
import Foundation

/// `--as-of`, shared by the commands that need to know which day it is.
struct BuildDayOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Build as of this day (YYYY-MM-DD, from 0001-01-01 to 9999-12-31): days in detention are counted to it, embargoes end by it, and no arrest, sentence or release may come after it. Default: SOURCE_DATE_EPOCH, else today.",
            valueName: "date"))
    var asOf: String?

    /// `--as-of`, else `SOURCE_DATE_EPOCH`, else now. Each is held to the years content can
    /// write, 0001 to 9999, so that no count of days leaves them.
    func clock() throws -> BuildClock {
        if let asOf {
            guard let date = PartialDate(asOf), date.isComplete else {
                throw ValidationError("--as-of must be a day from 0001-01-01 to 9999-12-31 written YYYY-MM-DD, like 2025-06-30, not '\(asOf)'")
            }
            return BuildClock(asOf: date.earliestDay)
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            let range = BuildClock.secondsRange
            guard let seconds = Int64(epoch), let clock = BuildClock(secondsSince1970: seconds) else {
                throw ValidationError(
                    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 from \(range.lowerBound) to \(range.upperBound) (0001-01-01 to 9999-12-31 UTC), like 1751241600 for 2025-06-30, not '\(epoch)'"
                )
            }
            return clock
        }
        guard let clock = BuildClock(secondsSince1970: Int64(Date().timeIntervalSince1970)) else {
            throw ValidationError("this computer's clock is set outside the years 0001 to 9999; give the day with --as-of, like --as-of 2025-06-30")
        }
        return clock
    }
}
