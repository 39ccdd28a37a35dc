#pragma once

#include "core/CodebookEditing.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace pt::extension {

class DocumentStore;

/// Codebook operations that combine core/ with a document: what the API and the codebook editor both offer.

/// A codebook file's content in a format: "json" or "qdc". Throws IllegalArgumentException for another.
std::string exportCodebook(const DocumentStore& store, const std::string& format);

struct CodebookImport {
    CodebookMerge merge;
    Problems notes; ///< everything not taken over as it was
};
/// Merges a codebook file's content into the document's codebook, as one undo step.
CodebookImport importCodebook(DocumentStore& store, const std::string& content, const std::string& format,
                              const std::string& coder);

std::vector<std::string> codebookTemplates(const css::uno::Reference<css::uno::XComponentContext>& context);
void saveCodebookTemplate(const css::uno::Reference<css::uno::XComponentContext>& context, const DocumentStore& store,
                          const std::string& name);
/// Makes a template the document's codebook, keeping the codes codings use; one undo step.
void applyCodebookTemplate(const css::uno::Reference<css::uno::XComponentContext>& context, DocumentStore& store,
                           const std::string& name);

} // namespace pt::extension
