#include "heaptuning.h"

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
