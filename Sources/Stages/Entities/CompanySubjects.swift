import GlossCore

/// Tags as an organisation a capitalised word the tagger left untagged where it is the subject
/// of a verb that news says of companies: "Amoco previously announced a budget", "Shearson
/// contributed 316 mln dlrs", ", Unocal said."
///
/// A one-word company is a word the tagger has seldom seen, and a sentence read alone gives it
/// nothing but its verb; EWT's web text holds few such subjects. The word (or a run of up to
/// `longest` capitalised words) must begin a clause (the sentence's first word, or after a
/// punctuation mark, "and", "but", "while", "that", "because" or "the"), come just before one of
/// `verbs` ("also" or "previously" may come between; a connector between capitalised words is
/// part of the name: "S and P said"), be capitalised in the middle of a sentence
/// as a corpus usually writes it (`HeadlineCasing.usuallyLower` is false: not "Analysts said",
/// "Police said"; but one word of two capitals or more outside a headline, not a legal form
/// ("SA said"), is an acronym's whatever the lower-case word: "TOPS said it"), and be no listed
/// given name or surname (a person the tagger missed: "Carroll said"; in capitals it is an
/// acronym again: "INE said"), no listed place,
/// demonym or continent ("Japan reported") and no word in
/// capitals of a headline, nor "I"; the verb is in lower case (a title's "Netanyahu Says" tells
/// nothing). People do these things too; the tagger found most of them, and
/// what it found it keeps. A word usually in lower case is a company's subject too where the
/// document names an organisation of two words or more that begins with it: a company's short
/// form after its full name ("Prime Computer Inc" … "Prime said it", "Symbol Technologies Inc"
/// … "Symbol said"; `shortForm`).
///
/// One word before "said" or "says" is as often a surname the lists lack as a company
/// ("Zelensky said", "Honda said"): such a lone speaker (one word in title case) is a person, with a rule's low
/// confidence (`speakerConfidence`, so the document's other mentions outvote it), unless it
/// speaks of itself as "it" ("Warburg said it", "said its") or the document names a longer
/// organisation beginning with the word ("Newmont Mining Corp", then "Newmont said"); and a
/// one-word organisation the tagger found, less surely than the rule, that speaks of itself as
/// "he" or "she" ("Bemba said that she") is re-typed as a person on the same terms. Words in
/// capitals ("DNA said he"), after an article ("The Chronicle says he") and listed
/// organisations ("Microsoft said she") are left as they are. A plural that names a group of
/// people ("Democrats said", "Republicans say": `isAGroupOfPeople`) is neither a person nor a
/// company, and is left untagged.
///
/// - Cost: O(t) in tokens: per token one comparison with the previous tag and the capital
///   bit, a set's lookup only for the word after an untagged capitalised word. Run after
///   decoding and before `DocumentConsistency`, so the name is found again in the document.
enum CompanySubjects {
    /// The verbs news says of companies.
    static let verbs = NameHeads.hashes(
        """
        said says reported reports posted posts announced announces acquired acquires earned expects expected
        contributed completed agreed filed owns plans operates
        """)
    /// Words between a subject and its verb ("also said").
    private static let adverbs = NameHeads.hashes("also previously earlier later today yesterday")
    /// The words a clause may begin after, beside punctuation.
    private static let openers = NameHeads.hashes("and but while that because the")
    /// The punctuation inside a name, which begins no clause ("R - G said", "S/P said").
    private static let joiners = NameHeads.hashes("- / & . +")
    /// The most capitalised words in the subject.
    static let longest = 4
    private static let people = Gazetteer.givenName | Gazetteer.surname
    /// The letters alone: a capital letter before a verb is an initial or a name's last part ("R and M said").
    private static let letters = NameHeads.hashes("a b c d e f g h i j k l m n o p q r s t u v w x y z")
    private static let notCompanies =
        Gazetteer.givenName | Gazetteer.surname | Gazetteer.city | Gazetteer.state | Gazetteer.country
        | Gazetteer.demonym | Gazetteer.continent

    /// Tags the companies in subject position in `tags` (over `words`, within each of `sentences`).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`), which the walk
    /// reads at each untagged token.

    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        // The first words of the document's longer organisations' names, read once a lone
        // speaker needs them.
        var companies: Set<UInt64>? = nil
        // The first words of its names that end in a legal form, read once a town needs them.
        var firms: Set<UInt64>? = nil
        // The lists read once, not through their accessors at each candidate (two accessor calls
        // a capitalised word before an untagged one: about 0.3M instructions on reut2-000).
        let (adverbs, verbs) = (Self.adverbs, Self.verbs)
        for sentence in sentences where sentence.count >= 2 {
            for i in (sentence.lowerBound + 1)..<sentence.upperBound
            where tags[i] == .outside && views[i - 1].hasCapital
                && (tags[i - 1] == .outside || tags[i - 1] == .begin(.organization) || tags[i - 1] == .begin(.location))
            {
                // A place's word that can be no company's short form goes no further: its tests
                // cost less than the verb's lookups, which most places before an untagged word
                // ("U.S. officials") would otherwise take (`isAPlaceShortForm` tests them again).
                if tags[i - 1] == .begin(.location), !mayBeATownsShortForm(views[i - 1]) { continue }
                let v = i + (i + 1 < sentence.upperBound && adverbs.contains(views[i].word) ? 1 : 0)
                // A verb in capitals is a title's ("Netanyahu Says He Has Won"): the subject's capital says nothing.
                guard !views[v].hasCapital, verbs.contains(views[v].word) else { continue }
                if tags[i - 1] == .begin(.location) {
                    // A town's one word that begins one of the document's companies' names, as the
                    // subject of a company's verb, is the company's short form (`isAPlaceShortForm`).
                    let one = (i - 1)..<i
                    if isAPlaceShortForm(words, one, in: sentence, verb: v, firms: &firms, sentences: sentences, tags: tags) {
                        NameHeads.retype(one, as: .organization, capped: false, tags: tags, confidence: confidence)
                    }
                    continue
                }
                if tags[i - 1] != .outside {
                    // The tagger's one-word organisation that speaks of itself as "he" or "she",
                    // when the tagger is less sure of it than the rule ("Disney said she would
                    // leave", ORG 0.87, is the company speaking of one of its people).
                    let one = (i - 1)..<i
                    guard confidence[i - 1] < speakerConfidence, isALoneSpeaker(words, one, verb: words[v]),
                        pronoun(words, after: v, in: sentence) == .person
                    else { continue }
                    if companies == nil { companies = firstWordsOfCompanies(words, sentences: sentences, tags: tags) }
                    if !companies!.contains(words[i - 1].word) { retypeAsASpeaker(one, tags: tags, confidence: confidence) }
                    continue
                }
                guard
                    let subject = subject(words, endingAt: i, in: sentence, tags: tags)
                        ?? shortForm(words, endingAt: i, in: sentence, tags: tags, companies: &companies, sentences: sentences)
                else { continue }
                if isALoneSpeaker(words, subject, verb: words[v]), pronoun(words, after: v, in: sentence) != .organization {
                    if companies == nil { companies = firstWordsOfCompanies(words, sentences: sentences, tags: tags) }
                    if !companies!.contains(words[subject.lowerBound].word) {
                        retypeAsASpeaker(subject, tags: tags, confidence: confidence)
                        continue
                    }
                }
                NameHeads.retype(subject, as: .organization, capped: false, tags: tags, confidence: confidence)
            }
        }
    }

    /// The verbs of speech, which people use more than companies.
    static let speech = NameHeads.hashes("said says")
    /// How sure a lone speaker is a person: less than most of the tagger's mentions, which
    /// outvote it in `DocumentConsistency`.
    static let speakerConfidence: Float = 0.5

    /// Whether `subject` is one word not in capitals before a verb of speech ("Zelensky said"):
    /// as often a person's surname as a company's name.
    @inline(__always)
    static func isALoneSpeaker(_ words: UnsafeBufferPointer<WordAttributes>, _ subject: Range<Int>, verb: WordAttributes) -> Bool {
        // After an article it is a thing's name ("the EEI said", "The Chronicle says he").
        // A word in mixed case is a company's ("PwC says", "DeepSeek said"), and so is a word
        // the lists give as an organisation's: a company speaks of its people as "he" or "she"
        // ("Microsoft said she will step down").
        subject.count == 1 && words[subject.lowerBound].shape == PlaceNamedTeams.titleShape && speech.contains(verb.word)
            && (subject.lowerBound == 0 || !NameHeads.isArticle(words[subject.lowerBound - 1]))
            && words[subject.lowerBound].gazetteer & (Gazetteer.organization | Gazetteer.company) == 0
            && !isAGroupOfPeople(words[subject.lowerBound])
    }

    /// The Brown cluster (`WordLexicon`, the path as `WordAttributes.cluster` holds it) of the
    /// capitalised plurals that name groups of people: 62 of the gazetteer's 88 plural demonyms
    /// ("Americans", "Kurds", "Palestinians") are in it, and so are the members of parties and
    /// faiths ("Democrats", "Republicans", "Tories", "Christians", "Shiites"). Of the capitalised
    /// plurals that the Reuters and RSS corpora put before "said" or "says" only "Democrats",
    /// "Christians", "Republicans" and "Tigers" are, and no surname ("Jones", "Williams",
    /// "Phelps" are in the names' clusters). `CompanySubjectsTests` checks the number against the bundled lexicon.
    static let groupCluster: UInt32 = 0b110_1101

    /// Whether `word` is a plural in "s" of the groups' cluster ("Democrats said"): no person
    /// and no company, and Universal NER leaves such words untagged.
    @inline(__always) static func isAGroupOfPeople(_ word: WordAttributes) -> Bool {
        word.cluster == groupCluster && PlaceNamedTeams.pluralEndings.contains(word.suffix2)
    }

    /// Tags `subject` as a person, as sure as `speakerConfidence`.
    static func retypeAsASpeaker(_ subject: Range<Int>, tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>) {
        NameHeads.retype(subject, as: .person, capped: false, tags: tags, confidence: confidence)
        for k in subject { confidence[k] = speakerConfidence }
    }

    private static let personal = NameHeads.hashes("he she his her")
    private static let impersonal = NameHeads.hashes("it its")
    private static let that = NameHeads.hashes("that").first!

    /// What the pronoun just after the verb at `verb` (or after "that") says of the speaker:
    /// a person ("said he", "said that she"), an organisation ("said it", "said its"), or nil.
    static func pronoun(_ words: UnsafeBufferPointer<WordAttributes>, after verb: Int, in sentence: Range<Int>) -> EntityType? {
        var next = verb + 1
        if next < sentence.upperBound, words[next].word == that { next += 1 }
        guard next < sentence.upperBound else { return nil }
        if personal.contains(words[next].word) { return .person }
        return impersonal.contains(words[next].word) ? .organization : nil
    }

    /// The first words of the organisations' names of two words or more in the document
    /// ("Newmont" of "Newmont Mining Corp"), which make a lone speaker of that word a company;
    /// with `endingInALegalForm`, only of the names that end in one (`NameHeads.joiningLegalForms`:
    /// "Wichita Industries Inc", "Fitchburg Gas and Electric Light Co"; not "Tokyo Stock
    /// Exchange"), which make a town's word a company (`isAPlaceShortForm`).
    static func firstWordsOfCompanies(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        endingInALegalForm: Bool = false
    ) -> Set<UInt64> {
        var first: Set<UInt64> = []
        let all = UnsafeBufferPointer(start: tags, count: words.count)
        let forms = NameHeads.joiningLegalForms
        for sentence in sentences {
            EntityTag.forEachName(in: all[sentence]) { name, type in
                guard type == .organization, name.count >= 2 else { return }
                if !endingInALegalForm || forms.contains(words[name.upperBound - 1].word) { first.insert(words[name.lowerBound].word) }
            }
        }
        return first
    }

    /// The untagged words in title case of `sentence` that end just before token `end` and begin
    /// a clause, as `subject` finds them but with words a corpus usually writes in lower case,
    /// when the first is the first word of one of the document's organisations' names of two
    /// words or more (`companies`, filled from `tags` at the first need): a company's short form
    /// after its full name ("Prime Computer Inc" … "Prime said it", "Century Telephone
    /// Enterprises Inc" … "Century said"), which `subject` leaves alone for its common word.
    /// Nil otherwise ("Analysts said", "It said").
    static func shortForm(
        _ words: UnsafeBufferPointer<WordAttributes>, endingAt end: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        companies: inout Set<UInt64>?, sentences: [Range<Int>]
    ) -> Range<Int>? {
        guard let name = subject(words, endingAt: end, in: sentence, tags: tags, allowingLowerCase: true),
            name.allSatisfy({ words[$0].isConnector || words[$0].isTitleCaseInText })
        else { return nil }
        if companies == nil { companies = firstWordsOfCompanies(words, sentences: sentences, tags: tags) }
        return companies!.contains(words[name.lowerBound].word) ? name : nil
    }

    /// Whether the place's one word over `one` (the tagger's), before the company's verb at token
    /// `verb` of `sentence`, is a company's short form: a town's name or an unlisted word (no
    /// listed country, state or continent, which speak for their governments: "Japan said"),
    /// in title case in running text, beginning a clause, the first word of one of the
    /// document's organisations' names that ends in a legal form (`firms`, filled from `tags` at
    /// the first need: `firstWordsOfCompanies`), and no "he" or "she" after the verb: "Wichita
    /// Industries Inc said … and Wichita said it", "Dallas Semiconductor Corp … Dallas said".
    /// The tagger reads such a word as the town it is named after; the document's own company's
    /// name says otherwise. A town that begins another organisation's name speaks for its
    /// government or its people ("the Tokyo Stock Exchange … Tokyo said it would retaliate",
    /// "the Denver Broncos … Denver said it would build an airport"): left a place.
    static func isAPlaceShortForm(
        _ words: UnsafeBufferPointer<WordAttributes>, _ one: Range<Int>, in sentence: Range<Int>, verb: Int,
        firms: inout Set<UInt64>?, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        let word = words[one.lowerBound]
        guard mayBeATownsShortForm(word), beginsAClause(one.lowerBound, words, sentence: sentence), pronoun(words, after: verb, in: sentence) != .person
        else { return false }
        if firms == nil { firms = firstWordsOfCompanies(words, sentences: sentences, tags: tags, endingInALegalForm: true) }
        return firms!.contains(word.word)
    }

    /// Whether a place's word may be a company's short form by its own attributes
    /// (`isAPlaceShortForm`): in title case in running text, and no listed country's, state's or
    /// continent's.
    @inline(__always)
    static func mayBeATownsShortForm(_ word: some WordFields) -> Bool {
        word.isTitleCaseInText && word.gazetteer & (Gazetteer.country | Gazetteer.state | Gazetteer.continent) == 0
    }

    /// Whether a subject may begin at token `start` of `sentence`: the sentence's first word, or
    /// after a sign other than a name's joiner ("R - G said"), or after one of `openers`.
    @inline(__always)
    static func beginsAClause(_ start: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>) -> Bool {
        start == sentence.lowerBound
            || (words[start - 1].flags & WordAttributes.Flags.letter == 0 && !joiners.contains(words[start - 1].word))
            || openers.contains(words[start - 1].word)
    }

    /// The untagged capitalised words of `sentence` that end just before token `end` and begin a
    /// clause, when they may name a company; nil otherwise. Words a corpus usually writes in
    /// lower case are no company's ("Analysts said") unless `allowingLowerCase` (`shortForm`).
    static func subject(
        _ words: UnsafeBufferPointer<WordAttributes>, endingAt end: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        allowingLowerCase: Bool = false
    ) -> Range<Int>? {
        // Back over capitalised words, and over a connector between two ("S and P said",
        // "Dow Jones and Co said").
        var start = end - 1
        while start > sentence.lowerBound, end - start < longest, tags[start - 1] == .outside {
            if words[start - 1].isCapitalisedWord {
                start -= 1
            } else if start - 2 >= sentence.lowerBound, words[start - 1].isConnector, tags[start - 2] == .outside,
                words[start - 2].isCapitalisedWord
            {
                start -= 2
            } else {
                break
            }
        }
        guard beginsAClause(start, words, sentence: sentence) else { return nil }
        let name = start..<end
        for k in name where !(words[k].isConnector && k > start) {
            let word = words[k]
            // One word in capitals outside a headline is an acronym's, whatever the lower-case word ("TOPS said it").
            guard word.flags & WordAttributes.Flags.letter != 0, word.hasCapital,
                allowingLowerCase || !HeadlineCasing.usuallyLower(word)
                    || (name.count == 1 && word.flags & WordAttributes.Flags.allCapitals != 0 && !letters.contains(word.word)
                        && !NameLinker.legalForms.contains(word.word)),
                !word.inHeadline, word.word != NameHeads.firstPerson
            else { return nil }
        }
        // A person's name in capitals is a headline's, and those are left: one word in capitals in
        // running text is an acronym even where the lists hold it as a name ("INE said").
        let listed = words[start].flags & WordAttributes.Flags.allCapitals != 0 ? notCompanies & ~people : notCompanies
        if name.count == 1, words[start].gazetteer & listed != 0 || isAGroupOfPeople(words[start]) { return nil }
        if OrganisationContexts.isAListedPlace(words, name) || NameHeads.isArticle(words[start]) { return nil }
        return name
    }
}
