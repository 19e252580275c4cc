import Testing

@testable import DossierServe

@Suite("The watcher's quiet after a burst")
struct BurstQuietTests {
    @Test("A file written in place and closed is told after the short quiet")
    func aClosedWriteIsSettled() {
        var quiet = BurstQuiet()
        quiet.note(.written, at: "content/cases/a.md")
        #expect(quiet.milliseconds == BurstQuiet.unsettledMilliseconds)
        quiet.note(.written, at: "content/cases/a.md")
        quiet.note(.closed, at: "content/cases/a.md")
        #expect(quiet.milliseconds == BurstQuiet.settledMilliseconds)
        #expect(BurstQuiet.settledMilliseconds < BurstQuiet.unsettledMilliseconds)
    }

    @Test("A safe save through a hidden temporary name is settled once the name is moved into place")
    func aSafeSaveIsSettledWhenMoved() {
        var quiet = BurstQuiet()
        quiet.note(.written, at: "content/cases/.a.md.tmp")
        quiet.note(.closed, at: "content/cases/.a.md.tmp")
        // Written and closed, not yet where it goes: the writer may sync it to disk first.
        #expect(quiet.milliseconds == BurstQuiet.unsettledMilliseconds)
        quiet.note(.removed, at: "content/cases/.a.md.tmp")
        quiet.note(.arrived, at: "content/cases/a.md")
        #expect(quiet.milliseconds == BurstQuiet.settledMilliseconds)
    }

    @Test("A safe save through a temporary name the site reads waits for the longer quiet")
    func aVisibleTemporaryNameIsUnsettled() {
        var quiet = BurstQuiet()
        quiet.note(.written, at: "content/cases/a.md.tmp")
        quiet.note(.closed, at: "content/cases/a.md.tmp")
        quiet.note(.removed, at: "content/cases/a.md.tmp")
        quiet.note(.arrived, at: "content/cases/a.md")
        #expect(quiet.milliseconds == BurstQuiet.unsettledMilliseconds)
    }

    @Test("vim's save, the file moved to its backup and written anew, waits until it is back")
    func aFileMovedAwayWaitsForItsReturn() {
        var quiet = BurstQuiet()
        quiet.note(.removed, at: "content/cases/a.md")
        quiet.note(.arrived, at: "content/cases/a.md~")
        #expect(quiet.milliseconds == BurstQuiet.unsettledMilliseconds)
        quiet.note(.written, at: "content/cases/a.md")
        #expect(quiet.milliseconds == BurstQuiet.unsettledMilliseconds)
        quiet.note(.closed, at: "content/cases/a.md")
        #expect(quiet.milliseconds == BurstQuiet.settledMilliseconds)
    }

    @Test("Once told, the next burst starts settled, and a write still open is noted again")
    func theNextBurstStartsSettled() {
        var quiet = BurstQuiet()
        quiet.note(.written, at: "content/cases/a.md")
        quiet.note(.removed, at: "content/cases/b.md")
        #expect(quiet.milliseconds == BurstQuiet.unsettledMilliseconds)
        quiet.told()
        #expect(quiet.milliseconds == BurstQuiet.settledMilliseconds)
        quiet.note(.written, at: "content/cases/a.md")
        #expect(quiet.milliseconds == BurstQuiet.unsettledMilliseconds)
    }
}
