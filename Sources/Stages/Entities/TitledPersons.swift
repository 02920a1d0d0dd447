import GlossCore
import GlossText

/// Tags as a person the capitalised words news writes after a person's title, where the tagger
/// left them untagged or was unsure of another type: "Finance Minister Barend du Plessis" read
/// as a place, "founder Eddie Antar" as an organisation, "Eni CEO Claudio Descalzi" untagged.
///
/// Universal NER (as EWT train shows: "President", "Dr.", "Mr.", "Governor" before a tagged
/// name 150 times, inside one never) leaves the title outside the name, so the words after it
/// are the name. On the base tagger's output over ../shared/corpora a listed title before a
/// capitalised word is followed by a person's name that the tagger already found in most
/// uses (Reuters and WARC 4,775 of 5,934, RSS 224 of 379); the rest are names the tagger typed
/// otherwise or left alone, headlines' verbs ("Governor Says", lowered by `HeadlineCasing`
/// before the rule reads them) and organisations whose name holds a title ("General Motors",
/// "Premier League", "Leader Development Corp"). So:
/// - the title word must be untagged, not in capitals (but "CEO": "MS Windows" is none), and
///   no listed place or organisation's word ("Prince Edward Island"; a surname such as "King"
///   is allowed); "General", "Justice" and other words that begin institutions' names are not
///   listed;
/// - an untagged run of one to three words in title case (a particle such as "du" or "van"
///   between two of them), not all of them words a corpus writes in lower case more often than
///   not ("Executive Director", "Mr Bodyboarding"), with no listed place, nationality,
///   organisation's head, day or month among them ("analyst Friday speculated") and no name,
///   capitalised word, number, organisation's head or "of" after them, becomes a person
///   (confidence `EntityTagger.confidenceOfARule`);
/// - a name that begins right after the title, of such words only, that the tagger typed
///   otherwise with a mean confidence below `NewsPersons.unsure` becomes a person; a
///   confident tag stays ("Mr. Rooter Corp", "leader Cray Research").
///
/// And a person's name the tagger began with a title (`leadingTitles`, in title case, the next
/// word in title case) loses the title: "Pope Francis" was one name, the tagger's, 26
/// times in the corpora, "Mr Greenspan" twice, "Colonel Sitivene Rabuka" once; so does a
/// title the tagger took alone for a person before such a word ("Colonel" of "Colonel Clay
/// Tice"), which `DocumentConsistency` would otherwise find again wherever the title is
/// left outside. Not before a suffix ("John Pope Jr") nor where the name left would be one
/// word usually written in lower case ("Colonel North", which the document then read as a
/// place), nor where the word after the title is a word of an organisation's name in the
/// document (a firm named after its founders: "Pope, Evans and Robbins Inc", "Pope Evans").
///
/// Run before `NewsPersons` and `DocumentConsistency`, whose votes then count these mentions.
///
/// - Cost: O(t) in tokens: a flag test per token, a set lookup per untagged word before a word
///   in title case; where a person's name begins with a title, one pass over the document to
///   gather its organisations' words into a set (once per document), else nothing allocated.
enum TitledPersons {
    /// The titles (`WordHash.folded`): offices, ranks and honorifics that news writes before a
    /// person's name, and the job words Reuters writes before one ("analyst", "spokesman").
    static let titles = NameHeads.hashes(offices + " sheikh ayatollah")

    /// The titles both sets hold: all of `titles` but "sheikh" and "ayatollah".
    private static let offices = """
        president chancellor premier minister secretary governor gov gov. senator sen sen. rep. representative
        mayor chairman chairwoman chairperson ceo executive spokesman spokeswoman spokesperson analyst economist
        founder leader king queen prince princess pope mr mr. mrs mrs. ms ms. dr dr. judge
        commissioner ambassador speaker sir dame professor prof. coach candidate
        """

    /// The titles a person's name the tagger found may begin with, to be left outside it
    /// ("Pope Francis", "Cardinal Parolin", "Colonel Sitivene Rabuka", "Mr Greenspan"): the
    /// titles above but "sheikh" and "ayatollah" (inside the name in EWT train: "Sheikh Zayed"),
    /// and ranks of the armed forces and the churches.
    static let leadingTitles = NameHeads.hashes(
        offices
            + """

            cardinal archbishop bishop rabbi imam reverend rev rev. colonel col col. captain capt capt. lieutenant lt lt.
            admiral adm adm. sergeant sgt sgt.
            """)

    /// The one title written in capitals ("MS Windows", "DR" and "MR" in capitals are no titles).
    static let ceo = NameHeads.hashes("ceo").first!

    /// Days and months: "analyst Friday speculated", "Governor March".
    static let dates = NameHeads.hashes(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
        september october november december
        """)

    /// Applies the rule to `words` (within each of `sentences`), rewriting `tags` and
    /// `confidence`.
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
        var organisationWords: Set<UInt64>?
        for sentence in sentences {
            var i = sentence.lowerBound
            while i + 1 < sentence.upperBound {
                defer { i += 1 }
                // A person's name that begins with a title, or a title alone before a word in
                // title case (which `DocumentConsistency` would find again before other names):
                // the title goes outside.
                if tags[i] == .begin(.person) {
                    leaveTitleOutside(at: i, words, in: sentence, sentences: sentences, tags: tags, known: &organisationWords)
                }
                // Flag tests first: most words are followed by a word in lower case, so the
                // title's set lookup is made for few.
                let title = views[i]
                guard views[i + 1].isTitleCase, tags[i] == .outside, title.flags & WordAttributes.Flags.letter != 0,
                    title.gazetteer & NewsPersons.notPeople == 0,
                    title.flags & WordAttributes.Flags.allCapitals == 0 || title.word == ceo, titles.contains(title.word),
                    isNameWord(views[i + 1])
                else { continue }
                let start = i + 1
                if tags[start] == .outside {
                    var end = start + 1
                    while end < sentence.upperBound, tags[end] == .outside {
                        if isNameWord(words[end]) {
                            end += 1
                        } else if words[end].isParticle, end + 1 < sentence.upperBound, tags[end + 1] == .outside,
                            isNameWord(words[end + 1])
                        {
                            end += 2
                        } else {
                            break
                        }
                    }
                    guard end - start <= 3, !(start..<end).allSatisfy({ HeadlineCasing.usuallyLower(words[$0]) }),
                        !endsAName(words, at: end, in: sentence, tags: tags)
                    else { continue }
                    tags[start] = .begin(.person)
                    confidence[start] = EntityTagger.confidenceOfARule
                    for k in (start + 1)..<end {
                        tags[k] = .inside(.person)
                        confidence[k] = EntityTagger.confidenceOfARule
                    }
                    i = end - 1
                } else if tags[start].type != .person, !tags[start].isInside {
                    var end = start + 1
                    while end < sentence.upperBound, tags[end].isInside { end += 1 }
                    var sum: Float = 0
                    for k in start..<end { sum += confidence[k] }
                    guard sum / Float(end - start) < NewsPersons.unsure,
                        (start..<end).allSatisfy({ isNameWord(words[$0]) || words[$0].isParticle }),
                        !(start..<end).allSatisfy({ HeadlineCasing.usuallyLower(words[$0]) }),
                        !endsAName(words, at: end, in: sentence, tags: tags)
                    else { continue }
                    tags[start] = .begin(.person)
                    for k in (start + 1)..<end { tags[k] = .inside(.person) }
                    i = end - 1
                }
            }
        }
    }

    /// Moves outside the title a person's name begins with at `i` (or a title read alone as a
    /// person), where a name in title case follows, no suffix ("John Pope Jr"), no lone common
    /// word or compass point, and no word of an organisation's name in the document. Out of
    /// line: it runs at a person's first word only, and keeps the document's organisation
    /// words (`known`) off the per-token loop.
    @inline(never) static func leaveTitleOutside(
        at i: Int, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, known: inout Set<UInt64>?
    ) {
        // (The word after it in title case as the text writes it: a headline's words were
        // lowered, "Colonel Clay" in a list of officers read as one.)
        guard words[i].isTitleCase, words[i + 1].isTitleCase || words[i + 1].inHeadline,
            words[i + 1].flags & WordAttributes.Flags.letter != 0, leadingTitles.contains(words[i].word),
            !suffixes.contains(words[i + 1].word), !isCommonWordAlone(words, after: i, in: sentence, tags: tags),
            !isOrganisationsWord(words[i + 1].word, known: &known, words, sentences: sentences, tags: tags)
        else { return }
        tags[i] = .outside
        if tags[i + 1] == .inside(.person) { tags[i + 1] = .begin(.person) }
    }

    /// Whether the name from `title + 1` (tagged a person's after the title) is one word a
    /// corpus usually writes in lower case or a compass point: "Colonel North", whose "North"
    /// alone the document would read as a place.
    @inline(__always) static func isCommonWordAlone(
        _ words: UnsafeBufferPointer<WordAttributes>, after title: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        tags[title + 1] == .inside(.person) && (title + 2 == sentence.upperBound || !tags[title + 2].isInside)
            && (HeadlineCasing.usuallyLower(words[title + 1]) || RegionalDemonyms.regions.contains(words[title + 1].word))
    }

    /// Whether `word` is a word of an organisation's name somewhere in the document: then the
    /// "title" before it is a founder's surname in a firm's short name ("Pope, Evans and Robbins
    /// Inc" then "Pope Evans has 7.6 mln shares"; "King", "Bishop", "Judge" and "Prince" are
    /// surnames too), not a title. `known` holds the document's organisation words, gathered at
    /// the first call: O(t) once per document, and only where a title would move.
    static func isOrganisationsWord(
        _ word: UInt64, known: inout Set<UInt64>?, _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        if let known { return known.contains(word) }
        var gathered = Set<UInt64>()
        for sentence in sentences {
            for k in sentence where tags[k].type == .organization { gathered.insert(words[k].word) }
        }
        known = gathered
        return gathered.contains(word)
    }

    /// Name suffixes: "Pope Jr" ("John Pope Jr") is a surname, not a title.
    static let suffixes = NameHeads.hashes("jr jr. sr sr. ii iii iv")

    /// Whether `w` can be a word of a person's name after a title: title case (as running text
    /// writes it; a headline's verbs were lowered), letters, and no place, nationality or
    /// organisation the gazetteer lists.
    @inline(__always) static func isNameWord(_ w: some WordFields) -> Bool {
        w.isTitleCase && w.flags & WordAttributes.Flags.letter != 0 && w.gazetteer & NewsPersons.notPeople == 0
            && !NameHeads.organization.contains(w.word) && !NameHeads.companies.contains(w.word) && !dates.contains(w.word)
    }

    /// Whether the word at `end` (after a run) makes the run part of a longer name: a name, a
    /// capitalised word or number, "of", or an organisation's word or legal form.
    @inline(__always) static func endsAName(
        _ words: UnsafeBufferPointer<WordAttributes>, at end: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        guard end < sentence.upperBound else { return false }
        let w = words[end]
        // A particle before a name or a capitalised word: "spokesman Cent van Vliet" whose
        // "van Vliet" the tagger found.
        if w.isParticle, end + 1 < sentence.upperBound, tags[end + 1] != .outside || words[end + 1].isCapitalisedWord {
            return true
        }
        return tags[end] != .outside || NewsPersons.isPartOfAName(w) || w.word == NameHeads.of || NewsPersons.isOrganisationWord(w)
            || NameHeads.organization.contains(w.word) || NameHeads.companies.contains(w.word)
    }
}
