/// Reads RFC 4180 CSV, independently of the generator's writer: fields separated by commas,
/// rows by CRLF, a field in double quotes may hold commas, line breaks and doubled quotes.
/// `nil` when the text breaks the format (a bare LF, a quote inside an unquoted field).
func readCSV(_ text: String) -> [[String]]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" { field.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"":
            guard field.isEmpty else { return nil }
            quoted = true
        case ",":
            row.append(field)
            field = ""
        case "\r":
            guard scalars.popFirst() == "\n" else { return nil }
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        case "\n":
            return nil
        default:
            field.unicodeScalars.append(scalar)
        }
    }
    guard !quoted, row.isEmpty, field.isEmpty else { return nil }
    return rows
}
