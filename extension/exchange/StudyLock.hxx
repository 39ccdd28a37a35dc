#pragma once

#include <rtl/ustring.hxx>

namespace pt::extension {

/// Held while a study's files (study.json, codebook.json) are read, changed and written back: two offices
/// saving transcripts of one study at once (two coders, a shared folder) take turns instead of one
/// overwriting the other's change. The lock is a file beside study.json, ".~lock.power-triangle-study#",
/// made exclusively; one older than a minute was left by a crash and is taken over.
class StudyLock {
public:
    /// Waits a few seconds for another holder; then throws pt::Refusal ("study") saying someone else is
    /// changing the study. In a folder that cannot be written nothing is locked (nothing will be written).
    explicit StudyLock(const ::rtl::OUString& studyUrl);
    ~StudyLock();
    StudyLock(const StudyLock&) = delete;
    StudyLock& operator=(const StudyLock&) = delete;

private:
    ::rtl::OUString msLockUrl;
    bool mbHeld = false;
};

} // namespace pt::extension
