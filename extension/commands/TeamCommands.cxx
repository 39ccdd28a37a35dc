#include "commands/TeamCommands.hxx"

#include "commands/StudyCommands.hxx"

#include "reports/AgreementReports.hxx"
#include "reports/CodingReports.hxx"
#include "exchange/CodingsMerge.hxx"
#include "exchange/FileBytes.hxx"
#include "document/DocumentFiles.hxx"
#include "document/DocumentStore.hxx"
#include "common/PropertyValues.hxx"
#include "common/FileDialogs.hxx"
#include "common/MessageBoxes.hxx"
#include "exchange/ProjectExchange.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "common/Workbench.hxx"


#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

namespace {

} // namespace

OUString runTeamCommand(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                        TeamCommand command, const Sequence<beans::PropertyValue>& arguments)
{
    const UiText text(context);
    const Reference<awt::XWindowPeer> window(frame->getContainerWindow(), UNO_QUERY);
    const auto tell = [&](const OUString& title, const std::string& message) {
        showMessageBox(context, window, awt::MessageBoxType_INFOBOX, title, toOUString(message));
    };
    OUString title;
    try {
        DocumentStore store(DocumentStore::documentIn(frame)); // refuses a frame without a Writer document
        OUString url = stringArgument(arguments, "URL");
        switch (command) {
        case TeamCommand::MergeCodings: {
            title = text.get("MergeCodings");
            if (url.isEmpty())
                url = pickFile(context, false, {{text.get("TranscriptFiles"), "*.odt;*.docx;*.fodt;*.doc;*.rtf"}});
            if (url.isEmpty())
                return OUString();
            const MergePlan plan = mergeCodingsFrom(context, store, url);
            tell(title, describeMerge(plan, fileNameOf(url)));
            return text.get("CodingsMerged", {OUString::number(static_cast<sal_Int64>(plan.toAdd.size()))});
        }
        case TeamCommand::AgreementReport:
            title = text.get("AgreementReport");
            openAgreementReport(context, store);
            return text.get("AgreementReportOpened");
        case TeamCommand::ExportProject: {
            title = text.get("ExportProject");
            OUString filter = text.get("QdpxFiles");
            if (url.isEmpty())
                url = pickFile(context, true, {{text.get("QdpxFiles"), "*.qdpx"}, {text.get("QdpxFilesCrlf"), "*.qdpx"}}, &filter);
            if (url.isEmpty())
                return OUString();
            ProjectExportOptions options;
            options.crlf = filter == text.get("QdpxFilesCrlf") || stringArgument(arguments, "LineEnds") == "CRLF";
            const ProjectExport done = exportProject(context, {Reference<lang::XComponent>(store.document(), UNO_QUERY_THROW)}, url, options);
            const OUString line = text.get("ProjectExported", {OUString::number(static_cast<sal_Int64>(done.codings)), toOUString(fileNameOf(url))});
            if (!done.notes.empty())
                tell(title, toUtf8(line) + "\n\n" + describe(done.notes));
            return line;
        }
        case TeamCommand::ImportProject: {
            title = text.get("ImportProject");
            if (url.isEmpty())
                url = pickFile(context, false, {{text.get("QdpxFiles"), "*.qdpx"}});
            if (url.isEmpty())
                return OUString();
            const ProjectImport imported = importProject(context, store, url);
            tell(title, describeImport(imported, fileNameOf(url)));
            return text.get("CodingsImported", {OUString::number(static_cast<sal_Int64>(imported.plan.toAdd.size()))});
        }
        case TeamCommand::CodingReport: {
            title = text.get("CodingReport");
            // The passages of the code chosen in the Codebook panel, if one is.
            std::set<std::string> retrieve;
            if (const std::string chosen = Workbench::instance().chosenCode(frame); !chosen.empty())
                retrieve.insert(chosen);
            openCodingReport(context, codingReportOf({Reference<lang::XComponent>(store.document(), UNO_QUERY_THROW)}, retrieve));
            return text.get("CodingReportOpened");
        }
        case TeamCommand::InsertTriangleFigure:
            title = text.get("CodingReport");
            insertReportPicture(context, store, nullptr, ReportPicture::TriangleFigure);
            return text.get("PictureInserted");
        case TeamCommand::InsertFrequencyChart:
            title = text.get("CodingReport");
            insertReportPicture(context, store, nullptr, ReportPicture::FrequencyChart);
            return text.get("PictureInserted");
        case TeamCommand::NewStudy: {
            // "URL": the folder, instead of asking.
            title = text.get("NewStudyTitle");
            const OUString study = newStudy(context, url);
            if (study.isEmpty())
                return OUString();
            const OUString line = text.get("StudyMade", {toOUString(fileNameOf(study.copy(0, study.lastIndexOf('/'))))});
            tell(title, toUtf8(line));
            return line;
        }
        case TeamCommand::AddToStudy: {
            // "URL": a transcript to add, instead of asking.
            title = text.get("AddToStudyTitle");
            const OUString study = studyOfWindow(context, frame);
            if (study.isEmpty()) {
                tell(title, toUtf8(text.get("NoStudy")));
                return text.get("NoStudy");
            }
            Problems notes;
            const std::size_t added = addToStudy(context, study, url.isEmpty() ? std::vector<OUString>{} : std::vector<OUString>{url}, notes,
                                                   frame->getContainerWindow());
            const OUString line = text.get("TranscriptsAdded", {OUString::number(static_cast<sal_Int64>(added))});
            tell(title, toUtf8(line) + (notes.empty() ? std::string() : "\n\n" + describe(notes)));
            return line;
        }
        case TeamCommand::ExportCsv: {
            title = text.get("ExportCsv");
            if (url.isEmpty())
                url = pickFile(context, true, {{text.get("CsvFiles"), "*.csv"}});
            if (url.isEmpty())
                return OUString();
            const std::size_t codings = store.listCodings().entries.size();
            writeFileBytes(context, url, codingsCsvOf(store));
            return text.get("CsvExported", {OUString::number(static_cast<sal_Int64>(codings)), toOUString(fileNameOf(url))});
        }
        }
    } catch (const uno::Exception& error) {
        // A refusal (IllegalArgumentException) or a failure on the way (a folder that is not there): the user
        // chose a command from the menu, so the answer is a message box, whatever the sidebar shows.
        showMessageBox(context, window, awt::MessageBoxType_WARNINGBOX, title, error.Message);
        return error.Message;
    } catch (const std::exception& error) {
        showMessageBox(context, window, awt::MessageBoxType_WARNINGBOX, title, toOUString(error.what()));
        return toOUString(error.what());
    }
    return OUString();
}

} // namespace pt::extension
