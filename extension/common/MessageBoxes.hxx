#pragma once

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// A modal message with an OK button over `parent` (a document's or a dialog's window).
void showMessageBox(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::awt::XWindowPeer>& parent, css::awt::MessageBoxType type,
                    const ::rtl::OUString& title, const ::rtl::OUString& message);

} // namespace pt::extension
