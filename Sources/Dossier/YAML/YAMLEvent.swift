/// One of libyaml's parsing events, as `YAMLEvents` hands it out.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case scalar, alias
        case sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    var kind: Kind
    var mark: YAMLMark
    /// A scalar's text, as the range of its bytes in the buffer `YAMLEvents.next` appends to.
    var text: Range<Int> = 0..<0
    /// Whether a scalar was written without quotes or `|`, `>`: only then is `~` empty.
    var isPlain = false
    /// The anchor a scalar, sequence or mapping defines (`&name`), or the one an alias names.
    var anchor: String?
    /// A tag written on the value (`!!int`) that makes it other than text, a list or a group;
    /// `nil` for all the others. It only tells keys apart (`!!int 1` is not `1`).
    var tag: String?
}
