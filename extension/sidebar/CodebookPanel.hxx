#pragma once

#include "sidebar/SidebarPanel.hxx"

#include "core/Codebook.hpp"

#include "editors/CodeTree.hxx"

#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>

#include <functional>
#include <map>
#include <memory>

namespace pt::extension {

class DeferredCall;
class DocumentModel;

/// The Codebook panel: the codebook as a tree (colour swatches, enabler/barrier marks, how many codings each
/// code has), a filter, and coding of the selected passage with the chosen code (button or double-click).
class CodebookPanel : public SidebarPanel {
public:
    static constexpr const char* kDialog = "CodebookPanel.xdl";

private:
    friend class SidebarPanel; // opens it
    CodebookPanel(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
                  const css::uno::Reference<css::frame::XFrame>& frame);
    void start() override;
    void handleEvent(const ::rtl::OUString& method) override;
    void stop() override;
    int rowsWanted(const char* control) const override;
    int widthWanted(const char* control) const override;

    /// Follows the document shown in the frame: listens to its model, refreshes.
    void bindDocument();
    void refresh();
    void buildTree(const Codebook& codebook, const std::map<std::string, std::size_t>& totals);
    /// The width the tree needs to show every label of `codebook` whole.
    int treeWidth(const Codebook& codebook, const std::function<::rtl::OUString(const Code&)>& label) const;
    void onTreeSelection();
    void codeSelection();
    /// Codes the selection with a new emergent code, named as typed in Find or in vivo.
    void newCodeFromSelection();
    void toggleHighlight();
    void editCodebook();

    std::shared_ptr<DocumentModel> mpModel;
    std::unique_ptr<DeferredCall> mpRefresh; ///< after a change of the codings
    int mnModelListener = -1;
    int mnReportListener = -1;
    css::uno::Reference<css::frame::XFrameActionListener> mxFrameListener;
    css::uno::Reference<css::view::XSelectionChangeListener> mxTreeListener;
    css::uno::Reference<css::awt::XMouseListener> mxDoubleClick;
    /// What the tree shows, to rebuild it only when the codebook or the filter changed.
    std::string msTreeSignature;
    CodeNodes maNodes;
    int mnTreeWidth = 0; ///< what the tree needs to show its widest label whole
};

} // namespace pt::extension
