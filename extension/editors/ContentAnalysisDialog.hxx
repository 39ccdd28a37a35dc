#pragma once

#include "document/DocumentStore.hxx"

#include "core/CodedDocument.hpp"
#include "core/Problem.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace pt::extension {

/// What a content-analysis table covers: the transcript (as it is in its window), or every transcript of
/// its study (the others read from their saved files; those that cannot be read named in `unread`).
struct ContentAnalysisSource {
    std::vector<CodedDocument> documents;
    std::string title;
    Problems unread;
};
/// Throws pt::Refusal ("study") when the whole study is asked for and the transcript is in none.
ContentAnalysisSource contentAnalysisSource(const css::uno::Reference<css::uno::XComponentContext>& context,
                                            const DocumentStore& store, bool wholeStudy, bool swedish);

/// Insert ▸ Power Triangle ▸ Content Analysis Table…: a modal dialog for which codings go into the table
/// (this transcript or its study, a dimension, a coder, only the condensed ones) and its language; Table
/// opens it in a new document, CSV… saves it as a file.
class ContentAnalysisDialog {
public:
    /// Runs the dialog for the document shown in `frame`. Returns what happened, for the status line (empty
    /// when cancelled); a failure is also shown in a message box.
    static ::rtl::OUString run(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XFrame>& frame);
};

} // namespace pt::extension
