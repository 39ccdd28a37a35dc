#include "commands/StudyCodebookChecks.hxx"

#include "common/Commands.hxx"
#include "common/Infobars.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "document/DocumentStore.hxx"
#include "exchange/StudyCodebookSync.hxx"
#include "exchange/StudyFiles.hxx"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XStorable.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr char kChangesInfobar[] = "org.powertriangle.studyCodebook";
constexpr char kConflictsInfobar[] = "org.powertriangle.studyCodebookConflicts";

OUString lcl_names(const std::vector<std::string>& names)
{
    std::string text;
    for (const std::string& name : names)
        text += (text.empty() ? "\u201c" : ", \u201c") + name + "\u201d";
    return toOUString(text);
}

/// Tells the user what a synchronisation did, and asks them to settle its conflicts.
void lcl_tell(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document,
              const CodebookSync& sync)
{
    const UiText text(context);
    OUString changes;
    const auto add = [&](const char* key, const std::vector<std::string>& names) {
        if (!names.empty())
            changes += (changes.isEmpty() ? OUString() : OUString(" ")) + text.get(key, {lcl_names(names)});
    };
    add("StudyCodesReceived", sync.received);
    add("StudyCodesMerged", sync.mergedByName);
    add("StudyCodesSent", sync.sent);
    if (!changes.isEmpty())
        showInfobar(document, kChangesInfobar, text.get("StudyCodebookTitle"), changes, frame::InfobarType::INFO);
    if (sync.conflicts.empty()) {
        removeInfobar(document, kConflictsInfobar);
        return;
    }
    const OUString transcript = OUString::createFromAscii(kTranscriptArgument) + document->getURL();
    OUString conflicts;
    for (const CodeConflict& conflict : sync.conflicts)
        conflicts += (conflicts.isEmpty() ? OUString() : OUString("; "))
                     + text.get("StudyCodeConflict", {toOUString(conflict.here.name), toOUString(conflict.study.name)});
    showInfobar(document, kConflictsInfobar, text.get("StudyCodesConflictTitle"),
                conflicts + ". " + text.get("StudyCodesConflictHint"), frame::InfobarType::WARNING,
                {{text.get("KeepTranscriptCodes"), OUString::createFromAscii(kKeepTranscriptCodesCommand) + transcript},
                 {text.get("TakeStudyCodes"), OUString::createFromAscii(kTakeStudyCodesCommand) + transcript}});
}

void lcl_failed(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document, const OUString& why)
{
    const UiText text(context);
    showInfobar(document, kChangesInfobar, text.get("StudyCodebookFailedTitle"), why, frame::InfobarType::WARNING);
}

/// Runs a synchronisation and tells the user; nothing escapes.
void lcl_synchronise(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document, bool receive)
{
    try {
        DocumentStore store(Reference<lang::XComponent>(document, UNO_QUERY));
        if (const auto done = synchroniseWithStudy(context, store, {}, receive))
            lcl_tell(context, document, done->sync);
    } catch (const uno::Exception& error) {
        lcl_failed(context, document, error.Message);
    } catch (const std::exception& error) {
        lcl_failed(context, document, toOUString(error.what()));
    } catch (...) {
        lcl_failed(context, document, "unknown error");
    }
}

} // namespace

void synchroniseOpenedTranscript(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document)
{
    lcl_synchronise(context, document, true);
}

void synchroniseSavedTranscript(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document)
{
    lcl_synchronise(context, document, false);
    try {
        const OUString study = studyOfDocument(context, document->getURL());
        if (study.isEmpty())
            return;
        const Reference<container::XEnumeration> components = frame::Desktop::create(context)->getComponents()->createEnumeration();
        while (components->hasMoreElements()) {
            const Reference<frame::XModel> other(components->nextElement(), UNO_QUERY);
            if (other.is() && other != document && DocumentStore::canStore(other)
                && studyOfDocument(context, other->getURL()) == study)
                lcl_synchronise(context, other, true);
        }
    } catch (...) {
        // The other transcripts take the change when they are next opened.
    }
}

OUString settleStudyConflicts(const Reference<uno::XComponentContext>& context, const OUString& transcriptUrl,
                              const Reference<frame::XFrame>& frame, SyncChoice choice)
{
    const UiText text(context);
    Reference<frame::XModel> document = transcriptUrl.isEmpty() ? nullptr : openDocumentAt(context, transcriptUrl);
    if (!document.is())
        document.set(DocumentStore::documentIn(frame), UNO_QUERY);
    if (!document.is())
        return text.get("StudyCodesNoConflict");
    DocumentStore store(Reference<lang::XComponent>(document, UNO_QUERY));
    const auto first = synchroniseWithStudy(context, store, {}, true);
    if (!first || first->sync.conflicts.empty()) {
        removeInfobar(document, kConflictsInfobar);
        return text.get("StudyCodesNoConflict");
    }
    std::map<std::string, SyncChoice> choices;
    for (const CodeConflict& conflict : first->sync.conflicts)
        choices[conflict.here.id] = choice;
    const auto settled = synchroniseWithStudy(context, store, choices, true);
    if (settled)
        lcl_tell(context, document, settled->sync);
    return text.get("StudyCodesSettled", {OUString::number(static_cast<sal_Int64>(choices.size()))});
}

} // namespace pt::extension
