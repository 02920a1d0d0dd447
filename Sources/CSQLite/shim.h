#ifndef GLOSS_CSQLITE_SHIM_H
#define GLOSS_CSQLITE_SHIM_H

#include <sqlite3.h>

/// `SQLITE_TRANSIENT` is a macro casting -1 to a function pointer, which Swift cannot import:
/// this hands it over, for binding text SQLite must copy before the statement runs.
static inline sqlite3_destructor_type gloss_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#endif
