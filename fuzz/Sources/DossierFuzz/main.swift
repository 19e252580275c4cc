import CLibFuzzer
import Dossier
import Foundation

/// What the first byte of an input picks, in this order: the settings, then a main file of
/// each kind, then a translation of each kind. `scripts/fuzz` prefixes each seed file with
/// its own role's index. The byte divided by the count of roles, when odd, allows raw HTML in
/// bodies (`unsafe_html: true`).
let roles: [SingleFileParser.Role] =
    [.settings] + ContentKind.allCases.map { .main($0) } + ContentKind.allCases.map { .translation($0) }

let parsers = [false, true].map {
    SingleFileParser(today: CalendarDay(year: 2025, month: 6, day: 30), allowsRawHTML: $0)
}

/// One input, read as one content file. A crash, a hang or a memory error here is a finding;
/// any diagnostic, however odd, is an answer.
func parseOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let selector = Int(start[0])
    let parser = parsers[selector / roles.count % parsers.count]
    _ = parser.parse(Data(bytes: start + 1, count: count - 1), as: roles[selector % roles.count])
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { parseOne($0, $1) })
