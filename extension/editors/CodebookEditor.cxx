#include "editors/CodebookEditor.hxx"
#include "editors/CodebookHistoryDialog.hxx"

#include "common/CallbackListeners.hxx"
#include "exchange/CodebookActions.hxx"
#include "common/Commands.hxx"
#include "common/ControlValues.hxx"
#include "common/DeferredCall.hxx"
#include "document/DocumentStore.hxx"
#include "common/MessageBoxes.hxx"
#include "common/OfficeUser.hxx"
#include "common/UnoStrings.hxx"

#include "core/CodebookEditing.hpp"
#include "core/CodingSet.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

const char* const kMethods[] = {"newCode",       "saveCode",       "importCodebook", "exportCodebook", "saveTemplate",
                                "applyTemplate", "shortcutChosen", "assignShortcut", "removeShortcut", "close",
                                "mergeCode",     "deleteCode",     "anchorExample",  "showHistory"};

std::mutex gOpenMutex;
std::map<const void*, rtl::Reference<CodebookEditor>> gOpen; // by document identity

const void* lcl_identity(const Reference<lang::XComponent>& document)
{
    return Reference<uno::XInterface>(document, UNO_QUERY).get();
}

std::string lcl_text(const Reference<awt::XControl>& field)
{
    return toUtf8(Reference<awt::XTextComponent>(field, UNO_QUERY_THROW)->getText());
}

/// A code and every code below it; nothing for "".
std::set<std::string> lcl_branch(const Codebook& codebook, const std::string& rootId)
{
    std::set<std::string> branch;
    if (rootId.empty())
        return branch;
    branch.insert(rootId);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Code& code : codebook.codes())
            if (branch.count(code.parentId) && branch.insert(code.id).second)
                grew = true;
    }
    return branch;
}

void lcl_setText(const Reference<awt::XControl>& field, const std::string& text)
{
    Reference<awt::XTextComponent>(field, UNO_QUERY_THROW)->setText(toOUString(text));
}

std::string lcl_systemPath(const OUString& url)
{
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        throw uno::RuntimeException("Not a local file: " + url, nullptr);
    return toUtf8(path);
}

constexpr Polarity kPolarities[] = {Polarity::Enabler, Polarity::Barrier, Polarity::Either};

} // namespace

CodebookEditor::CodebookEditor(const Reference<uno::XComponentContext>& context, const Reference<lang::XComponent>& document)
    : mxContext(context)
    , mxDocument(document)
    , maText(context)
{
}

void CodebookEditor::open(const Reference<uno::XComponentContext>& context, const Reference<lang::XComponent>& document,
                          const std::string& codeId)
{
    rtl::Reference<CodebookEditor> editor;
    {
        std::lock_guard<std::mutex> guard(gOpenMutex);
        auto& slot = gOpen[lcl_identity(document)];
        if (slot.is()) {
            Reference<awt::XTopWindow>(slot->mxDialog, UNO_QUERY_THROW)->toFront();
            slot->chooseCode(codeId);
            return;
        }
        slot = editor = new CodebookEditor(context, document);
    }
    try {
        editor->show();
        editor->chooseCode(codeId);
    } catch (...) {
        std::lock_guard<std::mutex> guard(gOpenMutex);
        gOpen.erase(lcl_identity(document));
        throw;
    }
}

void CodebookEditor::show()
{
    const Reference<awt::XDialogProvider2> provider = awt::DialogProvider2::create(mxContext);
    mxDialog = provider->createDialogWithHandler(extensionLocation(mxContext) + "/dialogs/CodebookEditor.xdl",
                                                 static_cast<awt::XDialogEventHandler*>(this));
    mxControls.set(mxDialog, UNO_QUERY_THROW);
    setListItems(control("PolarityList"), {maText.get("Enabler"), maText.get("Barrier"), maText.get("Either")});
    mxTreeListener = new SelectionChangeCallback([this] {
        try {
            // Only the user's choice loads a code: the echo of our own selecting (it may arrive later, after
            // "New code" emptied the fields) must not undo what was typed.
            // A new code being composed is not thrown away by a selection event (a rebuilt tree may
            // report one of its own) until it is saved or a code is opened from the panel.
            const std::string chosen = chosenCodeIn(control("CodeTree"));
            if (chosen.empty() || chosen == msTreeChoice || mbComposingNew || (mxDragAndDrop.is() && mxDragAndDrop->dragging()))
                return;
            msTreeChoice = chosen;
            loadFields(chosen);
        } catch (...) {
        }
    });
    Reference<awt::tree::XTreeControl>(control("CodeTree"), UNO_QUERY_THROW)->addSelectionChangeListener(mxTreeListener);
    mxDragAndDrop = new CodeTreeDragAndDrop(
        mxContext, control("CodeTree"),
        [this](const std::string& code, const std::string& parent) {
            return canMoveUnder(DocumentStore(mxDocument).codebook(), code, parent);
        },
        [this](const std::string& code, const std::string& parent) {
            try {
                moveCode(code, parent);
            } catch (const uno::Exception& error) {
                showStatus(maText.get("Failed", {error.Message}));
            } catch (const std::exception& error) {
                showStatus(maText.get("Failed", {toOUString(error.what())}));
            }
        },
        [this] {
            if (mpRefresh)
                mpRefresh->schedule(); // the tree chooses the code on show again
        });
    Reference<awt::XTopWindow>(mxDialog, UNO_QUERY_THROW)->addTopWindowListener(this);
    mxDocument->addEventListener(static_cast<awt::XTopWindowListener*>(this));
    DocumentStore store(mxDocument);
    mpModel = documentModelFor(store.document());
    mpRefresh = std::make_unique<DeferredCall>(mxContext, [this] { refresh(); });
    mnModelListener = mpModel->subscribe([this](const PayloadChange&) { mpRefresh->schedule(); });
    refresh();
    fillTemplates();
    Reference<awt::XWindow>(mxDialog, UNO_QUERY_THROW)->setVisible(true);
}

void CodebookEditor::close()
{
    rtl::Reference<CodebookEditor> self(this); // alive until the end of this call
    {
        std::lock_guard<std::mutex> guard(gOpenMutex);
        gOpen.erase(lcl_identity(mxDocument));
    }
    if (mpModel && mnModelListener >= 0)
        mpModel->unsubscribe(mnModelListener);
    mnModelListener = -1;
    mpRefresh.reset();
    if (mxDragAndDrop.is())
        mxDragAndDrop->detach();
    mxDragAndDrop.clear();
    try {
        mxDocument->removeEventListener(static_cast<awt::XTopWindowListener*>(this));
    } catch (...) {
    }
    if (mxDialog.is()) {
        const Reference<lang::XComponent> dialog(mxDialog, UNO_QUERY);
        mxDialog.clear();
        mxControls.clear();
        if (dialog.is())
            dialog->dispose();
    }
}

Reference<awt::XControl> CodebookEditor::control(const char* name) const
{
    if (!mxControls.is())
        throw uno::RuntimeException("The codebook editor is closed.", nullptr);
    return mxControls->getControl(OUString::createFromAscii(name));
}

void CodebookEditor::showStatus(const OUString& text)
{
    setLabelText(control("StatusText"), text);
}

void CodebookEditor::refresh()
{
    if (!mxControls.is())
        return;
    const Codebook codebook = DocumentStore(mxDocument).codebook();
    std::set<std::string> all;
    for (const Code& code : codebook.codes())
        all.insert(code.id);
    const std::string chosen = msEditing;
    maNodes = fillCodeTree(mxContext, control("CodeTree"), codebook, all, [](const Code& code) {
        return toOUString(code.retired ? code.name + " \xe2\x80\xa0" : code.name); // † marks a retired code
    });
    msTreeChoice = chosen;
    chooseCodeIn(control("CodeTree"), maNodes, chosen);
    if (const Code* code = codebook.find(chosen); code && !(*code == maShown))
        loadFields(chosen);
    fillShortcuts(codebook, true);
}

void CodebookEditor::fillShortcuts(const Codebook& codebook, bool keepTyped)
{
    const Reference<awt::XListBox> list(control("ShortcutList"), UNO_QUERY_THROW);
    const Reference<awt::XTextComponent> field(control("ShortcutField"), UNO_QUERY_THROW);
    const OUString typed = field->getText();
    const sal_Int16 chosen = list->getSelectedItemPos();
    const OUString chosenCommand = chosen >= 0 && static_cast<std::size_t>(chosen) < maShortcuts.size()
                                       ? maShortcuts[static_cast<std::size_t>(chosen)].command
                                       : OUString();
    maShortcuts = Shortcuts(mxContext).entries(codebook, maText);
    std::vector<OUString> items;
    for (const Shortcuts::Entry& entry : maShortcuts)
        items.push_back((entry.chords.empty() ? maText.get("ShortcutNone") : toOUString(entry.chords.front())) + toOUString(" \xe2\x80\x94 ")
                        + entry.title); // UTF-8 read as such: a bare literal would be read as Latin-1
    setListItems(control("ShortcutList"), items);
    chooseShortcut(chosenCommand);
    if (keepTyped && !chosenCommand.isEmpty())
        field->setText(typed); // a change of the codebook is no reason to lose keys being typed
}

void CodebookEditor::chooseShortcut(const OUString& command)
{
    for (std::size_t i = 0; i < maShortcuts.size(); ++i)
        if (maShortcuts[i].command == command) {
            msShortcutShown = command;
            Reference<awt::XListBox>(control("ShortcutList"), UNO_QUERY_THROW)->selectItemPos(static_cast<sal_Int16>(i), true);
            Reference<awt::XTextComponent>(control("ShortcutField"), UNO_QUERY_THROW)
                ->setText(maShortcuts[i].chords.empty() ? OUString() : toOUString(maShortcuts[i].chords.front()));
            return;
        }
}

const Shortcuts::Entry* CodebookEditor::chosenShortcut() const
{
    const sal_Int16 chosen = Reference<awt::XListBox>(control("ShortcutList"), UNO_QUERY_THROW)->getSelectedItemPos();
    return chosen >= 0 && static_cast<std::size_t>(chosen) < maShortcuts.size() ? &maShortcuts[static_cast<std::size_t>(chosen)]
                                                                                : nullptr;
}

void CodebookEditor::changeShortcut(bool assign)
{
    const Shortcuts::Entry* entry = chosenShortcut();
    if (!entry) {
        showStatus(maText.get("NoShortcutChosen"));
        return;
    }
    const Shortcuts::Entry chosen = *entry; // the list is filled again below
    Shortcuts shortcuts(mxContext);
    if (assign) {
        const KeyChord chord = parseKeyChord(toUtf8(Reference<awt::XTextComponent>(control("ShortcutField"), UNO_QUERY_THROW)->getText()));
        shortcuts.assign(chosen.command, chord);
        showStatus(maText.get("ShortcutSet", {chosen.title, toOUString(chord.text())}));
    } else {
        shortcuts.clear(chosen.command);
        showStatus(maText.get("ShortcutCleared", {chosen.title}));
    }
    fillShortcuts(DocumentStore(mxDocument).codebook(), false);
}

void CodebookEditor::fillParents(const Codebook& codebook, const std::string& excludedBranch, const std::string& parentId)
{
    // A code cannot go below itself: its branch is left out. The first entry is the top of the codebook,
    // where the dimensions are and where emergent codes wait to be placed.
    const std::set<std::string> excluded = lcl_branch(codebook, excludedBranch);
    std::vector<OUString> items{maText.get("TopOfCodebook")};
    maParentIds.assign(1, std::string());
    sal_Int16 position = parentId.empty() ? 0 : -1;
    for (const Code& code : codebook.codes()) {
        if (excluded.count(code.id))
            continue;
        if (code.id == parentId)
            position = static_cast<sal_Int16>(maParentIds.size());
        maParentIds.push_back(code.id);
        items.push_back(toOUString(codebook.path(code)));
    }
    setListItems(control("ParentList"), items);
    if (position >= 0)
        Reference<awt::XListBox>(control("ParentList"), UNO_QUERY_THROW)->selectItemPos(position, true);
}

void CodebookEditor::chooseCode(const std::string& codeId)
{
    if (codeId.empty())
        return;
    msTreeChoice = codeId;
    chooseCodeIn(control("CodeTree"), maNodes, codeId);
    loadFields(codeId);
}

void CodebookEditor::loadFields(const std::string& codeId)
{
    const Codebook codebook = DocumentStore(mxDocument).codebook();
    const Code* code = codebook.find(codeId);
    if (!code)
        return;
    chooseShortcut(codeAsCommand(code->id));
    msEditing = code->id;
    mbComposingNew = false;
    maShown = *code;
    lcl_setText(control("NameField"), code->name);
    fillParents(codebook, code->id, code->parentId);
    Reference<awt::XListBox>(control("PolarityList"), UNO_QUERY_THROW)->selectItemPos(static_cast<sal_Int16>(code->polarity), true);
    lcl_setText(control("ColourField"), code->color);
    Reference<awt::XCheckBox>(control("CodableCheck"), UNO_QUERY_THROW)->setState(code->codable ? 1 : 0);
    Reference<awt::XCheckBox>(control("RetiredCheck"), UNO_QUERY_THROW)->setState(code->retired ? 1 : 0);
    lcl_setText(control("DefinitionField"), code->definition);
    lcl_setText(control("InclusionField"), code->inclusion);
    lcl_setText(control("ExclusionField"), code->exclusion);
    lcl_setText(control("ExampleField"), code->example);
    setLabelText(control("OriginText"), maText.get(code->origin == CodeOrigin::Emergent ? "OriginEmergent" : "OriginAPriori"));
    fillMergeTargets(codebook, code->id);
    showStatus(OUString());
}

void CodebookEditor::fillMergeTargets(const Codebook& codebook, const std::string& codeId)
{
    const std::set<std::string> below = lcl_branch(codebook, codeId); // not into itself or its own codes
    std::vector<OUString> items;
    maMergeIds.clear();
    for (const Code& code : codebook.codes())
        if (!below.count(code.id) && code.codable && !code.retired) {
            maMergeIds.push_back(code.id);
            items.push_back(toOUString(codebook.path(code)));
        }
    setListItems(control("MergeList"), items);
}

void CodebookEditor::mergeCode()
{
    const sal_Int16 chosen = Reference<awt::XListBox>(control("MergeList"), UNO_QUERY_THROW)->getSelectedItemPos();
    if (msEditing.empty() || chosen < 0 || static_cast<std::size_t>(chosen) >= maMergeIds.size()) {
        showStatus(maText.get("ChooseMergeTarget"));
        return;
    }
    DocumentStore store(mxDocument);
    const Codebook codebook = store.codebook();
    const std::string from = codebook.find(msEditing) ? codebook.find(msEditing)->name : msEditing;
    const std::string into = maMergeIds[static_cast<std::size_t>(chosen)];
    const auto [moved, folded] = store.mergeCodes(msEditing, into, currentCoderName(mxContext));
    msEditing = into;
    refresh();
    loadFields(into);
    showStatus(maText.get("CodesMerged", {toOUString(from), toOUString(store.codebook().find(into)->name),
                                           OUString::number(static_cast<sal_Int64>(moved)), OUString::number(static_cast<sal_Int64>(folded))}));
}

void CodebookEditor::deleteCode()
{
    if (msEditing.empty())
        return;
    DocumentStore store(mxDocument);
    const Codebook codebook = store.codebook();
    const Code* code = codebook.find(msEditing);
    if (!code)
        return;
    const std::string name = code->name, parent = code->parentId;
    store.deleteCode(msEditing, currentCoderName(mxContext));
    msEditing = parent;
    refresh();
    if (!parent.empty())
        chooseCode(parent);
    showStatus(maText.get("CodeDeleted", {toOUString(name)}));
}

void CodebookEditor::anchorExample()
{
    if (msEditing.empty())
        return;
    DocumentStore store(mxDocument);
    const Reference<frame::XModel> model(mxDocument, UNO_QUERY_THROW);
    const Reference<view::XSelectionSupplier> view(model->getCurrentController(), UNO_QUERY);
    const Reference<container::XIndexAccess> selection(view.is() ? view->getSelection() : uno::Any(), UNO_QUERY);
    const Reference<text::XTextRange> at(selection.is() && selection->getCount() > 0 ? selection->getByIndex(0) : uno::Any(), UNO_QUERY);
    std::string example;
    if (at.is())
        for (const std::string& id : store.codingsAt(at))
            if (const auto coding = store.read([&](const CodingSet& codings) {
                    const Coding* c = codings.find(id);
                    return c && c->codeId == msEditing ? std::optional<Coding>(*c) : std::nullopt;
                }))
                example = coding->id;
    if (example.empty()) {
        showStatus(maText.get("NoExampleAtSelection"));
        return;
    }
    Code code = *store.codebook().find(msEditing);
    code.exampleCodingId = example;
    code.example = store.anchors().text(example).value_or(code.example);
    store.replaceCodebook(withCodeChanged(store.codebook(), code), toOUString("Anchor example of " + code.name),
                          currentCoderName(mxContext));
    maShown = code;
    lcl_setText(control("ExampleField"), code.example);
    showStatus(maText.get("ExampleAnchored", {toOUString(code.name)}));
}

void CodebookEditor::moveCode(const std::string& codeId, const std::string& parentId)
{
    DocumentStore store(mxDocument);
    const Codebook codebook = store.codebook();
    const Code* code = codebook.find(codeId);
    const Code* parent = codebook.find(parentId);
    if (!code || !parent)
        return;
    Code moved = *code;
    moved.parentId = parent->id;
    store.replaceCodebook(withCodeChanged(codebook, moved), toOUString("Move code " + code->name), currentCoderName(mxContext));
    msEditing = moved.id;
    loadFields(moved.id); // the tree is rebuilt after the mouse event that dropped it (mpRefresh), not inside it
    showStatus(maText.get("CodeMoved", {toOUString(moved.name), toOUString(store.codebook().path(*store.codebook().find(parentId)))}));
}

void CodebookEditor::newCode()
{
    const Codebook codebook = DocumentStore(mxDocument).codebook();
    // The new code goes under the code on show; the tree's selection is only a fallback, since a refresh
    // after a change rebuilds the tree and may leave nothing selected.
    const Code* parent = codebook.find(msEditing.empty() ? chosenCodeIn(control("CodeTree")) : msEditing);
    msEditing.clear();
    mbComposingNew = true;
    maShown = Code();
    lcl_setText(control("NameField"), "");
    fillParents(codebook, std::string(), parent ? parent->id : std::string());
    Reference<awt::XListBox>(control("PolarityList"), UNO_QUERY_THROW)
        ->selectItemPos(static_cast<sal_Int16>(parent ? parent->polarity : Polarity::Either), true);
    lcl_setText(control("ColourField"), "");
    Reference<awt::XCheckBox>(control("CodableCheck"), UNO_QUERY_THROW)->setState(1);
    Reference<awt::XCheckBox>(control("RetiredCheck"), UNO_QUERY_THROW)->setState(0);
    lcl_setText(control("DefinitionField"), "");
    lcl_setText(control("InclusionField"), "");
    lcl_setText(control("ExclusionField"), "");
    lcl_setText(control("ExampleField"), "");
    setLabelText(control("OriginText"), maText.get(!parent || parent->origin == CodeOrigin::Emergent ? "OriginEmergent" : "OriginAPriori"));
    showStatus(maText.get("NewCodeUnder", {toOUString(parent ? parent->name : "?")}));
}

void CodebookEditor::saveCode()
{
    DocumentStore store(mxDocument);
    const Codebook codebook = store.codebook();
    const sal_Int16 parent = Reference<awt::XListBox>(control("ParentList"), UNO_QUERY_THROW)->getSelectedItemPos();
    if (parent < 0 || static_cast<std::size_t>(parent) >= maParentIds.size()) {
        showStatus(maText.get("ChooseParent"));
        return;
    }
    Code code;
    if (const Code* existing = codebook.find(msEditing))
        code = *existing;
    code.name = lcl_text(control("NameField"));
    code.parentId = maParentIds[static_cast<std::size_t>(parent)];
    const sal_Int16 polarity = Reference<awt::XListBox>(control("PolarityList"), UNO_QUERY_THROW)->getSelectedItemPos();
    code.polarity = polarity >= 0 && polarity < 3 ? kPolarities[polarity] : Polarity::Either;
    code.color = lcl_text(control("ColourField"));
    code.codable = Reference<awt::XCheckBox>(control("CodableCheck"), UNO_QUERY_THROW)->getState() == 1;
    code.retired = Reference<awt::XCheckBox>(control("RetiredCheck"), UNO_QUERY_THROW)->getState() == 1;
    code.definition = lcl_text(control("DefinitionField"));
    code.inclusion = lcl_text(control("InclusionField"));
    code.exclusion = lcl_text(control("ExclusionField"));
    if (code.example != lcl_text(control("ExampleField")))
        code.exampleCodingId.clear(); // an example typed over is no longer the anchored coding's passage
    code.example = lcl_text(control("ExampleField"));
    if (msEditing.empty()) // a code added at the top, outside the triangle, or below an emergent one is emergent
        if (const Code* parentCode = codebook.find(code.parentId); !parentCode || parentCode->origin == CodeOrigin::Emergent)
            code.origin = CodeOrigin::Emergent;
    const Codebook changed = msEditing.empty() ? withCodeAdded(codebook, code) : withCodeChanged(codebook, code);
    const std::string id = msEditing.empty() ? changed.codes().back().id : msEditing;
    store.replaceCodebook(changed, toOUString((msEditing.empty() ? "Add code " : "Change code ") + code.name),
                          currentCoderName(mxContext));
    msEditing = id;
    mbComposingNew = false;
    maShown = *changed.find(id);
    showStatus(maText.get("CodeSaved", {toOUString(code.name)}));
}

void CodebookEditor::importFile()
{
    const Reference<ui::dialogs::XFilePicker3> picker
        = ui::dialogs::FilePicker::createWithMode(mxContext, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->appendFilter(maText.get("CodebookFiles"), "*.qdc;*.json");
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK || picker->getSelectedFiles().getLength() < 1)
        return;
    const std::string path = lcl_systemPath(picker->getSelectedFiles()[0]);
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    const std::string format = path.size() > 4 && path.compare(path.size() - 4, 4, ".qdc") == 0 ? "qdc" : "json";
    DocumentStore store(mxDocument);
    const CodebookImport imported = importCodebook(store, content.str(), format, currentCoderName(mxContext));
    const OUString summary = maText.get("Imported", {OUString::number(static_cast<sal_Int64>(imported.merge.added)),
                                                     OUString::number(static_cast<sal_Int64>(imported.merge.updated)),
                                                     OUString::number(static_cast<sal_Int64>(imported.merge.kept))});
    showStatus(summary);
    if (imported.notes.empty())
        return;
    // The standard asks us to tell the user what could not be carried over: all of it, in a message.
    showMessageBox(mxContext, Reference<awt::XControl>(mxDialog, UNO_QUERY_THROW)->getPeer(), awt::MessageBoxType_INFOBOX,
                   summary, maText.get("ImportNotes") + "\n" + toOUString(describe(imported.notes)));
}

void CodebookEditor::exportFile()
{
    const Reference<ui::dialogs::XFilePicker3> picker = ui::dialogs::FilePicker::createWithMode(
        mxContext, ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->appendFilter(maText.get("QdcFiles"), "*.qdc");
    picker->appendFilter(maText.get("JsonFiles"), "*.json");
    picker->setCurrentFilter(maText.get("QdcFiles"));
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK || picker->getSelectedFiles().getLength() < 1)
        return;
    const std::string path = lcl_systemPath(picker->getSelectedFiles()[0]);
    const std::string format = picker->getCurrentFilter() == maText.get("JsonFiles") ? "json" : "qdc";
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << exportCodebook(DocumentStore(mxDocument), format);
    if (!out.flush())
        throw uno::RuntimeException("Cannot write " + toOUString(path), nullptr);
    showStatus(maText.get("Exported", {toOUString(path)}));
}

void CodebookEditor::fillTemplates()
{
    std::vector<OUString> items;
    for (const std::string& name : codebookTemplates(mxContext))
        items.push_back(toOUString(name));
    setListItems(control("TemplateList"), items);
}

void CodebookEditor::saveTemplate()
{
    const std::string name = lcl_text(control("TemplateNameField"));
    saveCodebookTemplate(mxContext, DocumentStore(mxDocument), name);
    fillTemplates();
    showStatus(maText.get("TemplateSaved", {toOUString(name)}));
}

void CodebookEditor::applyTemplate()
{
    Reference<awt::XListBox> templates(control("TemplateList"), UNO_QUERY_THROW);
    if (templates->getSelectedItemPos() < 0) {
        showStatus(maText.get("NoTemplateChosen"));
        return;
    }
    const std::string name = toUtf8(templates->getSelectedItem());
    DocumentStore store(mxDocument);
    applyCodebookTemplate(mxContext, store, name);
    showStatus(maText.get("TemplateApplied", {toOUString(name)}));
}

void CodebookEditor::handle(const OUString& method)
{
    if (method == "newCode")
        newCode();
    else if (method == "saveCode")
        saveCode();
    else if (method == "importCodebook")
        importFile();
    else if (method == "exportCodebook")
        exportFile();
    else if (method == "saveTemplate")
        saveTemplate();
    else if (method == "applyTemplate")
        applyTemplate();
    else if (method == "shortcutChosen") {
        if (const Shortcuts::Entry* entry = chosenShortcut(); entry && entry->command != msShortcutShown)
            chooseShortcut(entry->command);
    } else if (method == "assignShortcut" || method == "removeShortcut")
        changeShortcut(method == "assignShortcut");
    else if (method == "close")
        close();
    else if (method == "mergeCode")
        mergeCode();
    else if (method == "deleteCode")
        deleteCode();
    else if (method == "anchorExample")
        anchorExample();
    else if (method == "showHistory")
        CodebookHistoryDialog::run(mxContext, mxDocument);
}

sal_Bool SAL_CALL CodebookEditor::callHandlerMethod(const Reference<awt::XDialog>&, const Any&, const OUString& method)
{
    // An event handler: whatever fails shows in the status line, nothing reaches LibreOffice.
    try {
        try {
            handle(method);
        } catch (const uno::Exception& error) {
            showStatus(maText.get("Failed", {error.Message}));
        } catch (const std::exception& error) {
            showStatus(maText.get("Failed", {toOUString(error.what())}));
        }
    } catch (...) {
    }
    return true;
}

uno::Sequence<OUString> SAL_CALL CodebookEditor::getSupportedMethodNames()
{
    uno::Sequence<OUString> names(static_cast<sal_Int32>(std::size(kMethods)));
    for (std::size_t i = 0; i < std::size(kMethods); ++i)
        names[static_cast<sal_Int32>(i)] = OUString::createFromAscii(kMethods[i]);
    return names;
}

void SAL_CALL CodebookEditor::windowClosing(const lang::EventObject&)
{
    try {
        close();
    } catch (...) {
    }
}

void SAL_CALL CodebookEditor::disposing(const lang::EventObject& event)
{
    // The document is closing: the editor goes with it.
    try {
        if (Reference<uno::XInterface>(event.Source, UNO_QUERY) == Reference<uno::XInterface>(mxDocument, UNO_QUERY))
            close();
    } catch (...) {
    }
}

} // namespace pt::extension
