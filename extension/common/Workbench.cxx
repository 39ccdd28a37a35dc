#include "common/Workbench.hxx"

#include <algorithm>

using namespace ::com::sun::star;

namespace pt::extension {

namespace {
const void* lcl_identity(const uno::Reference<frame::XFrame>& frame)
{
    return uno::Reference<uno::XInterface>(frame, uno::UNO_QUERY).get();
}
} // namespace

Workbench& Workbench::instance()
{
    static Workbench workbench;
    return workbench;
}

std::string Workbench::chosenCode(const uno::Reference<frame::XFrame>& frame) const
{
    std::lock_guard<std::mutex> guard(mMutex);
    const auto found = mChosen.find(lcl_identity(frame));
    return found == mChosen.end() ? std::string() : found->second;
}

void Workbench::setChosenCode(const uno::Reference<frame::XFrame>& frame, const std::string& codeId)
{
    {
        std::lock_guard<std::mutex> guard(mMutex);
        mChosen[lcl_identity(frame)] = codeId;
    }
    notify();
}

std::vector<std::string> Workbench::recentCodes() const
{
    std::lock_guard<std::mutex> guard(mMutex);
    return mRecent;
}

void Workbench::noteUsed(const std::string& codeId)
{
    {
        std::lock_guard<std::mutex> guard(mMutex);
        mRecent.erase(std::remove(mRecent.begin(), mRecent.end(), codeId), mRecent.end());
        mRecent.insert(mRecent.begin(), codeId);
        if (mRecent.size() > kRecentCodes)
            mRecent.resize(kRecentCodes);
    }
    notify();
}

int Workbench::subscribe(std::function<void()> listener)
{
    std::lock_guard<std::mutex> guard(mMutex);
    mListeners.emplace(mNextListener, std::move(listener));
    return mNextListener++;
}

void Workbench::unsubscribe(int id)
{
    std::lock_guard<std::mutex> guard(mMutex);
    mListeners.erase(id);
}

void Workbench::report(const uno::Reference<frame::XFrame>& frame, const ::rtl::OUString& message)
{
    std::map<int, Reporter> reporters;
    {
        std::lock_guard<std::mutex> guard(mMutex);
        reporters = mReporters;
    }
    for (const auto& [id, reporter] : reporters) {
        try {
            reporter(frame, message);
        } catch (...) {
        }
    }
}

int Workbench::subscribeReports(Reporter reporter)
{
    std::lock_guard<std::mutex> guard(mMutex);
    mReporters.emplace(mNextListener, std::move(reporter));
    return mNextListener++;
}

void Workbench::unsubscribeReports(int id)
{
    std::lock_guard<std::mutex> guard(mMutex);
    mReporters.erase(id);
}

void Workbench::notify()
{
    std::map<int, std::function<void()>> listeners;
    {
        std::lock_guard<std::mutex> guard(mMutex);
        listeners = mListeners;
    }
    for (const auto& [id, listener] : listeners) {
        try {
            listener();
        } catch (...) {
        }
    }
}

} // namespace pt::extension
