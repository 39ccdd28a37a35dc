#include "exchange/StudyLock.hxx"

#include "common/UnoStrings.hxx"

#include "core/Problem.hpp"

#include <osl/file.hxx>
#include <osl/time.h>

#include <chrono>
#include <thread>

using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr auto kPatience = std::chrono::seconds(5);
constexpr sal_uInt32 kStaleSeconds = 60;

/// Whether the lock file was made so long ago that its holder must have crashed.
bool lcl_stale(const OUString& url)
{
    osl::DirectoryItem item;
    osl::FileStatus status(osl_FileStatus_Mask_ModifyTime);
    if (osl::DirectoryItem::get(url, item) != osl::FileBase::E_None || item.getFileStatus(status) != osl::FileBase::E_None)
        return false; // gone meanwhile: the next try takes it
    TimeValue now;
    osl_getSystemTime(&now);
    return now.Seconds > status.getModifyTime().Seconds + kStaleSeconds;
}

} // namespace

StudyLock::StudyLock(const OUString& studyUrl)
    : msLockUrl(studyUrl.copy(0, studyUrl.lastIndexOf('/') + 1) + ".~lock.power-triangle-study%23") // "#", escaped in a URL
{
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    for (;;) {
        osl::File file(msLockUrl);
        const osl::FileBase::RC made = file.open(osl_File_OpenFlag_Write | osl_File_OpenFlag_Create);
        if (made == osl::FileBase::E_None) {
            file.close();
            mbHeld = true;
            return;
        }
        if (made != osl::FileBase::E_EXIST)
            return; // a read-only folder (or disk): nothing of the study is written there anyway
        if (lcl_stale(msLockUrl)) {
            osl::File::remove(msLockUrl);
            continue;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            OUString path = msLockUrl;
            osl::FileBase::getSystemPathFromFileURL(msLockUrl, path);
            throw Refusal("study", "Someone else is changing this study's files right now (" + toUtf8(path)
                                       + "); nothing was changed. Try again in a moment: a lock left by a crash goes "
                                         "away by itself after a minute.");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

StudyLock::~StudyLock()
{
    if (mbHeld)
        osl::File::remove(msLockUrl);
}

} // namespace pt::extension
