import Testing

@testable import Dossier

/// The rules every path the site writes must follow, read at the bytes the file system cuts
/// a path at.
@Suite struct OutputPathRulesTests {
    @Test(arguments: [
        "cases/ana-example/index.html", "cases/ana-example/", "a/.../b", "a/.b/..c", "ünïcödé/名前/index.html",
        String(repeating: "x/", count: 16) + "index.html", String(repeating: "n", count: 255),
    ])
    func aPathWithinTheRulesPasses(_ path: String) {
        #expect(OutputPathRules.problem(with: path) == nil)
    }

    @Test(arguments: [
        ("", "empty part"), ("/", "empty part"), ("a//b", "empty part"), ("a/./b", "empty part"), ("a/../b", "empty part"),
        ("..", "empty part"), ("a//", "empty part"), (String(repeating: "n", count: 256), "256 bytes long"),
        (".dossier-manifest", "'.dossier'"), ("cases/.dossierx/index.html", "'.dossier'"),
        (String(repeating: "x/", count: 17) + "index.html", "17 folders deep"), ("a\\b", "backslash"),
        (String(repeating: String(repeating: "y", count: 250) + "/", count: 5), "1255 bytes long, more than 1024"),
    ])
    func aPathAgainstThemIsRefusedWithWhy(_ path: String, _ why: String) throws {
        let problem = try #require(OutputPathRules.problem(with: path))
        #expect(problem.message.contains(why), "\(problem.message)")
    }
}
