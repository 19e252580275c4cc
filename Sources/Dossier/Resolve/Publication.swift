/// Decides what a build publishes. Only `draft: true` (unless drafts are asked for) and an
/// embargo that has not ended (unless a preview asks for it) keep a file out; no other date
/// ever hides a page.
struct Publication {
    let clock: BuildClock
    let includeDrafts: Bool
    let includeEmbargoed: Bool

    func isPublished(draft: Bool, embargo: Moment? = nil, file: String, withheld: inout [Site.Withheld]) -> Bool {
        if let embargo, clock.now < embargo, !includeEmbargoed {
            withheld.append(.init(file: file, reason: .embargoed(until: embargo)))
            return false
        }
        if draft, !includeDrafts {
            withheld.append(.init(file: file, reason: .draft))
            return false
        }
        return true
    }
}
