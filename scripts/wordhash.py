"""The entity tagger's word key in Python, for the scripts that build its tables: WordHash.folded
in Swift, FNV-1a over the UTF-8 bytes with ASCII and Latin-1 capitals folded."""

BASIS = 0xcbf29ce484222325
PRIME = 0x100000001b3
MASK = (1 << 64) - 1


def folded_hash(data):
    """WordHash.folded in Swift: FNV-1a over the case-folded bytes."""
    h = BASIS
    previous = 0
    for byte in data:
        lower = byte
        if 65 <= byte <= 90:
            lower = byte | 0x20
        elif previous == 0xC3 and 0x80 <= byte <= 0x9E and byte != 0x97:
            lower = byte + 0x20
        h = ((h ^ lower) * PRIME) & MASK
        previous = byte
    return h
