import Foundation
import TemplateEngine
import Testing

/// One test of the Mustache specification (`../shared/mustache-spec/<module>.json`).
struct SpecCase: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let desc: String
    let data: SpecValue
    let template: String
    let partials: [String: String]?
    let expected: String
    var module = ""

    var testDescription: String { "\(module): \(name)" }

    private enum CodingKeys: String, CodingKey {
        case name, desc, data, template, partials, expected
    }

    /// The modules the engine conforms to: the required ones, parents and blocks, and
    /// dynamic names. Lambdas need code in the data, which templates from files never have.
    static let modules = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections",
        "~inheritance", "~dynamic-names",
    ]

    /// `../shared/mustache-spec/`, beside the checkout.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "shared/mustache-spec")

    static var folderExists: Bool { FileManager.default.fileExists(atPath: folder.path) }

    /// Every case of every module; empty when the folder is missing.
    static let all: [SpecCase] = modules.flatMap { module -> [SpecCase] in
        struct File: Decodable { let tests: [SpecCase] }
        guard let data = try? Data(contentsOf: folder.appending(path: "\(module).json")),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return file.tests.map {
            var test = $0
            test.module = module
            return test
        }
    }
}

/// A JSON value of a spec case's `data`, as a template context.
struct SpecValue: Decodable, Sendable {
    let value: TemplateValue

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            value = .int(number)
        } else if let number = try? container.decode(Double.self) {
            value = .double(number)
        } else if let text = try? container.decode(String.self) {
            value = .text(text)
        } else if let list = try? container.decode([SpecValue].self) {
            value = .list(list.map(\.value))
        } else {
            let table = try container.decode([String: SpecValue].self)
            value = .object(TemplateObject(table.map { (TemplateName($0.key), $0.value.value) }))
        }
    }
}
