import ArgumentParser
import Dossier
import Foundation

/// `--as-of`, shared by the commands that need to know which day it is.
struct BuildDayOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Build as of this day (YYYY-MM-DD): days in detention are counted to it, embargoes end by it, and no arrest, sentence or release may come after it. Default: SOURCE_DATE_EPOCH, else today.",
            valueName: "date"))
    var asOf: String?

    /// `--as-of`, else `SOURCE_DATE_EPOCH`, else now.
    func clock() throws -> BuildClock {
        if let asOf {
            guard let date = PartialDate(asOf), date.isComplete else {
                throw ValidationError("--as-of must be a day written YYYY-MM-DD, like 2025-06-30, not '\(asOf)'")
            }
            return BuildClock(asOf: date.earliestDay)
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(epoch)'")
            }
            return BuildClock(secondsSince1970: seconds)
        }
        return BuildClock(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }
}
