#include "editors/SwatchFiles.hxx"

#include "common/UnoStrings.hxx"

#include "core/Swatch.hpp"

#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>
#include <osl/process.h>

#include <filesystem>
#include <fstream>
#include <mutex>

using namespace ::com::sun::star;
using ::rtl::OUString;

namespace pt::extension {

::rtl::OUString swatchUrl(const uno::Reference<uno::XComponentContext>& context, const std::string& colour,
                          Polarity polarity)
{
    static std::mutex mutex;
    std::lock_guard<std::mutex> guard(mutex);
    try {
        oslProcessInfo info;
        info.Size = sizeof(info);
        osl_getProcessInfo(nullptr, osl_Process_IDENTIFIER, &info);
        const OUString folderUrl = util::PathSubstitution::create(context)->substituteVariables(
            "$(temp)/powertriangle-swatches-" + OUString::number(info.Ident), true);
        OUString folder;
        if (osl::FileBase::getSystemPathFromFileURL(folderUrl, folder) != osl::FileBase::E_None)
            return OUString();
        const std::string name = "swatch-" + colour.substr(colour.empty() ? 0 : 1) + "-"
                                 + std::string(toString(polarity)) + ".png";
        const std::filesystem::path file = std::filesystem::path(toUtf8(folder)) / name;
        if (!std::filesystem::exists(file)) {
            std::filesystem::create_directories(file.parent_path());
            std::ofstream(file, std::ios::binary) << swatchPng(colour, polarity);
        }
        return folderUrl + "/" + toOUString(name);
    } catch (...) {
        return OUString();
    }
}

} // namespace pt::extension
