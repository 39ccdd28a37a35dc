#pragma once

#include "common/UiText.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace pt::extension {

/// Codes the passages selected in a frame's document with a code, the way every way of coding does it (the
/// panel's button and double-click, the keyboard shortcuts, the context menu): one undo step, the coder
/// from the user's data, the code noted as recently used.
struct CodingOutcome {
    bool coded = false;
    ::rtl::OUString message; ///< what to tell the user, success or not
};

CodingOutcome codeSelection(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::frame::XFrame>& frame, const std::string& codeId,
                              const std::string& memo, const UiText& text);

/// Codes the passages selected with a new emergent code: named `name`, or in vivo by the passage's words.
CodingOutcome codeSelectionAsNewCode(const css::uno::Reference<css::uno::XComponentContext>& context,
                                     const css::uno::Reference<css::frame::XFrame>& frame, const std::string& name,
                                     const UiText& text);

} // namespace pt::extension
