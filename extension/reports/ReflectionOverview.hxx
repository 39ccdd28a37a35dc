#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Insert ▸ Power Triangle ▸ Reflection Cycles Overview: the reflection cycles of the document in `frame`
/// read back into a new Writer document, side by side per step (a table per step, a row per cycle), with
/// the tables that could not be read and why. Returns what happened, for the status line; when there is
/// nothing to read back, a message box says so.
::rtl::OUString openReflectionOverview(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace pt::extension
