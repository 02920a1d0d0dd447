extension StageOptions.Error {
    /// An option error in a stage's own words, for checks beyond type (a value out of range):
    /// `gloss` reports it as a usage error, like an unknown option.
    public init(_ description: String) { self.init(description: description) }
}
