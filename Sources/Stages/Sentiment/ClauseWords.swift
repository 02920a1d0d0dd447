/// The words that shape a sentence's clauses in news and editorial prose, for `ClauseRules`,
/// and the degree adverbs that editorials use beyond VADER's.
///
/// Written from English grammar (reporting verbs, epistemic modals and adverbs, concessive
/// and adversative connectives), not from any rated set.
enum ClauseWords {
    /// What a word does to the clauses around it; a word may have several roles.
    struct Role: OptionSet, Sendable, Hashable {
        let rawValue: UInt32
        /// "but", "however": the clause after it carries the sentence, the one before it less.
        static let contrast = Role(rawValue: 1 << 0)
        /// "although", "despite": the clause it opens is conceded, the other one carries.
        static let concession = Role(rawValue: 1 << 1)
        /// "said", "claims", "according": the clause it introduces or ends is someone else's.
        static let reporting = Role(rawValue: 1 << 2)
        /// "may", "perhaps", "seems": what follows in its clause is uncertain.
        static let hedge = Role(rawValue: 1 << 3)
        /// "could", "should", "would": with "have", what follows did not happen.
        static let modal = Role(rawValue: 1 << 4)
        /// "failed", "refused", "unable": with "to", negates what the next words say.
        static let denial = Role(rawValue: 1 << 5)
        /// "lack", "absence": with "of", negates what the next words name.
        static let absence = Role(rawValue: 1 << 6)
        /// "obstacle", "blow": with "to", what follows is harmed ("an obstacle to peace").
        static let harm = Role(rawValue: 1 << 7)
        /// "avoid", "undermine": a verb that keeps its object from being or happening, or
        /// takes it away; negates the first rated word after it ("avoid layoffs", "undermine
        /// confidence").
        static let prevention = Role(rawValue: 1 << 8)
        /// "doubts", "concerns": with "over" or "about", what follows is in question, not
        /// asserted ("doubts over the recovery").
        static let doubt = Role(rawValue: 1 << 9)
        /// "avoid", "avert": a verb of prevention that says nothing of its own when its object
        /// is named ("avoided a shutdown" is no gloom).
        static let avoidance = Role(rawValue: 1 << 10)
        /// "strong", "huge", "greater": an adjective of size or force, rated for approval, that
        /// grades a bad thing after it rather than praising it ("a strong hit", "huge losses").
        static let magnitude = Role(rawValue: 1 << 11)
        /// "i", "would", "to", "don't": before "like", the word makes it a verb of liking ("I
        /// like", "would like"); after any other word "like" is a preposition ("looks like").
        static let liker = Role(rawValue: 1 << 12)
        /// "a", "the", "be", "necessarily": words a negation reaches across to a rated word
        /// four words after it ("not necessarily be a good thing").
        static let transparent = Role(rawValue: 1 << 13)
        /// "hit", "blows": a noun of a blow, unrated, that a magnitude before it grades ("a
        /// strong hit"), as it grades the nouns of harm.
        static let blow = Role(rawValue: 1 << 14)
        /// "Council", "Department", "Bank", "Corp": the head of an organisation's name; a
        /// capitalised rated word before it, or after it and "of", is part of the name ("the
        /// Security Council", "Department of Justice"), not a judgement.
        static let nameHead = Role(rawValue: 1 << 15)
        /// "should", "must", "ought": a modal of obligation; before a verb of stopping or
        /// rejection it carries the writer's stance ("should veto", "must stop").
        static let obligation = Role(rawValue: 1 << 16)
        /// "veto", "halt", "resign", "scrapped": a verb of stopping or rejection (base form, or
        /// the participle of a passive after "be").
        static let stopping = Role(rawValue: 1 << 17)
        /// "in", "with", "and": after "effectively", a preposition or conjunction that makes it an
        /// adverb of manner ("compete effectively in the market"), not "in effect".
        static let mannerCue = Role(rawValue: 1 << 18)
        /// "has", "would", "they", "the": after "too", an auxiliary, modal, pronoun or article that
        /// makes it "also" ("Britain too is concerned", "here too they were stymied"), not an excess.
        static let alsoCue = Role(rawValue: 1 << 19)
        /// "too": an excess when an unrated word follows it in its clause ("too high"); read in a
        /// pass over the sentences that hold it (`ValenceRules.exceed`).
        static let excess = Role(rawValue: 1 << 20)
        /// "in", "on", "between": after "mature", a preposition of time or date that makes it the
        /// verb of finance ("the notes mature on May 1"), not the adjective of praise.
        static let dateCue = Role(rawValue: 1 << 21)
        /// "longer": after "no", the adverb "no longer", which negates as "not" does; read in a
        /// pass over the sentences that hold it (`ValenceRules.negateAfterNoLonger`).
        static let longer = Role(rawValue: 1 << 22)
        /// "need", "require", "rely", "seek", "afford": a verb of need, whose object is wanted, not
        /// had; a negation before it stops there ("does not need government support" denies the
        /// need, not the support).
        static let need = Role(rawValue: 1 << 23)
        /// "need", "require", "rely", "seek" (not "afford"): a verb of need whose denial spares what
        /// it takes, so a bad thing not needed is good news ("does not need extremely low
        /// temperatures", "did not seek confrontation"); `ValenceRules.needed`.
        static let sparing = Role(rawValue: 1 << 24)
        /// "more", "another", "further": between a denied verb of need and a bad thing, the word says
        /// the bad thing is there already ("does not need another crisis"), so it is not spared.
        static let presupposition = Role(rawValue: 1 << 25)
        /// "afford": a verb of need whose denial tells of a constraint, a hardship or a necessity
        /// ("cannot afford to pay", "can no longer afford rent"); `ValenceRules.strain`.
        static let afford = Role(rawValue: 1 << 26)
        /// "massive", "acute": an adjective of degree (`degreeAdjectives`), a booster of the noun it
        /// modifies, never of a word past its clause's end ("a dramatic, overnight solution").
        static let degree = Role(rawValue: 1 << 27)
        /// "lose", "miss", "wait": a verb of letting go, neglect or delay; after a denied "afford
        /// to" it names what must not happen, so the denial tells of urgency, not of a
        /// constraint ("cannot afford to wait"; `forgoings`).
        static let forgoing = Role(rawValue: 1 << 28)
        /// "end", "halt": a noun of ending; with "to" after it, what follows stops ("an end to
        /// the war", "a halt to the fighting"; `endings`).
        static let ending = Role(rawValue: 1 << 29)
        /// "erase", "recoup": a verb of avoiding whose object must follow it at once (`erasures`).
        static let erasure = Role(rawValue: 1 << 30)
    }

    /// Adversative connectives: the first of them in a sentence splits it as VADER's "but" does.
    /// "yet" counts only at the start of a clause or after "and", "however" only at the start
    /// of a clause and not at the sentence's end.
    static let contrast = ["but", "however", "yet", "nevertheless", "nonetheless"]

    /// Concessive connectives: the clause they open (up to the next clause mark) is conceded.
    /// "while" counts only at the start of a sentence or clause; "spite" only in "in spite of";
    /// "as" only in "even as".
    static let concession = [
        "although", "though", "despite", "whereas", "while", "albeit", "notwithstanding", "spite", "as",
    ]

    /// Reporting verbs and attribution words: the reported clause is someone else's view.
    static let reporting = [
        "say", "says", "said", "saying", "tell", "tells", "told", "claim", "claims", "claimed", "argue", "argues",
        "argued", "insist", "insists", "insisted", "contend", "contends", "contended", "allege", "alleges", "alleged",
        "add", "adds", "added", "note", "notes", "noted", "state", "states", "stated", "declare", "declares",
        "declared", "assert", "asserts", "asserted", "maintain", "maintains", "maintained", "acknowledge",
        "acknowledges", "acknowledged", "admit", "admits", "admitted", "concede", "concedes", "conceded", "explain",
        "explains", "explained", "write", "writes", "wrote", "according",
        // verbs of emphasis: a source points at something ("the report highlights the risks");
        // their forms are no praise (VADER rates "highlight", a noun's sense, and the news
        // lexicon skips the words named here)
        "highlight", "highlights", "highlighted", "highlighting", "underline", "underlines", "underlined",
        "underscore", "underscores", "underscored", "emphasise", "emphasises", "emphasised", "emphasize",
        "emphasizes", "emphasized",
    ]

    /// Hedges: epistemic modals, adverbs and verbs that leave what follows uncertain.
    static let hedges = [
        "may", "might", "could", "perhaps", "possibly", "probably", "apparently", "seemingly", "arguably", "likely",
        "seem", "seems", "seemed", "appear", "appears", "appeared", "suggest", "suggests", "suggested",
        "supposedly", "presumably", "maybe", "reportedly", "allegedly", "potentially", "purportedly", "ostensibly",
        "conceivably", "tentatively", "believe", "believes", "believed", "expect", "expects", "expected",
    ]

    /// Verbs and adjectives of failure and refusal that, followed by "to", deny the verb after
    /// them as "not" does ("failed to win", "refused to condemn", "unable to agree"): implicit
    /// negations, common in news reports of conflict.
    static let denials = [
        "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "unable",
    ]

    /// Nouns of absence that, followed by "of", deny the noun after them as "no" does
    /// ("lack of progress", "absence of violence", "a dearth of buyers").
    static let absences = ["lack", "absence", "dearth", "shortage", "shortages", "scarcity"]

    /// Nouns of harm and obstruction that, followed by "to", turn the good the next words name
    /// into its loss ("an obstacle to peace", "a blow to hopes", "damage to confidence").
    /// "threat" is left out: its "to" is mostly an infinitive's ("a threat to impose tariffs").
    static let harms = [
        "obstacle", "obstacles", "blow", "setback", "setbacks", "hurdle", "hurdles", "barrier", "barriers", "danger",
        "dangers", "risk", "risks", "damage", "harm",
    ]

    /// Verbs of prevention and of harm whose object is kept from being or happening, or taken
    /// away: "avoid layoffs" is good news, "undermine confidence" bad, as "no layoffs" and "no
    /// confidence" would be. Not before "to" ("threatened to leave") or "by" (a passive's
    /// agent: "threatened by war"). Verbs of quantity ("cut", "curb", "weaken") are
    /// `MovementRule`'s; "stop", "end", "block" have too many other senses in news.
    static let preventions = [
        "avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting", "prevent", "prevents",
        "prevented", "preventing", "thwart", "thwarts", "thwarted", "thwarting", "forestall", "forestalls",
        "forestalled", "undermine", "undermines", "undermined", "undermining", "erode", "erodes", "eroded", "eroding",
        "strip", "strips", "stripped", "stripping", "threaten", "threatens", "threatened", "threatening", "jeopardize",
        "jeopardizes", "jeopardized", "jeopardizing", "jeopardise", "jeopardises", "jeopardised", "jeopardising",
        "endanger", "endangers", "endangered", "endangering", "imperil", "imperils", "imperiled", "imperilled",
        "sap", "saps", "sapped", "sapping", "derail", "derails", "derailed", "derailing", "hamper", "hampers",
        "hampered", "hampering", "hinder", "hinders", "hindered", "hindering", "deprive", "deprives", "deprived",
        "depriving", "dent", "dents", "dented", "denting",
    ]

    /// Verbs of erasing and recouping, whose object is taken back: "shares rose, erasing
    /// losses" and "recouped their losses" are good news, "erased its early gains" bad, as "no
    /// losses" and "no gains" would be. Verbs of avoiding (`Role.avoidance`), so every valence in
    /// their object is negated. Not before a word that ends a noun phrase (`phraseBreaks`): "were
    /// erased in the fraud" and "were erased and faked" are passives with no object after them
    /// (`Role.erasure`). Verbs of recovering are left out: "recovered on strong demand" names no
    /// object, and its adjective would be negated; so are verbs with a particle ("wiped out by
    /// scandal" is a passive whose agent the particle hides).
    static let erasures = ["erase", "erases", "erased", "erasing", "recoup", "recoups", "recouped", "recouping"]

    /// Words that end a noun phrase before its head could come: conjunctions, relative words,
    /// prepositions other than "of", and auxiliaries and modals (a closed class, written out
    /// whole). A verb of prevention whose object opens with an article reaches its fourth word
    /// only when none of these stands before it (`ValenceRules.objectReach`): "averted a bruising
    /// trade war" reaches "war", "avoided the war and boosted growth" stops before "boosted".
    /// Not roles (that would mark the commonest words as clause words, which every word loop
    /// tests): a trait of each word (`SentimentLexicon.Traits.phraseBreak`), read only after
    /// such a verb.
    static let phraseBreaks = [
        "and", "or", "but", "nor", "yet", "that", "which", "who", "whom", "whose", "where", "when", "while", "as",
        "because", "if", "unless", "until", "since", "although", "though", "than", "to", "by", "in", "on", "at", "for",
        "from", "with", "without", "into", "onto", "over", "under", "about", "after", "before", "during", "through",
        "against", "amid", "among", "between", "despite", "like", "via", "toward", "towards", "across", "around",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "may", "might", "must", "shall", "should",
    ]

    /// Nouns of ending (`Role.ending`) that, after an article and with "to" after them, say that what follows stops:
    /// "an end to the war" is good news, "an end to the subsidies" not, as "no war" and "no
    /// subsidies" would be (`ValenceRules.prevent`). Only before "to": "the end of the war" is
    /// most often a time ("by the end of the year", "after the end of the war"), and the verbs
    /// "end" and "halt" take times and movements ("ended the day higher"). "stop" is left out:
    /// "stop to" is most often an infinitive's ("made a stop to refuel").
    static let endings = ["end", "halt"]

    /// Nouns of doubt and worry that, followed by "over" or "about", put what follows in
    /// question: a good thing named there is doubted, not had ("doubts over the recovery",
    /// "concerns about safety"); a bad thing stays bad ("fears over mounting debt").
    static let doubts = [
        "doubt", "doubts", "concern", "concerns", "fear", "fears", "worry", "worries", "uncertainty", "uncertainties",
        "skepticism", "scepticism", "anxiety", "anxieties", "jitters", "misgivings", "qualms", "questions",
    ]

    /// The verbs of prevention whose own rating (VADER's "avoid" -1.2, "avert" -0.7) is of
    /// avoiding in general: with an object, what counts is what was avoided.
    static let avoidances = [
        "avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting", "prevent", "prevents",
        "prevented", "preventing", "thwart", "thwarts", "thwarted", "thwarting", "forestall", "forestalls",
        "forestalled",
    ]

    /// Adjectives of size, force and rank that VADER rates for approval ("strong" 2.3, "huge"
    /// 1.3, "stunning" 1.6): before a bad thing they measure it ("a strong hit", "stunning
    /// blows", "greater risk", "unprecedented losses"), so there they take its sign. "great"
    /// and "greatest" are left out: in reviews they praise ("a great horror film").
    static let magnitudes = [
        "strong", "stronger", "strongest", "greater", "huge", "big", "stunning", "remarkable", "significant",
        "substantial", "powerful", "intense", "extraordinary", "unprecedented",
    ]

    /// Nouns of a blow or hit that VADER leaves unrated but that a magnitude before them shows
    /// is bad ("a strong hit", "stunning blows"), besides `harms`.
    static let blows = ["hit", "hits", "blows", "shock", "shocks"]

    /// Heads of organisations' names (`Role.nameHead`): a capitalised rated word right before one
    /// that is capitalised too, or one capitalised word before it, names an organisation ("the
    /// Security Council", "Liberty Mutual Insurance Co", "Justice Department"); so does one
    /// after "Head of" ("Department of Justice"). Written from English naming, not from a rated set;
    /// "front" is left out: news writes it as a common noun in title case too ("an Unlikely Front").
    static let nameHeads = [
        "council", "department", "ministry", "party", "bank", "court", "committee", "commission", "agency", "fund",
        "institute", "university", "college", "hospital", "corp", "corporation", "inc", "co", "ltd", "plc", "llc",
        "association", "union", "foundation", "authority", "administration", "bureau", "trust", "society",
        "federation", "league", "organization", "organisation", "service", "services", "board", "office", "group",
        "holdings", "partners", "alliance", "forces", "army", "guard", "church", "club", "center", "centre",
        "exchange", "tribunal", "senate", "assembly", "parliament", "congress", "minister", "secretary",
    ]

    /// Modals of obligation (`Role.obligation`): "ought" with "to".
    static let obligations = ["should", "must", "ought"]

    /// Verbs of stopping and rejection (`Role.stopping`): after a modal of obligation the writer
    /// asks that something stop ("should veto the resolution", "must halt enrichment", "ought to
    /// resign", "should be scrapped"). "end", "drop" and "curb" are left out: after "should"
    /// they are mostly forecasts ("that should end speculation", "rates should drop").
    static let stoppings = [
        "stop", "halt", "veto", "reject", "abandon", "scrap", "quit", "resign", "block", "ban", "cancel", "withdraw",
        "abolish", "dismantle", "suspend", "rescind", "repeal", "revoke", "boycott", "step", "stopped", "halted",
        "vetoed", "rejected", "abandoned", "scrapped", "blocked", "banned", "cancelled", "canceled", "withdrawn",
        "abolished", "dismantled", "suspended", "rescinded", "repealed", "revoked", "boycotted",
    ]

    /// Prepositions and conjunctions after which "effectively" is an adverb of manner
    /// (`Role.mannerCue`): "compete effectively in the market", "effectively and forcibly".
    static let mannerCues = [
        "in", "from", "on", "at", "for", "with", "within", "across", "against", "into", "through", "without", "by",
        "among", "than", "and", "or", "as",
    ]

    /// Words after which "like" is a verb of liking: subject pronouns, modals and auxiliaries,
    /// "to" and adverbs of attitude ("I like", "would like", "to like", "don't like", "really
    /// like"). After any other word it is a preposition of comparison ("looks like", "countries
    /// like China"), which VADER's rating (1.5) misreads as liking.
    static let likers = [
        "i", "you", "we", "they", "who", "would", "i'd", "you'd", "we'd", "they'd", "to", "do", "does", "did", "not",
        "really", "also", "still", "actually", "genuinely", "truly", "always", "definitely", "will", "might", "may",
        "could", "should", "ll", "i'll", "we'll", "you'll", "they'll", "normally", "usually", "generally", "often",
    ]

    /// Words a negation reaches across to a rated word four words after it: articles, "be",
    /// and adverbs that leave a denial whole ("not necessarily be a good thing", "is not
    /// always seen as a success").
    static let transparents = [
        "a", "an", "the", "be", "been", "being", "necessarily", "always", "entirely", "exactly", "really", "seen",
        "considered", "regarded", "as",
    ]

    /// Auxiliaries, modals, pronouns and articles: "too" before one of them follows what it adds
    /// to ("Peru too has rejected", "he too believed", "but here too the translation"): "also".
    /// An excess stands before an adjective, adverb or quantifier ("too high", "too much").
    static let alsoCues = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "may", "might", "could", "can", "should",
        "must", "did", "does", "do", "he", "she", "it", "they", "we", "i", "you", "the", "this", "that", "these",
        "those",
    ]

    /// Words of excess (`Role.excess`).
    static let excesses = ["too"]

    /// Prepositions of time and date (`Role.dateCue`): "mature" before one of them is the verb
    /// ("bonds that mature in 10 years", "notes maturing between 1990 and 1995").
    static let dateCues = [
        "in", "on", "at", "by", "between", "within", "after", "before", "from", "until", "through", "during",
        "beginning", "starting", "next", "early", "late", "over", "respectively",
    ]

    /// The word of "no longer" that marks it (`Role.longer`).
    static let longers = ["longer"]

    /// Verbs of need (`Role.need`): what they take is wanted, sought or depended on, not had, so a
    /// negation before one denies the need and does not reach what follows it ("did not need
    /// government approval", "no longer needs special tariffs", "cannot afford to lose"), but
    /// spares a bad thing after one of `sparings`. After an
    /// article the word is the noun ("the needs of", "a need for") and stops nothing.
    static let needs = sparings + affords

    /// The forms of "afford" (`Role.afford`): denied, the verb is a constraint of its own, read as
    /// a denial of ability is ("cannot afford to pay" as "unable to pay"), unless a second
    /// negation makes it a necessity ("cannot afford not to act").
    static let affords = ["afford", "affords", "afforded", "affording"]

    /// Verbs of letting go, neglect and delay (`Role.forgoing`), in the base form "to" takes:
    /// after a denied "afford to" they name what must not happen, so the phrase says a thing
    /// matters or is urgent ("cannot afford to wait", "can't afford to ignore the report",
    /// "a battle we cannot afford to lose"), as "cannot afford not to act" does, not that the
    /// means are lacking ("cannot afford to pay").
    static let forgoings = [
        "lose", "miss", "ignore", "neglect", "overlook", "disregard", "wait", "delay", "hesitate", "forgo", "forego",
        "waste", "squander", "let", "pass",
    ]

    /// Words that, between a denied verb of need and a bad thing, say the bad thing is there
    /// already (`Role.presupposition`): "does not need more bad news", "does not need another
    /// crisis", "did not seek further sanctions", "no longer needs additional losses". Not
    /// spared: the denial is of a repetition, not relief from the thing.
    static let presuppositions = ["more", "another", "further", "additional"]

    /// Verbs of need whose denial spares a bad thing (`Role.sparing`): not needing, requiring,
    /// relying on or seeking it is good news. "afford" is not one: "cannot afford to lose" tells of
    /// a risk or a hardship, not of something spared.
    static let sparings = [
        "need", "needs", "needed", "needing", "require", "requires", "required", "requiring", "rely", "relies",
        "relied", "relying", "seek", "seeks", "seeking", "sought",
    ]

    /// Modals that, followed by "have", speak of what did not happen ("should have been good").
    static let modals = ["could", "would", "should", "might", "must", "couldve", "wouldve", "shouldve"]

    /// Degree adverbs of editorial prose that raise the word after them (added as boosters
    /// when VADER's lexicon and the news words give them no valence of their own).
    static let intensifiers = [
        "sharply", "severely", "seriously", "gravely", "profoundly", "increasingly", "widely", "truly", "genuinely",
        "strongly", "vastly", "dramatically", "significantly", "bitterly", "fiercely", "acutely", "exceedingly",
        "immensely", "overwhelmingly", "starkly", "sorely", "wildly", "deeply", "hugely", "markedly", "notably",
        "downright", "heavily", "steeply", "squarely",
    ]

    /// Adjectives of degree with no rating of their own (added as boosters when VADER's lexicon
    /// and the news words give them none, as VADER's own "enormous", "extreme" and "utter" are):
    /// they measure what they modify rather than judge it ("an acute shortage", "unprecedented
    /// losses", "a spectacular failure" and "a spectacular success" alike). Words of size, extent
    /// and extremity from English grammar, not from a rated set. Not "extraordinary": in news it
    /// names a kind, not a degree (Reuters' accounting items, "an extraordinary gain of 1.1 mln
    /// dlrs", and "an extraordinary meeting": 227 of the 337 news sentences a first list moved);
    /// nor "stark", as often the name Stark. They boost nothing past their clause's end
    /// (`Role.degree`): "the losses were massive, good news for …" measures no good news.
    static let degreeAdjectives = [
        "unprecedented", "spectacular", "acute", "immense", "massive", "sheer", "vast", "staggering",
        "unparalleled", "drastic", "dramatic",
    ]

    /// Degree adverbs that lower it.
    static let moderators = [
        "mildly", "modestly", "fairly", "rather", "relatively", "moderately", "reasonably", "partially", "nearly",
        "faintly", "vaguely", "broadly", "comparatively",
    ]

    /// Each clause word with its roles.
    static var roles: [(String, Role)] {
        contrast.map { ($0, Role.contrast) } + concession.map { ($0, Role.concession) }
            + reporting.map { ($0, Role.reporting) } + hedges.map { ($0, Role.hedge) } + modals.map { ($0, Role.modal) }
            + denials.map { ($0, Role.denial) } + absences.map { ($0, Role.absence) } + harms.map { ($0, Role.harm) }
            + preventions.map { ($0, Role.prevention) } + avoidances.map { ($0, Role.avoidance) }
            + erasures.map { ($0, [Role.prevention, Role.avoidance, Role.erasure]) }
            + doubts.map { ($0, Role.doubt) } + magnitudes.map { ($0, Role.magnitude) }
            + likers.map { ($0, Role.liker) } + transparents.map { ($0, Role.transparent) }
            + blows.map { ($0, Role.blow) } + nameHeads.map { ($0, Role.nameHead) }
            + obligations.map { ($0, Role.obligation) } + stoppings.map { ($0, Role.stopping) }
            + mannerCues.map { ($0, Role.mannerCue) } + alsoCues.map { ($0, Role.alsoCue) }
            + excesses.map { ($0, Role.excess) } + dateCues.map { ($0, Role.dateCue) }
            + longers.map { ($0, Role.longer) } + needs.map { ($0, Role.need) }
            + sparings.map { ($0, Role.sparing) } + presuppositions.map { ($0, Role.presupposition) }
            + affords.map { ($0, Role.afford) } + degreeAdjectives.map { ($0, Role.degree) }
            + forgoings.map { ($0, Role.forgoing) } + endings.map { ($0, Role.ending) }
    }
}
