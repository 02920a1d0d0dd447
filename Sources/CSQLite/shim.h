#ifndef GLOSS_CSQLITE_SHIM_H
#define GLOSS_CSQLITE_SHIM_H

#include <sqlite3.h>

/// `SQLITE_TRANSIENT` is a macro casting -1 to a function pointer, which Swift cannot import:
/// this hands it over, for binding text SQLite must copy before the statement runs.
static inline sqlite3_destructor_type gloss_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// `sqlite3_config` is variadic, which Swift cannot call: this turns off SQLite's memory
/// statistics, whose global mutex every allocation takes. It only works before SQLite is first
/// used in the process (else it returns SQLITE_MISUSE and changes nothing).
static inline int gloss_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
