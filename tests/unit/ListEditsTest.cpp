#include "core/ListEdits.hpp"
#include "core/PayloadChange.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace pt;

namespace {

using Kind = ListEdit::Kind;

/// Ranks by a fixed order of ids (the document order of their passages).
std::function<std::size_t(const std::string&)> rankIn(const std::map<std::string, std::size_t>& order)
{
    return [order](const std::string& id) { return order.at(id); };
}

/// Applies the edits to `list`, as the panel applies them to its list box.
std::vector<std::string> applied(std::vector<std::string> list, const std::vector<ListEdit>& edits)
{
    for (const ListEdit& edit : edits)
        if (edit.kind == Kind::Remove)
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(edit.position));
        else
            list.insert(list.begin() + static_cast<std::ptrdiff_t>(edit.position), edit.id);
    return list;
}

} // namespace

TEST(ListEdits, InsertsANewLineAtItsPlaceAndNothingElse)
{
    std::vector<std::string> shown{"a", "c", "e"};
    const std::vector<std::string> before = shown;
    const auto edits = planListEdits(shown, {"d"}, [](const std::string&) { return true; },
                                     rankIn({{"a", 0}, {"c", 2}, {"d", 3}, {"e", 4}}));
    EXPECT_EQ(edits, (std::vector<ListEdit>{{Kind::Insert, 2, "d"}}));
    EXPECT_EQ(shown, (std::vector<std::string>{"a", "c", "d", "e"}));
    EXPECT_EQ(applied(before, edits), shown);
}

TEST(ListEdits, RemovesLinesThatAreNoLongerWanted)
{
    std::vector<std::string> shown{"a", "b", "c", "d"};
    const std::vector<std::string> before = shown;
    const auto edits = planListEdits(shown, {"b", "d"}, [](const std::string&) { return false; },
                                     rankIn({{"a", 0}, {"b", 1}, {"c", 2}, {"d", 3}}));
    EXPECT_EQ(edits, (std::vector<ListEdit>{{Kind::Remove, 3, "d"}, {Kind::Remove, 1, "b"}}));
    EXPECT_EQ(shown, (std::vector<std::string>{"a", "c"}));
    EXPECT_EQ(applied(before, edits), shown);
}

TEST(ListEdits, AChangedLineIsReplacedWhereItBelongsNow)
{
    // "a" moved after "c" (re-anchored further on); "b" changed in place (a new memo).
    std::vector<std::string> shown{"a", "b", "c"};
    const std::vector<std::string> before = shown;
    const auto edits = planListEdits(shown, {"a", "b"}, [](const std::string&) { return true; },
                                     rankIn({{"b", 1}, {"c", 2}, {"a", 5}}));
    EXPECT_EQ(shown, (std::vector<std::string>{"b", "c", "a"}));
    EXPECT_EQ(applied(before, edits), shown);
    EXPECT_EQ(edits.size(), 4u) << "two removals, two insertions";
}

TEST(ListEdits, SeveralNewLinesWithEqualRanksKeepTheirOrder)
{
    std::vector<std::string> shown{"x"};
    const std::vector<std::string> before = shown;
    const auto edits = planListEdits(shown, {"p", "q", "r"}, [](const std::string& id) { return id != "q"; },
                                     rankIn({{"x", 1}, {"p", 0}, {"q", 0}, {"r", 1}}));
    EXPECT_EQ(shown, (std::vector<std::string>{"p", "x", "r"}));
    EXPECT_EQ(applied(before, edits), shown);
}

TEST(ListEdits, APageFollowsTheLinesThatShiftIntoAndOutOfIt)
{
    // A page of three: "b" was removed before it, so "d" moved in at the end; "c" changed its text.
    const std::vector<std::string> shown{"a", "b", "c"};
    const std::vector<std::string> target{"a", "c", "d"};
    const auto edits = planPageEdits(shown, target, {"b", "c"});
    EXPECT_EQ(applied(shown, edits), target);
    EXPECT_EQ(edits, (std::vector<ListEdit>{{Kind::Remove, 2, "c"}, {Kind::Remove, 1, "b"}, {Kind::Insert, 1, "c"},
                                             {Kind::Insert, 2, "d"}}));
    // Nothing touched and nothing moved: nothing to do.
    EXPECT_TRUE(planPageEdits(target, target, {"z"}).empty());
    // A new line at the top pushes the last one out.
    EXPECT_EQ(applied(target, planPageEdits(target, {"n", "a", "c"}, {"n"})), (std::vector<std::string>{"n", "a", "c"}));
}

TEST(ListEdits, PagesOfALongList)
{
    const ListPage first = listPage(5003, 0, 500);
    EXPECT_EQ(first.pages, 11u);
    EXPECT_EQ(first.first, 0u);
    EXPECT_EQ(first.end, 500u);
    const ListPage last = listPage(5003, 10, 500);
    EXPECT_EQ(last.first, 5000u);
    EXPECT_EQ(last.end, 5003u);
    // The list got shorter than the page asked for: its last page.
    const ListPage shrunk = listPage(900, 7, 500);
    EXPECT_EQ(shrunk.page, 1u);
    EXPECT_EQ(shrunk.first, 500u);
    EXPECT_EQ(shrunk.end, 900u);
    const ListPage empty = listPage(0, 3, 500);
    EXPECT_EQ(empty.pages, 1u);
    EXPECT_EQ(empty.first, empty.end);
}

TEST(PayloadChange, CodingChangesAddUpUntilAnythingMayHaveChanged)
{
    PayloadChange change = PayloadChange::ofCodings({"a"});
    change.merge(PayloadChange::ofCodings({"b"}));
    EXPECT_FALSE(change.everything);
    EXPECT_EQ(change.codings, (std::set<std::string>{"a", "b"}));
    change.merge(PayloadChange{});
    EXPECT_TRUE(change.everything);
    EXPECT_TRUE(change.codings.empty());
    change.merge(PayloadChange::ofCodings({"c"}));
    EXPECT_TRUE(change.everything) << "a later small change does not make a full one small";
}
