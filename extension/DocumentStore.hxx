#pragma once

#include "UserDefinedProperties.hxx"

#include "core/CodingList.hpp"
#include "core/Payload.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <string>
#include <vector>

namespace pt::extension {

/// The codings of one Writer document: payload records in its properties, anchors (bookmarks) in its text.
///
/// Nothing is cached: every call reconciles records and anchors as they are now, so undo, redo, editing and
/// reloading never leave it stale. A coding whose anchor is gone is orphaned, never dropped; an anchor that
/// is not named exactly after a coding (a pasted copy) is ignored.
///
/// Errors about arguments are css::lang::IllegalArgumentException, positioned as in XCodingService.
class DocumentStore {
public:
    /// Throws IllegalArgumentException (position 0) unless `document` is a Writer document.
    explicit DocumentStore(const css::uno::Reference<css::lang::XComponent>& document);

    /// True for documents a DocumentStore can work on (Writer's text documents).
    static bool canStore(const css::uno::Reference<css::uno::XInterface>& document);

    /// The codebook, from the header and codebook records only.
    Codebook codebook() const;
    /// Everything, with every problem found on the way.
    PayloadReadResult readPayload() const;
    /// Codings in document order, orphaned ones last.
    CodingListing listCodings() const;

    /// Codes each range (a multiple selection) with one code, all in one undo step; returns the coding ids.
    std::vector<std::string> addCodings(const std::vector<css::uno::Reference<css::text::XTextRange>>& ranges,
                                        const std::string& codeId, const std::string& memo, const std::string& coder);
    void removeCoding(const std::string& codingId);
    /// Throws IllegalArgumentException (position 1) when a code in use is missing from `codebook`.
    void replaceCodebook(const Codebook& codebook);

private:
    /// Header and codebook only: what a change needs to know. Refuses a payload of a newer release.
    PayloadReadResult readFrameForChange() const;
    css::uno::Reference<css::text::XTextContent> findAnchor(const std::string& codingId) const;

    css::uno::Reference<css::frame::XModel> mxDocument;
    css::uno::Reference<css::text::XTextDocument> mxTextDocument;
    UserDefinedProperties maProperties;
};

} // namespace pt::extension
