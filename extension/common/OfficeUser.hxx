#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace pt::extension {

/// The name new codings are credited to: the one set in the sidebar, else LibreOffice's user name
/// (Tools ▸ Options ▸ User Data), else the login name.
std::string currentCoderName(const css::uno::Reference<css::uno::XComponentContext>& context);

/// Credits new codings to `name` from now on (kept in the user profile); empty: LibreOffice's user name again.
void setCoderName(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& name);
/// The name set with setCoderName, or empty.
std::string chosenCoderName(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace pt::extension
