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

std::vector<ListEdit> planPageEdits(const std::vector<std::string>& shown, const std::vector<std::string>& target,
                                    const std::set<std::string>& touched)
{
    std::vector<ListEdit> edits;
    const std::set<std::string> wanted(target.begin(), target.end());
    std::vector<std::string> kept = shown;
    // From the end, so that each position is still right when its edit is applied; what stays keeps its order.
    for (std::size_t i = kept.size(); i-- > 0;)
        if (!wanted.count(kept[i]) || touched.count(kept[i])) {
            edits.push_back({ListEdit::Kind::Remove, i, kept[i]});
            kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
        }
    for (std::size_t i = 0; i < target.size(); ++i)
        if (i >= kept.size() || kept[i] != target[i]) {
            kept.insert(kept.begin() + static_cast<std::ptrdiff_t>(i), target[i]);
            edits.push_back({ListEdit::Kind::Insert, i, target[i]});
        }
    return edits;
}

ListPage listPage(std::size_t total, std::size_t wanted, std::size_t size)
{
    ListPage page;
    size = std::max<std::size_t>(size, 1);
    page.pages = std::max<std::size_t>((total + size - 1) / size, 1);
    page.page = std::min(wanted, page.pages - 1);
    page.first = page.page * size;
    page.end = std::min(total, page.first + size);
    return page;
}

} // namespace pt
