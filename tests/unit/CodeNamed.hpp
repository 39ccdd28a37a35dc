#pragma once

#include "core/Codebook.hpp"

#include <stdexcept>
#include <string>

namespace pt::test {

/// The code of `codebook` called `name`; the test stops when there is none.
inline const Code& codeNamed(const Codebook& codebook, const std::string& name)
{
    for (const Code& code : codebook.codes())
        if (code.name == name)
            return code;
    throw std::runtime_error("no code " + name);
}

} // namespace pt::test
