import GlossCore

/// Re-types "the White House" as an organisation where it acts: "The White House is reviving a
/// plan", "the Kremlin pitched the White House on peace", "told the White House". The
/// gazetteer lists "White House" as a town (in Tennessee) and the tagger reads it as a place in
/// most sentences; Universal NER's English-EWT tags it as an organisation where it acts or is
/// addressed ("the White House is moving", "have told the White House", "the White House's
/// claims": 9 of 12) and as a place where it is one ("into the Capitol or White House"), as the
/// news proxies' labellers did.
///
/// - "White House" in title case in running text, after "the", tagged as one place's name;
/// - the word before "the" is no preposition of place or verb of going (`placeWords`: "in",
///   "at", "outside", "into", "to", "from", "visited", "left" …): "met outside the White House"
///   and "returned to the White House" stay places; at a sentence's start it acts;
/// - the word after it is no part of the building or its grounds (`buildingParts`: "a speech
///   on the White House lawn", "the White House residence");
/// - the name becomes an organisation's, with the tagger's confidences;
/// - with or without "the", "White House" read as a place right before a staff noun (`staff`:
///   "a White House envoy", "White House spokesman Marlin Fitzwater", "White House officials",
///   "White House chief of staff") is the organisation that employs them, as the proxies'
///   labellers and `EmployerNames` read a firm before such a noun: the tagger read it a place
///   13 times in Reuters-21578's reut2-000…012 (base 4a2f616), an organisation 17.
///
/// "House" is found with the other rule words (`RuleWords.institutionWord`), so the rule reads
/// only the tokens `RuleWords.find` found. Run before `DocumentConsistency`, whose vote then
/// weighs the re-typed mentions.
///
/// - Cost: O(f) in the rule words found, three hash comparisons and a set lookup where "House"
///   follows "White"; nothing allocated.
enum AdministrationSeats {
    static let house = NameHeads.hashes("house").first!
    static let white = NameHeads.hashes("white").first!

    /// The words before "the White House" that make it the building: prepositions of place and
    /// verbs of going somewhere.
    static let placeWords = NameHeads.hashes(
        """
        in at inside outside into onto to toward towards from near around across past by within behind beyond over above
        under through opposite visit visits visited visiting leave leaves left leaving enter enters entered entering
        reach reached arrive arrived tour toured
        """)

    /// The lower-case nouns after "the White House" that name a part of the building or its
    /// grounds, where it is the place.
    static let buildingParts = NameHeads.hashes(
        "lawn lawns grounds gate gates fence steps roof driveway residence garden gardens ballroom portico balcony lobby basement")

    /// The lower-case nouns after "White House" that name its staff, where it is the employer.
    static let staff = NameHeads.hashes(
        """
        spokesman spokeswoman spokesperson aide aides official officials adviser advisers advisor advisors counsel
        envoy envoys chief strategist economist lawyer lawyers officer officers
        """)

    /// Re-types the acting "White House" among `found`'s institution words.
    static func apply(_ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>) {
        for word in found where word.bits & RuleWords.institutionWord != 0 {
            let (i, sentence) = (word.token, word.sentence)
            if i - 1 >= sentence.lowerBound, i + 1 < sentence.upperBound, words[i].word == house, tags[i] == .inside(.location),
                tags[i - 1] == .begin(.location), words[i - 1].word == white, words[i].isTitleCaseInText,
                staff.contains(words[i + 1].word)
            {
                tags[i - 1] = .begin(.organization)
                tags[i] = .inside(.organization)
                continue
            }
            guard i - 2 >= sentence.lowerBound, words[i].word == house, tags[i] == .inside(.location), words[i].isTitleCaseInText,
                words[i - 1].word == white, tags[i - 1] == .begin(.location), words[i - 2].word == NameHeads.the,
                i + 1 == sentence.upperBound || !tags[i + 1].isInside && !buildingParts.contains(words[i + 1].word),
                i - 3 < sentence.lowerBound || !placeWords.contains(words[i - 3].word)
            else { continue }
            tags[i - 1] = .begin(.organization)
            tags[i] = .inside(.organization)
        }
    }
}
