#include "OfficeUser.hxx"

#include "Configuration.hxx"
#include "UnoStrings.hxx"

#include <osl/security.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::rtl::OUString;

namespace pt::extension {

std::string currentCoderName(const Reference<uno::XComponentContext>& context)
{
    try {
        const Reference<container::XNameAccess> data = configurationNode(context, "/org.openoffice.UserProfile/Data");
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
