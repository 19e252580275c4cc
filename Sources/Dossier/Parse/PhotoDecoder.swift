/// Reads `photo`, `photo_alt` and `photo_credit`: a portrait is published only with a
/// description for people who cannot see it and the credit its author is owed.
enum PhotoDecoder {
    static func decode(_ fields: FieldReader, subject: String?) -> Photo? {
        let pathNode = fields.value("photo")
        let alt = fields.string("photo_alt")
        let credit = fields.string("photo_credit")
        guard let pathNode, let path = fields.text(pathNode, "photo")?.trimmingSpaces else { return nil }

        var valid = fields.isStaticFile(path, at: pathNode, "photo")
        if alt == nil {
            fields.source.error(
                pathNode, "a photo needs 'photo_alt', a short description for people who cannot see it",
                fix: "add a line 'photo_alt: \(subject ?? "…")'" + (subject == nil ? "" : " (or describe the picture)"))
            valid = false
        }
        if credit == nil {
            fields.source.error(
                pathNode, "a photo needs 'photo_credit': who took it or who gave it",
                fix: "add a line like 'photo_credit: © Private' or 'photo_credit: \"Photo: courtesy of the family\"'")
            valid = false
        }
        guard valid, let alt, let credit else { return nil }
        return Photo(path: path, alt: alt, credit: credit, location: fields.source.location(of: pathNode))
    }
}
