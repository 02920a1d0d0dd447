import GlossCore
import GlossText

/// Tags as an organisation an agency named by the fields it oversees, joined by "and", and a
/// head the organisations' heads do not list: "the Food and Drug Administration", "the Food
/// and Agriculture Organization" (in a sentence of its own the tagger left it untagged), "the
/// Securities and Investments Board", "the Immigration and Naturalization Service", "the Food
/// Safety and Inspection Service". "Administration", "Board" and "Service" end no name by
/// themselves (`NameHeads`: "the Reagan Administration", "the Board", "Secret Service" are
/// read otherwise), so the tagger's untagged run stays untagged; the fields and the "and"
/// make it an institution's.
///
/// On the tagger's output over ../shared/corpora (distinct texts), "Food and Drug
/// Administration" was left untagged 48 times of 49, and so were "Securities and Investments
/// Board", "Food Safety and Inspection Service", "the Price and Cartel Board".
///
/// - the head (`heads`) in title case in running text, untagged, before a word in lower case, a
///   sign or a title (`BoardNames.titles`: "Food and Drug Administration Commissioner Frank
///   Young"), not before "of" ("Board of Trade") unless a listed organisation the tagger found
///   follows it, its parent ("the Food and Agriculture Organization of the U.N.": `parentAfterOf`,
///   which joins the name);
/// - before it, untagged field words (title case in running text, a word a corpus writes in
///   lower case more often, no head, no listed organisation's word), one "and" between them:
///   one to three before the "and", one or two after it;
/// - before those, the sentence's start, an article, a word in lower case or a sign, or a place
///   the tagger found ("U.S. Food and Drug Administration": the place stays its own name);
/// - the field words, the "and" and the head become one organisation (with
///   `EntityTagger.confidenceOfARule`).
///
/// The heads are found with the other rule words (`RuleWords.organisationWord`, looked up once
/// per word described), so the rule reads only the tokens `RuleWords.find` found.
///
/// - Cost: O(f) in the rule words found (a set lookup each), and up to six words before a head.
enum FieldInstitutions {
    /// The heads of an agency's name after its fields.
    static let heads = NameHeads.hashes("administration board service organization organisation")

    /// The most field words before the "and", and after it.
    static let longestBefore = 3
    static let longestAfter = 2

    /// Applies the rule to the heads among `found` (`RuleWords.find`'s, over `words`),
    /// rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for word in found where word.bits & RuleWords.organisationWord != 0 && heads.contains(words[word.token].word) {
            tag(head: word.token, words, sentence: word.sentence, tags: tags, confidence: confidence)
        }
    }

    /// Tags the agency whose head is token `head` of `sentence`, if it is one.
    static func tag(
        head: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        guard words[head].isTitleCaseInText, tags[head] == .outside else { return }
        var end = head + 1
        if head + 1 < sentence.upperBound {
            let next = words[head + 1]
            if next.word == NameHeads.of {
                guard let parent = parentAfterOf(head, words, sentence: sentence, tags: tags) else { return }
                end = parent.upperBound
            } else {
                guard !next.hasCapital || BoardNames.titles.contains(next.word) else { return }
            }
        }
        // The fields after the "and", then the "and", then the fields before it.
        var k = head
        while k > sentence.lowerBound, head - k < longestAfter, isField(words[k - 1], tags[k - 1]) { k -= 1 }
        let and = k - 1
        guard k < head, and > sentence.lowerBound, words[and].word == NameHeads.and, tags[and] == .outside else { return }
        var start = and
        while start > sentence.lowerBound, and - start < longestBefore, isField(words[start - 1], tags[start - 1]) { start -= 1 }
        guard start < and else { return }
        if start > sentence.lowerBound {
            let before = words[start - 1]
            let placeBefore = tags[start - 1].type == .location
            guard placeBefore || NameHeads.isArticle(before) || !before.hasCapital else { return }
        }
        NameHeads.retype(start..<(head + 1), as: .organization, capped: false, tags: tags, confidence: confidence)
        if end > head + 1 { NameHeads.join(start..<end, as: .organization, tags: tags, confidence: confidence) }
    }

    /// The listed organisation the tagger found right after "of" (and an article) after the head
    /// at token `head` of `sentence`, ending there: the agency's parent, part of its name ("the
    /// Food and Agriculture Organization of the U.N."); nil for anything else ("Board of Trade").
    static func parentAfterOf(
        _ head: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        var first = head + 2
        if first < sentence.upperBound, tags[first] == .outside, NameHeads.isArticle(words[first]) { first += 1 }
        guard first < sentence.upperBound, tags[first] == .begin(.organization), words[first].gazetteer & Gazetteer.organization != 0
        else { return nil }
        var end = first + 1
        while end < sentence.upperBound, tags[end] == .inside(.organization) { end += 1 }
        return first..<end
    }

    /// Whether the word `w`, tagged `tag`, may be a field's in an agency's name: untagged, in
    /// title case in running text, usually written in lower case, no article, no head of an
    /// organisation's name and no word of a listed organisation's ("Treasury and Federal
    /// Reserve Board" are two).
    @inline(__always) static func isField(_ w: WordAttributes, _ tag: EntityTag) -> Bool {
        tag == .outside && InstitutionsCutAtAnd.isFieldWord(w) && !NameHeads.isArticle(w) && w.gazetteer & Gazetteer.organization == 0
            && w.gazetteer & Gazetteer.inside == 0
    }
}
