/// Basis points, hundredths of a percentage point, which money markets write after a rate's
/// change (`cut by 25bp`, `a 50 bps hike`, `spreads widened 40bp`): the number counts them, as
/// `25 basis points` reads the number 25 (the probe sets' convention: basis points are no
/// percent, and no unit of the unit models). Fused to the number, `bp` made the digits a code
/// (letters that are no unit, as in `4G`) and `bps` a data rate in bits per second (numbers32).
extension MentionReader {
    /// Whether piece `index`, after the number whose first piece is `first`, is `bp` or `bps` in
    /// lower case read as basis points: `bp` always (no unit is written so; `BP` in capitals is
    /// the oil company, `bpm` beats per minute), `bps` when a word of money markets stands up to
    /// eight pieces before the number or four after the word and no word of sending data does
    /// (`bps` is otherwise the bits per second of a modem: `a 9600 bps modem`). Asked only of a
    /// number followed by letters that are no unit, or by the unit `bps`: a byte test or two
    /// before any look-up.
    func isBasisPoints(_ index: Int, number first: Int) -> Bool {
        guard index < pieces.count else { return false }
        let piece = pieces[index]
        let length = piece.end - piece.start
        guard length == 2 || length == 3, text[piece.start] == UInt8(ascii: "b"), text[piece.start + 1] == UInt8(ascii: "p"),
            isWordPiece(index), index + 1 >= pieces.count || !(pieces[index + 1].attached && isWordPiece(index + 1))
        else { return false }
        if length == 2 { return true }
        guard text[piece.start + 2] == UInt8(ascii: "s") else { return false }
        // a rate of data beside it (`the modem's transfer rate is 2,400 bps`) keeps bits per
        // second, though `rate` is a word of money markets too (review96)
        return speaks(of: Self.moneyMarketWords, before: first, back: 8, after: index + 1, ahead: 4)
            && !speaks(of: Self.dataRateWords, before: first, back: 8, after: index + 1, ahead: 4)
    }

    /// Words of sending data, where `bps` is bits per second whatever else stands near (`data
    /// rates`, `a modem's transfer rate`, `the link's bandwidth`).
    static let dataRateWords: WordSet = [
        "bit", "bits", "bitrate", "baud", "modem", "modems", "data", "transfer", "download", "downloads", "upload",
        "uploads", "bandwidth", "throughput", "serial", "ethernet", "network", "networks", "connection", "link", "links",
        "channel", "channels", "transmission", "telemetry", "signal", "kbps", "mbps",
    ]

    /// Words of money markets, where basis points measure a rate's or a price's move: rates and
    /// yields, their spreads and curves, what moves them and who sets them.
    static let moneyMarketWords: WordSet = [
        "rate", "rates", "yield", "yields", "spread", "spreads", "curve", "coupon", "coupons", "margin", "margins", "bond",
        "bonds", "treasury", "treasuries", "gilt", "gilts", "bund", "bunds", "note", "notes", "libor", "sofr", "euribor",
        "repo", "swap", "swaps", "cut", "cuts", "hike", "hikes", "raise", "raised", "lowered", "tightened", "tighter",
        "widened", "wider", "narrowed", "easing", "tightening", "fed", "ecb", "boe", "boj", "central", "bank", "banks",
        "basis", "premium", "discount", "mortgage", "mortgages", "lending", "loan", "loans", "priced", "pricing",
    ]
}
