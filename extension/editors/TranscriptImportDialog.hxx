#pragma once

#include "exchange/TranscriptFiles.hxx"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Insert ▸ Power Triangle ▸ Transcript from File…: a transcription tool's file (.srt, .vtt, Whisper's .json
/// and .txt, noScribe's .html, oTranscribe's .otr, a Word file with stamps) made into speaker turns at the
/// cursor. A modal dialog shows the turns it will make and lists the file's speaker labels with their
/// first words, to be named before anything is written; the turns go in as one undo step.
class TranscriptImportDialog {
public:
    /// Runs it for the document shown in `frame`, on the file at `url` (or one the user picks when empty).
    /// Returns what happened, for the status line (empty when cancelled); a file that cannot be read is
    /// also shown in a message box, and nothing is inserted.
    static ::rtl::OUString run(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XFrame>& frame, const ::rtl::OUString& url);

    /// The dialog alone, for the file `name` and its cues (also when files are added to a study): the turns
    /// with the names the user gave, or nullopt when they cancel. `okLabel` names what its OK does; `parent`
    /// is the window it belongs to (without one, LibreOffice picks the active window, which may be a hidden
    /// document's, and the dialog then never shows).
    static std::optional<NamedTranscript> nameSpeakers(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                       const css::uno::Reference<css::awt::XWindow>& parent,
                                                       const std::string& name, const std::vector<Cue>& cues,
                                                       const ::rtl::OUString& okLabel);
};

} // namespace pt::extension
