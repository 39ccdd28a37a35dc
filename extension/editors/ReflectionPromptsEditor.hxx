#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// The prompts of new reflection tables, edited in a modal dialog: one cell's prompt at a time (language,
/// step, dimension), import and export as a file to share, or ours again. Every change is kept in the
/// user profile at once (saveReflectionPrompts).
class ReflectionPromptsEditor {
public:
    static void run(const css::uno::Reference<css::uno::XComponentContext>& context);
};

} // namespace pt::extension
