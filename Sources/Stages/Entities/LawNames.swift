import GlossCore
import GlossText

/// Re-types as a miscellaneous name (MISC) a law's name that the tagger read as a person's or
/// an organisation's, with its "Act": "the Jones Act", "the Glass-Steagall Act", "the RICO
/// Act", "the Canada Deposit Insurance Act" (the tagger stops before "Act"). Universal NER and
/// EWT tag no law ("the Securities Act", "the Clean Water Act" are untagged in EWT); wikigold
/// makes the whole law MISC ("the Water Act"). MISC, not untagged, so that
/// `DocumentConsistency` does not find the name's words again there from another mention.
///
/// On the tagger's output over ../shared/corpora (distinct texts), the names right before a
/// capitalised "Act" were organisations 9 times, all laws ("Glass-Steagall" 4, "RICO" 2,
/// "National Film Preservation", "Canada Deposit Insurance", "Consolidated Omnibus Budget
/// Reconciliation"), and a place once ("the Indiana Act"). A place stays: a state's or a
/// country's law keeps its place, as an agreement between countries does in the proxies'
/// conventions ("the U.S.-USSR Long Term Grain Supply Agreement").
///
/// Read in `EmployerNames`' pass over the tags (`retype(before:)`), where an untagged word
/// follows a name.
///
/// - Cost: O(1) per untagged word after a name (a set lookup, shared with `IndexNames`);
///   nothing allocated.
enum LawNames {
    /// The words after a name that make it a law's, in title case.
    static let cues = NameHeads.hashes("act acts")

    /// Re-types as MISC, with the "Act" at untagged token `i` of `sentence`, the person's or
    /// organisation's name that ends right before it.
    @inline(never)
    static func retype(
        before i: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) {
        guard words[i].isTitleCase else { return }
        var start = i - 1
        while start > sentence.lowerBound, tags[start].isInside { start -= 1 }
        guard let type = tags[start].type, type == .person || type == .organization else { return }
        tags[start] = .begin(.miscellaneous)
        for k in (start + 1)...i { tags[k] = .inside(.miscellaneous) }
    }
}
