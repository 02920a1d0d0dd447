#ifndef GLOSS_CZLIB_SHIM_H
#define GLOSS_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro, which Swift cannot call; this wraps it.
static inline int gloss_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif
