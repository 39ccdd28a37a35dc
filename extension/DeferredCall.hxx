#pragma once

#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <memory>

namespace pt::extension {

/// A function run later on LibreOffice's main thread, once however often it was asked for in between.
/// Listeners use it to react to a change after the operation that caused it has finished: changing the text
/// from inside an undo or a store operation of Writer is not safe, and a burst of changes (typing, a
/// multi-hit coding) should cost one refresh, not one per change. Destroying it cancels a pending call.
class DeferredCall {
public:
    DeferredCall(const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> call);
    ~DeferredCall();
    DeferredCall(const DeferredCall&) = delete;
    DeferredCall& operator=(const DeferredCall&) = delete;

    void schedule();

    struct State;

private:
    std::shared_ptr<State> mpState;
    css::uno::Reference<css::awt::XRequestCallback> mxAsync;
};

} // namespace pt::extension
