#pragma once

#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// The codebook's history (its audit trail), from the codebook editor's History… button: a modal dialog
/// listing every change with who made it and when, oldest first, in the language of the user interface;
/// Save as CSV… writes it to a file.
class CodebookHistoryDialog {
public:
    static void run(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::lang::XComponent>& document);
};

} // namespace pt::extension
