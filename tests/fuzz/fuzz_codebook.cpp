// Fuzz target: a codebook from outside, as JSON (the API, a template file) and as a REFI-QDA .qdc.
#include "core/Codebook.hpp"
#include "core/Qdc.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        (void)pt::parseCodebookJson(input);
    } catch (const pt::InvalidInput&) {
    }
    try {
        (void)pt::importQdc(input);
    } catch (const pt::InvalidInput&) {
    }
    return 0;
}
