import GlossCore

/// The built-in container readers, in the order `FileSource` should ask them.
public enum Readers {
    /// Every built-in reader: gzip, web archives, feeds, news archives.
    public static var standard: [any ContainerReader] {
        [
            WARCReader(), GzipReader(),
            FeedReader(), ReutersReader(), NITFReader(),
        ]
    }
}
