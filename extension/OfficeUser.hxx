#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace pt::extension {

/// The name new codings are credited to: LibreOffice's user name (Tools ▸ Options ▸ User Data), else the
/// login name.
std::string currentCoderName(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace pt::extension
