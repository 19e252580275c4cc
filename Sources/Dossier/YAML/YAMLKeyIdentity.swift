/// What makes two keys of a group of fields the same key, as Yams judged it: the same kind,
/// the same tag, and the same text (compared as Swift strings, so `é` written as one
/// character or as `e` and an accent is one key), or the same values in the same order.
enum YAMLKeyIdentity: Hashable {
    case scalar(tag: String?, text: String)
    case sequence(tag: String?, values: [YAMLKeyIdentity])
    case mapping(tag: String?, values: [YAMLKeyIdentity])

    init(_ index: Int, events: [YAMLDocument.Event], text: [UInt8], tags: [Int: String]) {
        let event = events[index]
        let tag = tags[index]
        guard event.kind != .scalar else {
            self = .scalar(tag: tag, text: String(decoding: text[event.text], as: UTF8.self))
            return
        }
        var values: [YAMLKeyIdentity] = []
        var value = index + 1
        while value < event.link {
            values.append(YAMLKeyIdentity(events.resolved(value), events: events, text: text, tags: tags))
            value = events.after(value)
        }
        self = event.kind == .sequence ? .sequence(tag: tag, values: values) : .mapping(tag: tag, values: values)
    }
}
