import GlossCore

/// The built-in container readers, in the order `FileSource` should ask them.
public enum Readers {
    /// Every built-in reader: JSON Lines (first, as it claims files by their extension alone),
    /// web archives, gzip (compressed feeds and news archives split like uncompressed ones, any
    /// other `.gz` as one document), feeds, news archives.
    public static var standard: [any ContainerReader] {
        let archives: [any ContainerReader] = [FeedReader(), ReutersReader(), NITFReader()]
        return [JSONLinesReader(), WARCReader(), GzipContainerReader(inner: archives), GzipReader()] + archives
    }
}
