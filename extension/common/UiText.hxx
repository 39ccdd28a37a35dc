#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>

namespace pt::extension {

constexpr char kExtensionIdentifier[] = "org.powertriangle.extension";

/// Messages the extension's code shows, from dialogs/Messages_<locale>.properties in the language of
/// LibreOffice's user interface (Swedish or English).
class UiText {
public:
    explicit UiText(const css::uno::Reference<css::uno::XComponentContext>& context);

    /// The message `key` with %1, %2, … replaced by `arguments`; the key itself if the message is missing.
    ::rtl::OUString get(const char* key, std::initializer_list<::rtl::OUString> arguments = {}) const;

private:
    css::uno::Reference<css::resource::XStringResourceResolver> mxStrings;
};

/// The language of LibreOffice's user interface as far as we ship it: Swedish, or else English.
css::lang::Locale uiLocale(const css::uno::Reference<css::uno::XComponentContext>& context);

/// The extension's installed location (a file URL without trailing slash).
::rtl::OUString extensionLocation(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace pt::extension
