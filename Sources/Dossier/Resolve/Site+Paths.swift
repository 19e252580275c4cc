extension SitePaths {
    /// The paths of `site`'s pages, in its language.
    init(of site: Site) {
        self.init(language: site.config.language, of: site)
    }

    /// The paths of the pages in `language`, one of `site`'s languages: the main one's at the
    /// site's root, each other one's under its tag.
    init(language: String, of site: Site) {
        self.init(root: language == site.translations.mainLanguage ? "" : language + "/")
    }
}
