#pragma once

#include "core/StudyCodebook.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// The study's codebook at the moments a transcript meets it (exchange/StudyCodebookSync), told to the
/// user in the transcript's window. Nothing escapes: a failure is told there too, and nothing is changed.

/// On opening: the transcript takes what the study changed and gives what it changed; conflicts are shown
/// with a button for each way to settle them.
void synchroniseOpenedTranscript(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const css::uno::Reference<css::frame::XModel>& document);

/// After saving: what the transcript changed goes to the study (the transcript itself is left as saved),
/// and the other open transcripts of the study take it at once.
void synchroniseSavedTranscript(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const css::uno::Reference<css::frame::XModel>& document);

/// Settles every conflict of the open transcript at `transcriptUrl` (else the document of `frame`) with its
/// study one way (the infobar's buttons); returns what happened, for the user.
::rtl::OUString settleStudyConflicts(const css::uno::Reference<css::uno::XComponentContext>& context,
                                     const ::rtl::OUString& transcriptUrl,
                                     const css::uno::Reference<css::frame::XFrame>& frame, SyncChoice choice);

} // namespace pt::extension
