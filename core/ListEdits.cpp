#include "core/ListEdits.hpp"

#include <algorithm>

namespace pt {

std::vector<ListEdit> planListEdits(std::vector<std::string>& shown, const std::set<std::string>& touched,
                                    const std::function<bool(const std::string&)>& wanted,
                                    const std::function<std::size_t(const std::string&)>& rank)
{
    std::vector<ListEdit> edits;
    // From the end, so that each position is still right when its edit is applied.
    for (std::size_t i = shown.size(); i-- > 0;)
        if (touched.count(shown[i])) {
            edits.push_back({ListEdit::Kind::Remove, i, shown[i]});
            shown.erase(shown.begin() + static_cast<std::ptrdiff_t>(i));
        }
    std::vector<std::pair<std::size_t, std::string>> coming;
    for (const std::string& id : touched)
        if (wanted(id))
            coming.emplace_back(rank(id), id);
    std::sort(coming.begin(), coming.end());
    for (const auto& [place, id] : coming) {
        // After every line ranked before it or level with it: equal ranks keep the order they came in.
        const auto at = std::upper_bound(shown.begin(), shown.end(), place,
                                         [&](std::size_t value, const std::string& line) { return value < rank(line); });
        const auto position = static_cast<std::size_t>(at - shown.begin());
        shown.insert(at, id);
        edits.push_back({ListEdit::Kind::Insert, position, id});
    }
    return edits;
}

} // namespace pt
