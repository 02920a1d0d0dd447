#ifndef GLOSS_CLIBXML2_SHIM_H
#define GLOSS_CLIBXML2_SHIM_H

// Debian's libxml2 headers pull in the system ICU, which clashes with the ICU that
// Foundation bundles (debug builds fail with "'UErrorCode' has different definitions").
// Read the version header first and switch ICU off before the other headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/xmlmemory.h>
#include <stdlib.h>

/// `xmlFree` is a C global function pointer, which Swift 6 rejects as not
/// concurrency-safe; call it through this function instead.
static inline void gloss_xmlFree(void *pointer) { xmlFree(pointer); }

/// The libxml2 version of the headers this build was compiled with, e.g. 20914.
static inline int gloss_xmlVersion(void) { return LIBXML_VERSION; }

/// The version of the libxml2 loaded at run time (its `xmlParserVersion`), e.g. 20914. It can
/// differ from `gloss_xmlVersion()`: libxml2 2.9 to 2.13 share one soname (libxml2.so.2), so
/// a binary built against one loads whichever the machine it runs on has. Call it after
/// `xmlInitParser()`.
static inline int gloss_xmlRuntimeVersion(void) { return atoi(xmlParserVersion); }

#endif
