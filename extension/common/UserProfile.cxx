#include "common/UserProfile.hxx"

#include "common/UnoStrings.hxx"

#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>

#include <stdexcept>

using namespace ::com::sun::star;
using ::rtl::OUString;

namespace pt::extension {

namespace {

std::filesystem::path lcl_inProfile(const uno::Reference<uno::XComponentContext>& context, const OUString& relative)
{
    const OUString url = util::PathSubstitution::create(context)->substituteVariables("$(user)/powertriangle/" + relative, true);
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        throw std::runtime_error("the user profile is not a local folder: " + toUtf8(url));
    return std::filesystem::path(toUtf8(path));
}

} // namespace

std::filesystem::path codebookTemplateFolder(const uno::Reference<uno::XComponentContext>& context)
{
    return lcl_inProfile(context, "codebooks");
}

std::filesystem::path coderNameFile(const uno::Reference<uno::XComponentContext>& context)
{
    return lcl_inProfile(context, "coder.txt");
}

std::filesystem::path identifyingTermsFile(const uno::Reference<uno::XComponentContext>& context)
{
    return lcl_inProfile(context, "identifying-terms.csv");
}

std::filesystem::path reflectionPromptsFile(const uno::Reference<uno::XComponentContext>& context)
{
    return lcl_inProfile(context, "prompts.json");
}

} // namespace pt::extension
