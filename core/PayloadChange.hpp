#pragma once

#include <set>
#include <string>

namespace pt {

/// What one change of a document's payload touched, so that a view updates only that and a change
/// costs in proportion to itself, not to the document.
struct PayloadChange {
    /// The codebook or the settings changed, an undo replayed records, or the payload was read again:
    /// anything may differ.
    bool everything = true;
    /// Otherwise: the codings added, changed or removed.
    std::set<std::string> codings;

    static PayloadChange ofCodings(std::set<std::string> ids) { return {false, std::move(ids)}; }
    /// Adds a later change not yet shown: the two become one.
    void merge(const PayloadChange& later);
};

} // namespace pt
