#pragma once

#include "core/ContentAnalysisTable.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace pt::extension {

/// The content-analysis table of `documents` (one transcript, or a study's) in a new Writer document: an
/// ordinary table that prints well (its header repeated on each page, no row split across pages), each
/// meaning unit linked to its passage.
css::uno::Reference<css::lang::XComponent> openContentAnalysisTable(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                                    const std::vector<CodedDocument>& documents,
                                                                    const std::string& title, const ContentAnalysisOptions& options);

} // namespace pt::extension
