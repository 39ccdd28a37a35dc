#include "editors/TranscriptImportDialog.hxx"

#include "common/CallbackListeners.hxx"
#include "common/ControlValues.hxx"
#include "common/FileDialogs.hxx"
#include "common/MessageBoxes.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "document/OdtPackages.hxx"
#include "exchange/TranscriptFiles.hxx"

#include "core/TextPlacement.hpp"
#include "core/TranscriptOdt.hpp"
#include "core/TranscriptTurns.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr std::size_t kPreviewTurns = 50; // a list box keeps every line laid out: a preview, not the transcript
constexpr std::size_t kPreviewCharacters = 140;

/// What the dialog is making: the file's cues and the names given to its labels so far.
struct TranscriptNaming {
    std::vector<Cue> cues;
    std::vector<SpeakerSample> samples;
    SpeakerNames names;
    bool times = true;

    /// The turns with the names as they are, or empty with `problem` saying what is wrong with a name.
    std::vector<TranscriptTurn> turns(std::string& problem) const
    {
        try {
            return turnsOf(namedSpeakers(cues, names));
        } catch (const InvalidInput& error) {
            problem = describe(error.problems());
            return {};
        }
    }
};

OUString lcl_speakerLine(const UiText& text, const SpeakerSample& sample, const SpeakerNames& names)
{
    const auto named = names.find(sample.label);
    const OUString label = toOUString(sample.label + (named == names.end() ? std::string() : " \u2192 " + named->second));
    return text.get("TranscriptSpeakerLine", {label, toOUString(sample.firstWords), OUString::number(static_cast<sal_Int64>(sample.turns))});
}

/// The first turns as the transcript will show them, a line each.
std::vector<OUString> lcl_preview(const UiText& text, const std::vector<TranscriptTurn>& turns, bool times)
{
    std::vector<OUString> lines;
    for (std::size_t i = 0; i < turns.size() && i < kPreviewTurns; ++i) {
        const TranscriptTurn& turn = turns[i];
        std::string line = turn.speaker.empty() ? std::string() : turn.speaker + ": ";
        if (times && turn.start)
            line += "[" + mediaTimeText(*turn.start) + "] ";
        line += turn.text;
        const std::u32string points = toCodePoints(line);
        if (points.size() > kPreviewCharacters)
            line = pt::toUtf8(points.substr(0, kPreviewCharacters)) + "\u2026";
        lines.push_back(toOUString(line));
    }
    if (turns.size() > kPreviewTurns)
        lines.push_back(text.get("TranscriptMoreTurns", {OUString::number(static_cast<sal_Int64>(turns.size() - kPreviewTurns))}));
    return lines;
}

void lcl_showFailure(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame, const UiText& text,
                     const OUString& message)
{
    showMessageBox(context, Reference<awt::XWindowPeer>(frame->getContainerWindow(), UNO_QUERY), awt::MessageBoxType_ERRORBOX,
                   text.get("TranscriptImportTitle"), message);
}

} // namespace

std::optional<NamedTranscript> TranscriptImportDialog::nameSpeakers(const Reference<uno::XComponentContext>& context,
                                                                    const Reference<awt::XWindow>& parent,
                                                                    const std::string& name, const std::vector<Cue>& cues,
                                                                    const OUString& okLabel)
{
    const UiText text(context);
    TranscriptNaming naming;
    naming.cues = cues;
    naming.samples = speakerSamples(turnsOf(naming.cues));

    Reference<awt::XDialog> dialog;
    Reference<awt::XControlContainer> controls;
    const auto control = [&](const char* id) { return controls->getControl(OUString::createFromAscii(id)); };
    bool updating = false;
    const auto refresh = [&] {
        std::string problem;
        const std::vector<TranscriptTurn> turns = naming.turns(problem);
        setListItems(control("PreviewList"), lcl_preview(text, turns, naming.times));
        setLabelText(control("HintText"), !problem.empty() ? toOUString(problem)
                                          : naming.samples.empty()
                                              ? text.get("TranscriptNoSpeakers", {OUString::number(static_cast<sal_Int64>(turns.size()))})
                                              : text.get("TranscriptTurnCount", {OUString::number(static_cast<sal_Int64>(turns.size()))}));
        Reference<awt::XWindow>(control("InsertButton"), UNO_QUERY_THROW)->setEnable(problem.empty());
    };
    const Reference<awt::XDialogEventHandler> events(new DialogEventCallback({"speakerChosen", "nameChanged", "timesChanged"}, [&](const OUString& method) {
        if (updating)
            return;
        const sal_Int16 chosen = selectedListItem(control("SpeakersList"));
        const bool hasChoice = chosen >= 0 && static_cast<std::size_t>(chosen) < naming.samples.size();
        updating = true;
        if (method == "speakerChosen" && hasChoice) {
            const auto named = naming.names.find(naming.samples[static_cast<std::size_t>(chosen)].label);
            Reference<awt::XTextComponent>(control("NameField"), UNO_QUERY_THROW)
                ->setText(named == naming.names.end() ? OUString() : toOUString(named->second));
        } else if (method == "nameChanged" && hasChoice) {
            const SpeakerSample& sample = naming.samples[static_cast<std::size_t>(chosen)];
            const std::string typed = toUtf8(Reference<awt::XTextComponent>(control("NameField"), UNO_QUERY_THROW)->getText().trim());
            if (typed.empty())
                naming.names.erase(sample.label);
            else
                naming.names[sample.label] = typed;
            removeListItem(control("SpeakersList"), chosen);
            insertListItem(control("SpeakersList"), chosen, lcl_speakerLine(text, sample, naming.names));
            selectListItem(control("SpeakersList"), chosen);
        } else if (method == "timesChanged") {
            naming.times = Reference<awt::XCheckBox>(control("TimesCheck"), UNO_QUERY_THROW)->getState() == 1;
        }
        updating = false;
        refresh();
    }));
    std::vector<beans::NamedValue> arguments{{"EventHandler", uno::Any(events)}};
    if (const Reference<awt::XWindowPeer> peer(parent, UNO_QUERY); peer.is())
        arguments.push_back({"ParentWindow", uno::Any(peer)});
    dialog = awt::DialogProvider2::create(context)->createDialogWithArguments(
        extensionLocation(context) + "/dialogs/TranscriptImport.xdl",
        uno::Sequence<beans::NamedValue>(arguments.data(), static_cast<sal_Int32>(arguments.size())));
    controls.set(dialog, UNO_QUERY_THROW);
    setLabelText(control("FileText"), toOUString(name));
    Reference<awt::XButton>(control("InsertButton"), UNO_QUERY_THROW)->setLabel(okLabel);
    std::vector<OUString> lines;
    for (const SpeakerSample& sample : naming.samples)
        lines.push_back(lcl_speakerLine(text, sample, naming.names));
    setListItems(control("SpeakersList"), lines);
    if (!lines.empty())
        selectListItem(control("SpeakersList"), 0);
    Reference<awt::XWindow>(control("NameField"), UNO_QUERY_THROW)->setEnable(!lines.empty());
    refresh();

    const bool chosen = dialog->execute() == ui::dialogs::ExecutableDialogResults::OK;
    Reference<lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
    std::string problem;
    std::vector<TranscriptTurn> turns = naming.turns(problem);
    if (!chosen || !problem.empty()) // Insert is disabled while a name is wrong
        return std::nullopt;
    return NamedTranscript{std::move(turns), TranscriptLayout{naming.times}};
}

OUString TranscriptImportDialog::run(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                                     const OUString& givenUrl)
{
    const UiText text(context);
    const Reference<frame::XModel> document(frame->getController()->getModel(), UNO_QUERY_THROW);
    const OUString url = givenUrl.isEmpty()
                             ? pickFile(context, false, {{text.get("TranscriptionToolFiles"), "*.srt;*.vtt;*.json;*.txt;*.html;*.htm;*.otr;*.docx;*.odt;*.fodt"}})
                             : givenUrl;
    if (url.isEmpty())
        return OUString();
    const std::string name = fileNameOf(url);
    std::vector<Cue> cues;
    try {
        cues = readTranscriptFileAt(context, url);
    } catch (const Refusal& refusal) {
        const OUString message = text.get("TranscriptUnreadable", {toOUString(name), toOUString(refusal.what())});
        lcl_showFailure(context, frame, text, message);
        return message;
    } catch (const InvalidInput& error) {
        const OUString message = text.get("TranscriptUnreadable", {toOUString(name), toOUString(describe(error.problems()))});
        lcl_showFailure(context, frame, text, message);
        return message;
    }
    const std::optional<NamedTranscript> named = nameSpeakers(context, frame->getContainerWindow(), name, cues, text.get("InsertTranscriptButton"));
    if (!named)
        return OUString();
    try {
        Reference<text::XTextViewCursorSupplier> view(document->getCurrentController(), UNO_QUERY_THROW);
        insertOdt(context, document, view->getViewCursor()->getStart(), transcriptOdtPackage(named->turns, named->layout),
                  text.get("TranscriptUndo"));
        return text.get("TranscriptInserted", {OUString::number(static_cast<sal_Int64>(named->turns.size())), toOUString(name)});
    } catch (const uno::Exception& error) {
        lcl_showFailure(context, frame, text, error.Message);
        return error.Message;
    } catch (const std::exception& error) {
        lcl_showFailure(context, frame, text, toOUString(error.what()));
        return toOUString(error.what());
    }
}

} // namespace pt::extension
