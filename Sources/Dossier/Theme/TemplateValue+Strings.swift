import TemplateEngine

extension TemplateValue {
    /// A YAML table of the strings file, as templates read it (`{{t.detained}}`).
    static func wrapping(_ value: Any) -> TemplateValue {
        switch value {
        case let text as String: .text(text)
        case let table as [String: Any]: .object(TemplateObject(table.map { (TemplateName($0.key), wrapping($0.value)) }))
        case let list as [Any]: .list(list.map(wrapping))
        default: .null
        }
    }
}
