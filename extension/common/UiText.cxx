#include "common/UiText.hxx"

#include "common/Configuration.hxx"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/resource/StringResourceWithLocation.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>

#include <cstdlib>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

/// LibreOffice's UI language ("sv", "en-US"); empty when it follows the system.
OUString lcl_configuredUiLanguage(const Reference<uno::XComponentContext>& context)
{
    try {
        OUString locale;
        configurationNode(context, "/org.openoffice.Setup/L10N")->getByName("ooLocale") >>= locale;
        return locale;
    } catch (const uno::Exception&) {
        return OUString();
    }
}

} // namespace

lang::Locale uiLocale(const Reference<uno::XComponentContext>& context)
{
    OUString language = lcl_configuredUiLanguage(context);
    if (language.isEmpty()) {
        for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            const char* value = std::getenv(variable);
            if (value && *value) {
                language = OUString::createFromAscii(value);
                break;
            }
        }
    }
    if (language.startsWith("sv"))
        return lang::Locale("sv", "SE", "");
    return lang::Locale("en", "US", "");
}

OUString extensionLocation(const Reference<uno::XComponentContext>& context)
{
    return deployment::PackageInformationProvider::get(context)->getPackageLocation(kExtensionIdentifier);
}

UiText::UiText(const Reference<uno::XComponentContext>& context)
{
    try {
        mxStrings.set(resource::StringResourceWithLocation::create(
                          context, extensionLocation(context) + "/dialogs/", true, uiLocale(context), "Messages",
                          "", Reference<task::XInteractionHandler>()),
                      UNO_QUERY_THROW);
    } catch (const uno::Exception&) {
        // Without the strings each message shows its key: clumsy but never silent.
    }
}

OUString UiText::get(const char* key, std::initializer_list<OUString> arguments) const
{
    OUString text = OUString::createFromAscii(key);
    try {
        if (mxStrings.is() && mxStrings->hasEntryForId(text))
            text = mxStrings->resolveString(text);
    } catch (const uno::Exception&) {
    }
    sal_Int32 number = 1;
    for (const OUString& argument : arguments)
        text = text.replaceAll("%" + OUString::number(number++), argument);
    return text;
}

} // namespace pt::extension
