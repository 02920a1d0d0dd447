import GlossCore
import GlossText

/// A company's name written in full once with its legal form ("Continental Materials Corp",
/// "RKO General Inc") and then without it, where the tagger cut the repeat shorter still
/// ("[Continental] Materials stock", "[RKO] General said") or missed it: the repeat is the
/// name less its legal form, an organisation, read after the other rules and before
/// `DocumentConsistency`, whose votes then count it.
///
/// `DocumentConsistency` finds a name again only as the same words, and `NameLinker` links a
/// short form to a longer name without changing its bounds; a repeat the tagger cut at a word
/// usually written in lower case ("Materials", "General") stayed cut. Here the words of each
/// of the document's organisations that end in a legal form, less that form (two words or more,
/// the first capitalised), are looked for wherever a capitalised word begins them: where the
/// tagger found a name that is a shorter part of them (or nothing) and no name goes on past
/// them, they become one organisation. A name found whole, or one that goes on ("Continental
/// Materials Group"), is left alone, but for a place's name found whole or cut in two ("[Toronto
/// Dominion]", "[Toronto] [Dominion]" after "Toronto Dominion Bank") that is no listed place
/// ("Hong Kong" of "Hong Kong Telephone Co" stays), nor a region's ending in a place's head word
/// ("Silicon Valley", "Gulf Coast", `isARegion`): the tagger read the company's short form by
/// its first word. An organisation's name that ends in "Bank" gives its words before "Bank" as
/// well ("Toronto Dominion", "Chase Manhattan").
///
/// - Cost: for a document without a legal form, a look at the rule words found
///   (`RuleWords.find`); with k full names (at most `mostNames`), O(t) in tokens, a bit test per
///   token against the names' first words, and a comparison with each of the k first words
///   and a few more word comparisons where the bit is set.
enum ShortenedNames {
    /// The most full names a document's repeats are looked for by.
    static let mostNames = 16

    /// Applies the rule to a document's `words` whose sentences are `sentences` (ranges of
    /// `words`), rewriting `tags` and `confidence` (a rule's confidence for what it tags).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        apply(words, sentences: sentences, found: RuleWords.find(words, sentences: sentences), tags: tags, confidence: confidence)
    }

    /// `apply(_:sentences:tags:confidence:)` with the rule words of `sentences` found already
    /// (`RuleWords.find`): the full names are read at their legal forms, so a document without
    /// one costs a look at the words found and nothing more.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], found: [RuleWords.Found],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, found: found, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:found:tags:confidence:)` with the words' `views` made (`WordView`),
    /// which the walk for the names cut short reads at each token.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>], found: [RuleWords.Found],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        // The names less their legal forms, as ranges of `words` (the first mention's words),
        // and a bit per first word's hash (its low six bits), so most tokens are passed over
        // with one test.
        var cores: [Range<Int>] = []
        var firstWords: UInt64 = 0
        for found in found where cores.count < mostNames
            && (found.bits & RuleWords.legalForm != 0 || (found.bits & RuleWords.institutionWord != 0 && words[found.token].word == NameHeads.bank))
        {
            let last = found.token
            // The legal form that ends an organisation's name.
            guard tags[last].type == .organization, last + 1 == found.sentence.upperBound || !tags[last + 1].isInside else { continue }
            var first = last
            while first > found.sentence.lowerBound, tags[first].isInside { first -= 1 }
            guard tags[first] == .begin(.organization), !isCutAtTheLeft(first, words, in: found.sentence, tags: tags),
                let core = core(words, first..<(last + 1)), !cores.contains(where: { same(words, $0, core) })
            else { continue }
            cores.append(core)
            firstWords |= 1 << (words[core.lowerBound].word & 63)
        }
        guard !cores.isEmpty else { return }
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard firstWords & (1 << (views[i].word & 63)) != 0, views[i].isCapitalisedWord, !tags[i].isInside else {
                    i += 1
                    continue
                }
                var next = i + 1
                for core in cores where words[core.lowerBound].word == views[i].word {
                    let mention = i..<(i + core.count)
                    guard mention.upperBound <= sentence.upperBound, same(words, core, mention),
                        isCutShort(mention, words, in: sentence, tags: tags)
                    else { continue }
                    NameHeads.retype(mention, as: .organization, capped: false, tags: tags, confidence: confidence)
                    next = mention.upperBound
                    break
                }
                i = next
            }
        }
    }

    /// The words of `name` (an organisation's) less the legal forms it ends in, when two words
    /// or more are left, the first capitalised and the last no connector ("Continental
    /// Materials" of "Continental Materials Corp"; "Dow Jones" of "Dow Jones and Co"); nil
    /// otherwise.
    static func core(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Range<Int>? {
        var end = name.upperBound
        if words[end - 1].word == NameHeads.bank { end -= 1 }
        while end > name.lowerBound, words[end - 1].ruleWords & RuleWords.legalForm != 0 { end -= 1 }
        guard end < name.upperBound else { return nil }
        while end > name.lowerBound, words[end - 1].isConnector { end -= 1 }
        let core = name.lowerBound..<end
        guard core.count >= 2, words[core.lowerBound].isCapitalisedWord, words[end - 1].hasCapital else { return nil }
        return core
    }

    /// Whether the word before the name that begins at token `first` of `sentence` is a
    /// capitalised word the tagger left out of it, other than "The" and in a sentence, not a
    /// headline ("(Big | Rivers Electric Corp)", "Applied | DNA Systems Inc said"): the name
    /// may be cut at its left, and its words less the legal form are then no company's whole
    /// name ("Rivers Electric" of "Big Rivers Electric" would be made a name).
    @inline(__always)
    static func isCutAtTheLeft(
        _ first: Int, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        guard first > sentence.lowerBound, tags[first - 1] == .outside else { return false }
        let before = words[first - 1]
        return before.flags & WordAttributes.Flags.initialCapital != 0 && !before.inHeadline && before.word != NameHeads.the
    }

    /// Whether the words over `a` and `b` are the same, case folded, each of `b` with a capital
    /// where `a`'s has one, unless in a headline, whose words `HeadlineCasing` lowers ("REYNOLDS
    /// METALS" is "Reynolds Metals"; "ABM gold manages" and "Smoky River coal" are not "ABM
    /// Gold", "Smoky River Coal").
    @inline(__always)
    static func same(_ words: UnsafeBufferPointer<WordAttributes>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy {
                words[$0].word == words[$1].word && (words[$1].inHeadline || words[$0].hasCapital == words[$1].hasCapital)
            }
    }

    /// Words that end a region's name, beyond `NameHeads.location`'s ("Valley", "Island").
    static let regionEnds = NameHeads.hashes("coast bay lake lakes beach shore plains")

    /// Whether `mention`'s last word ends a place's name (`NameHeads.location`, `regionEnds`):
    /// a region the gazetteer does not list is still a place, not a bank's short form.
    @inline(__always)
    static func isARegion(_ words: UnsafeBufferPointer<WordAttributes>, _ mention: Range<Int>) -> Bool {
        let last = words[mention.upperBound - 1].word
        return NameHeads.location.contains(last) || regionEnds.contains(last)
    }

    /// Whether the tagger left `mention` untagged or found only a shorter name that begins it
    /// (no other name inside it, but a second one to its end after a place's), and neither a
    /// name, a capitalised word nor "Bank" goes on past it (false when found whole, but as a
    /// place that is no listed place, or part of a longer name: "Continental Materials Group",
    /// a headline's "NORDIC INVESTMENT BANK").
    static func isCutShort(
        _ mention: Range<Int>, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        var k = mention.lowerBound + 1
        if let type = tags[mention.lowerBound].type {
            while k < mention.upperBound, tags[k] == .inside(type) { k += 1 }
            // Found whole already; a place's name that is no listed place is the company's
            // short form ("Toronto Dominion" of "Toronto Dominion Bank"), which the tagger
            // read by its first word.
            // Not a region's name that ends in a place's head word, listed or not ("Silicon
            // Valley" of "Silicon Valley Bank", "the Gulf Coast" of "Gulf Coast Bank").
            if k == mention.upperBound,
                type != .location || OrganisationContexts.isAListedPlace(words, mention) || isARegion(words, mention)
            {
                return false
            }
            // A place's name and one more name that ends with the mention ("[Toronto]
            // [Dominion]").
            if type == .location, let other = tags[k].type, tags[k] == .begin(other) {
                var end = k + 1
                while end < mention.upperBound, tags[end] == .inside(other) { end += 1 }
                if end == mention.upperBound { k = end }
            }
        }
        while k < mention.upperBound {
            guard tags[k] == .outside else { return false }
            k += 1
        }
        return mention.upperBound == sentence.upperBound
            || (!tags[mention.upperBound].isInside && !(tags[mention.upperBound] == .outside && words[mention.upperBound].hasCapital)
                && words[mention.upperBound].word != NameHeads.bank)
    }
}
