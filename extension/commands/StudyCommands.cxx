#include "commands/StudyCommands.hxx"

#include "common/FileDialogs.hxx"
#include "common/UiText.hxx"
#include "document/DocumentStore.hxx"
#include "editors/TranscriptImportDialog.hxx"
#include "exchange/StudyFiles.hxx"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>

#include <mutex>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::com::sun::star::uno::UNO_QUERY;
using ::rtl::OUString;

namespace pt::extension {

namespace {
std::mutex gChosenMutex;
OUString gChosenStudy;
} // namespace

void chooseStudy(const OUString& studyUrl)
{
    std::lock_guard<std::mutex> guard(gChosenMutex);
    gChosenStudy = studyUrl;
}

OUString studyOfWindow(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame)
{
    const Reference<frame::XModel> document(DocumentStore::documentIn(frame), UNO_QUERY);
    if (document.is())
        if (const OUString study = studyOfDocument(context, document->getURL()); !study.isEmpty())
            return study;
    std::lock_guard<std::mutex> guard(gChosenMutex);
    return gChosenStudy;
}

OUString newStudy(const Reference<uno::XComponentContext>& context, const OUString& folderUrl)
{
    OUString folder = folderUrl;
    if (folder.isEmpty()) {
        const Reference<ui::dialogs::XFolderPicker2> picker = ui::dialogs::FolderPicker::create(context);
        if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK)
            return OUString();
        folder = picker->getDirectory();
    }
    if (folder.isEmpty())
        return OUString();
    const OUString study = createStudy(context, folder, std::string());
    chooseStudy(study);
    return study;
}

OUString pickStudy(const Reference<uno::XComponentContext>& context)
{
    const OUString study = pickFile(context, false, {{UiText(context).get("StudyFiles"), "study.json"}});
    if (!study.isEmpty())
        chooseStudy(study);
    return study;
}

std::size_t addToStudy(const Reference<uno::XComponentContext>& context, const OUString& studyUrl,
                       std::vector<OUString> transcriptUrls, Problems& notes, const Reference<awt::XWindow>& parent)
{
    if (transcriptUrls.empty()) {
        const UiText text(context);
        const Reference<ui::dialogs::XFilePicker3> picker
            = ui::dialogs::FilePicker::createWithMode(context, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
        picker->setMultiSelectionMode(true);
        picker->appendFilter(text.get("TranscriptFiles"), "*.odt;*.docx;*.fodt");
        picker->appendFilter(text.get("TranscriptionToolFiles"), "*.srt;*.vtt;*.json;*.txt;*.html;*.htm;*.otr");
        picker->setCurrentFilter(text.get("TranscriptFiles"));
        if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK)
            return 0;
        const Sequence<OUString> files = picker->getSelectedFiles();
        transcriptUrls.assign(files.begin(), files.end());
    }
    // A transcription tool's file is made a transcript first, its speakers named in the dialog, file by file.
    const OUString add = UiText(context).get("AddTranscriptButton");
    return addTranscriptsToStudy(context, studyUrl, transcriptUrls, notes, [&](const std::string& name, const std::vector<Cue>& cues) {
        return TranscriptImportDialog::nameSpeakers(context, parent, name, cues, add);
    });
}

} // namespace pt::extension
