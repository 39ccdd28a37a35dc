#include "core/CodebookEditing.hpp"
#include "core/Colour.hpp"
#include "core/Guid.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>

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
