#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <functional>
#include <memory>

namespace pt::extension {

class DeferredCall;

/// Long work on LibreOffice's main thread (filling a list of 5,000 codings, looking at every anchor, reading
/// every turn of a transcript) done in slices of a few milliseconds, each queued after what is waiting
/// already: keys typed meanwhile wait no longer than a slice, where the whole work would have held them for
/// a quarter of a second.
class SlicedWork {
public:
    using Clock = std::chrono::steady_clock;
    /// Does one slice, stopping soon after `deadline`; returns true while there is more to do.
    using Step = std::function<bool(Clock::time_point deadline)>;

    explicit SlicedWork(const css::uno::Reference<css::uno::XComponentContext>& context);
    ~SlicedWork();
    SlicedWork(const SlicedWork&) = delete;
    SlicedWork& operator=(const SlicedWork&) = delete;

    /// Starts `step` in place of any unfinished work.
    void start(Step step);
    void cancel();
    bool running() const { return static_cast<bool>(mStep); }

    /// How long a slice may take.
    static constexpr std::chrono::milliseconds kSlice{3};

private:
    void next();

    Step mStep;
    unsigned mnGeneration = 0; ///< counts start() and cancel(), so that a step that started work keeps it
    std::unique_ptr<DeferredCall> mpNext;
};

} // namespace pt::extension
