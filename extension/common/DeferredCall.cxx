#include "common/DeferredCall.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include <condition_variable>
#include <mutex>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;

namespace pt::extension {

struct DeferredCall::State {
    std::mutex mutex;
    std::condition_variable changed;
    bool pending = false;   ///< posted to the main thread, not yet run
    bool waiting = false;   ///< asked for, its quiet period not yet over
    bool cancelled = false;
    std::chrono::steady_clock::time_point due;
    std::function<void()> call;
};

namespace {

class Callback : public ::cppu::WeakImplHelper1<awt::XCallback> {
public:
    explicit Callback(std::shared_ptr<DeferredCall::State> state) : mpState(std::move(state)) {}
    void SAL_CALL notify(const Any&) override
    {
        std::function<void()> call;
        {
            std::lock_guard<std::mutex> guard(mpState->mutex);
            mpState->pending = false;
            if (mpState->cancelled)
                return;
            call = mpState->call;
        }
        try {
            call();
        } catch (...) {
        }
    }

private:
    std::shared_ptr<DeferredCall::State> mpState;
};

} // namespace

DeferredCall::DeferredCall(const Reference<uno::XComponentContext>& context, std::function<void()> call,
                           std::chrono::milliseconds quiet)
    : mpState(std::make_shared<State>())
    , mxAsync(awt::AsyncCallback::create(context))
    , mQuiet(quiet)
{
    mpState->call = std::move(call);
    if (mQuiet.count() > 0)
        mWaiter = std::thread([this] { waitForQuiet(); });
}

DeferredCall::~DeferredCall()
{
    {
        std::lock_guard<std::mutex> guard(mpState->mutex);
        mpState->cancelled = true;
    }
    mpState->changed.notify_all();
    if (mWaiter.joinable())
        mWaiter.join();
}

void DeferredCall::schedule()
{
    {
        std::lock_guard<std::mutex> guard(mpState->mutex);
        if (mpState->cancelled)
            return;
        if (mQuiet.count() > 0) {
            mpState->due = std::chrono::steady_clock::now() + mQuiet;
            mpState->waiting = true;
        } else {
            if (mpState->pending)
                return;
            mpState->pending = true;
        }
    }
    if (mQuiet.count() > 0)
        mpState->changed.notify_all();
    else
        post();
}

void DeferredCall::post()
{
    try {
        mxAsync->addCallback(new Callback(mpState), Any());
    } catch (...) {
        // The office is going away: nothing left to call.
    }
}

void DeferredCall::waitForQuiet()
{
    std::unique_lock<std::mutex> lock(mpState->mutex);
    while (!mpState->cancelled) {
        if (!mpState->waiting) {
            mpState->changed.wait(lock);
            continue;
        }
        if (std::chrono::steady_clock::now() < mpState->due) {
            mpState->changed.wait_until(lock, mpState->due);
            continue;
        }
        mpState->waiting = false;
        if (mpState->pending)
            continue; // the last one is still queued and will see the latest state
        mpState->pending = true;
        lock.unlock();
        post();
        lock.lock();
    }
}

} // namespace pt::extension
