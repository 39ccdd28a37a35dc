#pragma once

#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace pt::extension {

/// A function run later on LibreOffice's main thread, once however often it was asked for in between.
/// Listeners use it to react to a change after the operation that caused it has finished: changing the text
/// from inside an undo or a store operation of Writer is not safe, and a burst of changes (typing, a
/// multi-hit coding) should cost one refresh, not one per change. Destroying it cancels a pending call.
///
/// With a quiet period, the call waits until that long has passed since it was last asked for: what must
/// follow typing runs once the user pauses, never between two keys.
class DeferredCall {
public:
    DeferredCall(const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> call,
                 std::chrono::milliseconds quiet = std::chrono::milliseconds(0));
    ~DeferredCall();
    DeferredCall(const DeferredCall&) = delete;
    DeferredCall& operator=(const DeferredCall&) = delete;

    void schedule();

    struct State;

private:
    void post();
    void waitForQuiet();

    std::shared_ptr<State> mpState;
    css::uno::Reference<css::awt::XRequestCallback> mxAsync;
    const std::chrono::milliseconds mQuiet;
    std::thread mWaiter; ///< with a quiet period: posts the call once the period has passed
};

} // namespace pt::extension
