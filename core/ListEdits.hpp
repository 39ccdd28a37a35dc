#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace pt {

/// One step that brings a shown list up to date: remove the line at `position`, or insert `id` there.
struct ListEdit {
    enum class Kind { Remove, Insert };
    Kind kind;
    std::size_t position;
    std::string id;

    bool operator==(const ListEdit& other) const
    {
        return kind == other.kind && position == other.position && id == other.id;
    }
};

/// The edits that update `shown` (ids in the list's order) after the items `touched` changed: each touched
/// id leaves the list, and those `wanted` now come back at their place by `rank` (the list is sorted by
/// it). Applied in order, the edits turn `shown` into the updated list, which is also returned through
/// `shown`. Untouched lines stay: a list of thousands is updated by a few edits.
std::vector<ListEdit> planListEdits(std::vector<std::string>& shown, const std::set<std::string>& touched,
                                    const std::function<bool(const std::string&)>& wanted,
                                    const std::function<std::size_t(const std::string&)>& rank);

/// The edits that turn `shown` into `target` (both in the same order, each id once), replacing the lines of
/// the ids in `touched` (their text changed) where they stay: for a page of a longer list, whose lines shift
/// in and out when lines before them come and go.
std::vector<ListEdit> planPageEdits(const std::vector<std::string>& shown, const std::vector<std::string>& target,
                                    const std::set<std::string>& touched);

/// Which lines of a long list a page shows: a list of thousands is shown a page at a time, since a list box
/// keeps the laid-out text of every line it holds (about 3 KB a line).
struct ListPage {
    std::size_t page = 0;  ///< from 0, within range
    std::size_t pages = 1; ///< at least one, for an empty list
    std::size_t first = 0; ///< the first line shown
    std::size_t end = 0;   ///< after the last line shown
};

/// The page `wanted` (or the last one, when the list got shorter) of a list of `total` lines in pages of `size`.
ListPage listPage(std::size_t total, std::size_t wanted, std::size_t size);

} // namespace pt
