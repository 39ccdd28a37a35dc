#include "common/FileDialogs.hxx"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::rtl::OUString;

namespace pt::extension {

OUString pickFile(const Reference<uno::XComponentContext>& context, bool save, const std::vector<FileFilter>& filters,
                  OUString* chosenFilter)
{
    const Reference<ui::dialogs::XFilePicker3> picker = ui::dialogs::FilePicker::createWithMode(
        context, save ? ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION : ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    for (const FileFilter& filter : filters)
        picker->appendFilter(filter.title, filter.pattern);
    if (!filters.empty())
        picker->setCurrentFilter(filters.front().title);
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK || picker->getSelectedFiles().getLength() < 1)
        return OUString();
    if (chosenFilter)
        *chosenFilter = picker->getCurrentFilter();
    return picker->getSelectedFiles()[0];
}

} // namespace pt::extension
