import GlossCore
import Testing

@testable import GlossSentiment

/// The movement word lists: directions and tones do not contradict each other.
@Suite struct MovementWordsTests {
    func roles(_ word: String) -> MovementWords.Role {
        MovementWords.roles.filter { $0.0 == word }.reduce(into: MovementWords.Role()) { $0.formUnion($1.1) }
    }

    @Test func noWordMovesBothWays() {
        for (word, _) in MovementWords.roles {
            #expect(!roles(word).isSuperset(of: [.up, .down]), "\(word) is listed as both up and down")
        }
    }

    @Test func noQuantityIsBothGoodAndBad() {
        for word in MovementWords.burdens { #expect(!MovementWords.gains.contains(word), "\(word)") }
    }

    @Test func aWordInASingleSIsMarked() {
        for word in ["fears", "declines", "rises", "costs", "cuts"] { #expect(MovementWords.endsInSingleS(word), "\(word)") }
        for word in ["loss", "bonus", "crisis", "s", "rise", "gdp"] { #expect(!MovementWords.endsInSingleS(word), "\(word)") }
        #expect(roles("fears").contains(.sForm) && roles("declines").contains(.sForm))
        #expect(!roles("loss").contains(.sForm) && !roles("decline").contains(.sForm))
    }

    @Test func aLineGivesAWordItsRoles() {
        let roles = MovementWords.read("# comment\nslump\tdown noun,down subject\twordnet\nsales\tgood\tx\nodd\tsideways\n")
        #expect(roles.count == 2)
        #expect(roles[0].0 == "slump" && roles[0].1 == [.down, .noun, .subject])
        #expect(roles[1].0 == "sales" && roles[1].1 == .good)
        #expect(MovementWords.read("plunged\tdown steep,down subject\tx\n")[0].1 == [.down, .steep, .subject])
        #expect(MovementWords.read("").isEmpty && MovementWords.read("x").isEmpty && MovementWords.read("\t\t").isEmpty)
    }

    @Test func linesEndingInCRLFReadAsLinesEndingInLF() {
        let lf = MovementWords.read("# c\nslump\tdown noun\tx\nsoared\tup steep\n")
        let crlf = MovementWords.read("# c\r\nslump\tdown noun\tx\r\nsoared\tup steep\r\n")
        #expect(lf.map(\.0) == ["slump", "soared"] && crlf.map(\.0) == lf.map(\.0))
        #expect(crlf.map(\.1) == [[.down, .noun], [.up, .steep]] && crlf.map(\.1) == lf.map(\.1))
    }

    @Test func securitiesAreAssetsAndOnlyPricesArePrices() {
        // WordNet's first senses under security n4 (debenture, scrip) and the hand lists
        #expect(MovementWords.read("scrip\tasset\tx\n")[0].1 == .asset)
        for word in ["debenture", "debentures", "securities", "shares", "bonds"] { #expect(roles(word).contains(.asset), "\(word)") }
        for word in ["prices", "price"] { #expect(roles(word).contains(.price), "\(word)") }
        for word in ["costs", "losses", "security"] { #expect(!roles(word).contains(.asset) && !roles(word).contains(.price), "\(word)") }
    }

    @Test func onlyVerbsWordNetDefinesAsSuddenOrSharpAreSteep() {
        for word in ["plunged", "plummeted", "soared", "skyrocketed", "slumped"] {
            #expect(roles(word).contains(.steep), "\(word)")
        }
        for word in ["fell", "rose", "declined", "increased", "cut"] {
            #expect(!roles(word).contains(.steep), "\(word)")
        }
    }

    @Test func theShippedWordsComeFromWordNetsTreesOfRiseAndFall() {
        #expect(roles("plummeted").isSuperset(of: [.down, .subject]))
        #expect(roles("skyrocketed").isSuperset(of: [.up, .subject]))
        #expect(roles("slump").isSuperset(of: [.down, .noun]))
        #expect(roles("halved").isSuperset(of: [.down, .object]))
        #expect(roles("receipts").contains(.good) && roles("indebtedness").contains(.bad))
        #expect(!roles("pension").contains(.bad))
    }

    @Test func wordNetsWordsMoveOnlyThroughTheirMostFrequentSense() {
        // rare senses under "increase" or "decrease": to add as part, to satisfy, to put, to make
        for word in ["include", "includes", "included", "including", "content", "set", "sets", "build", "building",
                     "develop", "number", "limited", "contract", "relief", "weaken"] {
            #expect(!roles(word).contains(.up) && !roles(word).contains(.down), "\(word)")
        }
        // their most frequent sense is a movement
        #expect(roles("devaluation").isSuperset(of: [.down, .noun]))
        #expect(roles("broaden").isSuperset(of: [.up, .object]))
        #expect(roles("escalating").isSuperset(of: [.up, .object]))
    }

    @Test func aRootsOwnWordMovesThroughTheRootSense() {
        // "rally" roots the rises in value (rally v4) though SemCor tags it most often as a
        // gathering: the root sense was chosen by its name, so the word moves its subject in all
        // its forms ("equities rally", "bonds rallied")
        for word in ["rally", "rallies", "rallied", "rallying"] { #expect(roles(word).isSuperset(of: [.up, .subject]), "\(word)") }
        // WordNet derives no noun of movement from that sense: "a rally in the capital" moves nothing
        #expect(!roles("rally").contains(.noun))
    }

    @Test func growthByDevelopmentIsNoMovement() {
        // WordNet files "develop" (grow through natural growth: mature, ripen, evolve, age) under
        // "grow, become larger"; news's "bonds maturing" and "the loans mature in May" move no
        // quantity, nor does "the plan evolved"
        for word in ["mature", "matures", "matured", "maturing", "maturation", "ripen", "evolve", "evolved", "sprouting",
                     "unfolding", "progress"] {
            #expect(roles(word).isDisjoint(with: [.up, .down]), "\(word)")
        }
        // the hand lists' words of that tree keep their movement ("prices advanced", "costs climbed")
        for word in ["advance", "advanced", "climb", "climbed", "growing"] { #expect(roles(word).contains(.up), "\(word)") }
    }

    @Test func aMovementWordWhoseFirstNounSenseIsATimeIsMarked() {
        // "fall" is first the season; "delay" a time; "drop", "decline", "rise" are not times
        for word in ["fall", "delay"] { #expect(roles(word).contains(.time), "\(word)") }
        for word in ["falls", "drop", "decline", "rise", "spring"] { #expect(!roles(word).contains(.time), "\(word)") }
        for word in ["next", "last", "this"] { #expect(roles(word).contains(.timeReference), "\(word)") }
        #expect(MovementWords.read("fall\tdown noun,time\tx\n")[0].1 == [.down, .noun, .time])
    }

    @Test func aVerbMovesAnObjectOnlyThroughASenseThatTakesOne() {
        // "heighten, rise" lies under WordNet's "make bigger" but takes no object (its frame is
        // "Something ----s" alone); "billow, surge, heave" likewise
        for word in ["rise", "rises", "rose", "risen", "surge", "surged", "surges"] {
            #expect(roles(word).contains(.subject) && !roles(word).contains(.object), "\(word)")
        }
        // verbs whose movement sense takes an object keep the role; the -ing form of a subject
        // verb still moves the noun after it ("rising prices")
        for word in ["decrease", "decreased", "narrow", "raise", "raised", "rising", "plunging", "surging"] {
            #expect(roles(word).contains(.object), "\(word)")
        }
    }

    @Test func handWordsKeepTheSteepMarkOfTheirMovementSense() {
        // "plunge" and "surge" are most often "dive" and "rush forward"; their steep sense still marks them
        for word in ["plunged", "plunging", "surged", "slumped", "jumped", "sank"] {
            #expect(roles(word).contains(.steep), "\(word)")
        }
    }

    @Test func theCommonVerbsHaveEveryForm() {
        for word in ["rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling"] {
            #expect(roles(word).contains(.subject), "\(word)")
        }
        #expect(roles("cut").isSuperset(of: [.down, .object, .subject, .noun]))
        #expect(roles("costs").contains(.bad) && roles("profits").contains(.good))
    }
}

/// `MovementWords.read`'s byte loops read what splitting the text's bytes read (the reading it
/// had before), on generated lines and on the shipped file.
@Suite struct MovementWordsReadingTests {
    /// The former reading: `split` of the bytes into lines, fields and names.
    static func readBySplitting(_ text: String) -> [(String, MovementWords.Role)] {
        let names: [String: MovementWords.Role] = [
            "up": .up, "down": .down, "subject": .subject, "object": .object, "noun": .noun, "steep": .steep, "good": .good,
            "bad": .bad, "asset": .asset, "time": .time,
        ]
        var roles: [(String, MovementWords.Role)] = []
        for line in text.utf8.split(whereSeparator: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            var role = MovementWords.Role(rawValue: 0)
            for name in fields[1].split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") }) {
                role.formUnion(names[String(decoding: name, as: UTF8.self)] ?? MovementWords.Role(rawValue: 0))
            }
            if !role.isEmpty { roles.append((String(decoding: fields[0], as: UTF8.self), role)) }
        }
        return roles
    }

    static func same(_ a: [(String, MovementWords.Role)], _ b: [(String, MovementWords.Role)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    @Test func readsAsSplittingRead() {
        var random = SplitMix64(seed: 11)
        let pieces = ["up", "down", "noun", "steep", "good", "bad", "asset", "time", "sideways", "", "x", "é"]
        let separators = ["\t", ",", " ", "\n", "\r\n", "\r", "#", "\t\t", ",,"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 12) {
                text += random.next() % 2 == 0
                    ? pieces[Int(random.next() % UInt64(pieces.count))] : separators[Int(random.next() % UInt64(separators.count))]
            }
            #expect(Self.same(MovementWords.read(text), Self.readBySplitting(text)), "\(text.debugDescription)")
        }
        let shipped = MovementWords.shippedText
        #expect(!shipped.isEmpty)
        #expect(Self.same(MovementWords.read(shipped), Self.readBySplitting(shipped)))
    }
}
