#include "OfficeUser.hxx"

#include "UnoStrings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <osl/security.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

std::string currentCoderName(const Reference<uno::XComponentContext>& context)
{
    try {
        const Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
        uno::Sequence<uno::Any> arguments(1);
        arguments[0] <<= beans::NamedValue("nodepath", uno::Any(OUString("/org.openoffice.UserProfile/Data")));
        Reference<container::XNameAccess> data(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
            UNO_QUERY_THROW);
        OUString given, family;
        data->getByName("givenname") >>= given;
        data->getByName("sn") >>= family;
        const OUString name = (given.trim() + " " + family.trim()).trim();
        if (!name.isEmpty())
            return toUtf8(name);
    } catch (const uno::Exception&) {
        // No user data: fall back to the login name.
    }
    OUString login;
    if (osl::Security().getUserName(login) && !login.isEmpty())
        return toUtf8(login);
    return "unknown coder";
}

} // namespace pt::extension
