#pragma once

#include "document/DocumentStore.hxx"

#include "core/CodingMerge.hpp"
#include "core/Problem.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace pt::extension {

struct ProjectExportOptions {
    bool crlf = false;     ///< Windows line ends in the plain texts (MAXQDA)
    bool richText = true;  ///< each document also as DOCX, its rich-text source
};

struct ProjectExport {
    std::size_t sources = 0;
    std::size_t codings = 0;
    Problems notes; ///< what was left out
};

/// Writes a REFI-QDA project (.qdpx, a ZIP) at `url`: project.qde and, for each document, its plain text
/// and (optionally) a DOCX copy under sources/. The codebook is the first document's, with the codes of
/// the others that it lacks. Nothing in the documents changes.
ProjectExport exportProject(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const std::vector<css::uno::Reference<css::lang::XComponent>>& documents,
                            const ::rtl::OUString& url, const ProjectExportOptions& options);

struct ProjectImport {
    std::string source;  ///< the project's source the document matched
    std::string matchedBy;
    MergePlan plan;
    Problems notCarried; ///< what the project has that could not be carried over
};

/// Imports a REFI-QDA project made by another tool onto the document: from the source that matches it (by
/// text or name), its codebook, codings, coders and memos, placed by text, in one undo step. Throws
/// IllegalArgumentException for a file that is not a readable project, or has no text matching the document.
ProjectImport importProject(const css::uno::Reference<css::uno::XComponentContext>& context, DocumentStore& store,
                            const ::rtl::OUString& url);

/// The summary a user reads after an import.
std::string describeImport(const ProjectImport& imported, const std::string& from);

} // namespace pt::extension
