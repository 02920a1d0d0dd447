/// What a `WARCRecordStream` has read so far: records, the documents it yielded, the errors it
/// reported, and the records it skipped, by reason. A value; Sendable.
public struct WARCCounts: Sendable, Equatable, CustomStringConvertible {
    /// Records read (WARC records of every type; ARC records, not counting the file header).
    public var records = 0
    /// HTML, XHTML and plain-text responses yielded as documents.
    public var documents = 0
    /// `.unreadable` inputs yielded: truncated or oversized records, broken gzip members.
    public var errors = 0
    /// Records that are not responses (request, metadata, warcinfo, revisit, ...).
    public var skippedNotResponse = 0
    /// Responses whose status is not 2xx.
    public var skippedStatus = 0
    /// Responses that are not HTML or text (images, scripts, DNS records, ...).
    public var skippedNotText = 0
    /// Text responses that are no article: a site's `robots.txt`.
    public var skippedNotArticle = 0

    public init() {}

    public var description: String {
        "\(records) records, \(documents) documents, \(errors) errors; skipped \(skippedNotResponse) non-response, "
            + "\(skippedStatus) non-2xx, \(skippedNotText) non-text, \(skippedNotArticle) robots.txt"
    }
}
