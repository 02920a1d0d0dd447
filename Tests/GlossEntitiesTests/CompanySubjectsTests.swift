import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CompanySubjectsTests {
    static let gazetteer = Gazetteer(
        text: "surname\tcarroll\ncountry\tjapan\ncity\tnew york\norganization\tmicrosoft\ncity\tvelmont\nstate\tokarra\n")

    /// The tags after the rule of `text` (words split at spaces), whose words over `name` are
    /// tagged `type` before it, and whose words listed in `lower` a corpus usually writes in
    /// lower case.
    static func tags(
        _ text: String, name: Range<Int> = 0..<0, _ type: EntityType = .person, lower: Set<String> = [], sure: Float = 0.9,
        groups: Set<String> = []
    ) -> [EntityTag] {
        let sentence = text.split(separator: " ").map(String.init)
        var words = WordAttributes.described(sentence, gazetteer: gazetteer)
        for k in words.indices where lower.contains(sentence[k]) { words[k].casing = 2 }
        for k in words.indices where groups.contains(sentence[k]) { words[k].cluster = CompanySubjects.groupCluster }
        var tags = sentence.indices.map { name.contains($0) ? ($0 == name.lowerBound ? EntityTag.begin(type) : .inside(type)) : .outside }
        var confidence = [Float](repeating: sure, count: tags.count)
        words.withUnsafeBufferPointer {
            CompanySubjects.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence)
        }
        return tags
    }

    @Test func anUntaggedSubjectOfACompanysVerbIsAnOrganisation() {
        #expect(Self.tags("Amoco previously announced a budget")[0] == .begin(.organization))
        #expect(Self.tags("Shearson contributed 316 mln dlrs")[0] == .begin(.organization))
        #expect(Self.tags("Unocal Corp rose ; the price was changed , Unocal said .", name: 0..<2, .organization)[9] == .begin(.organization))
        #expect(Self.tags("The price was changed , Unocal reported .")[5] == .begin(.organization))
        #expect(Self.tags("The price was changed , UNOCAL said .")[5] == .begin(.organization))
        #expect(Self.tags("and Butler Manufacturing Co said")[1...3] == [.begin(.organization), .inside(.organization), .inside(.organization)])
    }

    @Test func peoplePlacesAndCommonWordsAreLeftAlone() {
        #expect(Self.tags("Carroll said it")[0] == .outside)
        #expect(Self.tags("Japan reported a surplus")[0] == .outside)
        #expect(Self.tags("New York reported a surplus")[0] == .outside)
        #expect(Self.tags("Analysts said the rise", lower: ["Analysts"])[0] == .outside)
        #expect(Self.tags("Volcker said it", name: 0..<1)[0] == .begin(.person))
    }

    @Test func aWordInCapitalsIsAnAcronymWhateverTheLowerCaseWord() {
        // "PLANS" is usually written in lower case; in capitals outside a headline it names something.
        #expect(Self.tags("PLANS said it will ship the software", lower: ["PLANS"])[0] == .begin(.organization))
        #expect(Self.tags("the statistics body , PLANS said on Tuesday", lower: ["PLANS"])[4] == .begin(.organization))
        // In title case, or two words in capitals, it stays a common word's.
        #expect(Self.tags("Plans said it will ship the software", lower: ["Plans"])[0] == .outside)
        #expect(Self.tags("NEW PLANS said it will ship the software", lower: ["NEW", "PLANS"])[0...1] == [.outside, .outside])
        // A person's name the lists hold, in capitals, is an acronym too; a letter alone is not.
        #expect(Self.tags("the statistics body , CARROLL said on Tuesday")[4] == .begin(.organization))
        #expect(Self.tags("Carroll said it")[0] == .outside)
        #expect(Self.tags("R and M said it raised prices", name: 0..<1, .organization, lower: ["M"])[2] == .outside)
        // A legal form in capitals is a name's last word ("Kredietbank ( Suisse ) SA said").
        #expect(Self.tags("lead manager Kredietbank ( Suisse ) SA said", name: 2..<3, .organization, lower: ["SA"])[6] == .outside)
    }

    @Test func aCompanysShortFormInACommonWordIsAnOrganisation() {
        // The document names "Zenith Widget Inc" first; "Zenith" is usually written in lower case.
        let text = "Zenith Widget Inc rose ; Zenith said it would expand"
        let tags = Self.tags(text, name: 0..<3, .organization, lower: ["Zenith"])
        #expect(tags[5] == .begin(.organization))
        // Without the full name, or for a word no organisation of the document begins with: left alone.
        #expect(Self.tags("Prices rose ; Zenith said it would expand", lower: ["Zenith"])[3] == .outside)
        #expect(Self.tags("Zenith Widget Inc rose ; Analysts said it would expand", name: 0..<3, .organization, lower: ["Analysts"])[5] == .outside)
    }

    /// The tags after the rule of `text` (words split at spaces), tagged `names` before it.
    static func tags(_ text: String, names: [(Int, Int, EntityType)]) -> [EntityTag] {
        var tags = NewsNamesTests.tags(text, names)
        var confidence = [Float](repeating: 0.9, count: tags.count)
        WordAttributes.described(text.split(separator: " ").map(String.init), gazetteer: gazetteer).withUnsafeBufferPointer {
            CompanySubjects.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence)
        }
        return tags
    }

    @Test func aTownsNameThatBeginsADocumentsCompanyIsItsShortFormBeforeItsVerb() {
        // "Velmont" is a listed city; the document names "Velmont Industries Inc".
        var s = "Velmont Industries Inc agreed to sell its unit , and Velmont said it expects a gain"
        #expect(Self.tags(s, names: [(0, 3, .organization), (10, 1, .location)]) == NewsNamesTests.tags(s, [(0, 3, .organization), (10, 1, .organization)]))
        s = "Velmont Industries Inc sold its unit ; Velmont reported a gain"
        #expect(Self.tags(s, names: [(0, 3, .organization), (7, 1, .location)]) == NewsNamesTests.tags(s, [(0, 3, .organization), (7, 1, .organization)]))
        // Without the company's name; a place after a preposition; a state; a person's pronoun
        // after the verb; a town in a company's name that does not begin it.
        for (s, names) in [
            ("Velmont said it expects rain", [(0, 1, EntityType.location)]),
            ("Velmont Industries Inc grew ; the mayor of Velmont said it expects a gain", [(0, 3, .organization), (9, 1, .location)]),
            ("Okarra Industries Inc grew ; Okarra said it expects a gain", [(0, 3, .organization), (5, 1, .location)]),
            ("Velmont Industries Inc grew ; Velmont said he expects a gain", [(0, 3, .organization), (5, 1, .location)]),
            ("New Velmont Industries Inc grew ; Velmont said it expects a gain", [(0, 4, .organization), (6, 1, .location)]),
            // The town begins an organisation's name that ends in no legal form: the town speaks
            // for its government ("the Tokyo Stock Exchange … Tokyo said it would retaliate").
            ("the Velmont Stock Exchange opened late ; Velmont said it would retaliate", [(1, 3, .organization), (7, 1, .location)]),
            ("the Velmont Rangers lost again ; Velmont said it would build a stadium", [(1, 2, .organization), (6, 1, .location)]),
        ] {
            #expect(Self.tags(s, names: names) == NewsNamesTests.tags(s, names), "\(s)")
        }
    }

    @Test func aGroupOfPeopleIsNoSpeakerAndNoCompany() {
        // "Democrats said" was a person (reut2-001 #1999, carried to five more mentions)
        #expect(Self.tags("Democrats said the budget deficit was too large", groups: ["Democrats"])[0] == .outside)
        #expect(Self.tags("The bill failed , Republicans said .", groups: ["Republicans"])[4] == .outside)
        #expect(Self.tags("Democrats said he would lose", name: 0..<1, .organization, sure: 0.4, groups: ["Democrats"])[0] == .begin(.organization))
        // a singular of the cluster is no plural; a surname in "s" is in no group's cluster
        #expect(Self.tags("Democrat said the bill", groups: ["Democrat"])[0] == .begin(.person))
        #expect(Self.tags("Phelps said the bill")[0] == .begin(.person))
    }

    @Test func theGroupsClusterIsThePluralDemonymsOne() throws {
        // The bundled lexicon puts plural demonyms and party members in the cluster, and
        // surnames in "s" elsewhere.
        let lexicon = try WordLexicon.bundled()
        func cluster(_ word: String) -> UInt32 {
            var attributes = WordAttributes.described([word], gazetteer: Self.gazetteer)[0]
            lexicon.mark(&attributes)
            return attributes.cluster
        }
        for word in ["Americans", "Palestinians", "Kurds", "Democrats", "Republicans", "Tories"] {
            #expect(cluster(word) == CompanySubjects.groupCluster, "\(word)")
        }
        for word in ["Jones", "Williams", "Phelps", "Reuters", "Zelensky"] {
            #expect(cluster(word) != CompanySubjects.groupCluster, "\(word)")
        }
    }

    @Test func aLoneSpeakerIsAPerson() {
        // one unknown word before "said" is more often a surname than a company, when the
        // document names no company beginning with it
        #expect(Self.tags("Zelensky said the talks failed .")[0] == .begin(.person))
        #expect(Self.tags("The talks failed , Zelensky says .")[4] == .begin(.person))
        // in mixed case, a company's name
        #expect(Self.tags("in 2030 , PwC says")[3] == .begin(.organization))
        // after an article, a thing's name
        #expect(Self.tags("The Chronicle says he was arrested", name: 1..<2, .organization)[1] == .begin(.organization))
        // two words stay an organisation
        #expect(Self.tags("Kiena Gold said it")[0...1] == [.begin(.organization), .inside(.organization)])
        // a listed organisation that speaks of one of its people stays an organisation
        #expect(Self.tags("Microsoft said she will step down", name: 0..<1, .organization)[0] == .begin(.organization))
        #expect(Self.tags("Microsoft said she will step down")[0] == .begin(.organization))
        // the tagger's organisation becomes a person only when the tagger is less sure than the rule
        #expect(Self.tags("Zelensky said he would go", name: 0..<1, .organization, sure: 0.44)[0] == .begin(.person))
        #expect(Self.tags("Disney said she would leave", name: 0..<1, .organization, sure: 0.87)[0] == .begin(.organization))
    }

    @Test func iAndTitlesAreLeftAlone() {
        // "I" is always capitalised and never a company, alone or after a person
        #expect(Self.tags("I said Miracle .")[0] == .outside)
        #expect(Self.tags("Chard and I agreed", name: 0..<1)[2] == .outside)
        // a title's capitalised verb says nothing of the subject's capital
        #expect(Self.tags("Netanyahu Says He Has Won the War .")[0] == .outside)
        #expect(Self.tags("Amoco Says It Will Sell Assets")[0] == .outside)
    }

    @Test func aSubjectMustBeginAClause() {
        #expect(Self.tags("spokesman Acme said")[1] == .outside)
        #expect(Self.tags("a report from Acme said")[3] == .outside)
        #expect(Self.tags("as R - G said , there")[2] == .outside)
        #expect(Self.tags("the Big Four Long Names Here said")[1] == .outside)
    }
}
