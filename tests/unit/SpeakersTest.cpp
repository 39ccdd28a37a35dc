#include "core/DocumentSettings.hpp"
#include "core/Speakers.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace pt;

TEST(Speakers, RecognisesTheUsualLabels)
{
    const SpeakerRecognizer speakers;
    EXPECT_EQ(speakers.labelOf("Coach 3: We had no time."), "Coach 3");
    EXPECT_EQ(speakers.labelOf("Interviewer: So the work started"), "Interviewer");
    EXPECT_EQ(speakers.labelOf("  Åsa Lind: I'm only a relative"), "Åsa Lind");
    EXPECT_EQ(speakers.labelOf("Focus group participant 4: yes"), "Focus group participant 4");
    EXPECT_EQ(speakers.labelOf("[Interviewer] How was she involved?"), "Interviewer");
    EXPECT_EQ(speakers.labelOf("[Coach 3]"), "Coach 3");
}

TEST(Speakers, IgnoresSentencesThatMerelyContainAColon)
{
    const SpeakerRecognizer speakers;
    EXPECT_EQ(speakers.labelOf("She said to me after the second meeting: I'm only a relative"), std::nullopt);
    EXPECT_EQ(speakers.labelOf("We had two carers now. Note: it worked."), std::nullopt);
    EXPECT_EQ(speakers.labelOf("The time was 10:30 and then"), std::nullopt);
    EXPECT_EQ(speakers.labelOf(""), std::nullopt);
    EXPECT_EQ(speakers.labelOf(": no name"), std::nullopt);
}

TEST(Speakers, CustomPatternsAndTheirFaults)
{
    const SpeakerRecognizer timestamps({R"(^\[\d\d:\d\d:\d\d\] ([^:]+):)"});
    EXPECT_EQ(timestamps.labelOf("[00:12:03] Coach 3: yes"), "Coach 3");
    EXPECT_EQ(timestamps.labelOf("Coach 3: yes"), std::nullopt);
    try {
        SpeakerRecognizer bad({"no group", "(unclosed"});
        FAIL() << "no exception";
    } catch (const InvalidInput& error) {
        ASSERT_EQ(error.problems().size(), 2u);
        EXPECT_EQ(error.problems()[0].describe(), "speakerPatterns[0]: has no group ( ) for the speaker's name");
        EXPECT_EQ(error.problems()[1].where, "speakerPatterns[1]");
    }
}

TEST(Speakers, OnlyTheStartOfALongParagraphIsSearched)
{
    const SpeakerRecognizer speakers({R"(^(.*)END)"});
    EXPECT_EQ(speakers.labelOf(std::string(5000, 'x') + "END"), std::nullopt);
    EXPECT_EQ(speakers.labelOf("shortEND"), "short");
}

TEST(Speakers, TurnsRunFromOneLabelToTheNext)
{
    const std::u32string text = U"Interview 3, Umeå\nCoach 😀: We never had the time.\nIt was all forms.\n[Åsa] Ни минуты.\nCoach 😀: Yes.\n";
    const std::vector<SpeakerTurn> turns = speakerTurns(text, SpeakerRecognizer());
    ASSERT_EQ(turns.size(), 3u);
    const auto passage = [&](const SpeakerTurn& turn) { return text.substr(turn.span.begin, turn.span.end - turn.span.begin); };
    EXPECT_EQ(turns[0].speaker, "Coach 😀");
    EXPECT_EQ(passage(turns[0]), U"Coach 😀: We never had the time.\nIt was all forms.") << "the heading before belongs to no one";
    EXPECT_EQ(turns[1].speaker, "Åsa");
    EXPECT_EQ(passage(turns[1]), U"[Åsa] Ни минуты.");
    EXPECT_EQ(passage(turns[2]), U"Coach 😀: Yes.") << "the last line end is no part of the turn";
    EXPECT_TRUE(speakerTurns(U"No labels here.\nNone at all.", SpeakerRecognizer()).empty());
}

TEST(DocumentSettings, DefaultsAndRoundTrip)
{
    DocumentSettings settings;
    EXPECT_EQ(settings.speakerPatterns, SpeakerRecognizer::defaultPatterns());
    settings.speakerPatterns = {R"(^(\w+) says)"};
    const DocumentSettings back = parseSettingsJson(settingsToJson(settings).dump());
    EXPECT_EQ(back.speakerPatterns, settings.speakerPatterns);
}

TEST(DocumentSettings, FaultsAreNamed)
{
    try {
        parseSettingsJson(R"json({"speakerPatterns":["(ok)", 3, "bad"]})json");
        FAIL() << "no exception";
    } catch (const InvalidInput& error) {
        ASSERT_EQ(error.problems().size(), 2u) << error.what();
        EXPECT_EQ(error.problems()[0].describe(), "settings.speakerPatterns[1]: expected a string, found a number");
        EXPECT_EQ(error.problems()[1].describe(), "settings.speakerPatterns[2]: has no group ( ) for the speaker's name");
    }
}

TEST(Speakers, HostilePatternsFromADocumentNeitherHangNorOverflow)
{
    // Found by fuzzing: a repetition count that overflowed std::regex, and what else a tampered document
    // could carry: a pattern that backtracks exponentially, and a very long one.
    EXPECT_THROW(SpeakerRecognizer({"(a{2222222222222222222})"}), InvalidInput);
    EXPECT_THROW(SpeakerRecognizer({std::string(5000, 'a')}), InvalidInput);
    const SpeakerRecognizer backtracking({"^((a+)+)b"});
    EXPECT_EQ(backtracking.labelOf(std::string(100, 'a') + "c"), std::nullopt);
    EXPECT_EQ(backtracking.labelOf("aab"), std::optional<std::string>("aa"));
}
