import Testing

@testable import Dossier

/// A ZIP entry's date holds the years 1980 to 2107; a build as of any other day of the years
/// content can write dates its offline copy the nearest day it can hold.
@Suite struct OfflineCopyDateTests {
    private func written(_ date: UInt16) -> [Int] {
        [1980 + Int(date >> 9), Int(date >> 5 & 0xF), Int(date & 0x1F)]
    }

    @Test func aDayTheFormatHoldsIsWrittenAsItIs() {
        #expect(written(OfflineCopy.dosDate(of: CalendarDay(year: 2025, month: 6, day: 30))) == [2025, 6, 30])
    }

    @Test func theFirstAndLastDaysOfContentAreHeldToTheFormatsYears() {
        #expect(written(OfflineCopy.dosDate(of: CalendarDay(year: 1, month: 1, day: 1))) == [1980, 1, 1])
        #expect(written(OfflineCopy.dosDate(of: CalendarDay(year: 1979, month: 12, day: 31))) == [1980, 1, 1])
        #expect(written(OfflineCopy.dosDate(of: CalendarDay(year: 2108, month: 1, day: 1))) == [2107, 12, 31])
        #expect(written(OfflineCopy.dosDate(of: CalendarDay(year: 9999, month: 12, day: 31))) == [2107, 12, 31])
    }
}
