#include "editors/PseudonymiseDialog.hxx"

#include "common/CallbackListeners.hxx"
#include "common/Configuration.hxx"
#include "common/ControlValues.hxx"
#include "common/FileDialogs.hxx"
#include "common/MessageBoxes.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "document/DocumentStore.hxx"
#include "document/Pseudonymiser.hxx"
#include "exchange/FileBytes.hxx"

#include "core/Problem.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>

#include <algorithm>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr char kSecurityNode[] = "/org.openoffice.Office.Common/Security/Scripting";
constexpr char kRemovePersonalInfo[] = "RemovePersonalInfoOnSaving";

/// One line of the list: a term, its pseudonym, whether it is replaced, and where it came from.
struct Entry {
    PseudonymTerm term;
    bool ticked = false;
    std::string kind; ///< a kind of IdentifyingCandidate, "key", or "own"
    std::size_t count = 0;
};

/// The key the ticked entries make.
PseudonymKey keyOf(const std::vector<Entry>& entries)
{
    PseudonymKey key;
    for (const Entry& entry : entries)
        if (entry.ticked)
            key.terms.push_back(entry.term);
    return key;
}

/// Takes the terms of a key into the list, ticked: an entry with the same term takes its pseudonym.
void takeKey(std::vector<Entry>& entries, const PseudonymKey& key)
{
    for (const PseudonymTerm& term : key.terms) {
        const auto same = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.term.term == term.term; });
        if (same != entries.end()) {
            same->term = term;
            same->ticked = true;
        } else {
            entries.push_back({term, true, "key", 0});
        }
    }
}

OUString kindText(const UiText& text, const std::string& kind)
{
    static const std::pair<const char*, const char*> kinds[] = {
        {"speaker", "KindSpeaker"}, {"name", "KindName"}, {"date", "KindDate"}, {"phone", "KindPhone"},
        {"personalNumber", "KindPersonalNumber"}, {"email", "KindEmail"}, {"list", "KindList"}, {"key", "KindKey"}, {"own", "KindOwn"}};
    for (const auto& [name, key] : kinds)
        if (kind == name)
            return text.get(key);
    return toOUString(kind);
}

OUString lineOf(const UiText& text, const Entry& entry)
{
    return text.get("PseudonymiseTermLine", {OUString(static_cast<sal_Unicode>(entry.ticked ? 0x2611 : 0x2610)), toOUString(entry.term.term),
                                             toOUString(entry.term.replacement), kindText(text, entry.kind),
                                             OUString::number(static_cast<sal_Int64>(entry.count))});
}

OUString placesText(const UiText& text, const std::map<std::string, std::size_t>& places)
{
    static const std::pair<const char*, const char*> names[] = {
        {"text", "PlaceText"}, {"headers, footers, frames and notes", "PlaceOther"}, {"comments", "PlaceComments"},
        {"properties", "PlaceProperties"}, {"codings", "PlaceCodings"}, {"codebook and attributes", "PlaceCodebook"}};
    OUString list;
    for (const auto& [place, key] : names)
        if (const auto found = places.find(place); found != places.end() && found->second > 0)
            list += (list.isEmpty() ? OUString() : OUString(", ")) + text.get(key) + " "
                    + OUString::number(static_cast<sal_Int64>(found->second));
    return list;
}

bool removesPersonalInfo(const Reference<uno::XComponentContext>& context)
{
    bool on = false;
    configurationNode(context, OUString::createFromAscii(kSecurityNode))->getByName(OUString::createFromAscii(kRemovePersonalInfo)) >>= on;
    return on;
}

OUString textOf(const Reference<awt::XControl>& control)
{
    return Reference<awt::XTextComponent>(control, UNO_QUERY_THROW)->getText();
}

bool isChecked(const Reference<awt::XControl>& control)
{
    return Reference<awt::XCheckBox>(control, UNO_QUERY_THROW)->getState() == 1;
}

void setChecked(const Reference<awt::XControl>& control, bool on)
{
    Reference<awt::XCheckBox>(control, UNO_QUERY_THROW)->setState(on ? 1 : 0);
}

void enable(const Reference<awt::XControl>& control, bool on)
{
    Reference<awt::XWindow>(control, UNO_QUERY_THROW)->setEnable(on);
}

std::vector<FileFilter> keyFilters(const UiText& text)
{
    return {{text.get("PseudonymiseKeysCsv"), "*.csv"}, {text.get("PseudonymiseKeysJson"), "*.json"}};
}

} // namespace

OUString PseudonymiseDialog::run(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                                 const OUString& keyUrl)
{
    const UiText text(context);
    const Reference<lang::XComponent> document = DocumentStore::documentIn(frame);
    if (!document.is())
        return text.get("NoDocument");
    DocumentStore store(document);
    const Reference<awt::XWindowPeer> parent(frame->getContainerWindow(), UNO_QUERY);
    const auto showError = [&](const OUString& message) {
        showMessageBox(context, parent, awt::MessageBoxType_ERRORBOX, text.get("PseudonymiseTitle"), message);
    };

    std::vector<Entry> entries;
    OUString hint;
    try {
        SuggestedPseudonyms suggested;
        suggested.speaker = toUtf8(text.get("SuggestSpeaker"));
        suggested.name = toUtf8(text.get("SuggestName"));
        suggested.date = toUtf8(text.get("SuggestDate"));
        suggested.phone = toUtf8(text.get("SuggestPhone"));
        suggested.personalNumber = toUtf8(text.get("SuggestPersonalNumber"));
        suggested.email = toUtf8(text.get("SuggestEmail"));
        suggested.listed = toUtf8(text.get("SuggestListed"));
        for (IdentifyingCandidate& candidate : identifyingCandidates(store, loadIdentifyingTerms(context), suggested))
            entries.push_back({{candidate.text, candidate.replacement, true, true}, false, candidate.kind, candidate.count});
    } catch (const Refusal& refusal) {
        hint = toOUString(refusal.what()); // the team's list cannot be read: said, and the rest goes on
    }
    OUString savedKey;
    if (!keyUrl.isEmpty()) {
        try {
            takeKey(entries, keyFromFile(readFileBytes(context, keyUrl), fileNameOf(keyUrl)));
        } catch (const Refusal& refusal) {
            hint = text.get("PseudonymiseKeyUnreadable", {toOUString(fileNameOf(keyUrl)), toOUString(refusal.what())});
        }
    }

    Reference<awt::XDialog> dialog;
    Reference<awt::XControlContainer> controls;
    const auto control = [&](const char* id) { return controls->getControl(OUString::createFromAscii(id)); };
    bool updating = false;
    sal_Int16 chosen = -1;

    const auto showEntry = [&] {
        updating = true;
        const bool has = chosen >= 0 && static_cast<std::size_t>(chosen) < entries.size();
        const Entry empty;
        const Entry& entry = has ? entries[static_cast<std::size_t>(chosen)] : empty;
        Reference<awt::XTextComponent>(control("TermField"), UNO_QUERY_THROW)->setText(toOUString(entry.term.term));
        Reference<awt::XTextComponent>(control("ReplacementField"), UNO_QUERY_THROW)->setText(toOUString(entry.term.replacement));
        setChecked(control("ReplaceCheck"), entry.ticked);
        setChecked(control("WholeWordCheck"), entry.term.wholeWord);
        setChecked(control("MatchCaseCheck"), entry.term.matchCase);
        for (const char* id : {"TermField", "ReplacementField", "ReplaceCheck", "WholeWordCheck", "MatchCaseCheck", "RemoveButton"})
            enable(control(id), has);
        updating = false;
    };
    // The key as ticked: Replace and Save Key only while it is one that can be used.
    const auto refresh = [&](const OUString& message) {
        const PseudonymKey key = keyOf(entries);
        OUString problem;
        if (key.terms.empty()) {
            problem = text.get("PseudonymiseNothingTicked");
        } else {
            try {
                checkKey(key);
            } catch (const Refusal& refusal) {
                problem = toOUString(refusal.what());
            }
        }
        setLabelText(control("HintText"), !message.isEmpty() ? message : problem);
        enable(control("ReplaceButton"), problem.isEmpty());
        enable(control("SaveKeyButton"), problem.isEmpty());
        enable(control("CheckButton"), problem.isEmpty());
    };
    const auto showList = [&] {
        std::vector<OUString> lines;
        for (const Entry& entry : entries)
            lines.push_back(lineOf(text, entry));
        setListItems(control("TermsList"), lines);
        if (chosen >= static_cast<sal_Int16>(entries.size()))
            chosen = static_cast<sal_Int16>(entries.size()) - 1;
        if (chosen >= 0)
            selectListItem(control("TermsList"), chosen);
        showEntry();
    };

    const Reference<awt::XDialogEventHandler> events(new DialogEventCallback(
        {"termChosen", "entryEdited", "newTerm", "removeTerm", "openKey", "saveKey", "checkDocument"}, [&](const OUString& method) {
            if (updating)
                return;
            // Every handler keeps the dialog open whatever happens: a failure is said in it.
            try {
                OUString message;
                if (method == "termChosen") {
                    chosen = selectedListItem(control("TermsList"));
                    showEntry();
                } else if (method == "entryEdited" && chosen >= 0 && static_cast<std::size_t>(chosen) < entries.size()) {
                    Entry& entry = entries[static_cast<std::size_t>(chosen)];
                    entry.term.term = toUtf8(textOf(control("TermField")));
                    entry.term.replacement = toUtf8(textOf(control("ReplacementField")));
                    entry.ticked = isChecked(control("ReplaceCheck"));
                    entry.term.wholeWord = isChecked(control("WholeWordCheck"));
                    entry.term.matchCase = isChecked(control("MatchCaseCheck"));
                    updating = true;
                    removeListItem(control("TermsList"), chosen);
                    insertListItem(control("TermsList"), chosen, lineOf(text, entry));
                    selectListItem(control("TermsList"), chosen);
                    updating = false;
                } else if (method == "newTerm") {
                    const auto own = std::count_if(entries.begin(), entries.end(), [](const Entry& e) { return e.kind == "own"; });
                    std::string pseudonym = toUtf8(text.get("SuggestOwn"));
                    pseudonym.replace(pseudonym.find('#'), 1, std::to_string(own + 1));
                    entries.push_back({{std::string(), pseudonym, true, true}, true, "own", 0});
                    chosen = static_cast<sal_Int16>(entries.size() - 1);
                    showList();
                    Reference<awt::XWindow>(control("TermField"), UNO_QUERY_THROW)->setFocus();
                } else if (method == "removeTerm" && chosen >= 0 && static_cast<std::size_t>(chosen) < entries.size()) {
                    entries.erase(entries.begin() + chosen);
                    showList();
                } else if (method == "openKey") {
                    const OUString url = pickFile(context, false, keyFilters(text));
                    if (!url.isEmpty()) {
                        try {
                            const PseudonymKey key = keyFromFile(readFileBytes(context, url), fileNameOf(url));
                            takeKey(entries, key);
                            showList();
                            message = text.get("PseudonymiseKeyOpened", {OUString::number(static_cast<sal_Int64>(key.terms.size())),
                                                                          toOUString(fileNameOf(url))});
                        } catch (const Refusal& refusal) {
                            message = text.get("PseudonymiseKeyUnreadable", {toOUString(fileNameOf(url)), toOUString(refusal.what())});
                        }
                    }
                } else if (method == "saveKey") {
                    OUString filter;
                    const OUString url = pickFile(context, true, keyFilters(text), &filter);
                    if (!url.isEmpty()) {
                        const bool json = url.endsWithIgnoreAsciiCase(".json") || (!url.endsWithIgnoreAsciiCase(".csv") && filter.indexOf("JSON") >= 0);
                        writeFileBytes(context, url, json ? keyToJson(keyOf(entries)) : keyToCsv(keyOf(entries)));
                        savedKey = toOUString(fileNameOf(url));
                        message = text.get("PseudonymiseKeySaved", {savedKey});
                    }
                } else if (method == "checkDocument") {
                    const auto places = remainingTerms(store, keyOf(entries));
                    std::size_t total = 0;
                    for (const auto& [place, count] : places)
                        total += count;
                    message = total == 0 ? text.get("PseudonymiseNoneLeft")
                                         : text.get("PseudonymiseRemaining", {OUString::number(static_cast<sal_Int64>(total)), placesText(text, places)});
                }
                refresh(message);
            } catch (const Refusal& refusal) {
                refresh(toOUString(refusal.what()));
            } catch (const uno::Exception& error) {
                refresh(error.Message);
            } catch (const std::exception& error) {
                refresh(toOUString(error.what()));
            }
        }));
    std::vector<beans::NamedValue> arguments{{"EventHandler", uno::Any(events)}};
    if (parent.is())
        arguments.push_back({"ParentWindow", uno::Any(parent)});
    dialog = awt::DialogProvider2::create(context)->createDialogWithArguments(
        extensionLocation(context) + "/dialogs/Pseudonymise.xdl",
        uno::Sequence<beans::NamedValue>(arguments.data(), static_cast<sal_Int32>(arguments.size())));
    controls.set(dialog, UNO_QUERY_THROW);
    const bool personalInfoWas = removesPersonalInfo(context);
    setChecked(control("PersonalInfoCheck"), personalInfoWas);
    chosen = entries.empty() ? -1 : 0;
    showList();
    refresh(hint);

    const bool replace = dialog->execute() == ui::dialogs::ExecutableDialogResults::OK;
    const bool personalInfo = isChecked(control("PersonalInfoCheck"));
    Reference<lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
    if (!replace)
        return OUString();
    if (personalInfo != personalInfoWas)
        setConfigurationValue(context, OUString::createFromAscii(kSecurityNode), OUString::createFromAscii(kRemovePersonalInfo),
                              uno::Any(personalInfo));
    try {
        const PseudonymisationCount count = pseudonymiseDocument(store, keyOf(entries), text.get("PseudonymiseUndo"));
        return text.get("PseudonymiseDone", {OUString::number(static_cast<sal_Int64>(count.replaced)),
                                             OUString::number(static_cast<sal_Int64>(count.codingsTouched)),
                                             savedKey.isEmpty() ? text.get("PseudonymiseKeyUnsaved") : text.get("PseudonymiseKeySaved", {savedKey})});
    } catch (const Refusal& refusal) {
        showError(toOUString(refusal.what()));
        return toOUString(refusal.what());
    }
}

} // namespace pt::extension
