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

} // namespace pt
