#include "common/FreedMemory.hxx"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pt::extension {

void returnFreedMemory() noexcept
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace pt::extension
