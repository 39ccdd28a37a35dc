#include "editors/ContentAnalysisDialog.hxx"

#include "common/CallbackListeners.hxx"
#include "common/ControlValues.hxx"
#include "common/FileDialogs.hxx"
#include "common/MessageBoxes.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "reports/CodingReports.hxx"
#include "reports/ContentAnalysisTables.hxx"
#include "exchange/FileBytes.hxx"
#include "exchange/StudyFiles.hxx"

#include "core/ContentAnalysisTable.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>

#include <set>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

ContentAnalysisSource contentAnalysisSource(const Reference<uno::XComponentContext>& context, const DocumentStore& store,
                                            bool wholeStudy, bool swedish)
{
    ContentAnalysisSource source;
    const std::string heading = swedish ? "Inneh\xc3\xa5llsanalys: " : "Content analysis: ";
    if (!wholeStudy) {
        source.documents.push_back(codedDocumentOf(store));
        source.title = heading + source.documents.front().name;
        return source;
    }
    const OUString study = studyOfDocument(context, store.document()->getURL());
    if (study.isEmpty())
        throw Refusal("study", "This transcript is in no study: save it in a study's folder and add it to the study first.");
    source.documents = studyDocuments(context, study, source.unread);
    // The transcript in front as its window has it, unsaved codings too; the others as saved.
    const std::string here = toUtf8(store.document()->getURL());
    for (CodedDocument& document : source.documents)
        if (document.location == here)
            document = codedDocumentOf(store);
    source.title = heading + readStudyFile(context, study).name;
    return source;
}

namespace {

/// The table's options as the dialog's controls have them.
ContentAnalysisOptions lcl_options(const Reference<awt::XControlContainer>& controls, const std::vector<std::string>& coders)
{
    const auto control = [&](const char* name) { return controls->getControl(OUString::createFromAscii(name)); };
    ContentAnalysisOptions options;
    if (const sal_Int16 dimension = selectedListItem(control("DimensionList")); dimension > 0)
        options.dimension = kDimensions[static_cast<std::size_t>(dimension - 1)];
    if (const sal_Int16 coder = selectedListItem(control("CoderList")); coder > 0 && static_cast<std::size_t>(coder) <= coders.size())
        options.coder = coders[static_cast<std::size_t>(coder - 1)];
    options.onlyCondensed = Reference<awt::XCheckBox>(control("CondensedCheck"), UNO_QUERY_THROW)->getState() == 1;
    options.language = selectedListItem(control("LanguageList")) == 1 ? TableLanguage::Swedish : TableLanguage::English;
    return options;
}

} // namespace

OUString ContentAnalysisDialog::run(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame)
{
    const UiText text(context);
    const DocumentStore store(DocumentStore::documentIn(frame));
    const OUString study = store.document()->getURL().isEmpty() ? OUString() : studyOfDocument(context, store.document()->getURL());
    const std::set<std::string> coderSet = store.read([](const CodingSet& codings) {
        std::set<std::string> names;
        for (const Coding* coding : codings.all())
            names.insert(coding->coder);
        return names;
    });
    const std::vector<std::string> coders(coderSet.begin(), coderSet.end());

    bool csv = false;
    Reference<awt::XDialog> dialog;
    const Reference<awt::XDialogEventHandler> events(new DialogEventCallback({"saveCsv"}, [&](const OUString&) {
        csv = true;
        dialog->endExecute();
    }));
    dialog = awt::DialogProvider2::create(context)->createDialogWithHandler(
        extensionLocation(context) + "/dialogs/ContentAnalysisDialog.xdl", events);
    const Reference<awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
    const auto control = [&](const char* name) { return controls->getControl(OUString::createFromAscii(name)); };

    std::vector<OUString> sources{text.get("ThisTranscript")};
    if (!study.isEmpty())
        sources.push_back(text.get("ItsStudy"));
    setListItems(control("SourceList"), sources);
    selectListItem(control("SourceList"), 0);
    std::vector<OUString> dimensions{text.get("AllDimensions")};
    const bool swedishUi = uiLocale(context).Language == "sv";
    for (const Dimension dimension : kDimensions)
        dimensions.push_back(toOUString(reflectionWords(swedishUi ? TableLanguage::Swedish : TableLanguage::English).dimensionName(dimension)));
    setListItems(control("DimensionList"), dimensions);
    selectListItem(control("DimensionList"), 0);
    std::vector<OUString> coderItems{text.get("AllCoders")};
    for (const std::string& coder : coders)
        coderItems.push_back(toOUString(coder));
    setListItems(control("CoderList"), coderItems);
    selectListItem(control("CoderList"), 0);
    setListItems(control("LanguageList"), {"English", "Svenska"});
    selectListItem(control("LanguageList"), swedishUi ? 1 : 0);

    const bool table = dialog->execute() == ui::dialogs::ExecutableDialogResults::OK;
    const ContentAnalysisOptions options = lcl_options(controls, coders);
    const bool wholeStudy = selectedListItem(control("SourceList")) == 1;
    Reference<lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
    if (!table && !csv)
        return OUString();
    try {
        const ContentAnalysisSource source = contentAnalysisSource(context, store, wholeStudy, options.language == TableLanguage::Swedish);
        OUString done;
        if (csv) {
            const OUString url = pickFile(context, true, {{text.get("CsvFiles"), "*.csv"}});
            if (url.isEmpty())
                return OUString();
            const std::vector<ContentAnalysisRow> rows = contentAnalysisRows(source.documents, options);
            writeFileBytes(context, url, contentAnalysisCsv(rows, options.language));
            done = text.get("ContentAnalysisSaved", {OUString::number(static_cast<sal_Int64>(rows.size())), toOUString(fileNameOf(url))});
        } else {
            openContentAnalysisTable(context, source.documents, source.title, options);
            done = text.get("ContentAnalysisOpened");
        }
        if (!source.unread.empty())
            done += "\n" + toOUString(describe(source.unread));
        return done;
    } catch (const uno::Exception& error) {
        showMessageBox(context, Reference<awt::XWindowPeer>(frame->getContainerWindow(), UNO_QUERY), awt::MessageBoxType_ERRORBOX,
                       text.get("ContentAnalysisTitle"), error.Message);
        return error.Message;
    } catch (const std::exception& error) {
        showMessageBox(context, Reference<awt::XWindowPeer>(frame->getContainerWindow(), UNO_QUERY), awt::MessageBoxType_ERRORBOX,
                       text.get("ContentAnalysisTitle"), toOUString(error.what()));
        return toOUString(error.what());
    }
}

} // namespace pt::extension
