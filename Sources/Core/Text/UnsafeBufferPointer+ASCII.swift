extension UnsafeBufferPointer<UInt8> {
    /// Whether every byte is ASCII (below 0x80), read eight bytes at a time
    /// (`ScalarOffsetIndex.isASCII`): the test stages make before a cheaper ASCII-only path.
    public var isASCII: Bool {
        guard let base = baseAddress else { return true }
        return ScalarOffsetIndex.isASCII(base, count: count)
    }
}
