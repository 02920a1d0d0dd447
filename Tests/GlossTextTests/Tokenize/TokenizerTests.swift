import GlossCore
import Testing

import GlossStages
@testable import GlossText

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    /// The tokens of `text` as "text/kind".
    func tagged(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tokenizer.tokenize(text).map { "\(String(decoding: bytes[$0.span.range], as: UTF8.self))/\($0.kind)" }
    }

    /// The tokens' texts.
    func texts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tokenizer.tokenize(text).map { String(decoding: bytes[$0.span.range], as: UTF8.self) }
    }

    /// The tokens' kinds.
    func kinds(_ text: String) -> [TokenKind] { tokenizer.tokenize(text).map(\.kind) }

    /// Checks what every tokenisation must be: in order, without overlaps, non-empty, inside the text.
    func expectWellFormed(_ tokens: [Token], count: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        var previousEnd: UInt32 = 0
        for token in tokens {
            #expect(token.span.start >= previousEnd && !token.span.isEmpty, sourceLocation: sourceLocation)
            previousEnd = token.span.end
        }
        #expect(Int(previousEnd) <= count, sourceLocation: sourceLocation)
    }

    // MARK: - The stage

    @Test func describesItselfAndBuildsFromTheRegistry() throws {
        #expect(Tokenizer.descriptor.name == "tokenize")
        #expect(Tokenizer.descriptor.requires == [.text])
        #expect(Tokenizer.descriptor.provides == [.tokens])
        #expect(!Tokenizer.descriptor.cost.isEmpty)
        let stage = try StageRegistry.standard.makeStage(named: "tokenize")
        #expect(stage is Tokenizer)
        #expect(throws: StageOptions.Error.self) {
            try StageRegistry.standard.makeStage(
                named: "tokenize", options: StageOptions(values: ["lowercase": .bool(true)]))
        }
    }

    @Test func processSetsTheDocumentsTokens() throws {
        var document = Document(id: "t", text: "Mr. Smith paid $1,234.56 (about 12%).")
        try tokenizer.process(&document)
        #expect(document.present.contains(.tokens))
        let texts = document.tokens.map { String(document.text(of: $0.span)) }
        #expect(texts == ["Mr.", "Smith", "paid", "$", "1,234.56", "(", "about", "12", "%", ")", "."])
        #expect(
            document.tokens.map(\.kind) == [
                .abbreviation, .word, .word, .currency, .number, .punctuation, .word, .number, .percent,
                .punctuation, .punctuation,
            ])
    }

    @Test func emptyAndBlankTextsHaveNoTokens() {
        #expect(tokenizer.tokenize("").isEmpty)
        #expect(tokenizer.tokenize(" \n\t\r\n \u{A0}\u{2009}\u{3000}\u{200B}\u{FEFF}").isEmpty)
    }

    // MARK: - Words and whitespace

    @Test func whitespaceOfAnyKindSeparatesAndIsNeverAToken() {
        #expect(texts("Nayib  Bukele\tdirectly\ncalled\r\non") == ["Nayib", "Bukele", "directly", "called", "on"])
        #expect(
            texts("social\u{A0}networks\u{2009}and\u{3000}X\u{202F}too") == ["social", "networks", "and", "X", "too"])
        #expect(texts("zero\u{200B}width") == ["zero", "width"])
    }

    @Test func lettersOfAnyScriptMakeWords() {
        #expect(
            tagged("Nicolás naïve Ñandú Москва Ὀδυσσεύς") == [
                "Nicolás/word", "naïve/word", "Ñandú/word", "Москва/word", "Ὀδυσσεύς/word",
            ])
        // a decomposed accent (e + U+0301) and a ZWNJ inside a word continue it
        #expect(texts("cafe\u{301} au lait") == ["cafe\u{301}", "au", "lait"])
        #expect(texts("می\u{200C}خواهم") == ["می\u{200C}خواهم"])
        // CJK has no spaces: a run of ideographs and kana is one word, its punctuation apart
        #expect(tagged("東京に行った。") == ["東京に行った/word", "。/punctuation"])
    }

    // MARK: - Numbers

    @Test func numbersKeepSeparatorsDecimalsFractionsAndOrdinals() {
        for number in ["252", "1,234.56", ".08", "3.5", "1/2", "21st", "2nd", "3rd", "4th", "1990s", "10:30", "1798"] {
            #expect(tagged(number) == ["\(number)/number"], "\(number)")
        }
        #expect(texts("It fell to .08 in 1798.") == ["It", "fell", "to", ".08", "in", "1798", "."])
        #expect(tagged("-5 and (+3.2)") == ["-5/number", "and/word", "(/punctuation", "+3.2/number", ")/punctuation"])
    }

    @Test func unitsAndRangesSplitFromNumbers() {
        #expect(tagged("5bn") == ["5/number", "bn/word"])
        #expect(tagged("10-20") == ["10/number", "-/punctuation", "20/number"])
        #expect(texts("pages 2020-21 and 3.Then") == ["pages", "2020", "-", "21", "and", "3", ".", "Then"])
    }

    @Test func percentAndCurrencySignsAreTokensOfTheirOwn() {
        #expect(tagged("100%") == ["100/number", "%/percent"])
        #expect(tagged("5‰") == ["5/number", "‰/percent"])
        #expect(tagged("$1.2bn") == ["$/currency", "1.2/number", "bn/word"])
        #expect(
            kinds("€20 £3 ¥100 ₹50 ₽7") == [
                .currency, .number, .currency, .number, .currency, .number, .currency, .number, .currency, .number,
            ])
        #expect(tagged("US$5 HK$10") == ["US$/currency", "5/number", "HK$/currency", "10/number"])
    }

    // MARK: - Abbreviations

    @Test func abbreviationsAndInitialismsKeepTheirPeriod() {
        for abbreviation in [
            "U.S.", "e.g.", "i.e.", "Mr.", "Mrs.", "Dr.", "Dec.", "Jan.", "Inc.", "Corp.", "St.", "vs.", "etc.",
            "Ph.D.", "a.m.", "J.", "U.S.A.", "Gen.", "Calif.",
        ] {
            #expect(tagged("\(abbreviation) x") == ["\(abbreviation)/abbreviation", "x/word"], "\(abbreviation)")
        }
        #expect(
            texts("J. R. R. Tolkien, Nicolás J. Maduro") == [
                "J.", "R.", "R.", "Tolkien", ",", "Nicolás", "J.", "Maduro",
            ])
        #expect(texts("(e.g., this)") == ["(", "e.g.", ",", "this", ")"])
    }

    @Test func aSentenceFinalWordLosesItsPeriod() {
        #expect(tagged("home.") == ["home/word", "./punctuation"])
        #expect(texts("They went home. Then") == ["They", "went", "home", ".", "Then"])
        // capitalised-only entries leave ordinary words alone
        #expect(texts("nothing to mar. fell ill.") == ["nothing", "to", "mar", ".", "fell", "ill", "."])
        // a lowercase single letter is a word unless an initialism follows
        #expect(texts("plan a. Next") == ["plan", "a", ".", "Next"])
    }

    @Test func numberAbbreviationsNeedANumber() {
        #expect(tagged("No. 5") == ["No./abbreviation", "5/number"])
        #expect(tagged("p. 12") == ["p./abbreviation", "12/number"])
        #expect(texts("He said no. Then") == ["He", "said", "no", ".", "Then"])
    }

    // MARK: - Clitics

    @Test func contractionsSplitInTheTreebankManner() {
        #expect(tagged("don't") == ["do/word", "n't/clitic"])
        #expect(tagged("Bukele’s") == ["Bukele/word", "’s/clitic"])
        #expect(
            texts("they're I'll we've he'd I'm it’s") == [
                "they", "'re", "I", "'ll", "we", "'ve", "he", "'d", "I", "'m", "it", "’s",
            ])
        #expect(texts("can't won't DON’T") == ["ca", "n't", "wo", "n't", "DO", "N’T"])
        #expect(tagged("1990's") == ["1990/number", "'s/clitic"])
    }

    @Test func apostrophesInsideNamesAndWordsStay() {
        #expect(
            texts("O'Brien O’Neill y'all rock'n'roll o'clock") == [
                "O'Brien", "O’Neill", "y'all", "rock'n'roll", "o'clock",
            ])
        // a possessive after a plural and a closing single quote are punctuation
        #expect(texts("the Joneses' car") == ["the", "Joneses", "'", "car"])
        #expect(tagged("‘the boss’") == ["‘/punctuation", "the/word", "boss/word", "’/punctuation"])
    }

    // MARK: - Hyphens and joiners

    @Test func hyphenatedWordsStayWhole() {
        for word in [
            "re-election", "so-called", "anti-gang", "COVID-19", "SCP-173", "3-year-old", "21st-century", "anti-élite",
        ] {
            #expect(tagged(word) == ["\(word)/word"], "\(word)")
        }
        #expect(texts("pre- and post-war") == ["pre", "-", "and", "post-war"])
        #expect(texts("re -election") == ["re", "-", "election"])
        #expect(tagged("AT&T") == ["AT&T/word"])
        #expect(texts("rock & roll") == ["rock", "&", "roll"])
        #expect(texts("and/or") == ["and", "/", "or"])
    }

    // MARK: - URLs, e-mail, hashtags, mentions

    @Test func urlsStopBeforeSentencePunctuationAndUnopenedBrackets() {
        #expect(
            tagged("See https://example.org/a?b=1&c=2.") == [
                "See/word", "https://example.org/a?b=1&c=2/url", "./punctuation",
            ])
        #expect(texts("(see http://x.org/path)") == ["(", "see", "http://x.org/path", ")"])
        #expect(
            texts("https://en.wikipedia.org/wiki/Swift_(language), ok") == [
                "https://en.wikipedia.org/wiki/Swift_(language)", ",", "ok",
            ])
        #expect(tagged("www.gloss.io, or") == ["www.gloss.io/url", ",/punctuation", "or/word"])
        #expect(tagged("example.com/news today") == ["example.com/news/url", "today/word"])
        #expect(texts("“https://x.org/é”") == ["“", "https://x.org/é", "”"])
    }

    @Test func emailAddressesAreOneToken() {
        #expect(
            tagged("Write to press@example.org.") == [
                "Write/word", "to/word", "press@example.org/email", "./punctuation",
            ])
        #expect(tagged("first.last_2@mail.example.co.uk") == ["first.last_2@mail.example.co.uk/email"])
        #expect(tagged("user@localhost") == ["user/word", "@localhost/mention"])
    }

    @Test func hashtagsAndMentions() {
        #expect(tagged("#news @gloss_bot #Año2025") == ["#news/hashtag", "@gloss_bot/mention", "#Año2025/hashtag"])
        #expect(tagged("#1 @ 5") == ["#/symbol", "1/number", "@/symbol", "5/number"])
        #expect(tagged("@user's post") == ["@user/mention", "'s/clitic", "post/word"])
    }

    // MARK: - Emoji and emoticons

    @Test func emojiSequencesAreOneTokenEach() {
        #expect(tagged("👍🏽") == ["👍🏽/emoji"])
        #expect(tagged("🏳️‍🌈") == ["🏳️‍🌈/emoji"])
        #expect(tagged("👨‍👩‍👧") == ["👨‍👩‍👧/emoji"])
        #expect(tagged("🏃‍♀️") == ["🏃‍♀️/emoji"])
        #expect(tagged("🇺🇸🇫🇷") == ["🇺🇸/emoji", "🇫🇷/emoji"])
        #expect(tagged("😀😀") == ["😀/emoji", "😀/emoji"])
        #expect(tagged("❤️ ❤ 1️⃣ #️⃣") == ["❤️/emoji", "❤/emoji", "1️⃣/emoji", "#️⃣/emoji"])
        #expect(tagged("Hi😀there") == ["Hi/word", "😀/emoji", "there/word"])
        // text-style symbols are emoji only with U+FE0F
        #expect(tagged("© ©️ ™") == ["©/symbol", "©️/emoji", "™/symbol"])
    }

    @Test func emoticonsStandingAloneAreOneToken() {
        for emoticon in [":)", ":-(", ":D", ";)", "<3", ":/", "XD", "^_^", ":'("] {
            #expect(tagged("ok \(emoticon) ok") == ["ok/word", "\(emoticon)/emoticon", "ok/word"], "\(emoticon)")
        }
        #expect(tagged(":)") == [":)/emoticon"])
        // not alone: ordinary punctuation
        #expect(texts("(see 8) and (:") == ["(", "see", "8", ")", "and", "(:"])
        #expect(kinds("Note:) x") == [.word, .punctuation, .punctuation, .word])
        #expect(texts("Xbox B)") == ["Xbox", "B", ")"])
    }

    // MARK: - Punctuation

    @Test func quotesBracketsDashesAndEllipses() {
        #expect(kinds("\" “ ” ' ‘ ’ « » ( ) [ ] { } – — - … ... , ; : ? !").allSatisfy { $0 == .punctuation })
        #expect(texts("the liberation … of") == ["the", "liberation", "…", "of"])
        #expect(texts("wait...what?! no!!! -- yes") == ["wait", "...", "what", "?!", "no", "!!!", "--", "yes"])
        #expect(texts("“rape and murder”,") == ["“", "rape", "and", "murder", "”", ","])
        #expect(texts("«hola» „so“") == ["«", "hola", "»", "„", "so", "“"])
        #expect(kinds("& + = ° §") == [.symbol, .symbol, .symbol, .symbol, .punctuation])
    }

    // MARK: - The seed article

    @Test func phrasesOfTheSeedArticle() {
        #expect(texts("criticized Bukele’s proposal.") == ["criticized", "Bukele", "’s", "proposal", "."])
        #expect(texts("repatriation of 100% of the 252") == ["repatriation", "of", "100", "%", "of", "the", "252"])
        #expect(texts("offer you (Maduro) a") == ["offer", "you", "(", "Maduro", ")", "a"])
        #expect(texts("won the re-election last year") == ["won", "the", "re-election", "last", "year"])
        #expect(texts("Enemies Act of 1798, which") == ["Enemies", "Act", "of", "1798", ",", "which"])
        #expect(texts("“dispute without merit”.") == ["“", "dispute", "without", "merit", "”", "."])
        #expect(texts("his country – if") == ["his", "country", "–", "if"])
    }

    // MARK: - Robustness

    @Test func moreTokensThanReservedStillCome() {
        let text = String(repeating: "a ", count: 10_000) + String(repeating: "!.", count: 5_000)
        let tokens = tokenizer.tokenize(text)
        #expect(tokens.count == 10_000 + 10_000)
        expectWellFormed(tokens, count: text.utf8.count)
    }

    @Test func invalidBytesNeverCrashAndStayInBounds() {
        let inputs: [[UInt8]] = [
            [0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x61, 0xFF, 0x62], [0x80, 0x80, 0x61],
            [0xED, 0xA0, 0x80], [0x23, 0xEF, 0xB8], [0x31, 0xE2, 0x83], Array("don'".utf8), Array("U.S".utf8),
            Array("x@".utf8), Array("http://".utf8), Array("www.".utf8), Array("#".utf8), Array("-".utf8),
            Array("1,".utf8), Array("5'".utf8), Array("a’".utf8) + [0xE2],
        ]
        for bytes in inputs {
            let tokens = bytes.withUnsafeBufferPointer { tokenizer.tokenize($0) }
            expectWellFormed(tokens, count: bytes.count)
        }
        let tokens = [UInt8]([0x61, 0xFF, 0x62]).withUnsafeBufferPointer { tokenizer.tokenize($0) }
        #expect(tokens.map(\.kind) == [.word, .symbol, .word])
    }

    @Test func randomBytesAndRandomTextAreWellFormed() {
        var generator = Random(seed: 42)
        let pieces = [
            "a", "Z", "é", "1", ".", ",", "'", "’", "-", "@", "#", "$", "%", ":", ")", "(", " ", "\n", "😀", "\u{200D}",
            "\u{FE0F}", "🏽", "🇺", "U.S.", "n't", "http://", "www.", "…", "“", "\u{301}", "ß", "東", "\u{A0}",
        ]
        for _ in 0..<300 {
            let length = Int.random(in: 0..<40, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let tokens = tokenizer.tokenize(text)
            expectWellFormed(tokens, count: text.utf8.count)
            // valid text: every token is whole scalars, and only whitespace lies between tokens
            let scalarStarts = Set(
                text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) })
            for token in tokens {
                #expect(scalarStarts.contains(Int(token.span.start)), "\(text.debugDescription)")
                #expect(Int(token.span.end) == text.utf8.count || scalarStarts.contains(Int(token.span.end)))
            }
            var document = Document(id: "r", text: text)
            #expect(throws: Never.self) { try tokenizer.process(&document) }
        }
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            expectWellFormed(bytes.withUnsafeBufferPointer { tokenizer.tokenize($0) }, count: bytes.count)
        }
    }

    @Test func theEightByteLetterTestAgreesWithTheByteTable() {
        var generator = Random(seed: 7)
        var window = [UInt8](repeating: 0, count: 8)
        for round in 0..<20_000 {
            for index in 0..<8 {
                // every byte value in every position, then random windows
                window[index] =
                    round < 2048 ? UInt8((round + index * 37) & 0xFF) : UInt8.random(in: 0...255, using: &generator)
            }
            if round < 256 { window[round % 8] = UInt8(round) }
            let expected = window.prefix { ByteClass.flags(of: $0) & ByteClass.alphanumeric != 0 }.count
            let actual = window.withUnsafeBufferPointer { buffer in
                ByteClass.table.withUnsafeBufferPointer { classes in
                    ScalarClass.table.withUnsafeBufferPointer { scalars in
                        var storage = [Token](repeating: Token(span: Span(start: 0, end: 0), kind: .word), count: 1)
                        return storage.withUnsafeMutableBufferPointer { storage in
                            Tokenizer.Scanner(
                                text: buffer.baseAddress!, count: 8, classes: classes.baseAddress!,
                                scalarClasses: scalars.baseAddress!, storage: storage
                            ).alphanumericPrefix(at: 0)
                        }
                    }
                }
            }
            #expect(actual == expected, "\(window)")
        }
    }

    /// A seeded linear congruential generator, so the random cases repeat from run to run.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }
}
