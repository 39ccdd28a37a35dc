#pragma once

#include "document/DocumentStore.hxx"

#include "core/CodingMerge.hpp"
#include "core/ProjectImport.hpp"
#include "core/Problem.hpp"
#include "core/Study.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
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

/// Writes the study at `studyUrl` as one REFI-QDA project at `url`, read from the transcripts' files (none
/// needs to be open): every transcript a source (a DOCX transcript with its file as rich text), the
/// attributes as Variables with a case per transcript or per speaker (`cases`; nullopt: as the study says).
/// Transcripts that cannot be read are left out and named in the notes. Throws pt::Refusal ("study") for
/// a damaged study file or one with no readable transcript.
ProjectExport exportStudyProject(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& studyUrl,
                                 const ::rtl::OUString& url, bool crlf, std::optional<CasesPer> cases);

/// Imports a REFI-QDA project made by another tool onto the document, in one undo step: its codebook, and
/// the codings, coders and memos of the source that matches the document (by text or name), placed by
/// text; with no such source, the codebook alone. Throws pt::Refusal ("file") for a file that is no
/// readable project.
ProjectImport importProject(const css::uno::Reference<css::uno::XComponentContext>& context, DocumentStore& store,
                            const ::rtl::OUString& url);

} // namespace pt::extension
