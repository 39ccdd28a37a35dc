#include "core/KeyChord.hpp"
#include "core/Problem.hpp"

#include <gtest/gtest.h>

using pt::KeyChord;
using pt::parseKeyChord;

TEST(KeyChordTest, ReadsWhatUsersTypeAndSpellsItOneWay)
{
    const KeyChord chord = parseKeyChord(" shift + ctrl+alt + t ");
    EXPECT_EQ(chord.key, "T");
    EXPECT_TRUE(chord.ctrl);
    EXPECT_TRUE(chord.alt);
    EXPECT_TRUE(chord.shift);
    EXPECT_EQ(chord.text(), "Ctrl+Alt+Shift+T");
    EXPECT_EQ(parseKeyChord("Control+5").text(), "Ctrl+5");
    EXPECT_EQ(parseKeyChord("alt+f12").text(), "Alt+F12");
    EXPECT_EQ(parseKeyChord("F9").text(), "F9");
    EXPECT_EQ(parseKeyChord("Shift+F1").text(), "Shift+F1");
    EXPECT_EQ(parseKeyChord("Ctrl+Alt+Shift+T"), chord);
    EXPECT_FALSE(parseKeyChord("Ctrl+Alt+T") == chord);
}

TEST(KeyChordTest, RefusesChordsThatWouldTypeOrCannotBeUsed)
{
    for (const char* text : {"T", "Shift+T", "5", "", "Ctrl+", "Ctrl++", "+", "Ctrl+Alt", "Ctrl+Tab", "Ctrl+F13", "Ctrl+F0",
                             "Ctrl+T+Alt", "Ctrl+TT", "Ctrl+Ä"}) {
        EXPECT_THROW(parseKeyChord(text), pt::InvalidInput) << text;
    }
}

TEST(KeyChordTest, SaysWhatIsWrong)
{
    try {
        parseKeyChord("Shift+T");
        FAIL() << "accepted a chord that types a capital T";
    } catch (const pt::InvalidInput& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_NE(error.problems()[0].what.find("needs Ctrl or Alt"), std::string::npos) << error.problems()[0].what;
    }
}
