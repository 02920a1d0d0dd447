import GlossCore
import Testing

@testable import GlossEntities
import GlossTestSupport

@Suite struct NameLinkerTests {
    /// A document of `text` split at spaces, with mentions at the given word ranges (and, with
    /// `sentences`, a sentence ending at each "." word).
    func link(_ text: String, _ names: [(Range<Int>, EntityType)], sentences: Bool = false) throws -> DocumentEntities {
        var document = Document(id: "t", text: text)
        var tokens: [Token] = []
        var ends: [Int] = []
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            tokens.append(Token(span: Span(start: offset, end: offset + word.utf8.count), kind: .word))
            if word == "." { ends.append(tokens.count) }
            offset += word.utf8.count + 1
        }
        try document.setTokens(tokens)
        if sentences {
            if ends.last != tokens.count { ends.append(tokens.count) }
            var first = 0
            try document.setSentences(
                ends.map { end in
                    defer { first = end }
                    return Sentence(span: Span(start: Int(tokens[first].span.start), end: Int(tokens[end - 1].span.end)), tokens: first..<end)
                })
        }
        let mentions = names.map { range, type in
            NameLinker.Mention(
                span: Span(start: Int(tokens[range.lowerBound].span.start), end: Int(tokens[range.upperBound - 1].span.end)),
                tokens: range, type: type, confidence: 0.9)
        }
        return NameLinker().link(mentions, in: document)
    }

    @Test func aSurnameJoinsTheFullNameEvenBeforeIt() throws {
        let linked = try link(
            "Bukele spoke . Nayib Bukele won . BUKELE said", [(0..<1, .person), (3..<5, .person), (7..<8, .person)])
        #expect(linked.entities == [Entity(name: "Nayib Bukele", type: .person, mentions: 3)])
        #expect(linked.mentions.map(\.entity) == [0, 0, 0])
    }

    @Test func differentNamesStayApart() throws {
        let linked = try link(
            "Donald Trump met Nicolás Maduro in Venezuela", [(0..<2, .person), (3..<5, .person), (6..<7, .location)])
        #expect(linked.entities.map(\.name) == ["Donald Trump", "Nicolás Maduro", "Venezuela"])
        #expect(linked.mentions.map(\.entity) == [0, 1, 2])
    }

    @Test func theMajorityTypeNamesTheEntity() throws {
        let linked = try link(
            "Venezuela and Venezuela and Venezuela", [(0..<1, .location), (2..<3, .organization), (4..<5, .location)])
        #expect(linked.entities == [Entity(name: "Venezuela", type: .location, mentions: 3)])
        // The document agrees: every mention takes its entity's type.
        #expect(linked.mentions.map(\.type) == [.location, .location, .location])
    }

    @Test func partsOfANameOfAnotherTypeDoNotJoin() throws {
        let linked = try link("Washington Post and Washington", [(0..<2, .organization), (3..<4, .location)])
        #expect(linked.entities.count == 2)
    }

    @Test func containsRunsInOrder() {
        #expect(NameLinker.contains(["tarek", "william", "saab"], ["william", "saab"]))
        #expect(!NameLinker.contains(["tarek", "william", "saab"], ["saab", "william"]))
        #expect(!NameLinker.contains(["saab"], ["tarek", "saab"]))
    }

    static let legalForms: Set<String> = [
        "company", "corp", "corp.", "corporation", "gmbh", "inc", "inc.", "incorporated", "limited", "llc", "llp", "ltd", "ltd.", "plc",
        "pty", "co", "co.", "cos", "group", "holding", "holdings", "bancorp", "sa", "ag", "nv",
    ]

    @Test func aShortFormOfAnotherTypeJoinsAndTakesTheNamesType() throws {
        let linked = try link(
            "Chrysler Corp rose . Chrysler fell . Nayib Bukele won . Bukele said . Washington Post and Washington",
            [(0..<2, .organization), (4..<5, .location), (7..<9, .person), (11..<12, .location), (14..<16, .organization), (17..<18, .location)])
        #expect(linked.mentions.map(\.entity) == [0, 0, 1, 1, 2, 3])
        #expect(linked.mentions.map(\.type) == [.organization, .organization, .person, .person, .organization, .location])
        #expect(linked.entities.map(\.type) == [.organization, .person, .organization, .location])
    }

    @Test func wordsAreComparedAsSlicesOfOneBuffer() {
        // A mention's words are a slice of the document's buffer, indexed from its place in it.
        let all: [UInt64] = [9, 1, 2, 3, 1, 2]
        #expect(NameLinker.contains(all[1..<4], all[4..<6]))
        #expect(!NameLinker.contains(all[1..<4], all[0..<2]))
        #expect(!NameLinker.contains(all[4..<6], all[1..<4]))
        #expect(all[1..<3] == all[4..<6])
        #expect(NameLinker.hash(all[4..<6], type: .person) == NameLinker.hash([1, 2][...], type: .person))
    }

    @Test func aCompanyNamedAfterItsFounderStaysACompany() throws {
        let linked = try link("Michael Dell founded Dell", [(0..<2, .person), (3..<4, .organization)])
        #expect(linked.entities.count == 2)
        #expect(linked.mentions.map(\.type) == [.person, .organization])
    }

    @Test func aLegalFormBeatsTheVotesOfItsShortForms() throws {
        // Reuters reut2-004: "Mannesmann AG" and three mentions of "Mannesmann" the tagger read
        // as a person; each short form votes as the first one that joined the company.
        let linked = try link(
            "A Mannesmann AG spokesman said . Mannesmann said . Mannesmann rose . Mannesmann fell",
            [(1..<3, .organization), (6..<7, .person), (9..<10, .person), (12..<13, .person)])
        #expect(linked.entities == [Entity(name: "Mannesmann AG", type: .organization, mentions: 4)])
        #expect(linked.mentions.allSatisfy { $0.type == .organization })
        // A person named in full keeps their surname, a legal form beside it or not.
        let smith = try link(
            "John Smith spoke . Smith Inc rose . Smith said . Smith left",
            [(0..<2, .person), (4..<6, .organization), (8..<9, .person), (11..<12, .person)])
        #expect(smith.mentions.map(\.type) == [.person, .organization, .person, .person])
    }

    @Test func aPlacesNameThatIsACompanysLessItsLegalFormVotesForTheCompany() throws {
        // "Nordic Line Ltd" and four "Nordic Line" the tagger read as a place: each votes as
        // the first one, which joined the company as its name less the legal form.
        let linked = try link(
            "Nordic Line Ltd rose . Nordic Line said . Nordic Line fell . Nordic Line rose . Nordic Line left",
            [(0..<3, .organization), (5..<7, .location), (9..<11, .location), (13..<15, .location), (17..<19, .location)])
        #expect(linked.entities == [Entity(name: "Nordic Line Ltd", type: .organization, mentions: 5)])
        // A one-word place still votes as typed: four against the person's two.
        let zandvoort = try link(
            "Jan Zandvoort spoke . Zandvoort rose . Zandvoort fell . Zandvoort won . Zandvoort lost",
            [(0..<2, .person), (4..<5, .location), (7..<8, .location), (10..<11, .location), (13..<14, .location)])
        #expect(zandvoort.mentions.last?.type == .location)
    }

    @Test func aFirmNamedAndCoHasItsFoundersNameAsShortForm() throws {
        // "Quillan and Co Plc" and a one-word place and a two-word person the tagger read for
        // its short form: each joins the firm and votes for it.
        let place = try link(
            "Quillan and Co Plc rose . Quillan is a maker of bolts",
            [(0..<4, .organization), (6..<7, .location)])
        #expect(place.entities == [Entity(name: "Quillan and Co Plc", type: .organization, mentions: 2)])
        let person = try link(
            "Dorran Vesk & Co Inc said . Dorran Vesk said . Dorran Vesk rose",
            [(0..<5, .organization), (7..<9, .person), (11..<13, .person)])
        #expect(person.mentions.allSatisfy { $0.type == .organization })
        // Not after "and" and another word ("and Sons", "and Telegraph Co"), nor "and" alone.
        let sons = try link("Quillan and Sons Ltd rose . Quillan said", [(0..<4, .organization), (6..<7, .location)])
        #expect(sons.mentions.map(\.type) == [.organization, .location])
        let telegraph = try link("Quillan and Telegraph Co rose . Quillan said", [(0..<4, .organization), (6..<7, .location)])
        #expect(telegraph.mentions.map(\.type) == [.organization, .location])
        // A person named in full still keeps the surname.
        let named = try link(
            "Ada Quillan spoke . Quillan and Co rose . Quillan said",
            [(0..<2, .person), (4..<7, .organization), (9..<10, .person)])
        #expect(named.mentions.map(\.type) == [.person, .organization, .person])
    }

    @Test func aLegalTailIsLegalFormsOrAndCo() {
        func tail(_ words: String) -> Bool {
            let hashes = NameHeads.hashes(words).words
            return NameLinker.isLegalTail(hashes[...])
        }
        #expect(tail("corp"))
        #expect(tail("co inc"))
        #expect(tail("and co plc"))
        #expect(tail("& co"))
        #expect(tail("and company"))
        #expect(!tail("and"))
        #expect(!tail("and sons"))
        #expect(!tail("and co bank"))
        #expect(!tail("post"))
    }

    /// `link` over a document whose sentences end at each "." word.
    func linkSentences(_ text: String, _ names: [(Range<Int>, EntityType)]) throws -> DocumentEntities {
        try link(text, names, sentences: true)
    }

    @Test func aLoneSurnameTaggedAsACompanyJoinsThePerson() throws {
        // Four mentions of the surname as a company outvote the full name unless each votes as
        // the first one that joined.
        let linked = try linkSentences(
            "Director Avery Bullock spoke . Bullock says that he won . Stan met Bullock . Bullock left . Bullock slept",
            [(1..<3, .person), (5..<6, .organization), (13..<14, .organization), (15..<16, .organization), (18..<19, .organization)])
        #expect(linked.entities == [Entity(name: "Avery Bullock", type: .person, mentions: 5)])
        #expect(linked.mentions.allSatisfy { $0.type == .person })
    }

    @Test func aCompanyBesideItsFounderOrInCapitalsStaysACompany() throws {
        // Named in the sentence that names the founder: the company, and so its later mentions.
        let dell = try linkSentences("Michael Dell founded Dell . Dell rose", [(0..<2, .person), (3..<4, .organization), (6..<7, .organization)])
        #expect(dell.mentions.map(\.type) == [.person, .organization, .organization])
        // A word in capitals is an acronym; a longer organisation's name holding the word keeps it.
        let ihe = try linkSentences("John Ihe spoke . IHE said", [(0..<2, .person), (4..<5, .organization)])
        #expect(ihe.entities.count == 2)
        let taft = try linkSentences(
            "Dudley Taft spoke . Taft Broadcasting Co rose . Taft said",
            [(0..<2, .person), (4..<7, .organization), (9..<10, .organization)])
        #expect(taft.mentions.map(\.type) == [.person, .organization, .organization])
        #expect(taft.mentions.map(\.entity) == [0, 1, 1])
    }

    @Test func aCompanyNamedBeforeItsFounderStaysACompany() throws {
        // News names the company first and its founder in full later: "Dell" before "Michael
        // Dell" is no surname, and its repeats after him stay the company.
        let dell = try linkSentences(
            "Dell said its profit rose . Chief Michael Dell spoke . Dell shares rose",
            [(0..<1, .organization), (7..<9, .person), (11..<12, .organization)])
        #expect(dell.mentions.map(\.type) == [.organization, .person, .organization])
        #expect(dell.mentions.map(\.entity) == [0, 1, 0])
    }

    @Test func aSurnameSaidOfACompanyStaysTheCompany() throws {
        // The words around the one word are said of companies only: the company named after the
        // person named before stays a company, and so do its repeats.
        for (text, at) in [
            ("Henry Ford spoke . Shares of Ford fell", 5), ("Henry Ford spoke . a stake in the Ford unit", 8),
            ("Henry Ford spoke . Ford shares fell", 4), ("Louis Renault spoke . AMC 's Renault cars sold", 6),
            ("Michael Dell spoke . Dell 's directors met", 4),
            ("Michael Dell spoke . Dell 's chief executive spoke", 4),
        ] {
            let linked = try linkSentences(text, [(0..<2, .person), (at..<(at + 1), .organization)])
            #expect(linked.mentions.map(\.type) == [.person, .organization], "\(text)")
            #expect(linked.entities.count == 2, "\(text)")
        }
        // One company use keeps every mention of the word the company's ("Ford said he" too).
        let ford = try linkSentences(
            "Henry Ford spoke . Ford said he won . Ford shares fell",
            [(0..<2, .person), (4..<5, .organization), (9..<10, .organization)])
        #expect(ford.mentions.map(\.type) == [.person, .organization, .organization])
    }

    @Test func aSurnameWithWordsPeopleHaveTooJoinsThePerson() throws {
        // A person has a stake, a board and a spokesman too; a company's words in another
        // sentence, or out of the mention's sentence, say nothing.
        for (text, at) in [
            ("Henry Ford spoke . Ford 's stake rose", 4), ("Henry Ford spoke . Ford said he would go", 4),
            ("Henry Ford spoke . Ford . shares rose", 4), ("Henry Ford spoke of shares . Ford", 6),
            ("Henry Ford spoke . Ford 's", 4), ("Henry Ford spoke . Ford", 4),
            // "said its" does not take a person named in full before from them (review22:
            // "Smith" became the organisation); a company's other words still do, above.
            ("John Smith left early . Smith said its findings were wrong", 5),
            ("Michael Dell spoke . Dell said its profit rose", 4),
        ] {
            let linked = try linkSentences(text, [(0..<2, .person), (at..<(at + 1), .organization)])
            #expect(linked.mentions.map(\.type) == [.person, .person], "\(text)")
            #expect(linked.entities.count == 1, "\(text)")
        }
    }

    @Test func theSentenceOfATokenIsFoundByItsRange() throws {
        var document = Document(id: "t", text: "a b . c d")
        try document.setTokens((0..<5).map { Token(span: Span(start: 2 * $0, end: 2 * $0 + 1), kind: .word) })
        #expect(NameLinker.sentence(of: 0, in: document) == nil)
        try document.setSentences([Sentence(span: Span(start: 0, end: 5), tokens: 0..<3), Sentence(span: Span(start: 6, end: 9), tokens: 3..<5)])
        #expect((0..<5).map { NameLinker.sentence(of: $0, in: document) } == [0, 0, 0, 1, 1])
        #expect(NameLinker.sentence(of: 5, in: document) == nil)
        #expect(NameLinker.hasLowercase(Span(start: 0, end: 1), in: document))
        #expect(!NameLinker.hasLowercase(Span(start: 4, end: 5), in: document))
    }

    /// Which mentions share an entity, by the plain rule the linker's index stands in for:
    /// each mention, longest first, is compared with every entity so far.
    static func plainLinking(_ words: [[String]], _ types: [EntityType]) -> [Int] {
        var drafts: [(longest: Int, keys: [[String]], count: Int)] = []
        var owner = [Int](repeating: -1, count: words.count)
        let order = words.indices.sorted { words[$0].count != words[$1].count ? words[$0].count > words[$1].count : $0 < $1 }
        for m in order {
            var chosen = drafts.firstIndex { $0.keys.contains(words[m]) }
            /// The entity of `type` with the most mentions whose longest mention holds the words.
            func containing(_ type: EntityType) -> Int? {
                var chosen: Int?
                for (d, draft) in drafts.enumerated() where types[draft.longest] == type && NameLinker.contains(words[draft.longest], words[m]) {
                    if chosen == nil || draft.count > drafts[chosen!].count { chosen = d }
                }
                return chosen
            }
            if chosen == nil { chosen = containing(types[m]) }
            if chosen == nil, words[m].count == 1, types[m] == .location || types[m] == .miscellaneous, let d = containing(.person) {
                let name = words[drafts[d].longest]
                if name.count >= 2, name.first == words[m][0] || name.last == words[m][0] { chosen = d }
            }
            if chosen == nil, let d = containing(.organization) {
                let name = words[drafts[d].longest]
                if name.count > words[m].count, name.starts(with: words[m]), name[words[m].count...].allSatisfy(Self.legalForms.contains) {
                    chosen = d
                }
            }
            if let chosen {
                if !drafts[chosen].keys.contains(words[m]) { drafts[chosen].keys.append(words[m]) }
                drafts[chosen].count += 1
                owner[m] = chosen
            } else {
                owner[m] = drafts.count
                drafts.append((m, [words[m]], 1))
            }
        }
        // Number by first mention, as the linker does.
        var number: [Int: Int] = [:]
        return owner.map { d in
            if let n = number[d] { return n }
            number[d] = number.count
            return number[d]!
        }
    }

    @Test func theIndexLinksAsComparingWithEveryEntityWould() throws {
        // Random documents of names drawn from a few words, so that names repeat, nest and
        // collide across types; a seeded generator keeps the test deterministic.
        var random = SplitMix64(seed: 7)
        let vocabulary = ["Anna", "Lee", "Park", "Bukele", "Nayib", "El", "Salvador", "Acme", "Corp", "Saab"]
        for _ in 0..<200 {
            var text: [String] = []
            var names: [(Range<Int>, EntityType)] = []
            var nameWords: [[String]] = []
            for _ in 0..<Int(random.next() % 30 + 1) {
                let length = Int(random.next() % 4 + 1)
                let name = (0..<length).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
                let type = EntityType.allCases[Int(random.next() % 2)]
                names.append((text.count..<(text.count + length), type))
                nameWords.append(name.map { $0.lowercased() })
                text += name + ["said", "."]
            }
            let linked = try link(text.joined(separator: " "), names)
            #expect(linked.mentions.map(\.entity) == Self.plainLinking(nameWords, names.map(\.1)))
        }
    }

    @Test func aDocumentOfThirtyThousandNamesIsLinked() throws {
        // 30,000 different two-word names (comparing each mention with every entity was 9 × 10^8
        // steps; the index makes it one lookup each).
        var words: [String] = []
        var names: [(Range<Int>, EntityType)] = []
        for i in 0..<30_000 {
            names.append((words.count..<(words.count + 2), .person))
            words += ["Name\(i)", "Surname\(i % 977)", "."]
        }
        let linked = try link(words.joined(separator: " "), names)
        #expect(linked.entities.count == 30_000)
    }

    /// The counting sort gives the order of sorting the indices by length, longest first, and
    /// by index among equals.
    @Test func longestFirstIsTheStableOrderByLength() {
        func mentions(_ lengths: [Int]) -> [NameLinker.Mention] {
            var start = 0
            return lengths.map { length in
                defer { start += length + 1 }
                return NameLinker.Mention(span: Span(start: 0, end: 1), tokens: start..<(start + length), type: .person, confidence: 1)
            }
        }
        func sorted(_ mentions: [NameLinker.Mention]) -> [Int] {
            mentions.indices.sorted {
                let a = mentions[$0].tokens.count
                let b = mentions[$1].tokens.count
                return a != b ? a > b : $0 < $1
            }
        }
        var generator = SplitMix64(seed: 23)
        for count in [0, 1, 2, 7, 40, 300] {
            let lengths = (0..<count).map { _ in Int(generator.next() % 6) + (count == 40 ? 0 : 1) }
            #expect(NameLinker.longestFirst(mentions(lengths)) == sorted(mentions(lengths)), "\(lengths)")
        }
        #expect(NameLinker.longestFirst(mentions([1, 3, 1, 3, 2])) == [1, 3, 4, 0, 2])
        #expect(NameLinker.longestFirst(mentions([1, 500, 1])) == [1, 0, 2])
    }
}

@Suite struct NameLinkerScratchTests {
    /// Documents linked one after another in one kept `Scratch` (as a worker links them) are
    /// linked as each is in a new one: a larger document before a smaller, a document with no
    /// mentions, and names of an earlier document that come again, whose index entries must not
    /// count.
    @Test func aKeptScratchLinksAsANewOne() throws {
        var random = SplitMix64(seed: 5)
        let vocabulary = ["Nayib", "Bukele", "El", "Salvador", "Chrysler", "Corp", "Avery", "Bullock", "Ford", "Dell"]
        var scratch = NameLinker.Scratch()
        for round in 0..<12 {
            let wordCount = [400, 12, 0, 60, 3, 900, 1, 25, 200, 7, 50, 5][round]
            let words = (0..<wordCount).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
            var document = Document(id: "d\(round)", text: words.joined(separator: " "))
            var tokens: [Token] = []
            var offset = 0
            for word in words {
                tokens.append(Token(span: Span(start: offset, end: offset + word.utf8.count), kind: .word))
                offset += word.utf8.count + 1
            }
            try document.setTokens(tokens)
            var mentions: [NameLinker.Mention] = []
            var t = 0
            while t < wordCount {
                let length = 1 + Int(random.next() % 3)
                let end = min(wordCount, t + length)
                if random.next() % 3 != 0 {
                    let type = EntityType(rawValue: UInt8(random.next() % 4))!
                    mentions.append(
                        NameLinker.Mention(
                            span: Span(start: Int(tokens[t].span.start), end: Int(tokens[end - 1].span.end)), tokens: t..<end, type: type,
                            confidence: 0.5))
                }
                t = end
            }
            let keys = NameLinker.keys(of: mentions, in: document)
            let expected = NameLinker().link(mentions, in: document, words: keys)
            let got = NameLinker().link(mentions, in: document, words: keys, scratch: &scratch)
            #expect(got == expected, "round \(round): \(mentions.count) mentions")
        }
    }

    /// An index cleared for a small document after one whose long names listed many runs gives
    /// back the chains of those runs (2,000 names of 40 words list 414 entries each), and keeps
    /// the chains of a document of names of news's length for one of about its size.
    @Test func aClearedIndexGivesBackLongChains() {
        func filled(names: Int, words: Int) -> NameLinker.Index {
            var index = NameLinker.Index(capacity: 0)
            for entity in 0..<names {
                let key = NameLinker.Key((0..<words).map { UInt64(entity * words + $0) &* 0x9e37_79b9_7f4a_7c15 })
                index.add(entity, runsOf: key, type: .organization)
            }
            return index
        }
        var index = filled(names: 2_000, words: 2)
        let listed = index.chainCapacity
        #expect(listed >= 2_000 * 3)
        index.removeAll(keepingRoomFor: 1_000)
        #expect(index.chainCapacity == listed)
        index = filled(names: 2_000, words: 40)
        #expect(index.chainCapacity >= 2_000 * 414)
        index.removeAll(keepingRoomFor: 10)
        #expect(index.chainCapacity < 1_000)
    }
}
