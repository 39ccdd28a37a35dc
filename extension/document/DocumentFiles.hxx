#pragma once

#include "core/Problem.hpp"

#include "document/DocumentStore.hxx"
#include "document/DocumentText.hxx"

#include "core/CodingMerge.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace pt::extension {

/// A document opened hidden, read-only for reading (another coder's copy) unless `forWriting`, closed again
/// when this goes out of scope, unless it was one the user had open already. To change a document the user
/// may have open, look for it first (openDocumentAt): opened again, it would be a second copy. Throws
/// pt::Refusal ("file") when the file cannot be opened as a Writer document.
class HiddenDocument {
public:
    HiddenDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& url,
                   bool forWriting = false);
    ~HiddenDocument();
    HiddenDocument(const HiddenDocument&) = delete;
    HiddenDocument& operator=(const HiddenDocument&) = delete;

    const css::uno::Reference<css::lang::XComponent>& document() const { return mxDocument; }

private:
    css::uno::Reference<css::lang::XComponent> mxDocument;
    bool mbOwned = true;
};

/// Every coding of a document with its span in `text` (none for an orphan), in no particular order.
std::vector<ForeignCoding> codingsWithSpans(const DocumentStore& store, const DocumentText& text);

/// The document at `url` that is open in this office, or null.
css::uno::Reference<css::frame::XModel> openDocumentAt(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                       const ::rtl::OUString& url);

/// The file's name from a URL, for messages ("bo.odt").
std::string fileNameOf(const ::rtl::OUString& url);
/// The refusal for a file that could not be written at `url`, naming it and what went wrong.
pt::Refusal notWritten(const ::rtl::OUString& url, const css::uno::Exception& error);
/// How a reader knows a document: its file's name, or the title of a document never saved.
std::string documentName(const css::uno::Reference<css::frame::XModel>& document);

} // namespace pt::extension
