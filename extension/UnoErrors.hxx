#pragma once

#include <com/sun/star/uno/XInterface.hpp>

namespace pt::extension {

/// Call from a catch (...) block at a UNO entry point: rethrows UNO exceptions as they are, turns
/// pt::InvalidInput into IllegalArgumentException at `argumentPosition`, and anything else into a
/// RuntimeException, so that no C++ exception reaches LibreOffice.
[[noreturn]] void rethrowAsUnoException(const css::uno::Reference<css::uno::XInterface>& context,
                                        sal_Int16 argumentPosition);

} // namespace pt::extension
