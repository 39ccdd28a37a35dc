#pragma once

#include "core/Problem.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace pt::extension {

/// The study a window's document belongs to (a study.json in its folder or above that lists it), else the
/// one opened or made last in this session; empty when there is none.
::rtl::OUString studyOfWindow(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::frame::XFrame>& frame);
/// Remembers the study opened or made, for windows whose document is in none.
void chooseStudy(const ::rtl::OUString& studyUrl);

/// Makes a study in `folderUrl`, or in a folder the user picks when it is empty (New Study…); returns the
/// study's URL, empty when the user cancels. The study made is the one chosen.
::rtl::OUString newStudy(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& folderUrl);
/// The study.json the user picks (Open…), chosen; empty when they cancel.
::rtl::OUString pickStudy(const css::uno::Reference<css::uno::XComponentContext>& context);
/// Adds `transcriptUrls`, or transcripts the user picks when empty, to the study; returns how many were added
/// (`notes`: those that were there already, and those made). A transcription tool's file (.srt, .vtt, …)
/// becomes a transcript in the study's folder, its speakers named in the Transcript from File dialog
/// first, over `parent`. Nothing is added when the user cancels, a dialog too.
std::size_t addToStudy(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& studyUrl,
                       std::vector<::rtl::OUString> transcriptUrls, Problems& notes,
                       const css::uno::Reference<css::awt::XWindow>& parent);

} // namespace pt::extension
