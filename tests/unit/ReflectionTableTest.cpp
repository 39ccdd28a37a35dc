#include "core/ReflectionCycles.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;

namespace {

ReflectionCycle filledCycle(TableLanguage language)
{
    ReflectionCycle cycle;
    cycle.language = language;
    cycle.improvementWork = "Home care: the family's voice";
    cycle.cycle = 2;
    cycle.date = "2026-11-23";
    cycle.participants = "Coach 3, two nurses, a relative";
    cycle.cells[{Step::Reaction, Dimension::Resources}] = "No time to meet the family.";
    cycle.cells[{Step::Interaction, Dimension::Discourses}] = "The relative said: \"I'm only a relative.\"";
    cycle.cells[{Step::Action, Dimension::Contexts}] = "Meet at the family's home.\nAsk before the meeting.";
    return cycle;
}

void expectSame(const ReflectionCycle& read, const ReflectionCycle& written)
{
    EXPECT_EQ(reflectionCycleToJson(read), reflectionCycleToJson(written));
}

} // namespace

TEST(ReflectionTable, ANewTableHasTheHeaderBlockAndTheStepsAgainstTheDimensions)
{
    const TableRows rows = reflectionTableRows(filledCycle(TableLanguage::English));
    ASSERT_EQ(rows.size(), headerRows(3) + 4);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"Improvement work", "Home care: the family's voice", "Cycle", "2"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"Date", "2026-11-23", "Participants", "Coach 3, two nurses, a relative"}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"", "Resources", "Discourses", "Contexts"}));
    EXPECT_EQ(rows[3], (std::vector<std::string>{"Reaction", "No time to meet the family.", "", ""}));
    EXPECT_EQ(rows[5][0], "Action");
    EXPECT_EQ(reflectionTableRows(filledCycle(TableLanguage::Swedish))[4][0], "Interaktion");
}

TEST(ReflectionTable, ReadsBackWhatWasWrittenInEitherLanguage)
{
    for (const TableLanguage language : {TableLanguage::English, TableLanguage::Swedish}) {
        const ReflectionCycle written = filledCycle(language);
        const ReflectionTableRead read = readReflectionTable(reflectionTableRows(written), "table 1");
        ASSERT_TRUE(read.cycle) << describe(read.problems);
        EXPECT_TRUE(read.problems.empty()) << describe(read.problems);
        expectSame(*read.cycle, written);
    }
}

TEST(ReflectionTable, FreeEditingIsReadParagraphsAddedRowsAndPromptsLeftAlone)
{
    TableRows rows = reflectionTableRows(filledCycle(TableLanguage::English));
    rows[3][2] = defaultPrompt(TableLanguage::English, Step::Reaction, Dimension::Discourses); // never written over
    rows[5][1] = "<" + defaultPrompt(TableLanguage::Swedish, Step::Action, Dimension::Resources) + ">"; // as Writer gives it
    rows[4][1] = "  First thought.\nSecond thought.  ";
    rows.insert(rows.begin() + 5, {"", "More on resources.", "", ""}); // a row added under Interaction
    rows[2][1] = " RESOURCES ";
    const ReflectionTableRead read = readReflectionTable(rows, "table 1");
    ASSERT_TRUE(read.cycle) << describe(read.problems);
    EXPECT_EQ(read.cycle->cell(Step::Reaction, Dimension::Discourses), "");
    EXPECT_EQ(read.cycle->cell(Step::Action, Dimension::Resources), "");
    EXPECT_EQ(read.cycle->cell(Step::Interaction, Dimension::Resources), "First thought.\nSecond thought.\nMore on resources.");
    EXPECT_EQ(read.cycle->cell(Step::Action, Dimension::Contexts), "Meet at the family's home.\nAsk before the meeting.");
}

TEST(ReflectionTable, AColumnDeletedIsReportedNotMisread)
{
    TableRows rows = reflectionTableRows(filledCycle(TableLanguage::English));
    for (std::size_t r = headerRows(3); r < rows.size(); ++r)
        rows[r].erase(rows[r].begin() + 2); // Discourses
    ASSERT_TRUE(isReflectionTable(rows));
    const ReflectionTableRead read = readReflectionTable(rows, "table 2");
    EXPECT_FALSE(read.cycle);
    EXPECT_EQ(describe(read.problems), "table 2.row 3: the columns are \"Resources\", \"Contexts\", not Resources, "
                                       "Discourses, Contexts: a column was deleted or moved, so the table is not read");
}

TEST(ReflectionTable, AStepRowDeletedOrARowOfOtherCellsIsReported)
{
    TableRows rows = reflectionTableRows(filledCycle(TableLanguage::Swedish));
    rows.erase(rows.begin() + 4); // Interaktion
    ReflectionTableRead read = readReflectionTable(rows, "table 1");
    EXPECT_FALSE(read.cycle);
    EXPECT_EQ(describe(read.problems), "table 1: has no row Interaktion: the table was changed, so it is not read");

    rows = reflectionTableRows(filledCycle(TableLanguage::English));
    rows[4].push_back("a fifth cell");
    read = readReflectionTable(rows, "table 1");
    EXPECT_FALSE(read.cycle);
    EXPECT_EQ(describe(read.problems), "table 1.row 5: has 5 cells, not 4: the table was changed, so it is not read");
}

TEST(ReflectionTable, AHeaderThatIsNoNumberOrAnUnknownRowIsReportedAndTheRestRead)
{
    TableRows rows = reflectionTableRows(filledCycle(TableLanguage::English));
    rows[0][3] = "second";
    rows.insert(rows.begin() + 2, {"Facilitator", "Eva", "", ""});
    const ReflectionTableRead read = readReflectionTable(rows, "table 1");
    ASSERT_TRUE(read.cycle);
    EXPECT_EQ(read.cycle->cycle, 0);
    EXPECT_EQ(describe(read.problems), "table 1.Cycle: \"second\" is not a cycle number\n"
                                       "table 1.row 3: \"Facilitator\" is not part of the header (Improvement work, "
                                       "Cycle, Date, Participants); it is left out");
}

TEST(ReflectionTable, AnImprovementWorkNamedLikeADimensionIsStillTheHeader)
{
    ReflectionCycle cycle = filledCycle(TableLanguage::English);
    cycle.improvementWork = "Resources";
    const ReflectionTableRead read = readReflectionTable(reflectionTableRows(cycle), "table 1");
    ASSERT_TRUE(read.cycle) << describe(read.problems);
    EXPECT_EQ(read.cycle->improvementWork, "Resources");
}

TEST(ReflectionTable, ATableLeftWithItsLabelColumnOnlyIsStillReportedAsDamaged)
{
    TableRows rows = reflectionTableRows(filledCycle(TableLanguage::English));
    for (auto& row : rows)
        row.resize(1);
    ASSERT_TRUE(isReflectionTable(rows));
    const ReflectionTableRead read = readReflectionTable(rows, "table 1");
    EXPECT_FALSE(read.cycle);
    EXPECT_EQ(describe(read.problems), "table 1: no row names the dimensions (Resources, Discourses, Contexts)");
}

TEST(ReflectionTable, OtherTablesAreNotReflectionTables)
{
    EXPECT_FALSE(isReflectionTable({{"Action", "Owner", "Due"}, {"Call the family", "Eva", "Friday"}}));
    EXPECT_FALSE(isReflectionTable({{"", "Resources", "Discourses"}, {"Budget", "1", "2"}}));
    EXPECT_FALSE(isReflectionTable({}));
}

TEST(ReflectionTable, JsonNamesStepsAndDimensions)
{
    const nlohmann::json json = reflectionCycleToJson(filledCycle(TableLanguage::Swedish));
    EXPECT_EQ(json["language"], "sv");
    EXPECT_EQ(json["cycle"], 2);
    EXPECT_EQ(json["cells"]["action"]["contexts"], "Meet at the family's home.\nAsk before the meeting.");
    EXPECT_EQ(json["cells"]["reaction"]["discourses"], "");
    EXPECT_EQ(json["cells"].size(), 3u);
}

TEST(ReflectionTable, OptionsTakeDefaultsAndNameWhatTheyCannotUse)
{
    NewTableOptions options = newTableOptionsFromJson("", TableLanguage::Swedish, 3, "2026-11-23", std::nullopt);
    EXPECT_EQ(options.cycle.language, TableLanguage::Swedish);
    EXPECT_EQ(options.cycle.cycle, 3);
    EXPECT_EQ(options.cycle.date, "2026-11-23");
    EXPECT_TRUE(options.prompts);
    options = newTableOptionsFromJson(R"({"language":"en","prompts":false,"cycle":5,"participants":"Eva, Ali"})",
                                      TableLanguage::Swedish, 3, "2026-11-23", std::nullopt);
    EXPECT_EQ(options.cycle.language, TableLanguage::English);
    EXPECT_FALSE(options.prompts);
    EXPECT_EQ(options.cycle.cycle, 5);
    EXPECT_EQ(options.cycle.participants, "Eva, Ali");
    try {
        newTableOptionsFromJson(R"({"language":"de","cycle":0,"colour":"red","continue":true})", TableLanguage::English, 1,
                                "", std::nullopt);
        FAIL() << "accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(describe(error.problems()),
                  "options.continue: the document has no cycle that can be read to continue from\n"
                  "options.colour: is not an option (continue, dimensions, evidence, language, prompts, improvementWork, cycle, date, participants)\n"
                  "options.cycle: is not a whole number from 1\n"
                  "options.language: is not \"en\" or \"sv\"");
    }
}

TEST(ReflectionTable, TheNextCycleStartsFromTheActionsOfTheLastOne)
{
    const ReflectionCycle last = filledCycle(TableLanguage::English);
    const NewTableOptions options = newTableOptionsFromJson(R"({"continue":true,"participants":"Eva"})",
                                                            TableLanguage::Swedish, 3, "2026-12-01", last);
    const ReflectionCycle& next = options.cycle;
    EXPECT_EQ(next.language, TableLanguage::English);
    EXPECT_EQ(next.cycle, 3);
    EXPECT_EQ(next.date, "2026-12-01");
    EXPECT_EQ(next.improvementWork, "Home care: the family's voice");
    EXPECT_EQ(next.participants, "Eva");
    EXPECT_EQ(next.cell(Step::Reaction, Dimension::Contexts),
              "Action in cycle 2:\nMeet at the family's home.\nAsk before the meeting.");
    EXPECT_EQ(next.cell(Step::Reaction, Dimension::Resources), "");
    EXPECT_EQ(next.cell(Step::Action, Dimension::Contexts), "");
    EXPECT_EQ(nextCycleAfter(filledCycle(TableLanguage::Swedish), 3, "").cell(Step::Reaction, Dimension::Contexts).substr(0, 17),
              "Aktion i cykel 2:");
}

TEST(ReflectionTable, EvidenceQuotesEachDimensionsPassagesByPolarityInTheOrderGiven)
{
    const Codebook codebook = defaultCodebook();
    const auto idOf = [&](const std::string& name) {
        for (const Code& code : codebook.codes())
            if (code.name == name)
                return code.id;
        return std::string("(no code " + name + ")");
    };
    std::vector<Coding> made;
    const auto coding = [&](const std::string& id, const std::string& code, const std::string& text, const std::string& speaker) {
        Coding c;
        c.id = id;
        c.codeId = idOf(code);
        c.text = text;
        c.speaker = speaker;
        made.push_back(c);
    };
    coding("1", "Lack of time", "Time, above all.", "Coach 3");
    coding("2", "The user's resources", "She knew the\nroutines better than anyone", "Interviewer");
    coding("3", "Lack of time", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                "fifteen sixteen seventeen eighteen nineteen twenty twenty-one", "");
    coding("4", "Contextual conditions", "The ward was moving.", "Coach 3");
    std::vector<const Coding*> inOrder;
    for (const Coding& c : made)
        inOrder.push_back(&c);
    const auto evidence = evidenceByDimension(inOrder, codebook, TableLanguage::English, 1);
    const auto texts = [&](Dimension dimension) {
        std::vector<std::string> lines;
        for (const EvidenceLine& line : evidence.at(dimension))
            lines.push_back(line.text + (line.codingId.empty() ? "" : " #" + line.codingId));
        return lines;
    };
    EXPECT_EQ(texts(Dimension::Resources),
              (std::vector<std::string>{"Enablers", "\u201cShe knew the routines better than anyone\u201d (Interviewer) #2",
                                        "Barriers", "\u201cTime, above all.\u201d (Coach 3) #1", "and 1 more"}));
    EXPECT_EQ(texts(Dimension::Discourses), std::vector<std::string>{});
    EXPECT_EQ(texts(Dimension::Contexts),
              (std::vector<std::string>{"Enabler or barrier", "\u201cThe ward was moving.\u201d (Coach 3) #4"}));
    const auto swedish = evidenceByDimension({inOrder[2]}, codebook, TableLanguage::Swedish);
    EXPECT_EQ(swedish.at(Dimension::Resources)[0].text, "Hinder");
    EXPECT_EQ(swedish.at(Dimension::Resources)[1].text,
              "\u201cone two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
              "seventeen eighteen nineteen twenty\u2026\u201d");
}

TEST(ReflectionTable, PromptsAreOursUntilEditedAndTravelAsAFile)
{
    ReflectionPrompts prompts;
    EXPECT_EQ(prompts.prompt(TableLanguage::Swedish, Step::Action, Dimension::Contexts),
              defaultPrompt(TableLanguage::Swedish, Step::Action, Dimension::Contexts));
    prompts.set(TableLanguage::English, Step::Reaction, Dimension::Resources, "Who had time for this?");
    const nlohmann::json json = reflectionPromptsToJson(prompts);
    EXPECT_EQ(json["format"], "power-triangle-prompts");
    EXPECT_EQ(json["en"]["reaction"]["resources"], "Who had time for this?");
    Problems notes;
    EXPECT_EQ(reflectionPromptsFromJson(json.dump(), notes), prompts);
    EXPECT_TRUE(notes.empty()) << describe(notes);
}

TEST(ReflectionTable, APromptsFileIsReadLenientlyButNeverMisread)
{
    Problems notes;
    const ReflectionPrompts read = reflectionPromptsFromJson(
        R"({"format":"power-triangle-prompts","version":1,"en":{"reaction":{"resources":"Mine"}},"de":{}})", notes);
    EXPECT_EQ(read.prompt(TableLanguage::English, Step::Reaction, Dimension::Resources), "Mine");
    EXPECT_EQ(read.prompt(TableLanguage::English, Step::Action, Dimension::Resources),
              defaultPrompt(TableLanguage::English, Step::Action, Dimension::Resources));
    ASSERT_EQ(notes.size(), 18u); // "de", and the 17 prompts left out
    EXPECT_EQ(notes.front().describe(), "prompts.de: is not a language of the tables (en, sv); it is ignored");
    EXPECT_EQ(notes.back().describe(), "prompts.sv.action.contexts: is missing; ours is kept");
    EXPECT_THROW(reflectionPromptsFromJson(R"({"codes":[]})", notes), InvalidInput);
    EXPECT_THROW(reflectionPromptsFromJson(R"({"format":"power-triangle-prompts","sv":{"action":{"contexts":3}}})", notes),
                 InvalidInput);
    EXPECT_THROW(reflectionPromptsFromJson("not json", notes), InvalidInput);
}

TEST(ReflectionTable, ATeamsOwnPromptLeftInACellReadsAsEmpty)
{
    ReflectionPrompts team;
    team.set(TableLanguage::English, Step::Interaction, Dimension::Contexts, "Where did we meet, and who chose?");
    TableRows rows = reflectionTableRows(filledCycle(TableLanguage::English));
    rows[4][3] = "<Where did we meet, and who chose?>";
    EXPECT_EQ(readReflectionTable(rows, "t", team).cycle->cell(Step::Interaction, Dimension::Contexts), "");
    EXPECT_EQ(readReflectionTable(rows, "t").cycle->cell(Step::Interaction, Dimension::Contexts),
              "<Where did we meet, and who chose?>");
}

TEST(ReflectionTable, ATableOfChosenDimensionsIsReadByItsMarkAndAColumnDeletedStillShows)
{
    ReflectionCycle cycle = filledCycle(TableLanguage::English);
    cycle.dimensions = {Dimension::Resources, Dimension::Contexts};
    const TableRows rows = reflectionTableRows(cycle);
    ASSERT_EQ(rows.size(), headerRows(2) + 4);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"Improvement work", "Home care: the family's voice", ""}));
    EXPECT_EQ(rows[3], (std::vector<std::string>{"Participants", "Coach 3, two nurses, a relative", ""}));
    EXPECT_EQ(rows[4], (std::vector<std::string>{"", "Resources", "Contexts"}));
    EXPECT_EQ(rows[7], (std::vector<std::string>{"Action", "", "Meet at the family's home.\nAsk before the meeting."}));

    const std::string mark = dimensionsMark(cycle.dimensions, "1a2b");
    EXPECT_EQ(mark, "_PTdims_rc_1a2b");
    EXPECT_EQ(dimensionsOfMark(mark), cycle.dimensions);
    EXPECT_EQ(dimensionsOfMark(mark + " Copy 1"), cycle.dimensions);
    EXPECT_EQ(dimensionsOfMark("_PTdims_cr_1"), std::nullopt);
    EXPECT_EQ(dimensionsOfMark("_PT0123456789abcdef0123456789abcdef"), std::nullopt);

    ReflectionTableRead read = readReflectionTable(rows, "t", ReflectionPrompts(), cycle.dimensions);
    ASSERT_TRUE(read.cycle) << describe(read.problems);
    EXPECT_TRUE(read.problems.empty()) << describe(read.problems);
    EXPECT_EQ(reflectionCycleToJson(*read.cycle)["dimensions"], nlohmann::json({"resources", "contexts"}));
    EXPECT_EQ(read.cycle->cell(Step::Action, Dimension::Contexts), "Meet at the family's home.\nAsk before the meeting.");
    EXPECT_FALSE(reflectionCycleToJson(*read.cycle)["cells"]["action"].contains("discourses"));
    // Without its mark a narrower table is not taken for a whole one; a full table (never marked) that lost
    // a column is not taken for a narrower one.
    EXPECT_FALSE(readReflectionTable(rows, "t").cycle);
    TableRows full = reflectionTableRows(filledCycle(TableLanguage::English));
    for (auto& row : full)
        row.erase(row.begin() + 2);
    EXPECT_FALSE(readReflectionTable(full, "t").cycle);
}

TEST(ReflectionTable, DimensionsAreChosenInTheOptions)
{
    NewTableOptions options = newTableOptionsFromJson(R"({"dimensions":["contexts","resources"]})", TableLanguage::English,
                                                      1, "", std::nullopt);
    EXPECT_EQ(options.cycle.dimensions, (std::vector<Dimension>{Dimension::Resources, Dimension::Contexts}));
    for (const char* bad : {R"({"dimensions":[]})", R"({"dimensions":["power"]})", R"({"dimensions":["contexts","contexts"]})"})
        EXPECT_THROW(newTableOptionsFromJson(bad, TableLanguage::English, 1, "", std::nullopt), InvalidInput) << bad;
}

TEST(ReflectionTable, TheOverviewPutsTheCyclesSideBySidePerStep)
{
    ReflectionCycle first = filledCycle(TableLanguage::English);
    first.cycle = 1;
    first.dimensions = {Dimension::Resources, Dimension::Contexts};
    ReflectionCycle second = filledCycle(TableLanguage::English);
    second.date = "";
    const TableRows rows = cyclesOverviewRows({first, second}, Step::Action, TableLanguage::Swedish);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"Cykel", "Resurser", "Diskurser", "Kontexter"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"1\n2026-11-23", "", "", "Meet at the family's home.\nAsk before the meeting."}));
    EXPECT_EQ(rows[2][0], "2");
    EXPECT_EQ(cyclesOverviewRows({first}, Step::Reaction, TableLanguage::English)[0],
              (std::vector<std::string>{"Cycle", "Resources", "Contexts"}));
}
