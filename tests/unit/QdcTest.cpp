#include "core/Guid.hpp"
#include "core/CodebookEditing.hpp"
#include "core/Qdc.hpp"

#include "SchemaErrors.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>

#include <memory>

using namespace pt;
using pt::test::codeNamed;
using pt::test::schemaErrors;

namespace {

const std::string kCodebookSchema = std::string(PT_TEST_DATA) + "/refi-qda/Codebook.xsd";

std::string notesOf(const QdcImport& imported)
{
    return describe(imported.notes);
}

} // namespace

TEST(Qdc, ExportValidatesAgainstTheOfficialSchema)
{
    std::vector<Code> codes = defaultCodebook().codes();
    codes[5].name = "Control \x01 characters & <markup> \"quoted\"";
    codes[5].example = "An example, åäö 😀";
    codes[7].retired = true;
    const std::string xml = exportQdc(Codebook(codes));
    EXPECT_EQ(schemaErrors(xml, kCodebookSchema), "");
    EXPECT_NE(xml.find("origin=\"Power Triangle\""), std::string::npos);
    EXPECT_NE(xml.find("<Set guid="), std::string::npos);
}

TEST(Qdc, TheSchemaCheckCatchesAnInvalidFile)
{
    std::string xml = exportQdc(defaultCodebook());
    xml.replace(xml.find("color=\"#"), 9, "color=\"red");
    EXPECT_NE(schemaErrors(xml, kCodebookSchema), "");
}

TEST(Qdc, RoundTripKeepsEverything)
{
    std::vector<Code> codes = defaultCodebook().codes();
    codes[3].example = "An example\nover two lines";
    codes[8].retired = true;
    const Codebook original(codes);
    const QdcImport back = importQdc(exportQdc(original));
    EXPECT_EQ(notesOf(back), "");
    ASSERT_EQ(back.codebook.codes().size(), original.codes().size());
    for (const Code& code : original.codes()) {
        const Code* read = back.codebook.find(code.id);
        ASSERT_TRUE(read) << code.name;
        EXPECT_EQ(read->name, code.name);
        EXPECT_EQ(read->parentId, code.parentId) << code.name;
        EXPECT_EQ(read->dimension, code.dimension) << code.name;
        EXPECT_EQ(read->polarity, code.polarity) << code.name;
        EXPECT_EQ(read->color, code.color) << code.name;
        EXPECT_EQ(read->codable, code.codable) << code.name;
        EXPECT_EQ(read->retired, code.retired) << code.name;
        EXPECT_EQ(read->definition, code.definition) << code.name;
        EXPECT_EQ(read->example, code.example) << code.name;
    }
}

TEST(Qdc, ReadsRealWorldFilesLenientlyAndSaysWhatItChanged)
{
    // As other tools write them: braces and upper case, #RGB, no colour, no isCodable, a set of their own,
    // a repeated GUID, a top-level code that is no dimension, an element we do not know.
    const std::string xml = R"(<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
  <Codes>
    <Code guid="{9F2B1C4E-1A2B-4C3D-8E9F-0A1B2C3D4E5F}" name="Resources" isCodable="false" color="#06A">
      <Code guid="11111111-2222-4333-8444-555555555555" name="Money" isCodable="true">
        <Description>Funding, budgets</Description>
      </Code>
    </Code>
    <Code guid="11111111-2222-4333-8444-555555555555" name="Trust" color="#ZZZZZZ"/>
    <Code guid="not-a-guid" name="Trust"/>
    <Extra/>
  </Codes>
  <Sets>
    <Set guid="22222222-2222-4333-8444-555555555555" name="Enablers">
      <MemberCode guid="11111111-2222-4333-8444-555555555555"/>
    </Set>
    <Set guid="33333333-2222-4333-8444-555555555555" name="Important"/>
  </Sets>
</CodeBook>)";
    const QdcImport imported = importQdc(xml, Dimension::Contexts);
    const Codebook& codebook = imported.codebook;
    ASSERT_EQ(codebook.codes().size(), 4u);
    const Code& resources = codeNamed(codebook, "Resources");
    EXPECT_EQ(resources.id, "9f2b1c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    EXPECT_EQ(resources.color, "#0066aa");
    EXPECT_EQ(resources.dimension, Dimension::Resources);
    const Code& money = codeNamed(codebook, "Money");
    EXPECT_EQ(money.dimension, Dimension::Resources);
    EXPECT_EQ(money.polarity, Polarity::Enabler);
    EXPECT_EQ(money.definition, "Funding, budgets");
    EXPECT_EQ(codeNamed(codebook, "Trust").dimension, Dimension::Contexts);
    EXPECT_TRUE(isGuid(codeNamed(codebook, "Trust").id));
    EXPECT_EQ(codeNamed(codebook, "Trust (2)").parentId, "");

    const std::string notes = notesOf(imported);
    EXPECT_EQ(notes.find("/CodeBook/Codes/Code[1]/Code[1]"), std::string::npos) << "that code is complete:\n" << notes;
    for (const char* expected : {
             "/CodeBook/Codes/Code[2]: repeats the guid 11111111-2222-4333-8444-555555555555 of an earlier code; it got a new one",
             "/CodeBook/Codes/Code[2]: does not say whether it is codable; it is",
             "/CodeBook/Codes/Code[2]: colour \"#ZZZZZZ\" is not #RRGGBB or #RGB; it got another",
             "/CodeBook/Codes/Code[3]: guid \"not-a-guid\" is not a GUID; it got a new one",
             "/CodeBook/Codes: element <Extra> is not part of a codebook; ignored",
             "/CodeBook/Sets/Set[2]: the set \"Important\" has no meaning in Power Triangle; ignored",
             "/CodeBook/Codes/Code[2]: \"Trust\" is not under a dimension; it was put in contexts",
             "/CodeBook/Codes/Code[3]: a code beside it is also called \"Trust\"; renamed \"Trust (2)\"",
         })
        EXPECT_NE(notes.find(expected), std::string::npos) << "missing: " << expected << "\nin:\n" << notes;
}

TEST(Qdc, RefusesWhatIsNoCodebook)
{
    const auto problemOf = [](const std::string& xml) {
        try {
            importQdc(xml);
            return std::string("(accepted)");
        } catch (const InvalidInput& error) {
            return error.problems().front().describe();
        }
    };
    EXPECT_NE(problemOf("<CodeBook><Codes><Code").find("codebook: is not well-formed XML"), std::string::npos);
    EXPECT_EQ(problemOf("<Project/>"), "codebook: is not a REFI-QDA codebook (its root element is not <CodeBook>)");
    EXPECT_EQ(problemOf("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>"), "codebook: has no <Codes>");
    const std::string laughs = R"(<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-2222-4333-8444-555555555555" name="&c;" isCodable="true"/></Codes></CodeBook>)";
    EXPECT_EQ(problemOf(laughs), "codebook: declares a DOCTYPE, which a REFI-QDA file never has; refused");
    const std::string external = R"(<?xml version="1.0"?>
<!DOCTYPE CodeBook SYSTEM "file:///etc/passwd">
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>)";
    EXPECT_EQ(problemOf(external), "codebook: declares a DOCTYPE, which a REFI-QDA file never has; refused");
}

TEST(Qdc, EmergentCodesComeBackEmergentAndOutsideTheTriangle)
{
    const Codebook codebook = withCodeAdded(defaultCodebook(), emergentCode(defaultCodebook(), "", "only a relative"));
    const std::string xml = exportQdc(codebook);
    EXPECT_EQ(schemaErrors(xml, kCodebookSchema), "");
    const QdcImport imported = importQdc(xml);
    const Code& back = codeNamed(imported.codebook, "only a relative");
    EXPECT_EQ(back.origin, CodeOrigin::Emergent);
    EXPECT_FALSE(insideTriangle(imported.codebook, back));
    EXPECT_EQ(notesOf(imported).find("only a relative"), std::string::npos) << notesOf(imported);
    EXPECT_EQ(codeNamed(imported.codebook, "Lack of time").origin, CodeOrigin::APriori);
}
