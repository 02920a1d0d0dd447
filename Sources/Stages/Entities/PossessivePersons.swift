import GlossCore
import GlossText

/// Tags as a person one word in title case between an organisation's or a place's possessive
/// and a reporting verb, where news names an official or a leader without a title: "ECB's
/// Lagarde Says", "Fed's Waller Says" (read as an organisation), "China's Xi Calls Trump",
/// "Shearson's Tulis said".
///
/// On the base tagger's output over ../shared/corpora (distinct texts) this shape, the word
/// after an organisation's "'s", holds a person in every use read: the tagger found 59 of them
/// (RSS 21, Reuters 38), typed 8 as organisations with a confidence below 0.5 ("Villeroy",
/// "Goolsbee", "Macklem", "Dombrovskis") and left 11 untagged ("Lagarde", "Lombardelli",
/// "Barkin"). After a place's "'s" the word is as often a company ("Russia's Rosatom says",
/// "Singapore's Temasek warns", typed as organisations as unsurely as "Ukraine's Zelensky
/// Pushes Back") or a common noun ("Israel's Military Says", "China's Leader Wants"); so after
/// a place only an untagged word is read, and a word a corpus usually writes in lower case is
/// never one ("Military", "Economy", "Leader", "Regime"). A subject with a verb alone is no
/// cue ("Israel Says", "Pentagon Says", "Ford Says"): the possessive is.
///
/// - the possessive "'s" (or "’s") is untagged and follows the last word of a name typed as an
///   organisation or a place;
/// - the word after it is in title case, letters only, no listed country, state, continent,
///   nationality or organisation (a listed town may be a surname: "Waller", "Logan"), no
///   organisation's head or legal form ("International Longshoremen's Association said"), no
///   day or month, and not a word a corpus usually writes in lower case;
/// - the word after that is a reporting verb (`verbs`);
/// - an untagged word becomes a person (confidence `EntityTagger.confidenceOfARule`); after an
///   organisation, a one-word name typed otherwise with a confidence below
///   `NewsPersons.unsure` becomes one too.
///
/// Run after `TitledPersons` and before `DocumentConsistency`, whose votes then count these
/// mentions.
///
/// - Cost: O(t) in tokens: a comparison with the possessive per token, the rest only after
///   one; nothing allocated.
enum PossessivePersons {
    /// Verbs of saying and of a stance news writes after a person's name, in the present and
    /// the past ("Lagarde Says", "Tulis said", "Villeroy Backs Powell", "Musalem Rejects").
    static let verbs = NameHeads.hashes(
        """
        says said tells told warns warned calls called urges urged sees saw expects expected signals signaled
        signalled backs backed rejects rejected defends defended vows vowed pledges pledged pushes pushed meets met
        slams slammed dismisses dismissed insists insisted admits admitted denies denied hints hinted argues argued
        predicts predicted stresses stressed blames blamed accuses accused threatens threatened praises praised
        criticizes criticized criticises criticised
        """)

    static let possessive = NameHeads.hashes("'s").first!

    /// Applies the rule to `words` (within each of `sentences`), rewriting `tags` and
    /// `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        // The sets in locals: a static's accessor per token costs more than the test itself.
        let (possessive, verbs) = (Self.possessive, Self.verbs)
        for sentence in sentences where sentence.count >= 4 {
            // i is the possessive; the name before it, the word after it, then the verb.
            for i in (sentence.lowerBound + 1)..<(sentence.upperBound - 2) {
                // The word first: few are a possessive, and the tag's type costs a division.
                guard words[i].word == possessive, tags[i] == .outside, let owner = tags[i - 1].type,
                    owner == .organization || owner == .location
                else { continue }
                let name = i + 1
                let tag = tags[name]
                guard !tags[name + 1].isInside, verbs.contains(words[name + 1].word), isNameWord(words[name]) else { continue }
                if tag == .outside {
                    tags[name] = .begin(.person)
                    confidence[name] = EntityTagger.confidenceOfARule
                } else if owner == .organization, tag.type != .person, confidence[name] < NewsPersons.unsure {
                    tags[name] = .begin(.person)
                }
            }
        }
    }

    /// The gazetteer's categories the word must not have: places but towns, nationalities and
    /// organisations. A town's name is allowed, as so many are surnames ("Fed's Waller Says",
    /// "Dallas Fed's Logan Says", "BOE's Taylor Says"): between a possessive and a reporting
    /// verb a town is seldom the subject.
    static let notNames =
        Gazetteer.country | Gazetteer.state | Gazetteer.continent | Gazetteer.demonym | Gazetteer.organization | Gazetteer.company
        | Gazetteer.organizationWord

    /// Whether `w` can be a person's name here: in title case, letters, none of `notNames`, no
    /// organisation's head or legal form, no day or month, and not a word a corpus usually
    /// writes in lower case.
    @inline(__always) static func isNameWord(_ w: WordAttributes) -> Bool {
        w.isTitleCase && w.flags & WordAttributes.Flags.letter != 0 && w.gazetteer & notNames == 0
            && !NameHeads.organization.contains(w.word) && !NameHeads.companies.contains(w.word)
            && !TitledPersons.dates.contains(w.word) && !HeadlineCasing.usuallyLower(w)
    }
}
