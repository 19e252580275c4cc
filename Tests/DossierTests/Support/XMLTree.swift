import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML document read by Foundation's parser into a tree, with namespaces resolved, for
/// tests to check a feed's structure element by element.
final class XMLElement {
    let name: String
    let namespace: String?
    let attributes: [String: String]
    var children: [XMLElement] = []
    var text = ""

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func all(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }
    func first(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    var descendants: [XMLElement] { children + children.flatMap(\.descendants) }

    /// The root of `data`, or `nil` when it is not well-formed XML.
    static func parse(_ data: Data) -> XMLElement? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = builder
        return parser.parse() ? builder.root : nil
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElement?
        private var stack: [XMLElement] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = XMLElement(name: name, namespace: namespaceURI, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }
}
