#include "core/CodebookEditing.hpp"
#include "core/CodebookHistory.hpp"
#include "core/Json.hpp"
#include "core/Payload.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace pt;

namespace {

const Code& named(const Codebook& codebook, const std::string& name)
{
    const std::vector<const Code*> found = codesCalled(codebook, name);
    EXPECT_EQ(found.size(), 1u) << name;
    return *found.front();
}

std::vector<std::string> actions(const std::vector<CodebookChange>& changes)
{
    std::vector<std::string> result;
    for (const CodebookChange& change : changes)
        result.push_back(change.action);
    return result;
}

CodebookChange change(const std::string& time, const std::string& action, const std::string& details)
{
    return {time, "Anna", action, "id-" + details, details};
}

} // namespace

TEST(CodebookHistory, AnUnchangedCodebookRecordsNothing)
{
    EXPECT_TRUE(codebookChanges(defaultCodebook(), defaultCodebook(), "Anna", "2026-12-07T10:00:00Z").empty());
}

TEST(CodebookHistory, EachKindOfChangeIsRecordedWithWhoAndWhen)
{
    const Codebook before = defaultCodebook();
    Code time = named(before, "Lack of time");
    time.name = "Time pressure";
    time.parentId = named(before, "Discourses").id;
    time.retired = true;
    time.inclusion = "Staff or users say there is no time to involve users.";
    time.color = "#123456"; // colours are not recorded
    Codebook after = withCodeChanged(before, time);
    Code added = emergentCode(after, "Waiting lists", "");
    after = withCodeAdded(after, added);

    const std::vector<CodebookChange> changes = codebookChanges(before, after, "Anna Åberg", "2026-12-07T10:00:00Z");
    EXPECT_EQ(actions(changes), (std::vector<std::string>{"renamed", "moved", "retired", "criteria changed", "added"}));
    for (const CodebookChange& entry : changes) {
        EXPECT_EQ(entry.coder, "Anna Åberg");
        EXPECT_EQ(entry.time, "2026-12-07T10:00:00Z");
    }
    EXPECT_EQ(changes[0].codeId, time.id);
    EXPECT_EQ(changes[0].details, "Resources / Lack of access to resources / Lack of time \u2192 Time pressure");
    EXPECT_EQ(changes[1].details, "Time pressure: Resources / Lack of access to resources \u2192 Discourses");
    EXPECT_EQ(changes[2].details, "Discourses / Time pressure");
    EXPECT_EQ(changes[3].details, "Discourses / Time pressure: inclusion");
    EXPECT_EQ(changes[4].details, "Waiting lists");
    EXPECT_EQ(changes[4].codeId, added.id);
}

TEST(CodebookHistory, RestoredPolarityAndEveryCriterionAreNamed)
{
    Code code = named(defaultCodebook(), "Lack of time");
    code.retired = true;
    const Codebook retired = withCodeChanged(defaultCodebook(), code);
    code.retired = false;
    code.polarity = Polarity::Enabler;
    code.definition = "d";
    code.exclusion = "e";
    code.example = "x";
    code.exampleCodingId = "a";
    const std::vector<CodebookChange> changes = codebookChanges(retired, withCodeChanged(retired, code), "", "t");
    EXPECT_EQ(actions(changes), (std::vector<std::string>{"polarity changed", "restored", "criteria changed"}));
    EXPECT_EQ(changes[0].details, "Resources / Lack of access to resources / Lack of time: barrier \u2192 enabler");
    EXPECT_EQ(changes[2].details,
              "Resources / Lack of access to resources / Lack of time: definition, exclusion, example, anchor example");
}

TEST(CodebookHistory, ACodeGoneIsMergedWhenItsCodingsWentElseElseDeleted)
{
    Codebook before = defaultCodebook();
    const Code a = emergentCode(before, "Waiting", "");
    before = withCodeAdded(before, a);
    const Code b = emergentCode(before, "Queues", "");
    before = withCodeAdded(before, b);
    Codebook after = withCodeDeleted(before, a.id, {});
    after = withCodeDeleted(after, b.id, {});
    const Code& into = named(before, "Lack of time");

    const std::vector<CodebookChange> changes = codebookChanges(before, after, "Anna", "t", {{a.id, into.id}});
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].action, "merged");
    EXPECT_EQ(changes[0].codeId, a.id);
    EXPECT_EQ(changes[0].details, "Waiting \u2192 Resources / Lack of access to resources / Lack of time");
    EXPECT_EQ(changes[1].action, "deleted");
    EXPECT_EQ(changes[1].details, "Queues");
}

TEST(CodebookHistory, KeptInThePayloadAndReadBack)
{
    const std::vector<CodebookChange> history{change("2026-12-07T10:00:00Z", "added", "Waiting"),
                                              change("2026-12-07T10:05:00Z", "renamed", "Waiting \u2192 Queues")};
    Payload payload{defaultCodebook(), {}, {}, {}, history};
    const Records records = payloadRecords(payload);
    ASSERT_EQ(records.count(kCodebookHistoryRecordKey), 1u);
    const PayloadReadResult read = readPayload(records);
    EXPECT_TRUE(read.problems.empty()) << describe(read.problems);
    EXPECT_EQ(read.payload.history, history);
    // Without changes there is no record: documents written before the audit trail stay as they were.
    EXPECT_EQ(payloadRecords({defaultCodebook(), {}, {}, {}, {}}).count(kCodebookHistoryRecordKey), 0u);
}

TEST(CodebookHistory, ABrokenEntryIsReportedAndTheOthersKept)
{
    Problems problems;
    const nlohmann::json json = parseJson(R"([{"time":"2026-12-07T10:00:00Z","coder":"A","action":"added","codeId":"x","details":"X"},
                                              {"time":"yesterday","action":"added"}, {"coder":"B"}, 7])",
                                          "history");
    const std::vector<CodebookChange> history = codebookHistoryFromJson(json, "history", problems);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].details, "X");
    EXPECT_GE(problems.size(), 3u);
    EXPECT_NE(describe(problems).find("history[1].time"), std::string::npos) << describe(problems);
    EXPECT_NE(describe(problems).find("history[2].action"), std::string::npos) << describe(problems);

    Problems notArray;
    EXPECT_TRUE(codebookHistoryFromJson(nlohmann::json::object(), "history", notArray).empty());
    EXPECT_EQ(notArray.size(), 1u);
}

TEST(CodebookHistory, JsonHasExactlyThePinnedFields)
{
    const nlohmann::json json = codebookHistoryToJson({change("2026-12-07T10:00:00Z", "added", "Waiting")});
    ASSERT_EQ(json.size(), 1u);
    EXPECT_EQ(json[0], (nlohmann::json{{"time", "2026-12-07T10:00:00Z"}, {"coder", "Anna"}, {"action", "added"},
                                       {"codeId", "id-Waiting"}, {"details", "Waiting"}}));
}

TEST(CodebookHistory, CsvHasAHeaderAndQuotesWhatNeedsIt)
{
    const std::string csv = codebookHistoryCsv({change("2026-12-07T10:00:00Z", "criteria changed", "A, B: inclusion")});
    EXPECT_EQ(csv, "time,coder,action,details,code id\r\n"
                   "2026-12-07T10:00:00Z,Anna,criteria changed,\"A, B: inclusion\",\"id-A, B: inclusion\"\r\n");
}

TEST(CodebookHistory, AStudyListsAChangeOnceWhereItWasMade)
{
    // Transcript 1 made the changes; transcript 2 took them from the study codebook later.
    const std::vector<CodebookChange> first{change("2026-12-07T10:00:00Z", "renamed", "A \u2192 B"),
                                            change("2026-12-07T10:10:00Z", "renamed", "B \u2192 A"),
                                            change("2026-12-07T10:20:00Z", "renamed", "A \u2192 B")};
    const std::vector<CodebookChange> second{change("2026-12-07T10:01:00Z", "renamed", "A \u2192 B"),
                                             change("2026-12-07T10:05:00Z", "added", "C"),
                                             change("2026-12-07T10:30:00Z", "renamed", "B \u2192 A"),
                                             change("2026-12-07T10:31:00Z", "renamed", "A \u2192 B")};
    const std::vector<CodebookChange> merged = studyHistory({first, second});
    std::vector<std::string> times;
    for (const CodebookChange& entry : merged)
        times.push_back(entry.time);
    EXPECT_EQ(times, (std::vector<std::string>{"2026-12-07T10:00:00Z", "2026-12-07T10:05:00Z", "2026-12-07T10:10:00Z",
                                               "2026-12-07T10:20:00Z"}));
}
