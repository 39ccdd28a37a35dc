#include "common/OfficeUser.hxx"

#include "common/Configuration.hxx"
#include "common/UnoStrings.hxx"
#include "common/UserProfile.hxx"

#include <osl/security.hxx>

#include <filesystem>
#include <fstream>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::rtl::OUString;

namespace pt::extension {

std::string chosenCoderName(const Reference<uno::XComponentContext>& context)
{
    std::ifstream in(coderNameFile(context), std::ios::binary);
    std::string name;
    std::getline(in, name);
    return name;
}

void setCoderName(const Reference<uno::XComponentContext>& context, const std::string& name)
{
    const std::filesystem::path file = coderNameFile(context);
    std::string trimmed = name;
    trimmed.erase(0, trimmed.find_first_not_of(" \t"));
    trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
    if (trimmed.empty() || trimmed.find('\n') != std::string::npos) {
        std::filesystem::remove(file);
        return;
    }
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << trimmed << "\n";
    if (!out.flush())
        throw std::runtime_error("cannot write " + file.string());
}

std::string currentCoderName(const Reference<uno::XComponentContext>& context)
{
    if (std::string chosen = chosenCoderName(context); !chosen.empty())
        return chosen;
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
