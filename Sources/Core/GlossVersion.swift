/// The version of Gloss, as `gloss --version` prints it.
///
/// Semantic versioning: the minor number goes up when the output record gains a field or a
/// layer (see `docs/record.schema.json`), the major number when a field changes meaning or goes.
public enum GlossVersion {
    public static let current = "0.3.0"
}
