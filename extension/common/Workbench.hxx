#pragma once

#include <com/sun/star/frame/XFrame.hpp>

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace pt::extension {

/// What the panels of the Power Triangle deck share: the code chosen in each window's codebook tree (the
/// Codings and Auto-code panels act with it), and the codes used most recently in this session (the
/// keyboard shortcuts code with them).
class Workbench {
public:
    static Workbench& instance();

    std::string chosenCode(const css::uno::Reference<css::frame::XFrame>& frame) const;
    void setChosenCode(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& codeId);

    /// Most recent first, at most kRecentCodes.
    std::vector<std::string> recentCodes() const;
    void noteUsed(const std::string& codeId);
    static constexpr std::size_t kRecentCodes = 9;

    /// Listeners hear of every change of a chosen code or of the recent codes.
    int subscribe(std::function<void()> listener);
    void unsubscribe(int id);

    /// What a command without a window of its own (a shortcut, the context menu) has to tell the user of
    /// a frame: the frame's Codebook panel shows it.
    using Reporter = std::function<void(const css::uno::Reference<css::frame::XFrame>& frame, const ::rtl::OUString& message)>;
    void report(const css::uno::Reference<css::frame::XFrame>& frame, const ::rtl::OUString& message);
    int subscribeReports(Reporter reporter);
    void unsubscribeReports(int id);

private:
    void notify();

    mutable std::mutex mMutex;
    std::map<const void*, std::string> mChosen; // by frame identity
    std::vector<std::string> mRecent;
    std::map<int, std::function<void()>> mListeners;
    std::map<int, Reporter> mReporters;
    int mNextListener = 0;
};

} // namespace pt::extension
