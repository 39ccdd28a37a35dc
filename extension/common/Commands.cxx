#include "common/Commands.hxx"

#include "common/UnoStrings.hxx"
#include "common/Workbench.hxx"

#include <vector>

using ::rtl::OUString;

namespace pt::extension {

OUString recentCodeCommand(int slot)
{
    return OUString::createFromAscii(kCodeWithRecentCommand) + OUString::number(slot);
}

OUString codeAsCommand(const std::string& codeId)
{
    return OUString::createFromAscii(kCodeAsCommand) + toOUString(codeId);
}

std::string codeOf(const OUString& command)
{
    OUString rest;
    if (command.startsWith(OUString::createFromAscii(kCodeAsCommand), &rest))
        return toUtf8(rest);
    if (command.startsWith(OUString::createFromAscii(kCodeWithRecentCommand), &rest)) {
        const sal_Int32 slot = rest.toInt32();
        const std::vector<std::string> recent = Workbench::instance().recentCodes();
        if (slot >= 1 && static_cast<std::size_t>(slot) <= recent.size())
            return recent[static_cast<std::size_t>(slot - 1)];
    }
    return std::string();
}

} // namespace pt::extension
