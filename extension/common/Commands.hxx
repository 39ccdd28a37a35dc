#pragma once

#include <rtl/ustring.hxx>

#include <string>

namespace pt::extension {

/// The extension's dispatch commands (ProtocolHandler.xcu routes the protocol to CommandHandler).
/// Code the selection with the N-th most recently used code (N = 1 … 9): "…Slot=N".
constexpr char kCodeWithRecentCommand[] = "vnd.powertriangle:CodeWithRecent?Slot=";
/// Code the selection as a given code: "…Code=<id>".
constexpr char kCodeAsCommand[] = "vnd.powertriangle:CodeAs?Code=";
/// Code the selection with a new emergent code named by its own words (in vivo); the context menu's entry.
constexpr char kNewCodeFromSelectionCommand[] = "vnd.powertriangle:NewCodeFromSelection";
/// Insert ▸ Power Triangle: the reflection-cycle table dialog, and the next cycle at the cursor.
constexpr char kInsertReflectionTableCommand[] = "vnd.powertriangle:InsertReflectionTable";
constexpr char kNextReflectionCycleCommand[] = "vnd.powertriangle:NextReflectionCycle";
/// Insert ▸ Power Triangle: the content-analysis table of the transcript or its study (ContentAnalysisDialog).
constexpr char kContentAnalysisTableCommand[] = "vnd.powertriangle:ContentAnalysisTable";
/// Insert ▸ Power Triangle: a transcription tool's file as speaker turns (TranscriptImportDialog); the
/// argument "URL" names the file instead of asking.
constexpr char kInsertTranscriptCommand[] = "vnd.powertriangle:InsertTranscript";
/// Tools ▸ Power Triangle: the pseudonymisation dialog (PseudonymiseDialog); the argument "KeyURL" names a
/// key to start from.
constexpr char kPseudonymiseCommand[] = "vnd.powertriangle:Pseudonymise";
/// Insert ▸ Power Triangle: the document's cycles read back side by side, in a new document.
constexpr char kReflectionOverviewCommand[] = "vnd.powertriangle:ReflectionCyclesOverview";

/// Tools ▸ Power Triangle: the team's commands (TeamCommands). Each takes an optional argument "URL", the
/// file to use instead of asking; the project export also "LineEnds" = "CRLF".
constexpr char kMergeCodingsCommand[] = "vnd.powertriangle:MergeCodings";
constexpr char kAgreementReportCommand[] = "vnd.powertriangle:AgreementReport";
constexpr char kExportProjectCommand[] = "vnd.powertriangle:ExportProject";
constexpr char kImportProjectCommand[] = "vnd.powertriangle:ImportProject";
constexpr char kExportCsvCommand[] = "vnd.powertriangle:ExportCodingsCsv";
/// Tools ▸ Power Triangle: a study (StudyCommands); "URL" the folder, or the transcript to add.
constexpr char kNewStudyCommand[] = "vnd.powertriangle:NewStudy";
constexpr char kAddToStudyCommand[] = "vnd.powertriangle:AddTranscriptsToStudy";
/// The buttons of the infobar that shows a transcript's codes in conflict with its study's: settle them all
/// one way (StudyCodebookChecks). "…?Transcript=<URL>" names the transcript: an infobar's button is
/// dispatched to the active window, which need not be the transcript's.
constexpr char kKeepTranscriptCodesCommand[] = "vnd.powertriangle:KeepTranscriptCodes";
constexpr char kTakeStudyCodesCommand[] = "vnd.powertriangle:TakeStudyCodes";
constexpr char kTranscriptArgument[] = "?Transcript=";
/// Tools ▸ Power Triangle ▸ Coding Report; Insert ▸ Power Triangle: the figure and the chart at the cursor.
constexpr char kCodingReportCommand[] = "vnd.powertriangle:CodingReport";
constexpr char kInsertTriangleFigureCommand[] = "vnd.powertriangle:InsertTriangleFigure";
constexpr char kInsertFrequencyChartCommand[] = "vnd.powertriangle:InsertFrequencyChart";

/// The command that codes the selection with the N-th most recently used code.
::rtl::OUString recentCodeCommand(int slot);
/// The command that codes the selection with a code.
::rtl::OUString codeAsCommand(const std::string& codeId);
/// The code a command names, or "" when it names none (an empty recent slot, another command).
std::string codeOf(const ::rtl::OUString& command);

} // namespace pt::extension
