#ifndef GLOSS_CPREFETCH_SHIM_H
#define GLOSS_CPREFETCH_SHIM_H

/// Asks the processor to bring the cache line holding `address` into its caches, for a read
/// soon (`__builtin_prefetch`, `prefetcht0` on x86-64): a hint, never a fault, whatever the
/// address. Swift has no such call; this one is inlined where it is called.
static inline __attribute__((always_inline)) void gloss_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
