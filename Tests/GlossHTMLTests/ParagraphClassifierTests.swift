import Testing

@testable import GlossHTML

@Suite struct ParagraphClassifierTests {
    typealias Class = ParagraphClassifier.Class

    let german = StopWords.forLanguage("de")!

    func good(_ html: String, stopWords: StopWords? = nil) -> [String] {
        let page = HTMLTest.page(html)
        let excluded = ContentExtractor(page: page).furniture()
        return ParagraphClassifier(page: page, stopWords: stopWords ?? german).articleBlocks(excluded: excluded)
            .map { page.string(of: page.blocks[$0]) }
    }

    static let prose = [
        "Die Gemeinde hat am Montag beschlossen, dass die alte Brücke über den Fluss im kommenden Sommer saniert wird, weil sie seit Jahren nicht mehr sicher ist. Das hat der Bürgermeister in der Sitzung gesagt.",
        "Nach Angaben der Verwaltung sollen die Arbeiten etwa drei Monate dauern, und in dieser Zeit wird der Verkehr über eine Umleitung durch das Dorf geführt. Die Kosten trägt zum größten Teil das Land.",
        "Die Anwohner hatten sich schon lange für eine Lösung eingesetzt, denn sie mussten bei jeder Fahrt in die Stadt einen Umweg von mehreren Kilometern in Kauf nehmen. Nun sind sie mit dem Ergebnis zufrieden.",
    ]

    @Test func longProseOfThePagesLanguageIsGoodAndLinksAreNot() {
        let html = """
            <body><div><a href="/">Startseite</a> <a href="/a">Politik</a> <a href="/b">Sport</a></div>
            <div><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><p>\(Self.prose[2])</p></div>
            <div>© 2024 Zeitung GmbH. Alle Rechte vorbehalten, auch die der Vervielfältigung und der Verbreitung in jeder Form.</div></body>
            """
        #expect(good(html) == Self.prose)
    }

    @Test func textWithFewStopWordsIsNotGood() {
        let list = "Kühlschrank Gefrierschrank Waschmaschine Geschirrspüler Trockner Backofen Mikrowelle Kaffeemaschine Staubsauger Bügeleisen Toaster Wasserkocher Dunstabzugshaube Kochfeld Weinkühlschrank Eiswürfelbereiter"
        #expect(good("<body><p>\(list)</p></body>").isEmpty)
    }

    @Test func aShortBlockBetweenGoodBlocksIsGoodAndAHeadingBeforeGoodTextToo() {
        let html = "<body><h2>Die Brücke</h2><p>\(Self.prose[0])</p><p>Kurz gesagt:</p><p>\(Self.prose[1])</p></body>"
        #expect(good(html) == ["Die Brücke", Self.prose[0], "Kurz gesagt:", Self.prose[1]])
    }

    @Test func theLanguageDecides() {
        // German prose measured against English stop words has too few of them.
        let html = "<body><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p></body>"
        #expect(good(html, stopWords: StopWords.forLanguage("en")!).isEmpty)
    }

    @Test func contextRules() {
        var classes: [Class] = [.good, .short, .good, .short, .bad, .nearGood, .bad]
        ParagraphClassifier.resolveShort(&classes)
        #expect(classes == [.good, .good, .good, .bad, .bad, .nearGood, .bad])
        ParagraphClassifier.resolveNearGood(&classes)
        #expect(classes == [.good, .good, .good, .bad, .bad, .bad, .bad])
        // A short block with good on one side and a near-good block on its bad side is good.
        var mixed: [Class] = [.good, .short, .nearGood, .bad]
        ParagraphClassifier.resolveShort(&mixed)
        #expect(mixed[1] == .good)
    }

    @Test func headingsFarFromGoodTextStayAsTheyAre() {
        var classes: [Class] = [.short, .bad, .bad, .good]
        ParagraphClassifier.reviseHeadings(&classes, headings: [true, false, false, false], lengths: [10, 150, 150, 300])
        #expect(classes[0] == .short)
        var near: [Class] = [.short, .bad, .good]
        ParagraphClassifier.reviseHeadings(&near, headings: [true, false, false], lengths: [10, 150, 300])
        #expect(near[0] == .nearGood)
    }

    @Test func theCopyrightCheckOnBytesFindsWhatTheSearchFinds() {
        for (text, holds) in [
            ("© 2024 Zeitung", true), ("Text &copy; Verlag", true), ("Alle Rechte &COPY", false), ("Kosten & Nutzen", false),
            ("Preis: 20 ¢ (C2 A2)", false), ("endet mit &cop", false), ("", false), ("Ä©", true),
        ] {
            let bytes = Array(text.utf8)
            #expect(ParagraphClassifier.mayHoldCopyright(bytes[...]) == holds, "\(text)")
            #expect(ParagraphClassifier.mayHoldCopyright(bytes[...]) == (text.contains("\u{A9}") || text.contains("&copy")))
        }
    }
}
