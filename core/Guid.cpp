#include "core/Guid.hpp"

#include <boost/uuid/name_generator_sha1.hpp>
#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/string_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

#include <cctype>

namespace pt {

namespace {
// Fixed namespace of the project; changing it would change every default code id.
const boost::uuids::uuid kPowerTriangleNamespace
    = boost::uuids::string_generator()("6f0c3a52-5d1e-4b8e-9a47-2c1f70d4e3b9");
} // namespace

std::string newGuid()
{
    thread_local boost::uuids::random_generator generator;
    return boost::uuids::to_string(generator());
}

std::string nameBasedGuid(std::string_view name)
{
    boost::uuids::name_generator_sha1 generator(kPowerTriangleNamespace);
    return boost::uuids::to_string(generator(name.data(), name.size()));
}

bool isGuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}

std::string normalizedGuid(std::string_view guid)
{
    std::string lower(guid);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

} // namespace pt
