#include "editors/CodebookHistoryDialog.hxx"

#include "common/CallbackListeners.hxx"
#include "common/ControlValues.hxx"
#include "common/FileDialogs.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "document/DocumentStore.hxx"
#include "exchange/FileBytes.hxx"

#include "core/CodebookHistory.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

void CodebookHistoryDialog::run(const Reference<uno::XComponentContext>& context, const Reference<lang::XComponent>& document)
{
    const UiText text(context);
    const DocumentStore store(document);
    const std::vector<CodebookChange> history = store.codebookHistory();
    Reference<awt::XControlContainer> controls;
    const auto control = [&](const char* name) { return controls->getControl(OUString::createFromAscii(name)); };
    const Reference<awt::XDialogEventHandler> events(new DialogEventCallback({"saveCsv"}, [&](const OUString&) {
        // Reported in the dialog: the callback's caller swallows what escapes.
        try {
            const OUString url = pickFile(context, true, {{text.get("CsvFiles"), "*.csv"}});
            if (url.isEmpty())
                return;
            writeFileBytes(context, url, codebookHistoryCsv(history));
            setLabelText(control("StatusText"), text.get("HistorySaved", {toOUString(fileNameOf(url))}));
        } catch (const uno::Exception& error) {
            setLabelText(control("StatusText"), text.get("Failed", {error.Message}));
        } catch (const std::exception& error) {
            setLabelText(control("StatusText"), text.get("Failed", {toOUString(error.what())}));
        }
    }));
    const Reference<awt::XDialog> dialog = awt::DialogProvider2::create(context)->createDialogWithHandler(
        extensionLocation(context) + "/dialogs/CodebookHistory.xdl", events);
    controls.set(dialog, UNO_QUERY_THROW);
    const TableLanguage language = uiLocale(context).Language == "sv" ? TableLanguage::Swedish : TableLanguage::English;
    std::vector<OUString> lines;
    for (const CodebookChange& change : history)
        lines.push_back(toOUString(changeLine(change, language)));
    setListItems(control("HistoryList"), lines);
    if (history.empty())
        setLabelText(control("StatusText"), text.get("NoHistory"));
    dialog->execute();
    Reference<lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
}

} // namespace pt::extension
