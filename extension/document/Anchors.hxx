#pragma once

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pt::extension {

/// The anchors of a Writer document's codings: bookmarks named after the coding they anchor
/// (core/Anchor), and where they are. Never cached: Writer's bookmark list is read each time, so that
/// editing, undo and redo never leave anything stale. Other bookmarks, and copies not named exactly after
/// a coding (a pasted passage), are passed over.
class Anchors {
public:
    explicit Anchors(const css::uno::Reference<css::frame::XModel>& document);

    /// Ids of the anchored codings in document order (Writer keeps bookmarks sorted by position). One
    /// call, whatever the number of codings.
    std::vector<std::string> inOrder() const;
    /// How many bookmarks the document has, anchors among them (one call, whatever the number).
    sal_Int32 bookmarkCount() const;
    /// Ids of the codings whose anchor is still there but collapsed, among bookmarks [first, last) of
    /// Writer's list: their whole passage was deleted. A slice at a time, for long documents.
    std::set<std::string> collapsed(sal_Int32 first, sal_Int32 last) const;
    /// The passage of every anchor that is not collapsed, by coding id. One pass: looking anchors up by
    /// name costs Writer a search each.
    std::map<std::string, std::string> texts() const;
    /// The anchors in the paragraph of a position, each with whether it is collapsed: what an edit there
    /// can have changed, found without visiting every anchor.
    std::map<std::string, bool> around(const css::uno::Reference<css::text::XTextRange>& position) const;
    /// Of the codings `candidates`, those whose passage contains the position (or overlaps the range), in
    /// document order.
    std::vector<std::string> covering(const std::set<std::string>& candidates,
                                      const css::uno::Reference<css::text::XTextRange>& position) const;

    /// Every anchor with its coding's id, in document order: one pass over Writer's bookmarks.
    std::vector<std::pair<std::string, css::uno::Reference<css::text::XTextContent>>> all() const;
    /// A coding's anchor, or null.
    css::uno::Reference<css::text::XTextContent> find(const std::string& codingId) const;
    css::uno::Reference<css::text::XTextRange> range(const std::string& codingId) const;
    /// The passage of a coding now, or nullopt for an orphan (no anchor, or a collapsed one).
    std::optional<std::string> text(const std::string& codingId) const;
    /// Anchors a coding to a range (which it then spans).
    css::uno::Reference<css::text::XTextContent> insert(const std::string& codingId,
                                                        const css::uno::Reference<css::text::XTextRange>& range) const;

private:
    css::uno::Reference<css::container::XNameAccess> byName() const;
    css::uno::Reference<css::container::XIndexAccess> byIndex() const;
    /// Calls `visit` with the coding id and anchor of each anchor among bookmarks [first, last).
    void forEach(sal_Int32 first, sal_Int32 last,
                 const std::function<void(std::string id, const css::uno::Reference<css::text::XTextContent>& anchor)>& visit) const;

    css::uno::Reference<css::frame::XModel> mxDocument;
};

} // namespace pt::extension
