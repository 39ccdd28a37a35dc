#include "common/SlicedWork.hxx"

#include "common/DeferredCall.hxx"

namespace pt::extension {

SlicedWork::SlicedWork(const css::uno::Reference<css::uno::XComponentContext>& context)
    : mpNext(std::make_unique<DeferredCall>(context, [this] { next(); }))
{
}

SlicedWork::~SlicedWork() = default;

void SlicedWork::start(Step step)
{
    ++mnGeneration;
    mStep = std::move(step);
    mpNext->schedule();
}

void SlicedWork::cancel()
{
    ++mnGeneration;
    mStep = nullptr;
}

void SlicedWork::next()
{
    if (!mStep)
        return;
    // The step may start or cancel work itself: keep it alive while it runs, and leave what it started.
    const Step step = mStep;
    const unsigned generation = mnGeneration;
    bool more = false;
    try {
        more = step(Clock::now() + kSlice);
    } catch (...) {
        more = false; // the step reports its own failures; a failed step ends its work
    }
    if (generation == mnGeneration && !more)
        mStep = nullptr;
    if (mStep)
        mpNext->schedule();
}

} // namespace pt::extension
