#ifndef GLOSS_BENCHMARKS_CZLIBWRITER_SHIM_H
#define GLOSS_BENCHMARKS_CZLIBWRITER_SHIM_H

/* zlib, for its gzip file writer (gzopen, gzwrite, gzflush): the benchmarks make `.gz` inputs with it. */
#include <zlib.h>

#endif
