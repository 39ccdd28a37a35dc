#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Insert ▸ Power Triangle ▸ Reflection-Cycle Table: a modal dialog for the new cycle's header (filled in
/// from the document's last cycle), its language, prompts, evidence and whether it continues the last
/// cycle; Insert puts the table at the view cursor.
class ReflectionTableDialog {
public:
    /// Runs the dialog for the document shown in `frame`. Returns what happened, for the status line
    /// (empty when cancelled); a failure is also shown in a message box.
    static ::rtl::OUString run(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XFrame>& frame);
};

/// Insert ▸ Power Triangle ▸ Next Reflection Cycle: the cycle after the document's last at the view cursor.
::rtl::OUString insertNextReflectionCycle(const css::uno::Reference<css::uno::XComponentContext>& context,
                                          const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace pt::extension
