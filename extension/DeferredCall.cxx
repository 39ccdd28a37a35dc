#include "DeferredCall.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include <mutex>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;

namespace pt::extension {

struct DeferredCall::State {
    std::mutex mutex;
    bool pending = false;
    bool cancelled = false;
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

DeferredCall::DeferredCall(const Reference<uno::XComponentContext>& context, std::function<void()> call)
    : mpState(std::make_shared<State>())
    , mxAsync(awt::AsyncCallback::create(context))
{
    mpState->call = std::move(call);
}

DeferredCall::~DeferredCall()
{
    std::lock_guard<std::mutex> guard(mpState->mutex);
    mpState->cancelled = true;
}

void DeferredCall::schedule()
{
    {
        std::lock_guard<std::mutex> guard(mpState->mutex);
        if (mpState->pending || mpState->cancelled)
            return;
        mpState->pending = true;
    }
    mxAsync->addCallback(new Callback(mpState), Any());
}

} // namespace pt::extension
