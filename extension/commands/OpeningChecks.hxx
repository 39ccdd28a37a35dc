#pragma once

#include "common/DeferredCall.hxx"
#include "document/DocumentStore.hxx"

#include "core/Problem.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// What Power Triangle found in a document just opened, and what it did about it.
struct OpeningFindings {
    Problems damage;            ///< parts of the payload that could not be read, left as they are in the file
    bool newerVersion = false;  ///< written by a newer release: read only
    std::size_t codingsRead = 0;
    std::size_t anchorsRepaired = 0;
};

/// The check of a document, pending or done (DocumentModel::attachment): another view of it is not checked
/// again.
struct CheckedOnOpening {
    std::unique_ptr<DeferredCall> call;
};

/// Reads the payload and, for a document imported from another format than OpenDocument, gives anchors the
/// import cut short their whole passage again (one undo step, leaving the document modified; see
/// core/AnchorRepair).
OpeningFindings checkOpenedDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    DocumentStore& store);

/// Tells the user in the document's window (infobars): damage, read-only, repairs. Nothing when all is well
/// or the document has no window.
void showOpeningFindings(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XModel>& document, const OpeningFindings& findings);

/// Tells the user in the document's window that its codings could not be checked, and why.
void showOpeningCheckFailed(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::frame::XModel>& document, const ::rtl::OUString& why);

} // namespace pt::extension
