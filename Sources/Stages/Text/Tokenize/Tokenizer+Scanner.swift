import GlossCore

extension Tokenizer {
    /// The lexer behind `Tokenizer`: one forward pass over UTF-8 bytes that dispatches on the
    /// first byte of each token and appends spans to a reserved array.
    ///
    /// ```
    ///   separator ─▶ skip          letter ─▶ word()   ─▶ clitic, abbreviation, e-mail, URL
    ///   digit     ─▶ number()      0x80+  ─▶ decode ─▶ word, punctuation, currency, emoji
    ///   . ! ? - # @ $ % …  ─▶ punctuation(): ellipsis, runs, signs, hashtags, mentions
    /// ```
    ///
    /// Every index is checked against `count` before it is read, so any bytes, well-formed or
    /// not, are walked to the end without a trap.
    ///
    /// Tokens go straight into `storage`, the uninitialised buffer of the array being built,
    /// without the uniqueness and capacity checks of `Array.append`; should the text hold more
    /// tokens than `capacity` (one per five bytes), the rest go to `overflow`.
    struct Scanner {
        let text: UnsafePointer<UInt8>
        let count: Int
        /// `ByteClass.table`.
        let classes: UnsafePointer<UInt8>
        /// `ScalarClass.table`.
        let scalarClasses: UnsafePointer<ScalarClass>
        let storage: UnsafeMutablePointer<Token>
        let capacity: Int
        /// How many tokens `storage` holds.
        private(set) var used = 0
        /// The tokens that did not fit in `storage`.
        private(set) var overflow: [Token] = []

        init(
            text: UnsafePointer<UInt8>, count: Int, classes: UnsafePointer<UInt8>,
            scalarClasses: UnsafePointer<ScalarClass>, storage: UnsafeMutableBufferPointer<Token>
        ) {
            self.text = text
            self.count = count
            self.classes = classes
            self.scalarClasses = scalarClasses
            self.storage = storage.baseAddress!
            self.capacity = storage.count
        }

        /// Tokenises the whole text.
        mutating func run() {
            var index = 0
            while index < count {
                let flags = classes[Int(text[index])]
                if flags & ByteClass.separator != 0 {
                    index += 1
                } else if flags & ByteClass.emoticonStart != 0 && mayStartEmoticon(at: index),
                    let end = Emoticons.end(text, count: count, at: index)
                {
                    emit(index, end, .emoticon)
                    index = end
                } else if flags & ByteClass.letter != 0 {
                    index = word(start: index, from: index + 1)
                } else if flags & ByteClass.digit != 0 {
                    index = number(start: index, digits: index)
                } else if flags & ByteClass.nonASCII != 0 {
                    index = nonASCII(at: index)
                } else {
                    index = punctuation(at: index)
                }
            }
        }

        // MARK: - Tokens by their first byte

        /// A word that starts at `start`, scanned on from `resume`; also the clitic, abbreviation,
        /// e-mail address, URL or currency code it turns out to be.
        mutating func word(start firstStart: Int, from resume: Int) -> Int {
            var start = firstStart
            var index = resume
            var lastDot = -1
            // one word per turn; a plain word followed by one space and a letter goes on to the next
            // word here rather than through run()
            while true {
                scan: while true {
                    // eight bytes at a time while they last, then byte by byte
                    var run = 8
                    while run == 8 && index + 8 <= count {
                        run = alphanumericPrefix(at: index)
                        index += run
                    }
                    var flags: UInt8 = 0
                    while index < count {
                        flags = classes[Int(text[index])]
                        guard flags & ByteClass.alphanumeric != 0 else { break }
                        index += 1
                    }
                    guard index < count && flags & (ByteClass.wordJoiner | ByteClass.nonASCII) != 0 else { break }
                    let byte = text[index]
                    if byte >= 0x80 {
                        let (scalarClass, length) = classify(at: index)
                        switch scalarClass {
                        case .letter, .mark, .digit, .emojiComponent:
                            index += length
                            continue scan
                        case .joiner, .hyphen:
                            if startsWordCharacter(at: index + length) {
                                index += length
                                continue scan
                            }
                        case .apostrophe:
                            switch apostrophe(start: start, at: index, length: length) {
                            case .joined(let next)?:
                                index = next
                                continue scan
                            case .split(let next)?: return next
                            case .none: break
                            }
                        default: break
                        }
                        break scan
                    }
                    switch byte {
                    case UInt8(ascii: "-"):
                        // letters or digits join across a hyphen (re-election, COVID-19), digit-digit splits (10-20)
                        if startsWordCharacter(at: index + 1) && !(isDigit(index - 1) && isDigit(index + 1)) {
                            index += 1
                            continue scan
                        }
                    case UInt8(ascii: "'"):
                        switch apostrophe(start: start, at: index, length: 1) {
                        case .joined(let next)?:
                            index = next
                            continue scan
                        case .split(let next)?: return next
                        case .none: break
                        }
                    case UInt8(ascii: "."):
                        switch period(start: start, at: index) {
                        case .joined(let next)?:
                            lastDot = index
                            index = next
                            continue scan
                        case .split(let next)?: return next
                        case .none: break
                        }
                    case UInt8(ascii: "@"):
                        if let end = emailEnd(localPart: start, at: index) {
                            emit(start, end, .email)
                            return end
                        }
                    case UInt8(ascii: "$"):
                        // US$, HK$, A$: a currency written as a symbol
                        if index - start <= 3 && allUppercase(start, index) {
                            emit(start, index + 1, .currency)
                            return index + 1
                        }
                    case UInt8(ascii: "&"):
                        // AT&T, S&P, R&D
                        if isUppercase(index - 1) && isUppercase(index + 1) {
                            index += 1
                            continue scan
                        }
                    case UInt8(ascii: "_"):
                        if startsWordCharacter(at: index + 1) {
                            index += 1
                            continue scan
                        }
                    case UInt8(ascii: ":"):
                        if isScheme(start, index) {
                            let end = urlEnd(from: start)
                            emit(start, end, .url)
                            return end
                        }
                    default: break
                    }
                    break scan
                }
                if lastDot > start && isTopLevelDomain(lastDot + 1, index) {
                    let end = byte(at: index) == UInt8(ascii: "/") ? urlEnd(from: start) : index
                    emit(start, end, .url)
                    return end
                }
                emit(start, index, .word)
                guard index + 1 < count && text[index] == 0x20 else { return index }
                let next = classes[Int(text[index + 1])]
                guard next & ByteClass.letter != 0 && next & ByteClass.emoticonStart == 0 else { return index }
                start = index + 1
                index = start + 1
                lastDot = -1
            }
        }

        /// A number that starts at `start` (a digit, or a sign or `.` before `digits`):
        /// digits with `,` `.` `:` `/` between them, an ordinal or decade suffix, and then
        /// possibly a hyphenated word (`3-year-old`) or a possessive (`1990's`).
        mutating func number(start: Int, digits: Int) -> Int {
            if digits == start, let end = keycapEnd(at: start) {
                emit(start, end, .emoji)
                return end
            }
            var index = digits
            while true {
                while isDigit(index) { index += 1 }
                let byte = byte(at: index)
                let separates =
                    byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
                    || byte == UInt8(ascii: "/")
                guard separates && isDigit(index + 1) else { break }
                index += 1
            }
            if isLetter(index) {
                if let end = suffixEnd(digitsFrom: digits, at: index) {
                    index = end
                } else {
                    emit(start, index, .number)  // 5bn → 5 bn
                    return index
                }
            }
            switch byte(at: index) {
            case UInt8(ascii: "-"):
                if startsLetter(at: index + 1) { return word(start: start, from: index) }
            case UInt8(ascii: "@"):
                if let end = emailEnd(localPart: start, at: index) {
                    emit(start, end, .email)
                    return end
                }
            default:
                if let end = possessiveEnd(at: index) {
                    emit(start, index, .number)
                    emit(index, end, .clitic)
                    return end
                }
            }
            emit(start, index, .number)
            return index
        }

        /// A token that starts with a byte from 0x80 up.
        mutating func nonASCII(at start: Int) -> Int {
            let (scalarClass, length) = classify(at: start)
            let next = start + length
            switch scalarClass {
            case .space, .joiner, .emojiComponent:
                return next
            case .letter, .mark, .digit:
                return word(start: start, from: next)
            case .emoji, .emojiModifier, .regionalIndicator:
                return emoji(start: start, first: scalarClass, length: length)
            case .emojiText:
                if hasVariationSelector16(at: next) { return emoji(start: start, first: scalarClass, length: length) }
                let value = ScalarClass.decode(text, count: count, at: start).value
                let category = Unicode.Scalar(value).map { ScalarClass.category($0.properties.generalCategory) }
                let isPunctuation =
                    category == .punctuation || category == .openPunctuation || category == .closePunctuation
                emit(start, next, isPunctuation ? .punctuation : .symbol)
            case .apostrophe, .hyphen, .openPunctuation, .closePunctuation, .punctuation:
                emit(start, next, .punctuation)
            case .currency: emit(start, next, .currency)
            case .percent: emit(start, next, .percent)
            case .number: emit(start, next, .number)
            case .symbol: emit(start, next, .symbol)
            }
            return next
        }

        /// A token that starts with ASCII punctuation or a symbol.
        mutating func punctuation(at start: Int) -> Int {
            let byte = text[start]
            switch byte {
            case UInt8(ascii: "."):
                // an ellipsis of periods (...), or a number without its leading zero (.08)
                if self.byte(at: start + 1) == UInt8(ascii: ".") { return run(of: byte, or: byte, from: start) }
                if isDigit(start + 1) && !isAlphanumeric(start - 1) { return number(start: start, digits: start + 1) }
            case UInt8(ascii: "!"), UInt8(ascii: "?"):
                return run(of: UInt8(ascii: "!"), or: UInt8(ascii: "?"), from: start)  // ?! !!!
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                if byte == UInt8(ascii: "-") && self.byte(at: start + 1) == byte {
                    return run(of: byte, or: byte, from: start)  // --
                }
                if isDigit(start + 1) && (precededBySpace(start) || isOpeningBracket(start - 1)) {
                    return number(start: start, digits: start + 1)  // -5, +44
                }
                if byte == UInt8(ascii: "+") {
                    emit(start, start + 1, .symbol)
                    return start + 1
                }
            case UInt8(ascii: "$"):
                emit(start, start + 1, .currency)
                return start + 1
            case UInt8(ascii: "%"):
                emit(start, start + 1, .percent)
                return start + 1
            case UInt8(ascii: "#"), UInt8(ascii: "@"):
                if byte == UInt8(ascii: "#"), let end = keycapEnd(at: start) {
                    emit(start, end, .emoji)
                    return end
                }
                let end = tagEnd(from: start + 1)
                guard end > start + 1 else {
                    emit(start, start + 1, .symbol)
                    return start + 1
                }
                emit(start, end, byte == UInt8(ascii: "#") ? .hashtag : .mention)
                if let possessive = possessiveEnd(at: end) {
                    emit(end, possessive, .clitic)
                    return possessive
                }
                return end
            case UInt8(ascii: "*"):
                if let end = keycapEnd(at: start) {
                    emit(start, end, .emoji)
                    return end
                }
                emit(start, start + 1, .symbol)
                return start + 1
            case UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "^"),
                UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "\\"):
                emit(start, start + 1, .symbol)
                return start + 1
            default: break
            }
            emit(start, start + 1, .punctuation)
            return start + 1
        }

        // MARK: - Inside a word

        /// What became of a word at an apostrophe or a period.
        enum Continuation {
            /// The mark joins the word, which goes on at the index given.
            case joined(Int)
            /// The word (and what followed it) was emitted; the next token starts at the index.
            case split(Int)
        }

        /// At an apostrophe (`'` or `’`, `length` bytes) after the word `start..<at`: splits a
        /// clitic off (`'s` `'m` `'d` `'ll` `'re` `'ve`, and `n't` with the `n` before it), or
        /// joins letters across it (`O'Brien`), or ends the word (nil).
        mutating func apostrophe(start: Int, at index: Int, length: Int) -> Continuation? {
            let after = index + length
            var end = after
            while end < count && end - after < 3 && isLetter(end) { end += 1 }
            if end - after <= 2 && end > after && !startsWordCharacter(at: end) {
                let first = text[after] | 0x20
                let second = end - after == 2 ? text[after + 1] | 0x20 : 0
                let isClitic =
                    end - after == 1
                    ? first == UInt8(ascii: "s") || first == UInt8(ascii: "m") || first == UInt8(ascii: "d")
                    : (first == UInt8(ascii: "l") && second == UInt8(ascii: "l"))
                        || (first == UInt8(ascii: "r") && second == UInt8(ascii: "e"))
                        || (first == UInt8(ascii: "v") && second == UInt8(ascii: "e"))
                if isClitic {
                    emit(start, index, .word)
                    emit(index, end, .clitic)
                    return .split(end)
                }
                if end - after == 1 && first == UInt8(ascii: "t") && text[index - 1] | 0x20 == UInt8(ascii: "n") {
                    if index - 1 > start { emit(start, index - 1, .word) }
                    emit(index - 1, end, .clitic)
                    return .split(end)
                }
            }
            return startsLetter(at: after) ? .joined(after) : nil
        }

        /// At a period after the word `start..<at`: keeps it in an initialism (`U.S.`, `Ph.D.`),
        /// a listed abbreviation (`Mr.`, `No.` before a number) or an initial (`J.`); starts a
        /// URL at `www.`; joins a domain or version (`Amazon.com`, `v1.2`); or ends the word (nil).
        mutating func period(start: Int, at dot: Int) -> Continuation? {
            let length = dot - start
            if length == 3 && equalsLowercased(start, dot, "www") && startsWordCharacter(at: dot + 1) {
                let end = urlEnd(from: start)
                emit(start, end, .url)
                return .split(end)
            }
            if length <= 2 && allLetters(start, dot), let end = initialismEnd(start: start, firstDot: dot) {
                emit(start, end, .abbreviation)
                return .split(end)
            }
            if let entry = Abbreviations.entry(text, from: start, to: dot),
                entry.kind != .beforeNumber || digitFollows(dot + 1)
            {
                emit(start, dot + 1, .abbreviation)
                return .split(dot + 1)
            }
            let next = byte(at: dot + 1)
            let lowerOrDigit = (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || isDigit(dot + 1)
            if !lowerOrDigit && isSingleUppercaseLetter(start, dot) {
                emit(start, dot + 1, .abbreviation)
                return .split(dot + 1)
            }
            return lowerOrDigit ? .joined(dot + 1) : nil
        }

        /// The end of an initialism that starts with the 1–2 letters `start..<firstDot`:
        /// at least two segments of one or two letters, each with its period, one of them a
        /// single letter (`U.S.`, `e.g.`, `a.m.`, `Ph.D.`). Nil if there is none.
        func initialismEnd(start: Int, firstDot: Int) -> Int? {
            var segments = 1
            var single = firstDot - start == 1
            var index = firstDot + 1
            while true {
                var end = index
                while end < count && end - index < 3 && isLetter(end) { end += 1 }
                guard end - index >= 1 && end - index <= 2 && byte(at: end) == UInt8(ascii: ".") else { break }
                segments += 1
                single = single || end - index == 1
                index = end + 1
            }
            return segments >= 2 && single ? index : nil
        }

        /// An ordinal (`21st`, `2nd`) or decade (`1990s`) suffix at `index` after the digits
        /// from `digits`: its end, or nil.
        func suffixEnd(digitsFrom digits: Int, at index: Int) -> Int? {
            let first = text[index] | 0x20
            let second = byte(at: index + 1) | 0x20
            let ordinal =
                (first == UInt8(ascii: "s") && second == UInt8(ascii: "t"))
                || (first == UInt8(ascii: "n") && second == UInt8(ascii: "d"))
                || (first == UInt8(ascii: "r") && second == UInt8(ascii: "d"))
                || (first == UInt8(ascii: "t") && second == UInt8(ascii: "h"))
            if ordinal && !startsLetter(at: index + 2) { return index + 2 }
            if first == UInt8(ascii: "s") && index - digits >= 2 && text[index - 1] == UInt8(ascii: "0")
                && !startsLetter(at: index + 1)
            {
                return index + 1
            }
            return nil
        }

        /// The end of `'s` or `’s` at `index` followed by no letter, or nil.
        func possessiveEnd(at index: Int) -> Int? {
            var after = index
            if byte(at: index) == UInt8(ascii: "'") {
                after += 1
            } else if byte(at: index) == 0xE2 && byte(at: index + 1) == 0x80 && byte(at: index + 2) == 0x99 {
                after += 3
            } else {
                return nil
            }
            guard byte(at: after) | 0x20 == UInt8(ascii: "s") && !startsWordCharacter(at: after + 1) else { return nil }
            return after + 1
        }

        // MARK: - URLs, addresses, tags, emoji

        /// The end of a URL that starts at `start`: up to whitespace, a quote or angle bracket,
        /// or a non-ASCII character that is not a letter or digit; without trailing sentence
        /// punctuation and without closing brackets it did not open.
        func urlEnd(from start: Int) -> Int {
            var index = start
            while index < count {
                let byte = text[index]
                if byte >= 0x80 {
                    let (scalarClass, length) = classify(at: index)
                    guard scalarClass.isWordCharacter else { break }
                    index += length
                    continue
                }
                if classes[Int(byte)] & ByteClass.separator != 0 { break }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "{"),
                    UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "^"):
                    return trimmedURLEnd(start, index)
                default: index += 1
                }
            }
            return trimmedURLEnd(start, index)
        }

        private func trimmedURLEnd(_ start: Int, _ end: Int) -> Int {
            var end = end
            while end > start + 1 {
                switch text[end - 1] {
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                    UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"):
                    end -= 1
                case UInt8(ascii: ")")
                where occurrences(of: UInt8(ascii: "("), start, end) < occurrences(of: UInt8(ascii: ")"), start, end):
                    end -= 1
                case UInt8(ascii: "]")
                where occurrences(of: UInt8(ascii: "["), start, end) < occurrences(of: UInt8(ascii: "]"), start, end):
                    end -= 1
                default: return end
                }
            }
            return end
        }

        /// The end of an e-mail address whose local part `localPart..<at` precedes the `@` at
        /// `at`: a domain of at least two labels, the last of two or more letters. Nil if none.
        func emailEnd(localPart start: Int, at: Int) -> Int? {
            guard at > start && text[at - 1] != UInt8(ascii: ".") else { return nil }
            var index = at + 1
            var labels = 0
            var lastLabel = index
            while true {
                let label = index
                while index < count && (isAlphanumeric(index) || text[index] == UInt8(ascii: "-")) { index += 1 }
                guard index > label else { return nil }
                labels += 1
                lastLabel = label
                guard byte(at: index) == UInt8(ascii: ".") && isAlphanumeric(index + 1) else { break }
                index += 1
            }
            guard labels >= 2 && index - lastLabel >= 2 && allLetters(lastLabel, index) else { return nil }
            return index
        }

        /// The end of a hashtag's or mention's name from `start` (letters, digits, `_`), or
        /// `start` if it has no letter.
        func tagEnd(from start: Int) -> Int {
            var index = start
            var hasLetter = false
            while index < count {
                let byte = text[index]
                if byte < 0x80 {
                    let flags = classes[Int(byte)]
                    guard flags & ByteClass.alphanumeric != 0 || byte == UInt8(ascii: "_") else { break }
                    hasLetter = hasLetter || flags & ByteClass.letter != 0
                    index += 1
                } else {
                    let (scalarClass, length) = classify(at: index)
                    guard scalarClass.isWordCharacter else { break }
                    hasLetter = hasLetter || scalarClass == .letter
                    index += length
                }
            }
            return hasLetter ? index : start
        }

        /// An emoji that starts at `start` with a scalar of class `first`, `length` bytes: with its
        /// variation selectors, skin-tone modifiers, keycap and tags, and the emoji joined to it
        /// by ZWJ; a regional indicator takes the one after it (a flag).
        mutating func emoji(start: Int, first: ScalarClass, length: Int) -> Int {
            var index = start + length
            if first == .regionalIndicator {
                if index < count && text[index] >= 0x80 && classify(at: index).0 == .regionalIndicator { index += 4 }
                index = min(index, count)
            } else {
                while index < count && text[index] >= 0x80 {
                    let (value, length) = ScalarClass.decode(text, count: count, at: index)
                    let scalarClass = ScalarClass.of(value, table: scalarClasses)
                    if scalarClass == .emojiComponent || scalarClass == .emojiModifier {
                        index += length
                        continue
                    }
                    guard value == 0x200D, index + length < count, text[index + length] >= 0x80 else { break }
                    let (next, nextLength) = classify(at: index + length)
                    guard next == .emoji || next == .emojiText else { break }
                    index += length + nextLength
                }
            }
            emit(start, index, .emoji)
            return index
        }

        /// The end of a keycap emoji (`#️⃣`, `1⃣`) whose first byte is at `start`, or nil.
        func keycapEnd(at start: Int) -> Int? {
            var index = start + 1
            if hasVariationSelector16(at: index) { index += 3 }
            guard byte(at: index) == 0xE2 && byte(at: index + 1) == 0x83 && byte(at: index + 2) == 0xA3 else {
                return nil
            }
            return index + 3
        }

        /// Whether U+FE0F (EF B8 8F) is at `index`.
        func hasVariationSelector16(at index: Int) -> Bool {
            byte(at: index) == 0xEF && byte(at: index + 1) == 0xB8 && byte(at: index + 2) == 0x8F
        }

        // MARK: - Small tests on bytes

        @inline(__always)
        mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
            let token = Token(span: Span(start: start, end: end), kind: kind)
            if used < capacity {
                (storage + used).initialize(to: token)
                used += 1
            } else {
                overflow.append(token)
            }
        }

        /// How many of the eight bytes from `index` (which must lie in the text) are ASCII
        /// letters or digits before the first that is not: a SWAR range test on one 64-bit load,
        /// so a word's end is computed rather than found by a branch per byte.
        @inline(__always)
        func alphanumericPrefix(at index: Int) -> Int {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let word = UInt64(littleEndian: UnsafeRawPointer(text + index).loadUnaligned(as: UInt64.self))
            let ascii = ~word & highs
            let low7 = word & ~highs
            let folded = low7 | (ones &* 0x20)
            // a byte's high bit is set by adding (0x80 - bound) when it is at least bound; no carries, as every byte is below 0x80
            let letters = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x80 - 0x7B))
            let digits = (low7 &+ ones &* (0x80 - 0x30)) & ~(low7 &+ ones &* (0x80 - 0x3A))
            let alphanumeric = (letters | digits) & ascii
            return (~alphanumeric & highs).trailingZeroBitCount >> 3
        }

        /// Whether an emoticon may start at `index`: after whitespace, and if the first byte is
        /// a letter or digit, with a second byte that only emoticons have (`X-D`, `o_O`, `XD`).
        @inline(__always)
        func mayStartEmoticon(at index: Int) -> Bool {
            guard precededBySpace(index) else { return false }
            guard has(ByteClass.alphanumeric, at: index) else { return true }
            let second = byte(at: index + 1)
            return second == UInt8(ascii: "-") || second == UInt8(ascii: "_") || second == UInt8(ascii: ".")
                || (second == UInt8(ascii: "D") && text[index] | 0x20 == UInt8(ascii: "x"))
        }

        /// The byte at `index`, or 0 outside the text.
        @inline(__always)
        func byte(at index: Int) -> UInt8 { index >= 0 && index < count ? text[index] : 0 }

        @inline(__always)
        func has(_ flag: UInt8, at index: Int) -> Bool {
            index >= 0 && index < count && classes[Int(text[index])] & flag != 0
        }

        @inline(__always) func isDigit(_ index: Int) -> Bool { has(ByteClass.digit, at: index) }
        @inline(__always) func isLetter(_ index: Int) -> Bool { has(ByteClass.letter, at: index) }
        @inline(__always) func isUppercase(_ index: Int) -> Bool { has(ByteClass.upper, at: index) }
        @inline(__always) func isAlphanumeric(_ index: Int) -> Bool { has(ByteClass.alphanumeric, at: index) }

        /// The class and length of the scalar at `index`.
        @inline(__always)
        func classify(at index: Int) -> (ScalarClass, Int) {
            let (value, length) = ScalarClass.decode(text, count: count, at: index)
            return (ScalarClass.of(value, table: scalarClasses), length)
        }

        /// Whether a letter, digit or mark of any script starts at `index`.
        func startsWordCharacter(at index: Int) -> Bool {
            guard index < count else { return false }
            if text[index] < 0x80 { return isAlphanumeric(index) }
            return classify(at: index).0.isWordCharacter
        }

        /// Whether a letter or mark of any script starts at `index`.
        func startsLetter(at index: Int) -> Bool {
            guard index < count else { return false }
            if text[index] < 0x80 { return isLetter(index) }
            let scalarClass = classify(at: index).0
            return scalarClass == .letter || scalarClass == .mark
        }

        /// Whether whitespace (ASCII or U+00A0) or the start of the text comes before `index`.
        func precededBySpace(_ index: Int) -> Bool {
            index == 0 || has(ByteClass.separator, at: index - 1)
                || (index >= 2 && text[index - 2] == 0xC2 && text[index - 1] == 0xA0)
        }

        func isOpeningBracket(_ index: Int) -> Bool {
            byte(at: index) == UInt8(ascii: "(") || byte(at: index) == UInt8(ascii: "[")
        }

        /// Whether a digit follows `index` after at most a few spaces (`No. 5`).
        func digitFollows(_ index: Int) -> Bool {
            var index = index
            while index < count && text[index] == 0x20 { index += 1 }
            return isDigit(index)
        }

        func allLetters(_ start: Int, _ end: Int) -> Bool {
            (start..<end).allSatisfy { isLetter($0) }
        }

        func allUppercase(_ start: Int, _ end: Int) -> Bool {
            (start..<end).allSatisfy { isUppercase($0) }
        }

        /// Whether `start..<end` is one uppercase letter of any script.
        func isSingleUppercaseLetter(_ start: Int, _ end: Int) -> Bool {
            if end - start == 1 { return isUppercase(start) }
            guard text[start] >= 0x80 else { return false }
            let (value, length) = ScalarClass.decode(text, count: count, at: start)
            return length == end - start && (Unicode.Scalar(value)?.properties.isUppercase ?? false)
        }

        /// Whether `start..<end`, lowercased, is `word` (ASCII).
        func equalsLowercased(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
            guard end - start == word.utf8CodeUnitCount else { return false }
            let expected = word.utf8Start
            for offset in 0..<(end - start) {
                var byte = text[start + offset]
                if isUppercase(start + offset) { byte |= 0x20 }
                if byte != expected[offset] { return false }
            }
            return true
        }

        /// Whether the word `start..<colon` is `http`, `https` or `ftp` and `//` follows the colon.
        func isScheme(_ start: Int, _ colon: Int) -> Bool {
            guard byte(at: colon + 1) == UInt8(ascii: "/") && byte(at: colon + 2) == UInt8(ascii: "/") else {
                return false
            }
            return equalsLowercased(start, colon, "http") || equalsLowercased(start, colon, "https")
                || equalsLowercased(start, colon, "ftp")
        }

        /// Whether `start..<end` is a common top-level domain (`com`, `org`, `uk`).
        func isTopLevelDomain(_ start: Int, _ end: Int) -> Bool {
            guard end - start >= 2 && end - start <= 4, allLetters(start, end),
                let key = WordTable.Key(text, from: start, to: end, lowercased: true)
            else { return false }
            return Self.topLevelDomains.contains(key)
        }

        static let topLevelDomains = WordTable(
            [
                "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "ai", "app", "dev", "news", "tv",
                "co", "uk", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "dk", "fi", "pl", "pt", "ie", "ru",
                "ua", "cn", "jp", "kr", "in", "br", "ar", "mx", "au", "nz", "ca", "us", "eu", "za", "ng", "ke", "sv",
                "ve",
            ])

        func occurrences(of byte: UInt8, _ start: Int, _ end: Int) -> Int {
            (start..<end).reduce(0) { $0 + (text[$1] == byte ? 1 : 0) }
        }

        /// Emits a run of the bytes `first` and `second` from `start` as one punctuation token.
        mutating func run(of first: UInt8, or second: UInt8, from start: Int) -> Int {
            var end = start + 1
            while end < count && (text[end] == first || text[end] == second) { end += 1 }
            emit(start, end, .punctuation)
            return end
        }
    }
}
