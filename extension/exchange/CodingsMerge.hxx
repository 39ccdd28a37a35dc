#pragma once

#include "document/DocumentStore.hxx"
#include "document/DocumentText.hxx"

#include "core/CodingMerge.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Merge codings from…: the codings of another copy of the transcript (an ODT or DOCX file at `url`) go
/// into the document, placed by their text, in one undo step. Returns what was done.
MergePlan mergeCodingsFrom(const css::uno::Reference<css::uno::XComponentContext>& context, DocumentStore& store,
                           const ::rtl::OUString& url);

/// Carries out a plan made against `text`, the document's text as it is now: one undo step titled
/// `undoTitle`. A passage that cannot be one range (it crosses a table cell) moves to plan.notPlaced.
void applyMergePlan(DocumentStore& store, const DocumentText& text, MergePlan& plan, const ::rtl::OUString& undoTitle,
                    const std::string& coder);

} // namespace pt::extension
