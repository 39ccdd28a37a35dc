#include "core/AnchorRepair.hpp"

#include <gtest/gtest.h>

using namespace pt;

namespace {

const std::u32string kTranscript = U"Coach 2: Who decides about the staff?\n"
                                   U"Coach 3: In a way the ward does. In a way nobody does.\n";

TextSpan spanOf(std::u32string_view passage, std::size_t after = 0)
{
    const std::size_t at = kTranscript.find(passage, after);
    EXPECT_NE(at, std::u32string::npos);
    return {at, at + passage.size()};
}

} // namespace

TEST(AnchorRepair, AnAnchorThatLostItsStartGetsItsWholePassageBack)
{
    const std::u32string coded = U"staff?\nCoach 3: In a ";
    const TextSpan whole = spanOf(coded);
    const TextSpan left{whole.end - 6, whole.end}; // " In a " is all the DOCX import kept
    EXPECT_EQ(repairedAnchor(kTranscript, left, coded), whole);
}

TEST(AnchorRepair, AnAnchorThatLostItsEndGetsItsWholePassageBack)
{
    const std::u32string coded = U"the staff?\nCoach 3";
    const TextSpan whole = spanOf(coded);
    EXPECT_EQ(repairedAnchor(kTranscript, {whole.begin, whole.begin + 4}, coded), whole);
}

TEST(AnchorRepair, TheOccurrenceSharingAnEdgeWinsOverAnotherHoldingTheAnchor)
{
    // Both "aaa" at 0 and at 1 hold what is left, the "a" at 1; only the second shares an edge with it.
    EXPECT_EQ(repairedAnchor(U"aaaa", {1, 2}, U"aaa"), (TextSpan{1, 4}));
    // Neither shares one: only a single occurrence holding it is taken.
    EXPECT_EQ(repairedAnchor(U"xabcx", {2, 3}, U"abc"), (TextSpan{1, 4}));
    EXPECT_FALSE(repairedAnchor(U"aaaaa", {2, 3}, U"aaa")); // 0..3 shares its end, 2..5 its start
}

TEST(AnchorRepair, WhatEditingDoesIsLeftAlone)
{
    const std::u32string coded = U"Who decides about the staff?";
    const TextSpan whole = spanOf(coded);
    // Unchanged.
    EXPECT_FALSE(repairedAnchor(kTranscript, whole, coded));
    // Collapsed: the passage was deleted.
    EXPECT_FALSE(repairedAnchor(kTranscript, {whole.begin, whole.begin}, coded));
    // Grown: text typed inside it.
    const std::u32string typedIn = U"Coach 2: Who really decides about the staff?\n";
    EXPECT_FALSE(repairedAnchor(typedIn, {9, 44}, coded));
    // Shortened by deleting its first word: the coded text is not all there any more.
    const std::u32string deleted = U"Coach 2: decides about the staff?\n";
    EXPECT_FALSE(repairedAnchor(deleted, {9, 33}, coded));
    // Outside the text.
    EXPECT_FALSE(repairedAnchor(kTranscript, {whole.begin, kTranscript.size() + 1}, coded));
    EXPECT_FALSE(repairedAnchor(kTranscript, {1, 2}, U""));
}

TEST(AnchorRepair, AnAmbiguousCaseIsLeftAlone)
{
    // "ha ha ha": what is left, "ha", sits inside two occurrences of "ha ha" and shares an edge with both.
    EXPECT_FALSE(repairedAnchor(U"x ha ha ha x", {5, 7}, U"ha ha"));
}

TEST(AnchorRepair, ALongPassageIsRepairedWithoutComparingItAtEveryPlace)
{
    std::u32string text(200000, U'a');
    text += U"b";
    const std::u32string coded = text.substr(1);
    EXPECT_EQ(repairedAnchor(text, {text.size() - 10, text.size()}, coded), (TextSpan{1, text.size()}));
}
