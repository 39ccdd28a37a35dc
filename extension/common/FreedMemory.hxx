#pragma once

namespace pt::extension {

/// Gives back to the system the memory the allocator kept after large work that freed it: reading a
/// long transcript's thousands of properties and filling its list leave freed pages that glibc keeps,
/// and an office that opened such a transcript a few times held 20 to 40 MB more than one without the
/// extension while heaptrack found next to nothing of ours allocated (bench/README.md). A few
/// milliseconds; call it once such work is over, never per key.
void returnFreedMemory() noexcept;

} // namespace pt::extension
