#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XContextMenuInterceptor.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

namespace pt::extension {

/// Adds "Code as ▸" to the context menu of selected text in a Writer view: the recently used codes, then
/// the codebook as nested submenus. Its entries dispatch CommandHandler's commands.
class CodeAsMenu : public ::cppu::WeakImplHelper1<css::ui::XContextMenuInterceptor> {
public:
    CodeAsMenu(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XModel>& document);

    css::ui::ContextMenuInterceptorAction SAL_CALL
    notifyContextMenuExecute(const css::ui::ContextMenuExecuteEvent& event) override;

private:
    css::uno::Reference<css::uno::XComponentContext> mxContext;
    css::uno::WeakReference<css::frame::XModel> mxDocument;
};

} // namespace pt::extension
