import GlossCore

/// Carries a document's `Fingerprint` from the `dedupe` stage's parallel step to its ordered
/// step, which removes it: it never reaches the output of a run.
public enum FingerprintLayer: LayerKey {
    public static let id: LayerID = "dedupe.fingerprint"
    public typealias Value = Fingerprint
}
