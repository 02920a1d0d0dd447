import GlossCore
import GlossText

/// Tags as an organisation a word written with a capital inside it that stands alone: the
/// shape companies, banks and parties give their one-word names and short forms ("BlackRock",
/// "TikTok", "JPMorgan", "BofA", "PwC", "the AfD"), which the tagger, not having seen the word,
/// leaves untagged or takes for a person or a place.
///
/// The word is of letters only, begins with a capital, and has one after a lower-case letter
/// or three capitals before lower-case letters (`WordAttributes.innerCapital`; two are an
/// initial and a surname, "CGoehring", or a typo, "SErvices", as often; four or more a
/// product's name, "VERSAdos"). The tagger must have taken it for a one-word person, place or
/// miscellaneous name, or it must end in a capital ("BofA", "PwC", "SpaceX", "OpenAI"): an
/// untagged word in title-case parts ("VisiCalc", "SuperFan", "TelNet", "PostScript") names a
/// product about as often as a company in Reuters of 1987 (21 of 25 in seven files), though
/// mostly companies in the news of 2025 ("TikTok", "CoreWeave"). Left alone:
/// - surnames and places whose particle takes the capital ("McDonald", "MacMillan", "DeWitt",
///   "LaPorte", "VanDyke": `particles`), listed given names, surnames and places, and a word the
///   document writes inside a person's longer name ("David SyCip" … "SyCip said");
/// - a word next to another capitalised word, which is part of a longer name ("Oxford
///   BioMedica", "HP LaserJet", "County NatWest Capital Markets"), or before a number or after
///   a possessive ("the PowerMate 1", "its PostScript", "Meta's WhatsApp"): products are named
///   so, and Universal NER tags no product;
/// - a few abbreviations of this shape that name nothing ("PhD", "YoY", "MoU"), legal forms
///   ("GmbH": `RuleWords`), and a word the tagger already took for an organisation.
///
/// Run before `DocumentConsistency`, so the name is found again in the rest of the document.
///
/// - Cost: O(t) in tokens, one byte compared a token; a set lookup or two per word with an
///   inner capital. The words inside people's names are gathered once, for the first
///   candidate in a document. Allocates nothing for a document without a candidate.
enum MixedCaseNames {
    /// Abbreviations written with an inner capital that name no organisation.
    static let notNames = NameHeads.hashes("phd phds yoy qoq mom wow mou")
    /// Words before a product's name, not a company's ("its PostScript page").
    private static let possessives = NameHeads.hashes("its their his her our your my 's")
    private static let notCompanies =
        Gazetteer.givenName | Gazetteer.surname | Gazetteer.city | Gazetteer.state | Gazetteer.country | Gazetteer.continent
        | Gazetteer.demonym

    /// The first three letters (`WordAttributes.prefix`) of words whose capital follows a
    /// surname's particle: "Mc", "De", "Di", "Da", "Du", "La", "Le" and any letter (the capital
    /// third), or "Mac", "Van", "Von", "Del", "Dal", "Des", "Dos" (the capital fourth).
    static let particles: (afterTwo: WordHashSet, afterThree: WordHashSet) = {
        let letters = "abcdefghijklmnopqrstuvwxyz"
        let two = ["mc", "de", "di", "da", "du", "la", "le"].flatMap { particle in letters.map { particle + String($0) } }
        return (NameHeads.hashes(two.joined(separator: " ")), NameHeads.hashes("mac van von del dal des dos"))
    }()

    /// The shapes (`WordAttributes.shape`) of words that end in a capital after lower-case
    /// letters, as short forms of organisations' names do ("BofA", "PwC", "SpaceX", "OpenAI").
    /// (Shapes "XxX", "XxXxX", "XxXxXxX", each from a word that has it.)
    static let endsInACapital = WordHashSet(["BofA", "PwCoA", "AbCdEfG"].map(WordAttributes.shape(of:)))
    /// The shape of "JPMorgan": capitals, then lower-case letters only.
    static let capitalsThenLowerCase = WordAttributes.shape(of: "JPMorgan")

    /// Tags the one-word mixed-case names of `words` (within each of `sentences`) in `tags`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`), which the walk
    /// reads at each token.

    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        // The words of people's longer names past their first, gathered for the first candidate.
        var insidePeople: Set<UInt64>? = nil
        for sentence in sentences {
            for i in sentence where views[i].innerCapital != 0 {
                guard isCandidate(words[i]), standsAlone(i, words, in: sentence, tags: tags),
                    tags[i] != .outside || endsInACapital.contains(words[i].shape)
                else { continue }
                if insidePeople == nil { insidePeople = wordsInsidePeople(words, sentences: sentences, tags: tags) }
                guard !insidePeople!.contains(words[i].word) else { continue }
                tags[i] = .begin(.organization)
                confidence[i] = EntityTagger.confidenceOfARule
            }
        }
    }

    /// Whether `word` (with an inner capital) has the shape of a one-word organisation's name.
    static func isCandidate(_ word: WordAttributes) -> Bool {
        let flags = word.flags
        guard flags & WordAttributes.Flags.initialCapital != 0,
            flags & (WordAttributes.Flags.digit | WordAttributes.Flags.hyphen | WordAttributes.Flags.period) == 0,
            word.ruleWords == 0, word.gazetteer & notCompanies == 0, !notNames.contains(word.word)
        else { return false }
        // Capitals then lower case: two are an initial before a surname ("CGoehring") or a
        // typo ("SErvices") as often as a name, four or more a product's ("VERSAdos").
        if word.shape == capitalsThenLowerCase, word.innerCapital != 2 { return false }
        switch word.innerCapital {
        case 2: return !particles.afterTwo.contains(word.prefix)
        case 3: return !particles.afterThree.contains(word.prefix)
        default: return true
        }
    }

    /// Whether token `i` of `sentence` is untagged or a one-word name the tagger typed other
    /// than as an organisation, with no capitalised word beside it (an article or a headline's
    /// word before it aside), no possessive before it and no number after it.
    static func standsAlone(
        _ i: Int, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>, tags: UnsafePointer<EntityTag>
    ) -> Bool {
        let tag = tags[i]
        guard tag == .outside || (tag.type != .organization && !tag.isInside) else { return false }
        if i + 1 < sentence.upperBound {
            let next = words[i + 1]
            guard !tags[i + 1].isInside, next.flags & WordAttributes.Flags.digit == 0,
                !(next.isCapitalisedWord && !next.inHeadline)
            else { return false }
        }
        if i > sentence.lowerBound {
            let previous = words[i - 1]
            guard !possessives.contains(previous.word),
                !(previous.isCapitalisedWord && !previous.inHeadline && !NameHeads.isArticle(previous))
            else { return false }
        }
        return true
    }

    /// The folded words of the document's names of people past their first word ("SyCip" in
    /// "David SyCip").
    static func wordsInsidePeople(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafePointer<EntityTag>
    ) -> Set<UInt64> {
        var inside: Set<UInt64> = []
        for sentence in sentences {
            for k in sentence where tags[k] == .inside(.person) { inside.insert(words[k].word) }
        }
        return inside
    }
}
