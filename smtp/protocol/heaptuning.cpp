#include "heaptuning.h"

// <cstdlib> comes first: it defines __GLIBC__ on glibc, which decides what follows. Without
// it the tuning compiled to nothing and a 100 MB send took 63,000 page faults again.
#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace smtp {

void keepFreedMemoryForReuse()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
#endif
}

} // namespace smtp
