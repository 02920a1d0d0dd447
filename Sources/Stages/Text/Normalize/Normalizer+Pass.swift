import Foundation
import GlossCore

extension Normalizer {
    /// One left-to-right pass over a text's UTF-8 bytes that writes the normalised text and its
    /// offset map; `Normalizer` lists the rules.
    ///
    /// The loop skips what needs nothing 8 bytes at a time (`skipPlain`): ASCII letters, digits
    /// and punctuation, and single spaces between words. Runs of letters of other scripts are
    /// skipped a scalar at a time with one table lookup each. Whitespace runs, controls, hyphens
    /// and scalars that may change go to the slower paths below, which look back at the output
    /// written so far and ahead in the input.
    ///
    /// Cost: O(n) in bytes; each Foundation call covers at most `maximumRunLength` bytes.
    struct Pass {
        typealias ByteAction = ScalarTable.ByteAction

        /// A run sent to Foundation ends at the first safe place (where no scalar combines with
        /// the one before it) after this many bytes...
        static let runLength = 256
        /// ...and anywhere after this many (a base followed by hundreds of combining marks).
        static let maximumRunLength = 1024
        /// Words after `pre- ` that make the hyphen a suspended one (`pre- and post-war`).
        static let suspendingWords: [[UInt8]] = ["and", "or", "nor", "to", "vs", "versus"].map { Array($0.utf8) }

        let source: UnsafeBufferPointer<UInt8>
        let classes: UnsafeBufferPointer<ByteAction>
        let table: ScalarTable
        let settings: Normalizer
        var output: NormalizedOutput

        /// A pass over `text`, whose UTF-8 bytes are `source`, that normalises to `form`.
        init(
            text: String, source: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteAction>,
            settings: Normalizer, form: ScalarTable.Form
        ) {
            self.source = source
            self.classes = classes
            self.table = ScalarTable.shared(for: form)
            self.settings = settings
            self.output = NormalizedOutput(sourceText: text, source: source)
        }

        /// Runs the pass: the new text and its map, or nil when the text needs no change.
        mutating func run() -> (text: String, map: OffsetMap)? {
            let count = source.count
            var index = 0
            scan: while index < count {
                let spaceMayStart = index > output.pendingStart && source[index - 1] != Ascii.hyphen
                index = Self.skipPlain(source, from: index, spaceMayStart: spaceMayStart, classes: classes)
                guard index < count else { break }
                let byte = source[index]
                switch classes[Int(byte)] {
                case .word, .punctuation:
                    index += 1
                case .space:
                    // the common case: one space between two words
                    if index > output.pendingStart, source[index - 1] != Ascii.hyphen, index + 1 < count,
                        isPlainWordStart(at: index + 1)
                    {
                        index += 1
                    } else {
                        index = whitespace(at: index)
                    }
                case .hyphen:
                    if index + 1 < count, classes[Int(source[index + 1])].rawValue >= ByteAction.space.rawValue {
                        index = hyphen(at: index, length: 1)
                    } else {
                        index += 1
                    }
                case .whitespace, .control:
                    index = whitespace(at: index)
                case .nonASCII:
                    var (value, length) = NormalizedOutput.scalar(in: source, at: index)
                    var info = table.info(value)
                    while info.rawValue == 0 {  // letters of other scripts, quotes, emoji
                        index += length
                        guard index + 1 < count else { continue scan }
                        if source[index] == 0x20 && source[index + 1] >= 0x80 && isPlainWordStart(at: index + 1) {
                            index += 1  // a space between two words
                        }
                        guard source[index] >= 0x80 else { continue scan }
                        (value, length) = NormalizedOutput.scalar(in: source, at: index)
                        info = table.info(value)
                    }
                    index = nonASCII(at: index, length: length, value: value, info: info)
                }
            }
            return output.finish(at: count)
        }

        /// Whether the byte at `index` starts a scalar that needs nothing and that a single space
        /// before it may be kept for: an ASCII letter, digit or punctuation other than
        /// `- , . ; : ! ?`, or a non-ASCII scalar that is plain and stable.
        @inline(__always)
        private func isPlainWordStart(at index: Int) -> Bool {
            switch classes[Int(source[index])] {
            case .word: return true
            case .nonASCII: return table.info(NormalizedOutput.scalar(in: source, at: index).value).rawValue == 0
            default: return false
            }
        }

        /// Runs only the Unicode part of the pass: every run that the table's form might change
        /// goes through Foundation, and all else is left as it is. NFKC runs this first, so that
        /// what it turns into ASCII (`，` into `,`, `¨` into a space and a mark) then meets the
        /// other rules in the full pass.
        mutating func runUnicodeOnly() -> (text: String, map: OffsetMap)? {
            let count = source.count
            var index = 0
            while index < count {
                index = Self.skipASCII(source, from: index)
                guard index < count else { break }
                let (value, length) = NormalizedOutput.scalar(in: source, at: index)
                let info = table.info(value)
                let kept = info.kind == .plain || (info.kind == .typographic && !settings.foldPunctuation)
                index = info.mayChange && kept ? compose(at: index, info: info) : index + length
            }
            return output.finish(at: count)
        }

        /// The first offset at or after `start` that holds a non-ASCII byte, or the end.
        static func skipASCII(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard let base = source.baseAddress else { return start }
            var index = start
            while index + 8 <= source.count {
                let bytes = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let high = bytes & 0x8080_8080_8080_8080
                if high != 0 { return index + high.trailingZeroBitCount / 8 }
                index += 8
            }
            while index < source.count && source[index] < 0x80 { index += 1 }
            return index
        }

        /// The first offset at or after `start` whose byte may need work, looking at 8 bytes at a
        /// time. Bytes that need nothing are ASCII letters, digits and punctuation other than `-`,
        /// and a space followed by one of those other than `, . ; : ! ?` (a space at `start`
        /// only when `spaceMayStart`: the byte before it is kept and is not a hyphen); the first
        /// byte that is neither stops the scan. Stops up to 8 bytes before the end.
        static func skipPlain(
            _ source: UnsafeBufferPointer<UInt8>, from start: Int, spaceMayStart: Bool,
            classes: UnsafeBufferPointer<ByteAction>
        ) -> Int {
            guard let base = source.baseAddress else { return start }
            var index = start
            var spaceMayStart = spaceMayStart
            while index + 9 <= source.count {
                let bytes = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let nextIsWord = classes[Int(source[index + 8])] == .word
                let flags = needsWork(bytes, nextIsWord: nextIsWord, spaceMayStart: spaceMayStart)
                if flags != 0 { return index + flags.trailingZeroBitCount / 8 }
                index += 8
                spaceMayStart = true  // the byte before is a letter, digit or punctuation
            }
            return index
        }

        /// The high bit of each of the 8 bytes (little-endian) that may need work; see `skipPlain`.
        @inline(__always)
        static func needsWork(_ bytes: UInt64, nextIsWord: Bool, spaceMayStart: Bool) -> UInt64 {
            let high: UInt64 = 0x8080_8080_8080_8080
            let low: UInt64 = ~high
            @inline(__always) func all(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }
            // the high bit of each byte that is zero (exact: no borrow between bytes)
            @inline(__always) func zeros(_ value: UInt64) -> UInt64 { ~(((value & low) &+ low) | value) & high }
            let seven = bytes & low
            let ascii = ~bytes & high
            let printable = ascii & ((seven &+ all(0x5F)) & high) & (~(seven &+ all(0x01)) & high)  // 0x21...0x7E
            let wordOrPunctuation = printable & ~zeros(bytes ^ all(0x2D))
            let punctuation =
                zeros((bytes | all(0x02)) ^ all(0x2E)) | zeros((bytes | all(0x01)) ^ all(0x3B))  // , . and : ;
                | zeros(bytes ^ all(0x21)) | zeros(bytes ^ all(0x3F))  // ! ?
            let word = wordOrPunctuation & ~punctuation
            let nextIsWordMask = (word >> 8) | (nextIsWord ? 0x8000_0000_0000_0000 : 0)
            let plainSpace = zeros(bytes ^ all(0x20)) & nextIsWordMask & (spaceMayStart ? high : ~0x80)
            return ~wordOrPunctuation & ~plainSpace & high
        }

        // MARK: - Non-ASCII scalars

        private mutating func nonASCII(at index: Int, length: Int, value: UInt32, info: ScalarTable.Info) -> Int {
            switch info.kind {
            case .typographic where settings.foldPunctuation:
                let folded = ScalarTable.folded(value)
                if folded.utf8CodeUnitCount == 1 && folded.utf8Start.pointee == Ascii.hyphen {
                    let end = hyphen(at: index, length: length)
                    if end > index + length { return end }
                }
                folded.withUTF8Buffer { output.replace(index..<(index + length), with: $0) }
                return index + length
            case .plain, .typographic:
                return info.mayChange ? compose(at: index, info: info) : index + length
            case .space, .lineBreak, .paragraphBreak, .ignorable, .softHyphen:
                return whitespace(at: index)
            }
        }

        /// Sends the run around a scalar that Unicode normalisation might change through
        /// Foundation: from the starter it may combine with (if that is still pending) to the end
        /// of the word, cut where no scalar combines with the one before once the run is
        /// `runLength` bytes long. Invisible characters between a letter and a mark that combines
        /// with it (in `gap`, or in the run) are left out, so that the two still meet. Returns
        /// where the run ends.
        private mutating func compose(at index: Int, info: ScalarTable.Info, after gap: Range<Int>? = nil) -> Int {
            let gap = gap ?? index..<index
            var start = gap.lowerBound
            if info.combinesBackward {
                let floor = max(output.pendingStart, start - 64)
                while start > floor {
                    var lead = start - 1
                    while lead > floor && NormalizedOutput.isContinuation(source[lead]) { lead -= 1 }
                    if NormalizedOutput.isContinuation(source[lead]) { break }
                    start = lead
                    if !table.info(NormalizedOutput.scalar(in: source, at: lead).value).combinesBackward { break }
                }
            }
            let first = NormalizedOutput.scalar(in: source, at: index)
            var run = [UInt8](source[start..<gap.lowerBound])
            run += source[index..<(index + first.length)]
            var end = index + first.length
            scan: while end < source.count {
                let size = end - start
                let byte = source[end]
                switch classes[Int(byte)] {
                case .word:
                    guard size < Self.runLength else { break scan }
                    run.append(byte)
                    end += 1
                case .nonASCII:
                    let (value, length) = NormalizedOutput.scalar(in: source, at: end)
                    let next = table.info(value)
                    switch next.kind {
                    case .plain, .typographic:
                        let kept = next.kind == .plain || !settings.foldPunctuation
                        let fits = size < Self.maximumRunLength && (next.combinesBackward || size < Self.runLength)
                        guard kept, fits else { break scan }
                        run.append(contentsOf: source[end..<(end + length)])
                        end += length
                    case .ignorable, .softHyphen:
                        guard let skipped = skippedInvisibles(from: end) else { break scan }
                        end = skipped
                    default:
                        break scan
                    }
                case .control:
                    guard let skipped = skippedInvisibles(from: end) else { break scan }
                    end = skipped
                case .punctuation, .hyphen, .space, .whitespace:
                    break scan
                }
            }
            var normalized = String(decoding: run, as: UTF8.self)
            normalized =
                table.form == .nfc
                ? normalized.precomposedStringWithCanonicalMapping
                : normalized.precomposedStringWithCompatibilityMapping
            normalized = Self.composingHangulSyllables(normalized)
            normalized.withUTF8 { output.replaceChangedPart(start..<end, with: $0) }
            return end
        }

        /// Where the invisible characters from `index` end, when a mark that combines with the
        /// scalar before them follows; nil otherwise. A soft hyphen with a line break that joins
        /// two letters counts as invisible too.
        private func skippedInvisibles(from index: Int) -> Int? {
            let run = whitespaceRun(from: index)
            guard run.end < source.count, !run.spaces, table.info(scalar(at: run.end).value).combinesBackward else {
                return nil
            }
            if run.lineBreaks == 0 { return run.end }
            let joins = run.lineBreaks == 1 && run.softHyphen && settings.dehyphenate
            return joins && scalar(before: index).isLetter && scalar(at: run.end).isLetter ? run.end : nil
        }

        /// Joins a precomposed Hangul LV syllable and a trailing consonant jamo that follows it
        /// (가 + ᆨ → 각), which Unicode's composition does and Foundation here does not.
        static func composingHangulSyllables(_ text: String) -> String {
            guard text.unicodeScalars.contains(where: { (0x11A8...0x11C2).contains($0.value) }) else { return text }
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if (0x11A8...0x11C2).contains(scalar.value), let last = scalars.last,
                    (0xAC00...0xD7A3).contains(last.value), (last.value - 0xAC00) % 28 == 0,
                    let syllable = Unicode.Scalar(last.value + scalar.value - 0x11A7)
                {
                    scalars.removeLast()
                    scalars.append(syllable)
                } else {
                    scalars.append(scalar)
                }
            }
            return String(scalars)
        }

        // MARK: - Whitespace, controls and invisible characters

        /// What a run of whitespace becomes.
        private enum Break {
            case none, space, line, paragraph

            var text: StaticString {
                switch self {
                case .none: ""
                case .space: " "
                case .line: "\n"
                case .paragraph: "\n\n"
                }
            }
        }

        /// A run of whitespace, controls and invisible characters in the input.
        private struct WhitespaceRun {
            var end: Int
            var spaces = false
            var lineBreaks = 0
            var softHyphen = false
        }

        /// The run of whitespace, controls and invisible characters that starts at `start`.
        private func whitespaceRun(from start: Int) -> WhitespaceRun {
            var run = WhitespaceRun(end: start)
            scan: while run.end < source.count {
                let byte = source[run.end]
                switch classes[Int(byte)] {
                case .space:
                    run.spaces = true
                    run.end += 1
                case .whitespace:
                    if byte == Ascii.tab { run.spaces = true } else { run.lineBreaks += 1 }
                    run.end += byte == Ascii.cr && run.end + 1 < source.count && source[run.end + 1] == Ascii.lf ? 2 : 1
                case .control:
                    run.end += 1
                case .nonASCII:
                    let (value, length) = NormalizedOutput.scalar(in: source, at: run.end)
                    switch table.info(value).kind {
                    case .space: run.spaces = true
                    case .lineBreak: run.lineBreaks += 1
                    case .paragraphBreak: run.lineBreaks += 2
                    case .softHyphen: run.softHyphen = true
                    case .ignorable: break
                    case .plain, .typographic: break scan
                    }
                    run.end += length
                case .word, .punctuation, .hyphen:
                    break scan
                }
            }
            return run
        }

        /// Handles the run of whitespace, controls and invisible characters that starts at
        /// `start`: it becomes nothing, a space, a line break or a blank line, and may join the
        /// words around it. Returns where the run ends.
        private mutating func whitespace(at start: Int) -> Int {
            let run = whitespaceRun(from: start)
            let end = run.end
            let replacement: Break
            if output.count(at: start) == 0 || end == source.count {
                replacement = .none  // at the start or end of the text
            } else if run.lineBreaks >= 2 {
                replacement = .paragraph
            } else if run.lineBreaks == 1 {
                let joins = settings.dehyphenate && run.softHyphen && joinsAcrossSoftHyphen(start: start, end: end)
                replacement = joins ? .none : .line
            } else if run.spaces {
                let artefact = settings.repairSpacing && isSpacingArtefact(start: start, end: end)
                replacement = artefact ? .none : .space
            } else {
                replacement = .none  // only invisible characters
            }
            if replacement == .none && end < source.count {
                // a mark after the run still meets the letter before it
                let info = table.info(NormalizedOutput.scalar(in: source, at: end).value)
                if info.combinesBackward { return compose(at: end, info: info, after: start..<end) }
            }
            write(replacement, replacing: start..<end)
            return end
        }

        /// Writes `replacement` for the input bytes in `range`, leaving them pending when they
        /// are the same.
        private mutating func write(_ replacement: Break, replacing range: Range<Int>) {
            replacement.text.withUTF8Buffer { bytes in
                if !bytes.elementsEqual(source[range]) { output.replace(range, with: bytes) }
            }
        }

        /// Handles the hyphen (or a dash folded to one) at `index` when whitespace follows:
        /// `elec-⏎tion` becomes `election` when a lowercase letter precedes the hyphen, the
        /// whitespace holds one line break and a lowercase letter follows it. Returns where the
        /// pass goes on: past the line break when joined, else past the hyphen.
        private mutating func hyphen(at index: Int, length: Int) -> Int {
            guard settings.dehyphenate, let before = output.scalar(before: output.count(at: index), at: index),
                before.scalar.isLowercaseLetter, let end = lineBreakEnd(afterHyphenAt: index, length: length)
            else { return index + length }
            write(.none, replacing: index..<end)
            return end
        }

        /// Where the whitespace after the hyphen at `index` ends, when it holds one line break
        /// and a lowercase letter follows it; nil otherwise.
        private func lineBreakEnd(afterHyphenAt index: Int, length: Int) -> Int? {
            let run = whitespaceRun(from: index + length)
            guard run.lineBreaks == 1, run.end < source.count, scalar(at: run.end).isLowercaseLetter else { return nil }
            return run.end
        }

        /// `elec\u{AD}⏎tion`: a soft hyphen marks the break, so any two letters join.
        private func joinsAcrossSoftHyphen(start: Int, end: Int) -> Bool {
            guard let before = output.scalar(before: output.count(at: start), at: start) else { return false }
            return before.scalar.isLetter && scalar(at: end).isLetter
        }

        /// Whether the spaces from `start` to `end` (no line break; text on both sides) crept
        /// in: before a hyphen glued to a word (`re -election`), after a hyphen glued to a word
        /// (`re- election`), or before closing punctuation (`word ,`).
        private func isSpacingArtefact(start: Int, end: Int) -> Bool {
            guard let previous = output.scalar(before: output.count(at: start), at: start) else { return false }
            if let hyphenLength = hyphenLength(at: end) {
                guard let next = visibleScalar(from: end + hyphenLength) else { return false }
                return previous.scalar.isLetter && next.scalar.isLowercaseLetter
            }
            if classes[Int(source[end])] == .punctuation {
                return (previous.scalar.isLetter || previous.scalar.isDigit) && closesClause(punctuationAt: end)
            }
            return previous.scalar == "-" && isBrokenCompound(hyphenAt: previous.start, position: start, next: end)
        }

        /// The length of the hyphen at `index`: `-`, or a dash that folds to one; nil if none.
        private func hyphenLength(at index: Int) -> Int? {
            if source[index] == Ascii.hyphen { return 1 }
            guard settings.foldPunctuation, source[index] >= 0x80 else { return nil }
            let (value, length) = NormalizedOutput.scalar(in: source, at: index)
            guard table.info(value).kind == .typographic else { return nil }
            let folded = ScalarTable.folded(value)
            return folded.utf8CodeUnitCount == 1 && folded.utf8Start.pointee == Ascii.hyphen ? length : nil
        }

        /// `re- election`: the hyphen at output offset `hyphen` ends a word of lowercase letters,
        /// and the input word at `next` starts with a lowercase letter and is not one of the
        /// `suspendingWords`.
        private func isBrokenCompound(hyphenAt hyphen: Int, position: Int, next: Int) -> Bool {
            var end = hyphen
            var letters = 0
            while let before = output.scalar(before: end, at: position), before.scalar.isLetter {
                guard before.scalar.isLowercaseLetter, letters < 64 else { return false }
                letters += 1
                end = before.start
            }
            guard letters > 0, scalar(at: next).isLowercaseLetter else { return false }
            var wordEnd = next
            while wordEnd < source.count, (Ascii.a...Ascii.z).contains(source[wordEnd]) { wordEnd += 1 }
            // a longer word: more letters or marks, or a hyphen that the line break after joins
            if let after = visibleScalar(from: wordEnd),
                after.scalar.isLetter || table.info(after.scalar.value).combinesBackward
            {
                return true
            }
            if settings.dehyphenate && wordEnd > next && wordEnd < source.count {
                if let length = hyphenLength(at: wordEnd), lineBreakEnd(afterHyphenAt: wordEnd, length: length) != nil {
                    return true
                }
                let run = whitespaceRun(from: wordEnd)
                if run.softHyphen && run.lineBreaks == 1 && run.end < source.count && scalar(at: run.end).isLetter {
                    return true
                }
            }
            let word = source[next..<wordEnd]
            return !Self.suspendingWords.contains { $0.elementsEqual(word) }
        }

        /// Whether the punctuation at `start` ends a clause: a run of `, . ; : ! ?` followed by
        /// whitespace or the end of the text, and not an ellipsis (`...`, `. . .`).
        private func closesClause(punctuationAt start: Int) -> Bool {
            var index = start
            var previous: UInt8 = 0
            while index < source.count {
                let byte = source[index]
                switch classes[Int(byte)] {
                case .punctuation:
                    if byte == Ascii.period && previous == Ascii.period { return false }
                    previous = byte
                    index += 1
                case .space, .whitespace:
                    let run = whitespaceRun(from: index)
                    if index == start + 1, run.end < source.count, isDigit(source[run.end]), digitBefore(start) {
                        return false  // 32 . 99, 1 , 000: a decimal mark or group separator written apart
                    }
                    return !(previous == Ascii.period && run.end < source.count && source[run.end] == Ascii.period)
                case .control, .nonASCII:
                    let run = whitespaceRun(from: index)
                    guard run.end > index else { return false }  // a visible scalar
                    if run.spaces || run.lineBreaks > 0 || run.end == source.count { return true }
                    index = run.end
                case .word, .hyphen:
                    return false
                }
            }
            return true
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

        /// Whether the last byte before `index` that is not a space is a digit.
        private func digitBefore(_ index: Int) -> Bool {
            var k = index - 1
            while k >= 0 && source[k] == UInt8(ascii: " ") { k -= 1 }
            return k >= 0 && isDigit(source[k])
        }

        /// The next scalar at or after `index` that the pass keeps (controls and invisible
        /// characters skipped), and where it starts; nil at the end.
        private func visibleScalar(from index: Int) -> (scalar: Unicode.Scalar, index: Int)? {
            var index = index
            while index < source.count {
                let (value, length) = NormalizedOutput.scalar(in: source, at: index)
                let kind = value < 0x80 ? nil : table.info(value).kind
                if classes[Int(source[index])] != .control && kind != .ignorable && kind != .softHyphen {
                    return Unicode.Scalar(value).map { ($0, index) }
                }
                index += length
            }
            return nil
        }

        /// The input scalar that ends at `index`.
        private func scalar(before index: Int) -> Unicode.Scalar {
            var start = index - 1
            while start > 0 && NormalizedOutput.isContinuation(source[start]) { start -= 1 }
            return scalar(at: start)
        }

        private func scalar(at index: Int) -> Unicode.Scalar {
            Unicode.Scalar(NormalizedOutput.scalar(in: source, at: index).value) ?? "\u{FFFD}"
        }
    }
}

/// The ASCII bytes the pass looks for.
private enum Ascii {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let hyphen: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let a: UInt8 = 0x61
    static let z: UInt8 = 0x7A
}

extension Unicode.Scalar {
    fileprivate var isLetter: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value | 0x20) : properties.isAlphabetic
    }

    fileprivate var isLowercaseLetter: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase
    }

    fileprivate var isDigit: Bool {
        value < 0x80 ? (0x30...0x39).contains(value) : properties.numericType == .decimal
    }
}
