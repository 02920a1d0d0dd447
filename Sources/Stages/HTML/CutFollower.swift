/// Follows libxml2 through a cut page (`RawTextElision`): turns the parser's offsets into the
/// page's, and checks that each cut lies where the parser itself reads raw text or a comment.
///
/// A cut is claimed by the event that proves the parser is where the scan guessed: the start
/// of an element whose start tag ends just after a value cut from it (libxml2 read the tag from
/// the `<` the scan did, the same way, up to that `>`: `StartTagScanner`), the start
/// of a `<script>` or `<style>` element whose start tag ends just before the cut (libxml2 then
/// reads raw text up to the first `</script` or `</style`, which is where the cut ends), or the
/// end of an empty comment just after it (the comment began at the `<!--` before the cut, and
/// the page's own comment ends where the cut one does, its body holding no terminator), or a
/// characters event of the one byte a run of text was cut to, just before where the run ended
/// (libxml2 began reading text at that byte, with nothing of it held back, and would have read
/// the run to the same end in one piece: `RawTextElision.textRun`). Up to
/// a cut the parser has read the same bytes from the cut page as from the page, so it is in the
/// same state; a claimed cut leaves it in the same state after. An event past a cut nobody
/// claimed means the guess was wrong: the follower fails, and the page must be parsed as it is.
///
/// Cost: O(1) per event.
struct CutFollower {
    private let cuts: [RawTextElision.Cut]
    /// The next cut the parser has not passed.
    private var index = 0
    /// The cuts before this one are claimed (`index` or, once a start tag claimed its values,
    /// past them).
    private var claimedThrough = 0
    /// Bytes cut before the parser's position.
    private var shift = 0
    /// Where the next cut starts in the parsed bytes (`Int.max` when none is left).
    private var nextStart: Int
    /// Whether the parser passed a cut nobody claimed.
    private(set) var failed = false
    /// The page ranges of the `class` and `id` values cut from the start tag that claimed its
    /// cuts last (`startTagEnds`), until the start-element event takes them (`takePageValues`);
    /// empty (`hasPageValues` false) on most tags.
    private(set) var pageValues = PageValues()
    /// Whether `pageValues` holds a range (one flag to test on every start tag).
    private(set) var hasPageValues = false

    /// Where a start tag's `class` and `id` values are in the page, where they were cut
    /// (`RawTextElision.Cut.Kind.pageValue`): libxml2 read them as empty.
    struct PageValues: Equatable {
        var classValue: Range<Int>?
        var idValue: Range<Int>?
    }

    init(cuts: [RawTextElision.Cut] = []) {
        self.cuts = cuts
        nextStart = cuts.first?.parsedStart ?? .max
    }

    /// Whether the parser passed every cut, each claimed.
    var isComplete: Bool { !failed && index == cuts.count }

    /// The page offset of parsed offset `parsed`, where the parser is now (offsets only grow).
    /// Fails when the parser has passed a cut nobody claimed.
    @inline(__always) mutating func pageOffset(_ parsed: Int) -> Int {
        if parsed >= nextStart { pass(parsed) }
        return parsed + shift
    }

    private mutating func pass(_ parsed: Int) {
        while parsed >= nextStart {
            guard index < claimedThrough else { return fail() }
            shift += cuts[index].count
            index += 1
            nextStart = index < cuts.count ? cuts[index].parsedStart : .max
        }
    }

    /// Whether an element `tag` whose start tag ends at parsed offset `parsed` claims the next
    /// cut: call `claim()` once the element is known to read no raw text (ingest keeps none).
    /// Inlined: called on every start tag, where a call would copy the follower (and retain its cuts).
    @inline(__always) func rawTextStarts(_ tag: HTMLTag, at parsed: Int) -> Bool {
        guard index < cuts.count, claimedThrough == index, cuts[index].claimAt == parsed else { return false }
        let kind = cuts[index].kind
        return kind == .rawText(tag) || (tag == .script && kind == .jsonLD)
    }

    /// Claims the next cut (after `rawTextStarts`) when it is a JSON-LD body
    /// (`RawTextElision.Cut.Kind.jsonLD`), and returns its page range, the bytes libxml2 would
    /// have handed over; nil, claiming nothing, for any other cut.
    mutating func claimJSONLD() -> Range<Int>? {
        guard cuts[index].kind == .jsonLD else { return nil }
        claimedThrough = index + 1
        return cuts[index].pageStart..<cuts[index].pageStart + cuts[index].count
    }

    /// Claims the next cut (after `rawTextStarts`).
    mutating func claim() { claimedThrough = index + 1 }

    /// Whether a characters event of one byte at parsed offset `parsed` claims the next cut, the
    /// rest of a run of text whose first byte the parser read alone (`RawTextElision.Cut.Kind.text`):
    /// returns the whole run's page range, which the parser would have handed over in the same
    /// event from the page, when it does (the caller checks that the byte is the run's first).
    /// Inlined: called on every one-byte characters event.
    @inline(__always) mutating func textEnds(at parsed: Int) -> Range<Int>? {
        guard !failed, index < cuts.count, claimedThrough == index, cuts[index].claimAt == parsed, cuts[index].kind == .text else {
            return nil
        }
        claimedThrough = index + 1
        return cuts[index].pageStart - 1..<cuts[index].pageStart + cuts[index].count
    }

    /// An element `tag`'s start tag ends at parsed offset `parsed` (the parser's start-element
    /// event, before it asks for its position): claims the values cut from that tag, which the
    /// event shows were read as values of that element, and keeps the page ranges of its `class`
    /// and `id` values if they were cut (`pageValues`). Inlined: called on every start tag.
    @inline(__always) mutating func startTagEnds(_ tag: HTMLTag, at parsed: Int) {
        guard claimedThrough < cuts.count, cuts[claimedThrough].claimAt == parsed else { return }
        claimValues(tag, at: parsed)
    }

    private mutating func claimValues(_ tag: HTMLTag, at parsed: Int) {
        while claimedThrough < cuts.count, cuts[claimedThrough].claimAt == parsed {
            let cut = cuts[claimedThrough]
            switch cut.kind {
            case .attributeValue(let owner) where owner == tag:
                break
            case .pageValue(let owner, let read) where owner == tag:
                let range = cut.pageStart..<cut.pageStart + cut.count
                if read == .class { pageValues.classValue = range } else { pageValues.idValue = range }
                hasPageValues = true
            default:
                return
            }
            claimedThrough += 1
        }
    }

    /// The page ranges of the values the last start tag's claim found (`pageValues`), which are
    /// then forgotten.
    mutating func takePageValues() -> PageValues {
        defer {
            pageValues = PageValues()
            hasPageValues = false
        }
        return pageValues
    }

    /// The parser stopped at parsed offset `parsed` and read no further (libxml2 ignores the rest
    /// of a page after `</html>` and a tag). Cuts that start beyond what it could have looked at
    /// were read neither in the page nor in the cut page: they count as passed.
    mutating func parserStopped(at parsed: Int) {
        guard !failed, claimedThrough == index, index < cuts.count, cuts[index].parsedStart > parsed + Self.lookahead else { return }
        index = cuts.count
        nextStart = .max
    }

    /// How far past its position libxml2 looks when the input is complete (`<!DOCTYPE` is 9 bytes).
    static let lookahead = 16

    /// Gives up: the cut page does not parse as the page would.
    mutating func fail() {
        failed = true
        nextStart = .max
    }

    /// A comment ended at parsed offset `parsed`; `empty` when it held nothing.
    mutating func commentEnds(at parsed: Int, empty: Bool) {
        guard empty, index < cuts.count, claimedThrough == index, cuts[index].claimAt == parsed,
            case .comment = cuts[index].kind
        else { return }
        claimedThrough = index + 1
    }
}
