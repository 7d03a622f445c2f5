#include "core/Heap.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace concierge::heap {

namespace {

constexpr int kMmapThresholdBytes = 256 * 1024;

} // namespace

void configure()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes); // fixed: turns glibc's dynamic threshold off
#endif
}

void trim()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace concierge::heap
