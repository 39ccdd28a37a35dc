#pragma once

#include <com/sun/star/frame/XModel.hpp>

#include <utility>
#include <vector>

namespace pt::extension {

/// Shows a message in the document's window, above its text (an infobar `id`, replacing one of that id);
/// each button (label, command URL) dispatches its command in that window. Nothing happens for a window
/// without room for infobars (a hidden document, opened by a script): nobody is there to tell.
void showInfobar(const css::uno::Reference<css::frame::XModel>& document, const ::rtl::OUString& id,
                 const ::rtl::OUString& title, const ::rtl::OUString& message, sal_Int32 type,
                 const std::vector<std::pair<::rtl::OUString, ::rtl::OUString>>& buttons = {});
/// Takes the infobar `id` away, when there is one.
void removeInfobar(const css::uno::Reference<css::frame::XModel>& document, const ::rtl::OUString& id);

} // namespace pt::extension
