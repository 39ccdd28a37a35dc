#include "core/Codebook.hpp"
#include "core/Colour.hpp"

#include <gtest/gtest.h>

using namespace pt;

TEST(Colour, ParsesAndFormats)
{
    const auto colour = parseColour("#0067A5");
    ASSERT_TRUE(colour);
    EXPECT_EQ(colour->red, 0x00);
    EXPECT_EQ(colour->green, 0x67);
    EXPECT_EQ(colour->blue, 0xa5);
    EXPECT_EQ(formatColour(*colour), "#0067a5");
    EXPECT_FALSE(parseColour("0067a5"));
    EXPECT_FALSE(parseColour("#0067a"));
    EXPECT_FALSE(parseColour("#0067ag"));
    EXPECT_FALSE(parseColour("red"));
}

TEST(Colour, DistanceFollowsPerception)
{
    EXPECT_DOUBLE_EQ(perceptualDistance({10, 20, 30}, {10, 20, 30}), 0.0);
    EXPECT_NEAR(perceptualDistance({0, 0, 0}, {255, 255, 255}), 100.0, 0.5);
    // Two greens a designer would call the same are much closer than green and red.
    EXPECT_LT(perceptualDistance({0, 136, 86}, {0, 140, 90}), 3.0);
    EXPECT_GT(perceptualDistance({0, 136, 86}, {190, 0, 50}), 50.0);
}

TEST(Colour, DefaultCodebookColoursStayDistinguishable)
{
    const auto& codes = defaultCodebook().codes();
    double closest = 1e9;
    std::string pair;
    for (std::size_t i = 0; i < codes.size(); ++i)
        for (std::size_t j = i + 1; j < codes.size(); ++j) {
            const double distance = perceptualDistance(*parseColour(codes[i].color), *parseColour(codes[j].color));
            if (distance < closest) {
                closest = distance;
                pair = codes[i].name + " / " + codes[j].name;
            }
        }
    EXPECT_GE(closest, 15.0) << pair; // Kelly's palette keeps every pair at least this far apart
}

TEST(Colour, PicksTheColourFarthestFromThoseInUse)
{
    std::vector<Rgb> inUse(distinctColours().begin(), distinctColours().end() - 1);
    const Rgb last = distinctColours().back();
    const Rgb picked = pickDistinctColour(inUse);
    EXPECT_EQ(formatColour(picked), formatColour(last));
    EXPECT_EQ(formatColour(pickDistinctColour({})), formatColour(distinctColours().front()));
}

TEST(Colour, KeepsFindingNewColoursOnceKellysAreAllTaken)
{
    std::vector<Rgb> inUse(distinctColours().begin(), distinctColours().end());
    for (int i = 0; i < 10; ++i) {
        const Rgb picked = pickDistinctColour(inUse);
        for (const Rgb& used : inUse)
            EXPECT_GT(perceptualDistance(picked, used), 5.0) << formatColour(picked) << " after " << i;
        inUse.push_back(picked);
    }
}

TEST(Colour, TintsAreLightAndStillApart)
{
    EXPECT_EQ(formatColour(highlightTint({0, 0, 0})), "#8c8c8c");
    EXPECT_EQ(formatColour(highlightTint({255, 255, 255})), "#ffffff");
    const auto& codes = defaultCodebook().codes();
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const Rgb tint = highlightTint(*parseColour(codes[i].color));
        EXPECT_GT(tint.red + tint.green + tint.blue, 3 * 140) << codes[i].name << ": black text must stay readable";
        for (std::size_t j = i + 1; j < codes.size(); ++j)
            EXPECT_GT(perceptualDistance(tint, highlightTint(*parseColour(codes[j].color))), 5.0)
                << codes[i].name << " / " << codes[j].name;
    }
}
