#include "core/CodebookEditing.hpp"
#include "core/Colour.hpp"
#include "core/Guid.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace pt;
using pt::test::codeNamed;

namespace {

Code newCode(const std::string& name, const std::string& parentId)
{
    Code code;
    code.name = name;
    code.parentId = parentId;
    return code;
}

} // namespace

TEST(CodebookEditing, AddedCodeTakesDimensionFromItsParentAndGetsADistinctColour)
{
    const Codebook& base = defaultCodebook();
    Code code = newCode("Volunteers", codeNamed(base, "Access to resources").id);
    code.dimension = Dimension::Contexts; // ignored: the parent decides
    code.polarity = Polarity::Enabler;
    const Codebook added = withCodeAdded(base, code);
    const Code& volunteers = codeNamed(added, "Volunteers");
    EXPECT_TRUE(isGuid(volunteers.id));
    EXPECT_EQ(volunteers.dimension, Dimension::Resources);
    ASSERT_TRUE(parseColour(volunteers.color));
    for (const Code& other : base.codes())
        EXPECT_NE(other.color, volunteers.color);
    EXPECT_EQ(added.codes().size(), base.codes().size() + 1);
    EXPECT_EQ(base.codes().size(), 20u) << "the original is untouched";
}

TEST(CodebookEditing, AddRefusesDuplicatesAndUnknownParents)
{
    const Codebook& base = defaultCodebook();
    EXPECT_THROW(withCodeAdded(base, newCode("Lack of time", codeNamed(base, "Lack of access to resources").id)), InvalidInput);
    EXPECT_THROW(withCodeAdded(base, newCode("X", "00000000-0000-4000-8000-000000000000")), InvalidInput);
    Code sameId = newCode("Y", "");
    sameId.id = codeNamed(base, "Resources").id;
    EXPECT_THROW(withCodeAdded(base, sameId), InvalidInput);
    try {
        withCodeAdded(base, newCode(" ", codeNamed(base, "Resources").id));
        FAIL() << "no exception";
    } catch (const InvalidInput& error) {
        EXPECT_NE(std::string(error.what()).find(".name: is empty"), std::string::npos) << error.what();
    }
}

TEST(CodebookEditing, RenameRecolourRetire)
{
    Code time = codeNamed(defaultCodebook(), "Lack of time");
    time.name = "No time";
    time.color = "#123456";
    time.retired = true;
    time.definition = "new definition";
    const Codebook changed = withCodeChanged(defaultCodebook(), time);
    const Code& after = *changed.find(time.id);
    EXPECT_EQ(after.name, "No time");
    EXPECT_EQ(after.color, "#123456");
    EXPECT_TRUE(after.retired);
    EXPECT_EQ(after.definition, "new definition");
    time.color = "blue";
    EXPECT_THROW(withCodeChanged(defaultCodebook(), time), InvalidInput);
}

TEST(CodebookEditing, ReparentingMovesTheBranchIntoTheNewDimension)
{
    const Codebook& base = defaultCodebook();
    Code lack = codeNamed(base, "Lack of access to resources");
    lack.parentId = codeNamed(base, "Contexts").id;
    const Codebook moved = withCodeChanged(base, lack);
    EXPECT_EQ(moved.find(lack.id)->dimension, Dimension::Contexts);
    EXPECT_EQ(moved.find(codeNamed(base, "Lack of time").id)->dimension, Dimension::Contexts);
    EXPECT_EQ(moved.path(*moved.find(codeNamed(base, "Lack of time").id)), "Contexts / Lack of access to resources / Lack of time");

    Code resources = codeNamed(base, "Resources");
    resources.parentId = codeNamed(base, "Lack of time").id;
    try {
        withCodeChanged(base, resources);
        FAIL() << "no exception";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.problems()[0].describe(), "code.parentId: a code cannot move below itself");
    }
}

TEST(CodebookEditing, MergeUpdatesAddsAndKeeps)
{
    const Codebook& current = defaultCodebook();
    std::vector<Code> incomingCodes;
    Code time = codeNamed(current, "Lack of time");
    time.definition = "imported definition";
    incomingCodes.push_back(time);
    Code fresh = newCode("Volunteers", codeNamed(current, "Access to resources").id);
    fresh.id = "00000000-0000-4000-8000-0000000000aa";
    fresh.color = "#abcdef";
    incomingCodes.push_back(fresh);
    Code clash = newCode("Understaffing", codeNamed(current, "Lack of access to resources").id);
    clash.id = "00000000-0000-4000-8000-0000000000bb";
    clash.color = "#abcdee";
    incomingCodes.push_back(clash);

    const CodebookMerge merge = mergeCodebooks(current, Codebook(incomingCodes));
    EXPECT_EQ(merge.updated, 1u);
    EXPECT_EQ(merge.added, 2u);
    EXPECT_EQ(merge.kept, current.codes().size() - 1);
    EXPECT_EQ(merge.codebook.find(time.id)->definition, "imported definition");
    EXPECT_EQ(merge.codebook.find(fresh.id)->name, "Volunteers");
    EXPECT_EQ(merge.codebook.find(clash.id)->name, "Understaffing (2)");
    ASSERT_EQ(merge.notes.size(), 1u);
    EXPECT_EQ(merge.notes[0].describe(),
              "Understaffing: renamed \"Understaffing (2)\": a code with that name and parent exists already");
    EXPECT_EQ(merge.codebook.codes().size(), current.codes().size() + 2);
}

#include <nlohmann/json.hpp>

TEST(CodebookEditing, WithFieldsSetsOnlyWhatIsGiven)
{
    const Code time = codeNamed(defaultCodebook(), "Lack of time");
    const Code changed = withFields(time, nlohmann::json::parse(R"({"name":"No time","retired":true})"));
    EXPECT_EQ(changed.name, "No time");
    EXPECT_TRUE(changed.retired);
    EXPECT_EQ(changed.parentId, time.parentId);
    EXPECT_EQ(changed.color, time.color);
    EXPECT_EQ(withFields(time, nlohmann::json::parse(R"({"parentId":null})")).parentId, "");
    try {
        withFields(time, nlohmann::json::parse(R"({"polarity":"good","colour":"#fff","codable":1})"));
        FAIL() << "no exception";
    } catch (const InvalidInput& error) {
        const std::string all = describe(error.problems());
        EXPECT_NE(all.find("code.colour: is not a field of a code"), std::string::npos) << all;
        EXPECT_NE(all.find("code.polarity: \"good\" is not one of enabler, barrier, either"), std::string::npos) << all;
        EXPECT_NE(all.find("code.codable: expected true or false, found a number"), std::string::npos) << all;
    }
}

TEST(CodebookEditing, TemplateReplacesTheCodebookButKeepsCodesInUse)
{
    const Codebook& current = defaultCodebook();
    Code only;
    only.id = "00000000-0000-4000-8000-0000000000cc";
    only.name = "Organisation";
    only.dimension = Dimension::Contexts;
    only.color = "#336699";
    const Codebook replacement({only});
    const std::string time = codeNamed(current, "Lack of time").id;
    const Codebook applied = withTemplateApplied(current, replacement, {time});
    std::vector<std::string> names;
    for (const Code& code : applied.codes())
        names.push_back(code.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Organisation", "Resources", "Lack of access to resources", "Lack of time"}));
    EXPECT_EQ(withTemplateApplied(current, replacement, {}).codes().size(), 1u);
}

TEST(CodebookEditing, OnlyCodableCodesThatAreNotRetiredTakeNewCodings)
{
    const Codebook& base = defaultCodebook();
    EXPECT_TRUE(takesNewCodings(codeNamed(base, "Lack of time")));
    EXPECT_EQ(*whyNoNewCodings(codeNamed(base, "Resources")), "\"Resources\" groups other codes and cannot be assigned to a passage.");
    Code retired = codeNamed(base, "Lack of time");
    retired.retired = true;
    EXPECT_EQ(*whyNoNewCodings(retired), "\"Lack of time\" is retired and takes no new codings.");
}

TEST(CodebookEditing, ACodeIsCalledByItsIdNameOrPath)
{
    const Codebook& base = defaultCodebook();
    const Code& lack = codeNamed(base, "Lack of time");
    for (const std::string& wanted : {lack.id, std::string("Lack of time"), base.path(lack)}) {
        const std::vector<const Code*> called = codesCalled(base, wanted);
        ASSERT_EQ(called.size(), 1u) << wanted;
        EXPECT_EQ(called.front()->id, lack.id);
    }
    // Ids are compared in any case; names as written.
    std::string upper = lack.id;
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_EQ(codesCalled(base, upper).size(), 1u);
    EXPECT_TRUE(codesCalled(base, "lack of time").empty());
    EXPECT_TRUE(codesCalled(base, "No such code").empty());
}

TEST(CodebookEditing, ANewCodeFromTheApiTakesItsParentsPolarityUnlessItNamesOne)
{
    const Codebook& base = defaultCodebook();
    const Code& lack = codeNamed(base, "Lack of access to resources"); // a barrier
    const Code inherited = newCodeFromJson(base, {{"name", "Waiting lists"}, {"parentId", lack.id}});
    EXPECT_EQ(inherited.polarity, Polarity::Barrier);
    EXPECT_TRUE(inherited.id.empty());
    const Code own = newCodeFromJson(base, {{"name", "Spare rooms"}, {"parentId", lack.id}, {"polarity", "enabler"},
                                            {"id", "8E3B4E5A-0000-4000-8000-0000000000AA"}});
    EXPECT_EQ(own.polarity, Polarity::Enabler);
    EXPECT_EQ(own.id, "8e3b4e5a-0000-4000-8000-0000000000aa");
    EXPECT_THROW(newCodeFromJson(base, {{"name", 5}}), InvalidInput);
}

TEST(CodebookEditing, ACodebookMayNotLeaveOutACodeInUse)
{
    const Codebook& base = defaultCodebook();
    const Code& lack = codeNamed(base, "Lack of time");
    std::vector<Code> kept;
    for (const Code& code : base.codes())
        if (code.id != lack.id)
            kept.push_back(code);
    const Codebook without(kept);
    EXPECT_EQ(codesInUseLeftOut(base, without, {lack.id}), std::set<std::string>{"Lack of time"});
    EXPECT_TRUE(codesInUseLeftOut(base, base, {lack.id}).empty());
    // A code neither codebook knows is not named (it belongs to a damaged coding, reported elsewhere).
    EXPECT_TRUE(codesInUseLeftOut(base, without, {"00000000-0000-4000-8000-000000000000"}).empty());
}

TEST(CodebookEditing, AnEmergentCodeIsNamedByThePassagesWordsAndStartsOutsideTheTriangle)
{
    const Codebook codebook = defaultCodebook();
    const Code invivo = emergentCode(codebook, "", "  I'm only\n a   relative 😀 ");
    EXPECT_EQ(invivo.name, "I'm only a relative 😀");
    EXPECT_EQ(invivo.origin, CodeOrigin::Emergent);
    EXPECT_TRUE(invivo.parentId.empty());
    EXPECT_EQ(emergentCode(codebook, "Own words", "ignored").name, "Own words") << "a name typed wins";
    const std::string longPassage = "They said we would get more time for the meetings but nobody ever came back to us about it";
    EXPECT_EQ(emergentCode(codebook, "", longPassage).name, "They said we would get more time for the meetings but nobody\u2026");
    EXPECT_THROW(emergentCode(codebook, " ", "\n \t"), InvalidInput);

    const Codebook with = withCodeAdded(codebook, invivo);
    const Code& added = *with.find(invivo.id);
    EXPECT_FALSE(insideTriangle(with, added));
    EXPECT_EQ(dimensionText(with, added), "");
    EXPECT_EQ(emergentCode(with, "", "I'm only a relative 😀").name, "I'm only a relative 😀 (2)");
    // Moved under a category of the triangle, it is placed, and takes that dimension.
    Code moved = added;
    moved.parentId = codeNamed(with, "Among users").id;
    const Codebook placed = withCodeChanged(with, moved);
    EXPECT_TRUE(insideTriangle(placed, *placed.find(invivo.id)));
    EXPECT_EQ(dimensionText(placed, *placed.find(invivo.id)), std::string(toString(codeNamed(with, "Among users").dimension)));
    EXPECT_EQ(placed.find(invivo.id)->origin, CodeOrigin::Emergent) << "it stays emergent: where it came from";
}

TEST(CodebookEditing, OriginAndCodingRulesTravelInTheCodebooksJson)
{
    std::vector<Code> codes = defaultCodebook().codes();
    codes[8].inclusion = "Time is named as what is lacking";
    codes[8].exclusion = "Time as a resource that is there";
    codes[8].exampleCodingId = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    const Codebook codebook = withCodeAdded(Codebook(codes), emergentCode(Codebook(codes), "Own words", ""));
    Problems problems;
    const Codebook back = codebookFromJson(codebookToJson(codebook), "codebook", problems);
    EXPECT_TRUE(problems.empty()) << describe(problems);
    EXPECT_EQ(back.codes(), codebook.codes());
    EXPECT_EQ(codebookToJson(codebook)["codes"].back()["origin"], "emergent");
    EXPECT_EQ(codebookToJson(codebook)["codes"][0]["origin"], "a priori");
    EXPECT_THROW(withFields(codes[0], nlohmann::json{{"origin", "invented"}}), InvalidInput);
}

TEST(CodebookEditing, MergingACodeMovesItsCodingsFoldsDuplicatesAndRemovesIt)
{
    Codebook codebook = withCodeAdded(defaultCodebook(), emergentCode(defaultCodebook(), "No time", ""));
    const Code from = codeNamed(codebook, "No time");
    codebook = withCodeAdded(codebook, newCode("Evenings", from.id));
    const Code into = codeNamed(codebook, "Lack of time");
    const auto coding = [](const std::string& id, const Code& code, const std::string& coder, const std::string& text,
                           const std::string& memo, const std::string& condensed) {
        Coding c;
        c.id = id;
        c.codeId = code.id;
        c.coder = coder;
        c.time = "2026-12-07T10:00:00Z";
        c.text = text;
        c.memo = memo;
        c.condensed = condensed;
        return c;
    };
    const std::vector<Coding> codings{coding("a1", from, "Anna", "Time, above all.", "memo A", "no time"),
                                      coding("a2", from, "Bo", "Time, above all.", "", ""),
                                      coding("b1", into, "Anna", "Time, above all.", "memo B", ""),
                                      coding("a3", from, "Anna", "We never got the time", "", "never")};
    const auto key = [](const Coding& c) { return c.text; };
    const auto samePassage = [](const Coding& a, const Coding& b) { return a.text == b.text; };
    const CodeMerge merge = mergeCodes(codebook, codings, from.id, into.id, key, samePassage);
    EXPECT_EQ(merge.codebook.find(from.id), nullptr);
    const Code& evenings = codeNamed(merge.codebook, "Evenings");
    EXPECT_EQ(evenings.parentId, into.id) << "the code below it moves under the code merged into";
    EXPECT_EQ(evenings.dimension, into.dimension);
    EXPECT_EQ(merge.removed, std::vector<std::string>{"a1"}) << "Anna coded that passage with both: one coding stays";
    std::map<std::string, Coding> changed;
    for (const Coding& c : merge.changed)
        changed[c.id] = c;
    ASSERT_EQ(changed.size(), 3u);
    EXPECT_EQ(changed["a2"].codeId, into.id) << "Bo's coding of the same passage is his own: it stays, as B's";
    EXPECT_EQ(changed["a3"].codeId, into.id);
    EXPECT_EQ(changed["a3"].coder, "Anna");
    EXPECT_EQ(changed["a3"].condensed, "never");
    EXPECT_EQ(changed["a3"].time, "2026-12-07T10:00:00Z") << "coder, notes and time kept";
    EXPECT_EQ(changed["b1"].memo, "memo B\n\nmemo A") << "the folded coding's notes join the one that stays";
    EXPECT_EQ(changed["b1"].condensed, "no time");

    const auto refused = [&](const std::string& a, const std::string& b) {
        try {
            mergeCodes(codebook, codings, a, b, key, samePassage);
        } catch (const InvalidInput& error) {
            return describe(error.problems());
        }
        return std::string("accepted");
    };
    EXPECT_NE(refused(from.id, from.id).find("into itself"), std::string::npos);
    EXPECT_NE(refused(from.id, codeNamed(codebook, "Evenings").id).find("its own descendant"), std::string::npos);
    EXPECT_NE(refused(codeNamed(codebook, "Resources").id, into.id).find("a dimension of the triangle"), std::string::npos);
    EXPECT_NE(refused(from.id, "00000000-0000-4000-8000-000000000000").find("is not the id of a code"), std::string::npos);
    std::vector<Code> codes = codebook.codes();
    for (Code& code : codes)
        if (code.id == into.id)
            code.retired = true;
    EXPECT_THROW(mergeCodes(Codebook(codes), codings, from.id, into.id, key, samePassage), InvalidInput);
}

TEST(CodebookEditing, ACodeMayBeDraggedUnderAnotherButNotADimensionNorBelowItself)
{
    Codebook codebook = defaultCodebook();
    const Code waiting = emergentCode(codebook, "Waiting", "");
    codebook = withCodeAdded(codebook, waiting);
    const auto id = [&](const std::string& name) { return codesCalled(codebook, name).front()->id; };
    EXPECT_TRUE(canMoveUnder(codebook, waiting.id, id("Lack of time")));
    EXPECT_TRUE(canMoveUnder(codebook, id("Lack of time"), id("Discourses")));
    EXPECT_FALSE(canMoveUnder(codebook, id("Resources"), id("Discourses"))) << "a dimension is the frame";
    EXPECT_FALSE(canMoveUnder(codebook, id("Lack of access to resources"), id("Lack of time"))) << "below itself";
    EXPECT_FALSE(canMoveUnder(codebook, id("Lack of time"), id("Lack of access to resources"))) << "where it is";
    EXPECT_FALSE(canMoveUnder(codebook, waiting.id, waiting.id));
    EXPECT_FALSE(canMoveUnder(codebook, waiting.id, "no-such-code"));
    EXPECT_TRUE(isDimension(*codebook.find(id("Contexts"))));
    EXPECT_FALSE(isDimension(waiting)) << "an emergent code at the top waits to be placed";
}
