/// A value a template can print or enter as a section: what a context is made of.
///
/// `null` is a name that is known to have no value. It stops the lookup in enclosing
/// contexts, as Mustache asks of a key that is present, prints nothing and is false.
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case text(String)
    case list([TemplateValue])
    case object(TemplateObject)
    /// Text with links to other files of the output, written relative to the document.
    case linked(LinkedText)

    /// The value of `name` when this is an object; `nil` otherwise or when it has no such key.
    @inlinable
    public func child(_ name: TemplateName) -> TemplateValue? {
        if case .object(let object) = self { return object[name] }
        return nil
    }
}
