import GlossCore

extension PartnerFirms {
    /// A firm named after one name twice, "A and A": "Reynolds and Reynolds", "Saatchi and
    /// Saatchi's consulting arm", "Alexander and Alexander Services Inc", "Kahn and Kahn Pty Ltd",
    /// that the tagger read as two people, two places or a name and a company ("[Reynolds] and
    /// [Reynolds Co]"): one organisation's name over both words, the "and", and the legal form
    /// after them. Two people of one surname are written "the Reynolds brothers", not "Reynolds
    /// and Reynolds"; the repeated word is the cue that `firm` looks for around other pairs.
    ///
    /// - **the pair**: a one-word name the tagger found, of any type, a lower-case "and" and the
    ///   same word, both in title case in running text, neither a listed place; after no
    ///   capitalised word but one usually in lower case;
    /// - **after it**: no capitalised word, or at most two in title case and legal forms
    ///   ("Alexander and Alexander Services Inc"), which join the name ("and Kodak Polychrome"
    ///   does not: no legal form);
    /// - **the document** writes the word nowhere else with a capital outside a headline but in
    ///   such a pair: "the losses of Reed and Reed capital spending … to sell Reed", "a bid for
    ///   Dome and Dome said … Dome Petroleum", "Jack Kahn" are a company, a person and another's;
    ///   one walk over the words' views, at most `mostWalks` a document (shared with `firm`).
    ///
    /// Over Reuters-21578 and the RSS snapshots the tagger cut or mistyped 10 such names
    /// ("Saatchi and Saatchi" four times two places). EWT and the proxies write a firm's name
    /// whole, "and" and all (proxy12's labeller: "Reynolds and Reynolds").
    ///
    /// Called from `OrganisationContexts`' walk at each name that "and" follows; no pass of its
    /// own.
    ///
    /// - Cost: two hash comparisons at a one-word name before "and"; where the word after it is
    ///   the same, a few more and one walk over the document's words' views; nothing allocated.
    static func doubled(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, _ name: Range<Int>, in sentence: Range<Int>,
        walks: inout Int
    ) -> Range<Int>? {
        let and = name.upperBound
        let partner = and + 1
        guard name.count == 1, partner < sentence.upperBound, words[and].word == NameHeads.and, words[partner].word == words[name.lowerBound].word
        else { return nil }
        let word = words[partner]
        guard words[name.lowerBound].isTitleCaseInText, word.isTitleCaseInText, word.gazetteer & Gazetteer.place == 0,
            !words[and].hasCapital,
            name.lowerBound == sentence.lowerBound || !words[name.lowerBound - 1].hasCapital
                || HeadlineCasing.usuallyLower(words[name.lowerBound - 1])
        else { return nil }
        // The words after the pair: none with a capital, or a firm's words and its legal forms.
        var end = partner + 1
        if end < sentence.upperBound, words[end].hasCapital {
            var forms = end
            while forms < sentence.upperBound, forms - end < 2, words[forms].isTitleCaseInText,
                !NameHeads.joiningLegalForms.contains(words[forms].word)
            {
                forms += 1
            }
            end = NameHeads.endOfLegalForms(from: forms, words, in: sentence)
            guard end > forms else { return nil }
        }
        guard walks > 0 else { return nil }
        walks -= 1
        var k = 0
        while k < words.count {
            if views[k].word == word.word, views[k].hasCapital, !views[k].inHeadline {
                guard k + 2 < words.count, views[k + 1].word == NameHeads.and, views[k + 2].word == word.word else { return nil }
                k += 3
                continue
            }
            k += 1
        }
        return name.lowerBound..<end
    }
}
