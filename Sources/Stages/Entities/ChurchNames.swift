import GlossCore
import GlossText

/// Tags as an organisation a church named by its faith or its country: "the Catholic Church",
/// "the Roman Catholic Church", "the Anglican Church", "the Greek Orthodox Church", "the Church
/// of England". The tagger reads the faith's word as a nationality or a religion (MISC:
/// "[Catholic] Church") and leaves "Church" outside, or takes "Church of [England]" for the
/// country; "Church" is no organisation's head by itself (`NameHeads`: "Falls Church" is a
/// town, "Church Street" a street, "the Church of the Nativity" a building).
///
/// On the tagger's output over Reuters-21578 and the RSS snapshots (`gloss analyze --stages
/// text,entities`), "Anglican Church" was "[Anglican]" (MISC) and "Church" outside 6 times,
/// "Catholic Church" 4 times, and once no name; "Church of England" was "Church of
/// [England]", the place, twice.
///
/// - "Church" or "Churches" in title case in running text, outside any name or in a MISC name,
///   not before a capitalised word (a street's or a building's name: "Church Street") other than
///   "of";
/// - before it, one to `longestFaith` title-case words outside any name or in one MISC name,
///   at least one of them a listed demonym or religion (`Gazetteer.demonym`: "Catholic",
///   "Greek", "Protestant") or tagged MISC ("Anglican", "Orthodox"), after an article, a word in
///   lower case, a sign or the sentence's start (a capitalised word before them begins a longer
///   name the rule does not know: "Our Lady Catholic Church"), and no person's possessive (a
///   parish named after its saint: "St Mary's Catholic Church");
/// - or after it "of" and a place's name the tagger found right there, ending the name ("the
///   Church of England", "the Church of Scotland"; not "the Church of the Holy Sepulchre"), and
///   before it no capitalised word other than an article (a surname: "Senator Frank Church of
///   Idaho");
/// - the words become one organisation (`NameHeads.retype`).
///
/// "Church" is found with the other rule words (`RuleWords.institutionWord`, looked up once per
/// word described), so the rule reads only the tokens `RuleWords.find` found.
///
/// - Cost: O(f) in the rule words found, and up to `longestFaith` words before each "Church";
///   nothing allocated.
enum ChurchNames {
    /// The words that end a church's name after its faith, or begin it before "of".
    static let churches = NameHeads.hashes("church churches")

    /// The most words of a faith before "Church" ("Roman Catholic", "Greek Orthodox").
    static let longestFaith = 3

    /// Applies the rule to the "Church" words among `found` (`RuleWords.find`'s, over `words`),
    /// rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for word in found where word.bits & RuleWords.institutionWord != 0 && churches.contains(words[word.token].word) {
            let (c, sentence) = (word.token, word.sentence)
            guard words[c].isTitleCaseInText, tags[c] == .outside || tags[c].type == .miscellaneous else { continue }
            if c + 1 < sentence.upperBound, words[c + 1].word == NameHeads.of {
                // After a capitalised word "Church" is a surname ("Senator Frank Church of Idaho")
                // or ends a longer name ("First Baptist Church of Dallas"): left.
                if PartyNames.standsFirst(c, words, sentence: sentence), let place = placeAfterOf(c, words, sentence: sentence, tags: tags) {
                    NameHeads.retype(c..<place.upperBound, as: .organization, capped: false, tags: tags, confidence: confidence)
                }
                continue
            }
            if c + 1 < sentence.upperBound, words[c + 1].hasCapital { continue }
            if let faith = faithBefore(c, words, sentence: sentence, tags: tags) {
                NameHeads.retype(faith.lowerBound..<(c + 1), as: .organization, capped: false, tags: tags, confidence: confidence)
            }
        }
    }

    /// The faith's words right before "Church" at token `c` of `sentence`, if they name a church
    /// there: one to `longestFaith` title-case words, untagged or MISC, one of them a listed
    /// demonym or religion or tagged MISC, standing first (an article, a word in lower case, a
    /// sign or the sentence's start before them).
    static func faithBefore(
        _ c: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        var start = c
        var known = false
        while start > sentence.lowerBound, c - start < longestFaith {
            let (w, tag) = (words[start - 1], tags[start - 1])
            guard w.isTitleCaseInText, !NameHeads.isArticle(w), tag == .outside || tag.type == .miscellaneous else { break }
            known = known || tag.type == .miscellaneous || w.gazetteer & Gazetteer.demonym != 0
            start -= 1
        }
        guard start < c, known, PartyNames.standsFirst(start, words, sentence: sentence) else { return nil }
        // After a person's possessive the church is a parish named after its saint ("St Mary's
        // Catholic Church"), a building's name: left.
        if start - 2 >= sentence.lowerBound, words[start - 1].word == PossessivePersons.possessive,
            tags[start - 2].type == .person
        { return nil }
        // A MISC name that began before the faith's words is a longer name's: left.
        if tags[start] == .inside(.miscellaneous) { return nil }
        return start..<c
    }

    /// The place's name right after "Church of" at token `c` of `sentence` that ends the name
    /// there (a word in lower case, a sign or the sentence's end after it), if there is one.
    static func placeAfterOf(
        _ c: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        let first = c + 2
        guard first < sentence.upperBound, tags[first] == .begin(.location) else { return nil }
        var end = first + 1
        while end < sentence.upperBound, tags[end] == .inside(.location) { end += 1 }
        guard end == sentence.upperBound || !words[end].hasCapital else { return nil }
        return first..<end
    }
}
