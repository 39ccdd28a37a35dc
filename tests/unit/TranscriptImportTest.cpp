#include "core/Speakers.hpp"
#include "core/TranscriptCues.hpp"
#include "core/TranscriptFile.hpp"
#include "core/TranscriptOdt.hpp"
#include "core/TranscriptTurns.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace pt;

namespace {

std::string fixture(const std::string& name)
{
    std::ifstream in(std::string(PT_TEST_DATA) + "/transcripts/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    EXPECT_FALSE(bytes.str().empty()) << name;
    return bytes.str();
}

std::vector<TranscriptTurn> turnsOfFixture(const std::string& name)
{
    const std::string content = fixture(name);
    const auto format = transcriptFormatOf(name, content);
    EXPECT_TRUE(format.has_value()) << name;
    return turnsOf(readCues(*format, content));
}

std::string messageOf(const std::string& name)
{
    const std::string content = fixture(name);
    try {
        readCues(*transcriptFormatOf(name, content), content);
    } catch (const InvalidInput& error) {
        return describe(error.problems());
    }
    return "(read without complaint)";
}

MediaTime at(int hours, int minutes, int seconds, int milliseconds = 0)
{
    return ((static_cast<MediaTime>(hours) * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;
}

} // namespace

TEST(TranscriptImport, ReadsAndWritesTheTimesToolsWrite)
{
    EXPECT_EQ(parseMediaTime("00:00:01,000"), at(0, 0, 1));
    EXPECT_EQ(parseMediaTime("01:02:03.456"), at(1, 2, 3, 456));
    EXPECT_EQ(parseMediaTime("02:03.4"), at(0, 2, 3, 400));
    EXPECT_EQ(parseMediaTime("1:02:03"), at(1, 2, 3));
    EXPECT_EQ(parseMediaTime("100:00:01,000"), at(100, 0, 1));
    EXPECT_EQ(parseMediaTime("12:60"), std::nullopt);
    EXPECT_EQ(parseMediaTime("1:2:3"), std::nullopt);
    EXPECT_EQ(parseMediaTime("12"), std::nullopt);
    EXPECT_EQ(parseMediaTime("a:bc"), std::nullopt);
    EXPECT_EQ(parseMediaTime("00:01.1234"), std::nullopt);
    EXPECT_EQ(mediaTimeText(at(0, 12, 31, 999)), "00:12:31");
    EXPECT_EQ(mediaTimeText(at(123, 4, 5)), "123:04:05");
}

TEST(TranscriptImport, KnowsTheFormatsByTheirNames)
{
    EXPECT_EQ(transcriptFormatOf("a.SRT", ""), TranscriptFormat::SubRip);
    EXPECT_EQ(transcriptFormatOf("a.vtt", ""), TranscriptFormat::WebVtt);
    EXPECT_EQ(transcriptFormatOf("a.json", "{\"segments\": []}"), TranscriptFormat::WhisperJson);
    EXPECT_EQ(transcriptFormatOf("a.json", "{\"text\": \"<p>\", \"media\": \"a.mp3\"}"), TranscriptFormat::OTranscribe);
    EXPECT_EQ(transcriptFormatOf("a.otr", ""), TranscriptFormat::OTranscribe);
    EXPECT_EQ(transcriptFormatOf("a.html", ""), TranscriptFormat::NoScribeHtml);
    EXPECT_EQ(transcriptFormatOf("a.txt", ""), TranscriptFormat::PlainText);
    EXPECT_EQ(transcriptFormatOf("a.mp3", "ID3"), std::nullopt);
}

TEST(TranscriptImport, SubRipFromWhisperXBecomesTurns)
{
    // A byte order mark, CRLF, wrapped lines, overlapping cues, a cue without a label, hours past 99.
    const auto turns = turnsOfFixture("whisperx.srt");
    ASSERT_EQ(turns.size(), 5u);
    EXPECT_EQ(turns[0].speaker, "SPEAKER_00");
    EXPECT_EQ(turns[0].start, at(0, 0, 1));
    EXPECT_EQ(turns[0].text, "Välkommen. Could you tell me about the improvement work?");
    EXPECT_EQ(turns[1].speaker, "SPEAKER_01");
    EXPECT_EQ(turns[1].text, "Of course. Åsa, a relative, started it with the home care team.");
    EXPECT_EQ(turns[2].text, "Mm.");
    EXPECT_EQ(turns[2].start, at(0, 0, 8, 800));
    EXPECT_EQ(turns[3].speaker, "SPEAKER_01");
    EXPECT_EQ(turns[3].text, "She kept a notebook of every visit. That notebook was the best data we had.");
    EXPECT_EQ(turns[4].start, at(100, 0, 1));
    EXPECT_EQ(turns[4].text, "Thank you, Märta.");
}

TEST(TranscriptImport, WebVttVoicesNameTheSpeakers)
{
    const auto turns = turnsOfFixture("interview.vtt");
    ASSERT_EQ(turns.size(), 5u);
    EXPECT_EQ(turns[0].speaker, "S01");
    EXPECT_EQ(turns[0].text, "Hur började arbetet & vem tog initiativet?");
    EXPECT_EQ(turns[0].start, at(0, 0, 1));
    EXPECT_EQ(turns[1].speaker, "S02");
    EXPECT_EQ(turns[1].text, "Det var en anhörig, Åsa. Hon ringde enhetschefen.");
    // Cue 3 holds two voices: "Ja." is S01's, the rest S02's.
    EXPECT_EQ(turns[2].speaker, "S01");
    EXPECT_EQ(turns[2].text, "Ja.");
    EXPECT_EQ(turns[3].speaker, "S02");
    EXPECT_EQ(turns[3].text, "Och sedan bjöd vi in henne.");
    // "Tack!" (<v.loud S01>) is S01's again, a turn of its own after S02's.
    EXPECT_EQ(turns[4].speaker, "S01");
    EXPECT_EQ(turns[4].text, "Tack!");
    EXPECT_EQ(turns[4].start, at(1, 0, 0));
}

TEST(TranscriptImport, WhisperJsonInBothShapes)
{
    const auto turns = turnsOfFixture("whisperx.json");
    ASSERT_EQ(turns.size(), 3u);
    EXPECT_EQ(turns[0].speaker, "SPEAKER_00");
    EXPECT_EQ(turns[0].start, at(0, 0, 0, 500));
    EXPECT_EQ(turns[1].text, "Zoë chaired it, the unit manager sat at the back. That was deliberate.");
    EXPECT_EQ(turns[2].text, "Why?");

    // whisper.cpp: no speakers; sentences closer than two seconds make one paragraph.
    const auto plain = turnsOfFixture("whispercpp.json");
    ASSERT_EQ(plain.size(), 2u);
    EXPECT_EQ(plain[0].speaker, "");
    EXPECT_EQ(plain[0].text, "We met every second week. Always on Tuesdays.");
    EXPECT_EQ(plain[1].start, at(0, 0, 9));
}

TEST(TranscriptImport, TextTranscriptsWithAndWithoutStamps)
{
    const auto whisper = turnsOfFixture("whisper.txt");
    ASSERT_EQ(whisper.size(), 3u); // no times: a line stays a paragraph
    EXPECT_EQ(whisper[1].text, "Always on Tuesdays.");
    EXPECT_FALSE(whisper[1].start.has_value());

    const auto stamped = turnsOfFixture("stamped.txt");
    ASSERT_EQ(stamped.size(), 4u);
    EXPECT_EQ(stamped[0].speaker, "Interviewer");
    EXPECT_EQ(stamped[0].start, at(0, 12, 31));
    EXPECT_EQ(stamped[1].speaker, "Coach 3");
    EXPECT_EQ(stamped[1].text, "At first, not at all. They waited for the manager to speak.");
    EXPECT_EQ(stamped[3].speaker, "Coach 3");
    EXPECT_EQ(stamped[3].start, at(0, 13, 9));
    EXPECT_EQ(stamped[3].text, "Then Åsa asked why.");

    EXPECT_EQ(cueOfLine("[00:00.000 --> 00:02.000]  We met.").end, at(0, 0, 2));
    EXPECT_EQ(cueOfLine("so: what then").speaker, "");
    EXPECT_EQ(cueOfLine("https://example.org is where").speaker, "");
}

TEST(TranscriptImport, NoScribeHtmlKeepsHeaderPausesAndOverlaps)
{
    const auto turns = turnsOfFixture("noscribe.html");
    ASSERT_EQ(turns.size(), 5u);
    EXPECT_EQ(turns[0].speaker, "");
    EXPECT_EQ(turns[0].text, "intervju-3.mp3");
    EXPECT_EQ(turns[1].text, "(noScribe 0.6: precise, speaker detection)");
    EXPECT_EQ(turns[2].speaker, "S01");
    EXPECT_EQ(turns[2].start, at(0, 0, 1, 200));
    EXPECT_EQ(turns[2].text, "Vem bestämde dagordningen?");
    EXPECT_EQ(turns[3].speaker, "S02");
    EXPECT_EQ(turns[3].start, at(0, 0, 4, 800));
    EXPECT_EQ(turns[3].text, "Enhetschefen, mest. Men Åsa & jag ändrade den //S01: Jaså? // efter ett tag. (..)");
    EXPECT_EQ(turns[4].text, "Berätta mer.");
}

TEST(TranscriptImport, OTranscribeTimestampsAndTypedSpeakers)
{
    const auto turns = turnsOfFixture("interview.otr");
    ASSERT_EQ(turns.size(), 3u);
    EXPECT_EQ(turns[0].speaker, "Interviewer");
    EXPECT_EQ(turns[0].start, at(0, 0, 5, 120));
    EXPECT_EQ(turns[0].text, "What did Åsa bring?");
    EXPECT_EQ(turns[1].speaker, "Coach 3");
    EXPECT_EQ(turns[1].text, "Her notebook. Every visit was in it.");
    EXPECT_EQ(turns[2].start, at(1, 2, 5, 400));
    EXPECT_EQ(turns[2].text, "Thank you & goodbye.");
}

TEST(TranscriptImport, BadFilesAreRefusedSayingWhere)
{
    EXPECT_EQ(messageOf("cut-short.srt"), "line 6: ends after cue 2's times, without its text: the file is cut short");
    EXPECT_NE(messageOf("out-of-order.srt").find("line 6: starts at 00:00:01, before the cue before it (00:00:05)"),
              std::string::npos);
    EXPECT_EQ(messageOf("no-header.vtt"), "line 1: does not start with WEBVTT: it is not a WebVTT file");
    EXPECT_EQ(messageOf("cut-short.json"), "line 1: ends in the middle of its JSON: the file is cut short");
    EXPECT_NE(messageOf("unfinished.html").find("ends before </html>"), std::string::npos);
    EXPECT_EQ(messageOf("latin1.txt"), "line 1: is not UTF-8 text: save the file as UTF-8 and try again");
    EXPECT_THROW(readCues(TranscriptFormat::SubRip, "1\nnot a time\nHello\n"), InvalidInput);
    EXPECT_THROW(readCues(TranscriptFormat::WhisperJson, "[1, 2]"), InvalidInput);
    EXPECT_THROW(readCues(TranscriptFormat::OTranscribe, "{\"media\": \"a.mp3\"}"), InvalidInput);
    EXPECT_THROW(readCues(TranscriptFormat::PlainText, "\n\n"), InvalidInput);
    EXPECT_THROW(readCues(TranscriptFormat::SubRip, "1\n00:00:03,000 --> 00:00:01,000\nBackwards\n"), InvalidInput);
    EXPECT_THROW(readCues(TranscriptFormat::PlainText, std::string(kLargestTranscriptFile + 1, 'a')), InvalidInput);
}

TEST(TranscriptImport, Utf16WithAByteOrderMarkIsRead)
{
    const std::u16string text = u"Interviewer: Hej Åsa\r\n";
    std::string bytes = "\xFF\xFE";
    for (const char16_t unit : text) {
        bytes += static_cast<char>(unit & 0xFF);
        bytes += static_cast<char>(unit >> 8);
    }
    const auto cues = readCues(TranscriptFormat::PlainText, bytes);
    ASSERT_EQ(cues.size(), 1u);
    EXPECT_EQ(cues[0].speaker, "Interviewer");
    EXPECT_EQ(cues[0].text, "Hej Åsa");
}

TEST(TranscriptImport, SpeakersAreNamedBeforeTheTurnsAreMade)
{
    const auto cues = readCues(TranscriptFormat::SubRip, fixture("whisperx.srt"));
    const auto samples = speakerSamples(turnsOf(cues));
    ASSERT_EQ(samples.size(), 2u);
    EXPECT_EQ(samples[0].label, "SPEAKER_00");
    EXPECT_EQ(samples[0].turns, 3u);
    EXPECT_EQ(samples[1].firstWords, "Of course. Åsa, a relative, started it with the home care team.");

    const auto names = parseSpeakerNames("SPEAKER_00=Interviewer, SPEAKER_01=Coach 3");
    const auto turns = turnsOf(namedSpeakers(cues, names));
    EXPECT_EQ(turns[0].speaker, "Interviewer");
    EXPECT_EQ(turns[1].speaker, "Coach 3");

    // Two labels of one voice, named alike, make one turn.
    const auto one = turnsOf(namedSpeakers(cues, {{"SPEAKER_00", "Åsa"}, {"SPEAKER_01", "Åsa"}}));
    EXPECT_EQ(one.size(), 1u);

    EXPECT_THROW(parseSpeakerNames("SPEAKER_00"), InvalidInput);
    EXPECT_THROW(parseSpeakerNames("=Interviewer"), InvalidInput);
    EXPECT_THROW(parseSpeakerNames("A=B,A=C"), InvalidInput);
    EXPECT_THROW(namedSpeakers(cues, {{"SPEAKER_00", "Coach: 3"}}), InvalidInput);
    EXPECT_THROW(namedSpeakers(cues, {{"SPEAKER_00", ""}}), InvalidInput);
    try {
        namedSpeakers(cues, {{"SPEAKER_07", "Nurse"}});
        FAIL() << "an unknown label was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(describe(error.problems()), "SPEAKER_07: is not a speaker of this transcript (it has SPEAKER_00, SPEAKER_01)");
    }
}

TEST(TranscriptImport, TheWrittenTranscriptIsReadBackByTheSpeakerPatterns)
{
    const auto turns = turnsOf(namedSpeakers(readCues(TranscriptFormat::SubRip, fixture("whisperx.srt")),
                                             {{"SPEAKER_00", "Interviewer"}, {"SPEAKER_01", "Coach 3"}}));
    const std::string odt = transcriptAsFlatOdt(turns, TranscriptLayout{});
    EXPECT_NE(odt.find("<text:p text:style-name=\"Turn\"><text:span text:style-name=\"Speaker\">Interviewer:</text:span> "
                       "<text:span text:style-name=\"Timestamp\">[00:00:01]</text:span> Välkommen."),
              std::string::npos);
    EXPECT_NE(odt.find("[100:00:01]"), std::string::npos);
    EXPECT_EQ(transcriptAsFlatOdt(turns, TranscriptLayout{false}).find("[00:00:01]"), std::string::npos);

    // What a paragraph says once Writer has it: the label, then the time.
    const SpeakerRecognizer speakers;
    const std::string paragraph = "Coach 3: [00:00:04] Of course.";
    EXPECT_EQ(speakers.labelOf(paragraph), "Coach 3");
    EXPECT_EQ(turnTimeOf(std::string_view(paragraph).substr(8)), at(0, 0, 4));
    EXPECT_EQ(turnTimeOf(" no time"), std::nullopt);
    // An unlabelled paragraph that starts with its time names nobody.
    EXPECT_EQ(speakers.labelOf("[00:00:09] Later the relatives came too."), std::nullopt);
    EXPECT_EQ(speakers.labelOf("(noScribe 0.6: precise, speaker detection)"), std::nullopt);

    const auto package = transcriptOdtPackage(turns, TranscriptLayout{});
    ASSERT_EQ(package.size(), 4u);
    EXPECT_EQ(package[0].first, "mimetype");
    EXPECT_NE(package[3].second.find("Thank you, Märta."), std::string::npos);
}

TEST(TranscriptImport, ReadsATwoHourInterviewQuickly)
{
    // 2,000 cues; the time bar itself is measured in the benchmark, this only keeps the reading linear.
    std::string srt;
    for (int i = 0; i < 2000; ++i)
        srt += std::to_string(i + 1) + "\n" + mediaTimeText(i * 3600) + ",000 --> " + mediaTimeText(i * 3600 + 3000)
               + ",000\n[SPEAKER_0" + std::to_string(i / 3 % 2) + "]: Sentence number " + std::to_string(i) + ".\n\n";
    const auto turns = turnsOf(readCues(TranscriptFormat::SubRip, srt));
    EXPECT_EQ(turns.size(), 667u);
    EXPECT_EQ(turns.back().text, "Sentence number 1998. Sentence number 1999.");
}

TEST(TranscriptImport, AParagraphsTurnTimeIsItsFirstStamp)
{
    EXPECT_EQ(turnTimeOfParagraph("Coach 3: [00:12:31] We waited."), at(0, 12, 31));
    EXPECT_EQ(turnTimeOfParagraph("[Coach 3] [01:00:00] We waited."), at(1, 0, 0));
    EXPECT_EQ(turnTimeOfParagraph("[00:00:09] Later the relatives came."), at(0, 0, 9));
    EXPECT_EQ(turnTimeOfParagraph("Coach 3: We met at [00:12:31] sharp."), std::nullopt);
    EXPECT_EQ(turnTimeOfParagraph("Coach 3: [inaudible] then"), std::nullopt);
    EXPECT_EQ(turnTimeOfParagraph(""), std::nullopt);
}

TEST(TranscriptImport, AToolsFileBecomesATranscriptOfAFreeName)
{
    EXPECT_TRUE(isTranscriptionToolFile("interview 3.srt"));
    EXPECT_TRUE(isTranscriptionToolFile("interview.OTR"));
    EXPECT_FALSE(isTranscriptionToolFile("interview.odt"));
    EXPECT_FALSE(isTranscriptionToolFile("interview.docx"));
    EXPECT_FALSE(isTranscriptionToolFile("interview.mp3"));
    const std::set<std::string> there{"interview 3.odt", "interview 3 (2).odt"};
    const auto taken = [&](const std::string& name) { return there.count(name) > 0; };
    EXPECT_EQ(transcriptFileName("interview 3.srt", taken), "interview 3 (3).odt");
    EXPECT_EQ(transcriptFileName("Intervju Åsa.vtt", taken), "Intervju Åsa.odt");
    EXPECT_EQ(transcriptFileName(".hidden", taken), ".hidden.odt");
}

TEST(TranscriptImport, AFileOfNoKnownKindIsRefusedNamingTheKindsRead)
{
    try {
        readTranscriptFile("interview.mp3", "ID3\x04", [](const std::string&) { return std::nullopt; });
        FAIL() << "an audio file was read as a transcript";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(describe(error.problems()),
                  "interview.mp3: is not a transcript this reads: it reads SubRip subtitles (.srt), WebVTT subtitles (.vtt), "
                  "Whisper JSON (.json), Text transcript (.txt), noScribe HTML (.html), oTranscribe (.otr), "
                  "Word or Writer document (.docx, .odt)");
    }
}
