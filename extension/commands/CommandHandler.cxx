#include "commands/CommandHandler.hxx"

#include "common/Commands.hxx"
#include "common/PropertyValues.hxx"
#include "reports/ReflectionOverview.hxx"
#include "editors/ContentAnalysisDialog.hxx"
#include "editors/PseudonymiseDialog.hxx"
#include "editors/TranscriptImportDialog.hxx"
#include "editors/ReflectionTableDialog.hxx"

#include "commands/SelectionCoding.hxx"
#include "commands/StudyCodebookChecks.hxx"
#include "commands/TeamCommands.hxx"
#include "common/UnoStrings.hxx"
#include "common/Workbench.hxx"
#include "document/DocumentStore.hxx"

#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <cstring>
#include <optional>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::rtl::OUString;

namespace pt::extension {

CommandHandler::CommandHandler(const Reference<uno::XComponentContext>& context)
    : mxContext(context)
{
}

Reference<uno::XInterface> CommandHandler::create(const Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new CommandHandler(context));
}

OUString CommandHandler::implementationName()
{
    return "org.powertriangle.comp.CommandHandler";
}

Sequence<OUString> CommandHandler::serviceNames()
{
    Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

namespace {

std::optional<TeamCommand> lcl_teamCommand(const OUString& url)
{
    static const std::pair<const char*, TeamCommand> commands[] = {
        {kMergeCodingsCommand, TeamCommand::MergeCodings},   {kAgreementReportCommand, TeamCommand::AgreementReport},
        {kExportProjectCommand, TeamCommand::ExportProject}, {kImportProjectCommand, TeamCommand::ImportProject},
        {kExportCsvCommand, TeamCommand::ExportCsv},         {kCodingReportCommand, TeamCommand::CodingReport},
        {kInsertTriangleFigureCommand, TeamCommand::InsertTriangleFigure},
        {kInsertFrequencyChartCommand, TeamCommand::InsertFrequencyChart},
        {kNewStudyCommand, TeamCommand::NewStudy},           {kAddToStudyCommand, TeamCommand::AddToStudy}};
    for (const auto& [name, command] : commands)
        if (url.equalsAscii(name))
            return command;
    return std::nullopt;
}

/// The infobar button that settles a transcript's conflicts with its study, and which way.
std::optional<SyncChoice> lcl_studyChoice(const OUString& url)
{
    const OUString command = url.getToken(0, '?');
    if (command.equalsAscii(kKeepTranscriptCodesCommand))
        return SyncChoice::Transcript;
    if (command.equalsAscii(kTakeStudyCodesCommand))
        return SyncChoice::Study;
    return std::nullopt;
}

} // namespace

void SAL_CALL CommandHandler::initialize(const Sequence<uno::Any>& arguments)
{
    Reference<frame::XFrame> frame;
    if (arguments.getLength() > 0 && (arguments[0] >>= frame))
        mxFrame = frame;
}

Reference<frame::XDispatch> SAL_CALL CommandHandler::queryDispatch(const util::URL& url, const OUString&, sal_Int32)
{
    if (url.Complete.startsWith(OUString::createFromAscii(kCodeWithRecentCommand)) || url.Complete.startsWith(OUString::createFromAscii(kCodeAsCommand))
        || url.Complete == OUString::createFromAscii(kInsertReflectionTableCommand)
        || url.Complete == OUString::createFromAscii(kNewCodeFromSelectionCommand)
        || url.Complete == OUString::createFromAscii(kContentAnalysisTableCommand)
        || url.Complete == OUString::createFromAscii(kInsertTranscriptCommand)
        || url.Complete == OUString::createFromAscii(kPseudonymiseCommand)
        || url.Complete == OUString::createFromAscii(kNextReflectionCycleCommand)
        || url.Complete == OUString::createFromAscii(kReflectionOverviewCommand) || lcl_teamCommand(url.Complete)
        || lcl_studyChoice(url.Complete))
        return this;
    return nullptr;
}

Sequence<Reference<frame::XDispatch>> SAL_CALL CommandHandler::queryDispatches(const Sequence<frame::DispatchDescriptor>& requests)
{
    Sequence<Reference<frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

void SAL_CALL CommandHandler::dispatch(const util::URL& url, const Sequence<beans::PropertyValue>& arguments)
{
    // A shortcut or a menu entry: nothing may escape to LibreOffice; the panel says what happened.
    const Reference<frame::XFrame> frame(mxFrame);
    try {
        const UiText text(mxContext);
        if (url.Complete == OUString::createFromAscii(kInsertReflectionTableCommand)) {
            if (const OUString done = ReflectionTableDialog::run(mxContext, frame); !done.isEmpty())
                Workbench::instance().report(frame, done);
            return;
        }
        if (url.Complete == OUString::createFromAscii(kReflectionOverviewCommand)) {
            Workbench::instance().report(frame, openReflectionOverview(mxContext, frame));
            return;
        }
        if (const auto team = lcl_teamCommand(url.Complete)) {
            if (const OUString done = runTeamCommand(mxContext, frame, *team, arguments); !done.isEmpty())
                Workbench::instance().report(frame, done);
            return;
        }
        if (const auto choice = lcl_studyChoice(url.Complete)) {
            const sal_Int32 named = url.Complete.indexOf(OUString::createFromAscii(kTranscriptArgument));
            const OUString transcript = named < 0 ? OUString() : url.Complete.copy(named + std::strlen(kTranscriptArgument));
            Workbench::instance().report(frame, settleStudyConflicts(mxContext, transcript, frame, *choice));
            return;
        }
        if (url.Complete == OUString::createFromAscii(kContentAnalysisTableCommand)) {
            if (const OUString done = ContentAnalysisDialog::run(mxContext, frame); !done.isEmpty())
                Workbench::instance().report(frame, done);
            return;
        }
        if (url.Complete == OUString::createFromAscii(kInsertTranscriptCommand)) {
            if (const OUString done = TranscriptImportDialog::run(mxContext, frame, stringArgument(arguments, "URL")); !done.isEmpty())
                Workbench::instance().report(frame, done);
            return;
        }
        if (url.Complete == OUString::createFromAscii(kPseudonymiseCommand)) {
            if (const OUString done = PseudonymiseDialog::run(mxContext, frame, stringArgument(arguments, "KeyURL")); !done.isEmpty())
                Workbench::instance().report(frame, done);
            return;
        }
        if (url.Complete == OUString::createFromAscii(kNewCodeFromSelectionCommand)) {
            Workbench::instance().report(frame, codeSelectionAsNewCode(mxContext, frame, std::string(), text).message);
            return;
        }
        if (url.Complete == OUString::createFromAscii(kNextReflectionCycleCommand)) {
            Workbench::instance().report(frame, insertNextReflectionCycle(mxContext, frame));
            return;
        }
        const std::string code = codeOf(url.Complete);
        if (code.empty()) {
            Workbench::instance().report(frame, text.get("NoRecentCode"));
            return;
        }
        Workbench::instance().report(frame, codeSelection(mxContext, frame, code, std::string(), text).message);
    } catch (const uno::Exception& error) {
        Workbench::instance().report(frame, error.Message);
    } catch (const std::exception& error) {
        Workbench::instance().report(frame, toOUString(error.what()));
    } catch (...) {
    }
}

void SAL_CALL CommandHandler::addStatusListener(const Reference<frame::XStatusListener>&, const util::URL&) {}

void SAL_CALL CommandHandler::removeStatusListener(const Reference<frame::XStatusListener>&, const util::URL&) {}

OUString SAL_CALL CommandHandler::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL CommandHandler::supportsService(const OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

Sequence<OUString> SAL_CALL CommandHandler::getSupportedServiceNames()
{
    return serviceNames();
}

} // namespace pt::extension
