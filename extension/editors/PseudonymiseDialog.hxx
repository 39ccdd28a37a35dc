#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Tools ▸ Power Triangle ▸ Pseudonymise…: lists what in the transcript likely identifies someone (speakers,
/// recurring names, dates, phone and personal identity numbers, e-mail addresses, the team's list) with a
/// suggested pseudonym each; the user ticks, adds and edits terms, opens and saves the key apart from the
/// document, checks what is left, and replaces everything in one undo step (document/Pseudonymiser).
/// LibreOffice's "remove personal information on saving" is offered beside it.
class PseudonymiseDialog {
public:
    /// Runs it for the document shown in `frame`; `keyUrl`, when given, is a key to start from (as Open Key…
    /// does). Returns what happened, for the status line (empty when cancelled).
    static ::rtl::OUString run(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XFrame>& frame, const ::rtl::OUString& keyUrl);
};

} // namespace pt::extension
