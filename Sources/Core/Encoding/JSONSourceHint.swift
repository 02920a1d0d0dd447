/// Where a `JSONContext`'s last span lookup ended in its offset map (a segment index), for the
/// next lookup to start from (`OffsetMap.sourceRange(of:hint:)`). Any value gives the same
/// ranges; a good one saves the map's binary search for each span. Belongs to one context and
/// its copies, used on one thread.
final class JSONSourceHint {
    // Unchecked: read and written only inside one lookup; checking every access cost more than
    // the search it saves (as `JSONSpanMemo`'s).
    @exclusivity(unchecked) var segment = 0
}
