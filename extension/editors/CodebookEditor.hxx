#pragma once

#include "editors/CodeTree.hxx"
#include "editors/CodeTreeDragAndDrop.hxx"
#include "common/Shortcuts.hxx"
#include "common/UiText.hxx"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/awt/XTopWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include <memory>
#include <string>
#include <vector>

namespace pt::extension {

class DeferredCall;
class DocumentModel;

/// The codebook editor (dialogs/CodebookEditor.xdl), modeless so that the transcript stays in reach: add,
/// rename, recolour, move and retire codes, give them a definition and an example and a polarity; import and
/// export codebook files; save and apply templates. Every change is one undo step of the document.
class CodebookEditor : public ::cppu::WeakImplHelper2<css::awt::XDialogEventHandler, css::awt::XTopWindowListener> {
public:
    /// Opens the editor for a document on a code (the one chosen in the panel), or brings it to the front
    /// on that code when it is open already.
    static void open(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::lang::XComponent>& document, const std::string& codeId);

    // XDialogEventHandler
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XDialog>& dialog,
                                        const css::uno::Any& event, const ::rtl::OUString& method) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedMethodNames() override;

    // XTopWindowListener
    void SAL_CALL windowOpened(const css::lang::EventObject&) override {}
    void SAL_CALL windowClosing(const css::lang::EventObject&) override;
    void SAL_CALL windowClosed(const css::lang::EventObject&) override {}
    void SAL_CALL windowMinimized(const css::lang::EventObject&) override {}
    void SAL_CALL windowNormalized(const css::lang::EventObject&) override {}
    void SAL_CALL windowActivated(const css::lang::EventObject&) override {}
    void SAL_CALL windowDeactivated(const css::lang::EventObject&) override {}
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

private:
    CodebookEditor(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::lang::XComponent>& document);
    void show();
    void chooseCode(const std::string& codeId);
    void close();
    void handle(const ::rtl::OUString& method);
    css::uno::Reference<css::awt::XControl> control(const char* name) const;
    void showStatus(const ::rtl::OUString& text);

    void refresh();
    void loadFields(const std::string& codeId);
    void fillParents(const Codebook& codebook, const std::string& excludedBranch, const std::string& parentId);
    /// The codes the code on show can be merged into: codable, not retired, not below it.
    void fillMergeTargets(const Codebook& codebook, const std::string& codeId);
    /// Merges the code on show into the one chosen in MergeList (one undo step).
    void mergeCode();
    /// Deletes the code on show when no coding uses it.
    void deleteCode();
    /// Makes the coding of the code on show at the document's selection its anchor example.
    void anchorExample();
    /// Moves a code under another (a drop in the tree), one undo step.
    void moveCode(const std::string& codeId, const std::string& parentId);
    void newCode();
    void saveCode();
    void importFile();
    void exportFile();
    void saveTemplate();
    void applyTemplate();
    void fillTemplates();
    /// The shortcuts row: what can have a shortcut, with the keys it has.
    /// The shortcut list again; `keepTyped` leaves the keys field as the user left it.
    void fillShortcuts(const Codebook& codebook, bool keepTyped);
    void chooseShortcut(const ::rtl::OUString& command);
    const Shortcuts::Entry* chosenShortcut() const;
    void changeShortcut(bool assign);

    const css::uno::Reference<css::uno::XComponentContext> mxContext;
    const css::uno::Reference<css::lang::XComponent> mxDocument;
    const UiText maText;
    css::uno::Reference<css::awt::XDialog> mxDialog;
    css::uno::Reference<css::awt::XControlContainer> mxControls;
    css::uno::Reference<css::view::XSelectionChangeListener> mxTreeListener;
    ::rtl::Reference<CodeTreeDragAndDrop> mxDragAndDrop; ///< codes dragged onto another code move under it
    std::shared_ptr<DocumentModel> mpModel;
    int mnModelListener = -1;
    std::unique_ptr<DeferredCall> mpRefresh; ///< after a change of the codebook (an undo, another window)
    CodeNodes maNodes;
    std::vector<Shortcuts::Entry> maShortcuts; ///< in ShortcutList order
    /// The command whose keys the shortcut field shows: selecting it in the list (our own selection's event
    /// included) leaves what the user typed alone.
    ::rtl::OUString msShortcutShown;
    std::string msEditing;               ///< the code being edited; "" for a new code
    std::string msTreeChoice;            ///< the code last selected in the tree, by the user or by us
    bool mbComposingNew = false;         ///< "New code" was pressed and the code is not saved yet
    Code maShown;                        ///< that code as its fields were filled: a change from elsewhere
                                         ///< (an undo) refills them, a refresh alone keeps what was typed
    std::vector<std::string> maParentIds; ///< ParentList order
    std::vector<std::string> maMergeIds;  ///< MergeList order
};

} // namespace pt::extension
