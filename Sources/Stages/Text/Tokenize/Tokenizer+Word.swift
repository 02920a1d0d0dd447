import GlossCore

extension Tokenizer.Scanner {
    /// A word that starts at `start`, scanned on from `resume`; also the clitic, abbreviation,
    /// e-mail address, URL or currency code it turns out to be.
    ///
    /// One word per turn: `scanWord` runs to the first byte that ends it, `finishWord` emits it
    /// (as a word, or a URL when it ends in a top-level domain), and a plain word followed by one
    /// space and a letter goes on to the next word here rather than through `run()`.
    mutating func word(start firstStart: Int, from resume: Int) -> Int {
        var start = firstStart
        var index = resume
        while true {
            var lastDot = -1
            if case .split(let next) = scanWord(start: start, from: &index, lastDot: &lastDot) { return next }
            if let end = finishWord(start: start, at: index, lastDot: lastDot) { return end }
            guard let next = nextWordAfterSpace(at: index) else { return index }
            start = next
            index = next + 1
        }
    }

    /// Moves `index` to the end of the word that starts at `start`, across the joiners that keep
    /// it whole. Returns `.split` when a joiner made the token(s) itself, `.joined` otherwise.
    mutating func scanWord(start: Int, from index: inout Int, lastDot: inout Int) -> Continuation {
        while true {
            index = alphanumericEnd(from: index)
            guard index < count, classes[Int(text[index])] & (ByteClass.wordJoiner | ByteClass.nonASCII) != 0 else {
                return .joined(index)
            }
            let step = text[index] >= 0x80
                ? joinNonASCII(start: start, at: index)
                : joinASCII(start: start, at: index, lastDot: &lastDot)
            switch step {
            case .joined(let next)?: index = next
            case .split(let next)?: return .split(next)
            case nil: return .joined(index)
            }
        }
    }

    /// The end of the run of ASCII letters and digits from `index`: eight bytes at a time while
    /// they last, then byte by byte.
    @inline(__always)
    func alphanumericEnd(from start: Int) -> Int {
        var index = start
        var run = 8
        while run == 8 && index + 8 <= count {
            run = alphanumericPrefix(at: index)
            index += run
        }
        while index < count, classes[Int(text[index])] & ByteClass.alphanumeric != 0 { index += 1 }
        return index
    }

    /// At a scalar from 0x80 up inside a word: letters, marks, digits and emoji components join;
    /// a joiner or hyphen joins when a word character follows; an apostrophe as `apostrophe`
    /// decides. Nil: the word ends here.
    mutating func joinNonASCII(start: Int, at index: Int) -> Continuation? {
        let (scalarClass, length) = classify(at: index)
        switch scalarClass {
        case .letter, .mark, .digit, .emojiComponent:
            return .joined(index + length)
        case .joiner, .hyphen:
            return startsWordCharacter(at: index + length) ? .joined(index + length) : nil
        case .apostrophe:
            return apostrophe(start: start, at: index, length: length)
        default:
            return nil
        }
    }

    /// At an ASCII joiner (`-` `'` `.` `@` `$` `&` `_` `:`) inside a word. Nil: the word ends here.
    mutating func joinASCII(start: Int, at index: Int, lastDot: inout Int) -> Continuation? {
        switch text[index] {
        case UInt8(ascii: "-"):
            // letters or digits join across a hyphen (re-election, COVID-19), digit-digit splits (10-20)
            let joins = startsWordCharacter(at: index + 1) && !(isDigit(index - 1) && isDigit(index + 1))
            return joins ? .joined(index + 1) : nil
        case UInt8(ascii: "'"):
            return apostrophe(start: start, at: index, length: 1)
        case UInt8(ascii: "."):
            let step = period(start: start, at: index)
            if case .joined = step { lastDot = index }
            return step
        case UInt8(ascii: "@"):
            return emitted(start, emailEnd(localPart: start, at: index), .email)
        case UInt8(ascii: "$"):
            // US$, HK$, A$: a currency written as a symbol
            let isCurrency = index - start <= 3 && allUppercase(start, index)
            return emitted(start, isCurrency ? index + 1 : nil, .currency)
        case UInt8(ascii: "&"):
            // AT&T, S&P, R&D
            return isUppercase(index - 1) && isUppercase(index + 1) ? .joined(index + 1) : nil
        case UInt8(ascii: "_"):
            return startsWordCharacter(at: index + 1) ? .joined(index + 1) : nil
        case UInt8(ascii: ":"):
            return emitted(start, isScheme(start, index) ? urlEnd(from: start) : nil, .url)
        default:
            return nil
        }
    }

    /// Emits `start..<end` as one token of `kind` and splits there; nil when there is no end.
    mutating func emitted(_ start: Int, _ end: Int?, _ kind: TokenKind) -> Continuation? {
        guard let end else { return nil }
        emit(start, end, kind)
        return .split(end)
    }

    /// Emits the word `start..<index`: as a URL when its last dot is followed by a top-level
    /// domain (returning the URL's end), else as a word (returning nil: the caller goes on).
    mutating func finishWord(start: Int, at index: Int, lastDot: Int) -> Int? {
        if lastDot > start && isTopLevelDomain(lastDot + 1, index) {
            let end = byte(at: index) == UInt8(ascii: "/") ? urlEnd(from: start) : index
            emit(start, end, .url)
            return end
        }
        emit(start, index, .word)
        return nil
    }

    /// Where the next word starts when one space and a letter (that can start no emoticon)
    /// follow `index`; nil otherwise.
    func nextWordAfterSpace(at index: Int) -> Int? {
        guard index + 1 < count && text[index] == 0x20 else { return nil }
        let next = classes[Int(text[index + 1])]
        guard next & ByteClass.letter != 0 && next & ByteClass.emoticonStart == 0 else { return nil }
        return index + 1
    }
}
