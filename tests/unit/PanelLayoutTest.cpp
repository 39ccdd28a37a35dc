#include "core/PanelLayout.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace pt;

namespace {

PanelItem item(std::string name, int width, int height, bool stretches = true)
{
    PanelItem made;
    made.name = std::move(name);
    made.width = width;
    made.height = height;
    made.stretches = stretches;
    return made;
}

std::map<std::string, PlacedItem> byName(const PanelPlacement& placement)
{
    std::map<std::string, PlacedItem> found;
    for (const PlacedItem& placed : placement.items)
        found.emplace(placed.name, placed);
    return found;
}

/// What the test of the deck checks in LibreOffice: every control inside the panel, none overlapping.
void expectInsideAndApart(const PanelPlacement& placement, int width)
{
    for (const PlacedItem& a : placement.items) {
        EXPECT_GE(a.x, 0) << a.name;
        EXPECT_LE(a.x + a.width, width) << a.name << " at width " << width;
        EXPECT_LE(a.y + a.height, placement.height) << a.name;
        for (const PlacedItem& b : placement.items) {
            if (&a == &b || a.height == 0 || b.height == 0)
                continue;
            EXPECT_FALSE(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
                << a.name << " overlaps " << b.name;
        }
    }
}

PanelLayout codebookLike()
{
    return PanelLayout({
        PanelRow::labelled(item("FilterLabel", 40, 18), item("FilterField", 60, 24)),
        PanelRow::line({item("Tree", 180, 200)}),
        PanelRow::labelled(item("CoderLabel", 52, 18), item("CoderField", 60, 24)),
        PanelRow::line({item("CodeButton", 110, 28)}),
        PanelRow::line({item("EditButton", 100, 28), item("ColoursCheck", 120, 22)}),
    });
}

} // namespace

TEST(PanelLayout, TheMinimalWidthShowsTheWidestControlWhole)
{
    EXPECT_EQ(codebookLike().minimalWidth(), 180 + 2 * 6);
}

TEST(PanelLayout, FieldsFillTheWidthBesideALabelColumn)
{
    const auto placed = byName(codebookLike().place(300));
    // Labels share the column of the widest label; fields end at the right margin.
    EXPECT_EQ(placed.at("FilterLabel").width, 52);
    EXPECT_EQ(placed.at("FilterField").x, 6 + 52 + 6);
    EXPECT_EQ(placed.at("FilterField").x + placed.at("FilterField").width, 300 - 6);
    EXPECT_EQ(placed.at("CoderField").x, placed.at("FilterField").x);
    EXPECT_EQ(placed.at("Tree").width, 300 - 12);
    // A label is centred on its field's height.
    EXPECT_EQ(placed.at("FilterLabel").y, placed.at("FilterField").y + 3);
}

TEST(PanelLayout, ALineSharesWhatIsLeftAndEndsAtTheMargin)
{
    const auto placed = byName(codebookLike().place(300));
    const PlacedItem& edit = placed.at("EditButton");
    const PlacedItem& colours = placed.at("ColoursCheck");
    EXPECT_EQ(colours.y, edit.y + 3); // the lower check box centred on the button's line
    EXPECT_EQ(colours.x, edit.x + edit.width + 6);
    EXPECT_EQ(colours.x + colours.width, 300 - 6);
    EXPECT_EQ(edit.width - 100, colours.width - 120); // the same share each
}

TEST(PanelLayout, WhatDoesNotFitSideBySideGoesOneUnderTheOther)
{
    const PanelLayout layout = codebookLike();
    const auto narrow = byName(layout.place(layout.minimalWidth()));
    // 100 + 6 + 120 > 180: the check box goes under the button, both as wide as the panel.
    EXPECT_GT(narrow.at("ColoursCheck").y, narrow.at("EditButton").y);
    EXPECT_EQ(narrow.at("ColoursCheck").width, 180);
    // 52 + 6 + 60 fits in 180: the fields stay beside their labels.
    EXPECT_EQ(narrow.at("CoderField").y + 3, narrow.at("CoderLabel").y);

    const PanelLayout tight({PanelRow::labelled(item("Label", 120, 18), item("Field", 100, 24))});
    const auto stacked = byName(tight.place(tight.minimalWidth()));
    EXPECT_EQ(stacked.at("Label").x, stacked.at("Field").x);
    EXPECT_EQ(stacked.at("Field").y, stacked.at("Label").y + 18 + 4);
}

TEST(PanelLayout, NothingIsCutOffOrOverlapsAtAnyWidth)
{
    const PanelLayout layout = codebookLike();
    for (int width = layout.minimalWidth(); width <= 600; width += 7)
        expectInsideAndApart(layout.place(width), width);
    // Asked for less than the minimal width, it lays out at the minimal width (the sidebar scrolls).
    expectInsideAndApart(layout.place(50), layout.minimalWidth());
}

TEST(PanelLayout, WrappingTextTakesTheHeightItsWidthNeeds)
{
    PanelItem status = item("Status", 40, 0);
    status.heightForWidth = [](int width) { return 18 * ((600 + width - 1) / width); }; // 600 px of text
    const PanelLayout layout({PanelRow::line({item("Button", 100, 28)}), PanelRow::line({status})});
    const auto wide = layout.place(612);
    const auto narrow = layout.place(212);
    EXPECT_EQ(byName(wide).at("Status").height, 18);
    EXPECT_EQ(byName(narrow).at("Status").height, 18 * 3);
    EXPECT_EQ(narrow.height - wide.height, 36);
}

TEST(PanelLayout, FixedItemsKeepTheirWidth)
{
    const PanelLayout layout({PanelRow::line({item("Field", 80, 24), item("Find", 50, 24, false)})});
    const auto placed = byName(layout.place(300));
    EXPECT_EQ(placed.at("Find").width, 50);
    EXPECT_EQ(placed.at("Find").x + 50, 300 - 6);
    EXPECT_EQ(placed.at("Field").width, 300 - 12 - 6 - 50);
}
