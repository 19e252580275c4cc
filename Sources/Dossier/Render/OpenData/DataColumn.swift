/// One field of the open data, written once: its name, how it is read from the site, and
/// whether the CSV has it. The JSON files, the CSV header and the `/data/` page that
/// documents every field all come from the same lists (`OpenData.caseColumns`, …).
struct DataColumn<Subject> {
    enum Format {
        /// In the JSON file, and in the CSV when there is one.
        case everywhere
        /// A list of objects or a long text: the JSON file only.
        case jsonOnly
        /// Repeated on every row, where JSON says it once: the CSV only.
        case csvOnly
    }

    let name: String
    let format: Format
    let value: (Subject) -> JSONValue
    /// The CSV cell of a value that is not plain text (the charges).
    var cell: ((JSONValue) -> String)?

    init(
        _ name: String, _ format: Format = .everywhere, cell: ((JSONValue) -> String)? = nil,
        _ value: @escaping (Subject) -> JSONValue
    ) {
        self.name = name
        self.format = format
        self.cell = cell
        self.value = value
    }

    var inJSON: Bool { format != .csvOnly }
    var inCSV: Bool { format != .jsonOnly }

    /// A CSV cell: text as it is, numbers in digits, flags as `true`/`false`, nothing for
    /// `null`, and a list of texts joined with "; ".
    func csvCell(_ subject: Subject) -> String {
        let value = value(subject)
        if let cell { return cell(value) }
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return ""
        case .array(let items): return items.compactMap { if case .string(let text) = $0 { text } else { nil } }.joined(separator: "; ")
        case .object: return ""
        }
    }
}
