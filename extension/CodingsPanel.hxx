#pragma once

#include "SidebarPanel.hxx"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace pt::extension {

class DeferredCall;
class DocumentModel;

/// The Codings panel: which codings are at the cursor; the document's codings (all, or the chosen code's;
/// all speakers, or one), choosing one selects its passage; its memo, code and removal; and the orphaned
/// codings apart, to re-anchor to a new selection or delete.
class CodingsPanel : public SidebarPanel {
public:
    static css::uno::Reference<css::ui::XUIElement>
    create(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
           const css::uno::Reference<css::frame::XFrame>& frame,
           const css::uno::Reference<css::awt::XWindow>& parentWindow);

private:
    CodingsPanel(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
                 const css::uno::Reference<css::frame::XFrame>& frame);
    void start();
    void handleEvent(const ::rtl::OUString& method) override;
    void stop() override;

    void bindDocument();
    void unbindDocument();
    void refresh();
    void refreshIfAnchorsChanged();
    void showCodingsAtCursor();
    void codingChosen();
    std::string chosenCoding() const;
    std::string chosenOrphan() const;

    std::shared_ptr<DocumentModel> mpModel;
    std::unique_ptr<DeferredCall> mpRefresh;      ///< after a change of the codings or the text
    std::unique_ptr<DeferredCall> mpAnchorCheck;
    std::unique_ptr<DeferredCall> mpCursorCheck;
    int mnModelListener = -1;
    int mnWorkbenchListener = -1;
    css::uno::Reference<css::frame::XController> mxController;
    css::uno::Reference<css::frame::XFrameActionListener> mxFrameListener;
    css::uno::Reference<css::view::XSelectionChangeListener> mxCursorListener;
    css::uno::Reference<css::util::XModifyListener> mxTextListener;
    std::vector<std::string> maListed;  ///< coding ids in CodingsList order
    std::vector<std::string> maOrphans; ///< coding ids in OrphansList order
    std::set<std::string> maCollapsed;  ///< anchored codings whose passage was deleted (orphans too)
    bool mbCollapsedKnown = false;
    std::vector<std::string> maSpeakers; ///< speakers in SpeakerList order, after "All speakers"
    std::size_t mnAnchoredCount = 0;
};

} // namespace pt::extension
