#pragma once

#include <com/sun/star/uno/XInterface.hpp>

#include <initializer_list>
#include <string_view>
#include <utility>

namespace pt::extension {

/// Where the parts of a request travel among a UNO method's arguments: the fields a pt::Refusal names
/// ("code", "passage", …) by position, and the position anything else refused (malformed JSON, say) is
/// blamed on.
struct ArgumentPositions {
    sal_Int16 otherwise;
    std::initializer_list<std::pair<std::string_view, sal_Int16>> fields = {};

    sal_Int16 of(std::string_view field) const;
};

/// Call from a catch (...) block at a UNO entry point: rethrows UNO exceptions as they are, turns
/// pt::InvalidInput into IllegalArgumentException at the position of the argument it concerns, and
/// anything else into a RuntimeException, so that no C++ exception reaches LibreOffice.
[[noreturn]] void rethrowAsUnoException(const css::uno::Reference<css::uno::XInterface>& context,
                                        const ArgumentPositions& positions);

/// Runs the work of a UNO method: whatever it throws leaves as rethrowAsUnoException makes it.
template <class Work>
auto unoCall(const css::uno::Reference<css::uno::XInterface>& context, const ArgumentPositions& positions, Work&& work)
    -> decltype(work())
{
    try {
        return work();
    } catch (...) {
        rethrowAsUnoException(context, positions);
    }
}

} // namespace pt::extension
