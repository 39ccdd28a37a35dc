#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <utility>
#include <vector>

namespace pt::extension {

/// An ODT given as its package's parts (name, bytes), as core writes them.
using OdtParts = std::vector<std::pair<std::string, std::string>>;

/// Writes the ODT at `url` (a new file: one there is replaced), through LibreOffice's storage.
void writeOdt(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& url, const OdtParts& parts);

/// Inserts an ODT given as its package's parts (name, bytes: "content.xml", "styles.xml"; the mimetype and
/// manifest are written by LibreOffice's storage) at `at`: its paragraphs, and the styles they use that
/// the document lacks, in a paragraph of its own (after the one `at` is in, when that has text), as one
/// undo step `title`; the document is marked modified. Writer reads thousands of paragraphs from a file in
/// a moment, where writing them one by one takes seconds. (It inserts no flat ODT: insertDocumentFromURL
/// leaves the document as it was for one.) A failure half-way undoes what was inserted, then throws.
void insertOdt(const css::uno::Reference<css::uno::XComponentContext>& context, const css::uno::Reference<css::frame::XModel>& document,
               const css::uno::Reference<css::text::XTextRange>& at, const OdtParts& parts,
               const ::rtl::OUString& title);

} // namespace pt::extension
