/// The first text of a new content file: every field of the content model, the ones to fill
/// in first uncommented, the others commented out with an example of their form. See
/// docs/content.md for what each field means.
enum Skeleton {
    static func yamlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A case is a draft until its facts are checked: `dossier check` names what is missing.
    static func `case`(name: String) -> String {
        """
        ---
        name: \(yamlString(name))
        # native_name: ""                     # the name in the person's own script
        country: ""                           # required: the country that holds the person
        status: detained                      # detained | imprisoned | house-arrest | released | exiled | deceased | missing
        # occupation: Journalist
        # detained: 2024-01                   # YYYY-MM-DD, YYYY-MM or YYYY: only what is known
        # sentenced: 2024-10-10
        # sentence: 6 years in prison
        # released: 2025-03
        # charges:
        #   - charge: Calls for mass unrest
        #     article: Article 278, Criminal Code
        # court: ""
        # facility: ""                        # the prison or detention centre
        # write_to: |                         # postal address for letters, line by line
        #   ...
        # hashtag: "#Free…"                   # in quotes: a bare # starts a comment
        # photo: /static/images/portrait.jpg
        # photo_alt: ""                       # required with a photo: what it shows
        # photo_credit: ""                    # required with a photo: who holds the rights
        # tags: [journalists]
        # timeline:
        #   - date: 2024-01
        #     event: Arrested.
        # sources:
        #   - title: ""
        #     url: https://
        # updated: 2025-01-31                 # when the facts were last checked
        # aliases: []                         # old addresses that must keep working
        # private: |                          # notes for editors: never published
        #   ...
        draft: true                           # remove when the facts are checked
        ---
        The story of the case, in Markdown.

        """
    }

    static func statement(title: String, date: String) -> String {
        """
        ---
        title: \(yamlString(title))
        date: \(date)
        kind: joint-statement                 # joint-statement | appeal | letter | news | report
        # place: ""                           # the dateline
        cases: []                             # slugs of the cases it concerns
        signatories: []                       # organization slugs, names or short names
        # source: https://                    # where the statement was first published
        # embargo: \(date)T09:00+00:00        # left out of every build before this moment
        # updated: \(date)
        # aliases: []
        draft: true                           # remove when it is ready to publish
        ---
        The statement, in Markdown.

        """
    }

    static func organization(name: String) -> String {
        """
        ---
        name: \(yamlString(name))
        # short_name: ""
        # also_known_as: []                   # other names statements may use for it
        # url: https://
        # country: International
        # aliases: []
        ---

        """
    }
}

/// What `dossier new site` writes: a site that builds, with examples that say they are.
extension Skeleton {
    static let site = """
        title: Our Campaign                   # required: the campaign's name
        base_url: https://example.org/        # required: where the site will be published
        language: en                          # en, ru, kk or ky, or a strings file of your own
        description: A campaign for journalists imprisoned for their work.
        # licence: CC BY 4.0                  # the terms others may reuse /data/ under
        # licence_url: https://creativecommons.org/licenses/by/4.0/
        # translations:                       # other languages, each published under /<tag>/
        #   ru:
        #     title: Наша кампания
        #   kk: {}                            # the main title and description

        """

    static let exampleCase = """
        ---
        name: Ana Example
        country: Exampleland
        occupation: Journalist
        status: detained
        detained: 2024-01
        timeline:
          - date: 2024-01
            event: Detained after publishing an investigation.
        private: |
          Notes for editors go here. They are never published.
        ---
        This is an example case, to replace with a real one: run `dossier new case "Full Name"`.

        """

    static let exampleOrganization = """
        ---
        name: Example Rights Group
        short_name: ERG
        ---

        """

    static func exampleStatement(date: String) -> String {
        """
        ---
        title: Release Ana Example
        date: \(date)
        kind: appeal
        cases: [ana-example]
        signatories: [Example Rights Group]
        ---
        This is an example statement, signed by the example organization.

        """
    }
}
