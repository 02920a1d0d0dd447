import GlossCore

extension NameLinker.Index {
    /// The organisation of which mention `m`, a person's name of two words or more written in
    /// capitals, is the first words: a headline's "MERRILL LYNCH RAISES …" read as a person where
    /// the body names "Merrill Lynch and Co" (or "Merrill Lynch Capital Markets"). In a headline
    /// in capitals the tagger has no casing to read and often takes a firm's name for a person's;
    /// the body's longer name, the organisation's, says what it is; the same words in title case
    /// that the tagger read as a person's then vote as it did ("Merrill Lynch said":
    /// `Grouping.vote`). Called only when the mention is no place's or person's short form and
    /// no earlier-linked mention has its words.
    /// A person's name in title case ("Henry Ford" beside "Ford Motor Co") or of one word
    /// ("FORD", which may be the founder as well) is left, and so is one before "and" and more
    /// than a legal form in the organisation's name ("DUDLEY TAFT" beside the tagger's "Dudley
    /// Taft and Narragansett Capital Inc", a man and a firm read as one name).
    ///
    /// - Cost: one look-up of the organisations holding the words (`containing`), and a read of
    ///   the mention's bytes where one begins with them.
    func inCapitals(_ m: Int, _ key: NameLinker.Key, _ grouping: NameLinker.Grouping, _ words: [NameLinker.Key], in document: Document) -> Int? {
        let mention = grouping.mentions[m]
        guard key.count >= 2, mention.type == .person, let d = containing(key, type: .organization, grouping, words) else { return nil }
        let name = words[grouping.drafts[d].longest]
        guard name.count > key.count, name.starts(with: key), !NameLinker.hasLowercase(mention.span, in: document) else { return nil }
        // "Merrill Lynch and Co" is one firm; "Dudley Taft and Narragansett Capital Inc" (the
        // tagger's one name) a person and a firm.
        let rest = name.dropFirst(key.count)
        if rest.contains(NameHeads.and) {
            guard rest.first == NameHeads.and, rest.count >= 2, rest.dropFirst().allSatisfy({ NameLinker.legalForms.contains($0) }) else {
                return nil
            }
        }
        return d
    }
}
