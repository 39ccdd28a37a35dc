#include "core/TextPlacement.hpp"

#include <gtest/gtest.h>

using namespace pt;

namespace {

const std::u32string kTranscript =
    U"Anna: We never had the time to meet before the ward round.\n"
    U"Coach: And the time you did have?\n"
    U"Anna: The time we had went to the forms. Nobody asked the patients.\n";

TextSpan spanOf(std::u32string_view text, std::u32string_view passage, std::size_t after = 0)
{
    const std::size_t at = text.find(passage, after);
    EXPECT_NE(at, std::u32string_view::npos);
    return {at, at + passage.size()};
}

} // namespace

TEST(TextPlacement, SameTextSamePlace)
{
    const TextSpan from = spanOf(kTranscript, U"went to the forms");
    const Placement placed = placePassage(kTranscript, from, kTranscript);
    ASSERT_TRUE(placed.span);
    EXPECT_EQ(*placed.span, from);
    EXPECT_TRUE(placed.exact);
}

TEST(TextPlacement, FollowsTextInsertedBeforeIt)
{
    const std::u32string edited = U"Interview 3, 12 May.\n" + kTranscript;
    const TextSpan from = spanOf(kTranscript, U"Nobody asked the patients.");
    const Placement placed = placePassage(kTranscript, from, edited);
    ASSERT_TRUE(placed.span);
    EXPECT_EQ(*placed.span, spanOf(edited, U"Nobody asked the patients."));
}

TEST(TextPlacement, ARepeatedPassageGoesWhereItsSurroundingsMatch)
{
    // "the time" occurs three times; the second one (Coach's) was coded.
    const TextSpan from = spanOf(kTranscript, U"the time", spanOf(kTranscript, U"Coach").begin);
    // The copy lost the first line, so the old offset now points near Anna's second turn.
    const std::u32string edited = kTranscript.substr(kTranscript.find(U"Coach"));
    const Placement placed = placePassage(kTranscript, from, edited);
    ASSERT_TRUE(placed.span);
    EXPECT_EQ(*placed.span, spanOf(edited, U"the time"));
}

TEST(TextPlacement, APassageEditedInsideIsPlacedByItsEnds)
{
    const TextSpan from = spanOf(kTranscript, U"The time we had went to the forms.");
    std::u32string edited = kTranscript;
    edited.replace(edited.find(U"went to"), 7, U"was spent on");
    const Placement placed = placePassage(kTranscript, from, edited);
    ASSERT_TRUE(placed.span);
    EXPECT_FALSE(placed.exact);
    EXPECT_EQ(*placed.span, spanOf(edited, U"The time we had was spent on the forms."));
}

TEST(TextPlacement, APassageThatIsGoneIsNotPlacedAndSaysWhy)
{
    const TextSpan from = spanOf(kTranscript, U"Nobody asked the patients.");
    std::u32string edited = kTranscript.substr(0, kTranscript.find(U"Nobody"));
    const Placement placed = placePassage(kTranscript, from, edited);
    EXPECT_FALSE(placed.span);
    EXPECT_NE(placed.reason.find("no longer"), std::string::npos);
}

TEST(TextPlacement, AShortPassageMustMatchWordForWord)
{
    const TextSpan from = spanOf(kTranscript, U"forms");
    std::u32string edited = kTranscript;
    edited.replace(edited.find(U"forms"), 5, U"farms");
    EXPECT_FALSE(placePassage(kTranscript, from, edited).span);
}

TEST(TextPlacement, CountsCodePointsNotBytesOrUtf16Units)
{
    const std::u32string source = toCodePoints("Å😀 ok, then 👩‍👧 said no");
    EXPECT_EQ(source.size(), 23u);
    const TextSpan from = spanOf(source, U"said no");
    const std::u32string edited = toCodePoints("Ä😀😀 ok, then 👩‍👧 said no");
    const Placement placed = placePassage(source, from, edited);
    ASSERT_TRUE(placed.span);
    EXPECT_EQ(placed.span->begin, from.begin + 1);
    EXPECT_EQ(toUtf8(edited.substr(placed.span->begin, 7)), "said no");
}

TEST(TextPlacement, InvalidUtf8BecomesReplacementCharacters)
{
    EXPECT_EQ(toCodePoints("a\xff" "b"), U"a\uFFFDb");
    EXPECT_EQ(toUtf8(U"a\xD800" U"b"), "a\xEF\xBF\xBD" "b");
}
