#pragma once

#include "document/DocumentStore.hxx"

#include "core/CodingReport.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <set>
#include <vector>

namespace pt::extension {

/// A document as the reports read it: codings, their spans in its text, its speaker patterns.
CodedDocument codedDocumentOf(const DocumentStore& store);
/// The document's coded segments as CSV (core/CodingsCsv), in document order, with a column per attribute.
std::string codingsCsvOf(const DocumentStore& store);

/// The report of `documents` (one, or a corpus): `retrieve` names the codes whose passages it lists.
CodingReport codingReportOf(const std::vector<css::uno::Reference<css::lang::XComponent>>& documents,
                            const std::set<std::string>& retrieve);

/// The report in a new Writer document: the chart and the power-triangle figure first, then the tables.
css::uno::Reference<css::lang::XComponent> openCodingReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                            const CodingReport& report);

/// What can be put into a document at a place: the chart or the triangle figure of its own codings.
enum class ReportPicture { FrequencyChart, TriangleFigure };

/// Inserts the picture of the document's codings at `at` (null: the view cursor), in the main text, as one
/// undo step. Returns the picture's name.
::rtl::OUString insertReportPicture(const css::uno::Reference<css::uno::XComponentContext>& context, const DocumentStore& store,
                                    const css::uno::Reference<css::text::XTextRange>& at, ReportPicture picture);

} // namespace pt::extension
