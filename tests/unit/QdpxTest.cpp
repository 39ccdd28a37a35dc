#include "core/Guid.hpp"
#include "core/Qdpx.hpp"
#include "core/QdpxPackage.hpp"
#include "core/QdpxVariables.hpp"

#include "SchemaErrors.hpp"

#include "CodeNamed.hpp"

#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;
using pt::test::codeNamed;
using pt::test::schemaErrors;

namespace {

const std::string kProjectSchema = std::string(PT_TEST_DATA) + "/refi-qda/Project.xsd";

ForeignCoding coded(std::u32string_view text, std::u32string_view passage, const std::string& code,
                    const std::string& coder, const std::string& memo = "")
{
    const std::size_t at = text.find(passage);
    EXPECT_NE(at, std::u32string_view::npos);
    ForeignCoding foreign;
    foreign.coding.id = newGuid();
    foreign.coding.codeId = codeNamed(defaultCodebook(), code).id;
    foreign.coding.coder = coder;
    foreign.coding.time = "2026-11-20T09:30:00Z";
    foreign.coding.memo = memo;
    foreign.coding.text = toUtf8(passage);
    foreign.span = TextSpan{at, at + passage.size()};
    return foreign;
}

QdpxProject sampleProject()
{
    QdpxProject project;
    project.name = "Interviews";
    project.codebook = defaultCodebook();
    QdpxSource source;
    source.guid = nameBasedGuid("source/interview 3.odt");
    source.name = "interview 3.odt";
    source.text = U"Åsa 😀: We never had the time.\nCoach: Ни минуты. 时间不够。\nÅsa: The forms took it all.";
    source.codings.push_back(coded(source.text, U"We never had the time.", "Lack of time", "Anna Åberg", "memo & <tags> 📓"));
    source.codings.push_back(coded(source.text, U"时间不够", "Lack of time", "Bo Berg"));
    source.codings.push_back(coded(source.text, U"The forms took it all.", "Lack of time", "Bo Berg"));
    source.hasRichText = true;
    project.sources.push_back(source);
    return project;
}

/// The texts of an exported package, found by their plainTextPath as an import finds them.
std::function<std::optional<std::string>(const std::string&)> filesOf(const QdpxContent& content)
{
    return [&content](const std::string& plainTextPath) -> std::optional<std::string> {
        std::vector<std::string> names;
        for (const auto& [name, bytes] : content.files)
            names.push_back(name);
        const QdpxPackage package(names, [&content](const std::string& entry) -> std::optional<std::string> {
            for (const auto& [name, bytes] : content.files)
                if (name == entry)
                    return bytes;
            return std::nullopt;
        });
        Problems lenient;
        return package.text(plainTextPath, lenient);
    };
}

} // namespace

TEST(Qdpx, ExportValidatesAgainstTheOfficialSchema)
{
    const QdpxContent content = writeQdpx(sampleProject(), {false, "2026-11-23T10:00:00Z"});
    EXPECT_EQ(schemaErrors(content.projectXml, kProjectSchema), "");
    ASSERT_EQ(content.files.size(), 1u);
    EXPECT_EQ(content.files[0].first, "sources/" + sampleProject().sources[0].guid + ".txt");
    EXPECT_NE(content.projectXml.find("richTextPath=\"internal://" + sampleProject().sources[0].guid + ".docx\""), std::string::npos);
    EXPECT_NE(content.projectXml.find("<User guid=\"" + nameBasedGuid("user/Bo Berg") + "\" name=\"Bo Berg\"/>"), std::string::npos);
}

TEST(Qdpx, EveryTranscriptIsASourceOfItsOwnEvenUnderOneName)
{
    // Two folders with a transcript of the same file name: powertri gave both one GUID and one text file.
    CodedDocument first;
    first.name = "interview.odt";
    first.codebook = defaultCodebook();
    first.text = U"Coach 1: the first interview.";
    CodedDocument second = first;
    second.text = U"Coach 2: another one altogether.";
    const Coding coding = coded(second.text, U"another one", "Lack of time", "Anna").coding;
    second.codings.push_back(coding);
    second.spans[coding.id] = TextSpan{9, 20};

    const QdpxProject project = projectOf({first, second}, {false, true});
    ASSERT_EQ(project.sources.size(), 2u);
    EXPECT_NE(project.sources[0].guid, project.sources[1].guid);
    EXPECT_EQ(project.name, "Power Triangle project");
    EXPECT_FALSE(project.sources[0].hasRichText);
    EXPECT_TRUE(project.sources[1].hasRichText);
    ASSERT_EQ(project.sources[1].codings.size(), 1u);
    EXPECT_EQ(project.sources[1].codings[0].span, (TextSpan{9, 20}));
    const QdpxContent content = writeQdpx(project, {false, "2026-12-06T10:00:00Z"});
    EXPECT_EQ(content.files.size(), 2u);
    EXPECT_NE(content.files[0].first, content.files[1].first);
    EXPECT_EQ(schemaErrors(content.projectXml, kProjectSchema), "");

    // The same on every export of a transcript; identical copies are numbered, never one GUID for two.
    EXPECT_EQ(projectOf({second}, {false}).sources[0].guid, project.sources[1].guid);
    const QdpxProject copies = projectOf({first, first}, {false, false});
    EXPECT_NE(copies.sources[0].guid, copies.sources[1].guid);
    EXPECT_EQ(copies.sources[0].guid, project.sources[0].guid);
}

TEST(Qdpx, OffsetsCountCodePointsOfThePlainText)
{
    const QdpxProject project = sampleProject();
    const QdpxContent content = writeQdpx(project, {});
    // "Åsa 😀: " is 7 code points (and 11 bytes, 8 UTF-16 units).
    EXPECT_NE(content.projectXml.find("startPosition=\"7\" endPosition=\"29\""), std::string::npos) << content.projectXml;
    EXPECT_EQ(content.files[0].second, toUtf8(project.sources[0].text));
}

TEST(Qdpx, WindowsLineEndsShiftLaterOffsets)
{
    const QdpxProject project = sampleProject();
    const QdpxContent lf = writeQdpx(project, {});
    const QdpxContent crlf = writeQdpx(project, {true, ""});
    EXPECT_NE(crlf.files[0].second.find("time.\r\nCoach"), std::string::npos);
    const std::u32string text = project.sources[0].text;
    const std::size_t forms = text.find(U"The forms");
    EXPECT_NE(lf.projectXml.find("startPosition=\"" + std::to_string(forms) + "\""), std::string::npos);
    EXPECT_NE(crlf.projectXml.find("startPosition=\"" + std::to_string(forms + 2) + "\""), std::string::npos);
    EXPECT_EQ(schemaErrors(crlf.projectXml, kProjectSchema), "");
}

TEST(Qdpx, ExportThenImportGivesTheSameCodings)
{
    for (bool crlf : {false, true}) {
        const QdpxProject project = sampleProject();
        const QdpxContent content = writeQdpx(project, {crlf, ""});
        const QdpxRead read = readQdpx(content.projectXml, filesOf(content), "2026-11-23T10:00:00Z");
        EXPECT_TRUE(read.notes.empty()) << describe(read.notes);
        ASSERT_EQ(read.project.sources.size(), 1u);
        const QdpxSource& source = read.project.sources[0];
        EXPECT_EQ(source.text, project.sources[0].text);
        EXPECT_EQ(source.name, "interview 3.odt");
        ASSERT_EQ(source.codings.size(), 3u);
        for (std::size_t i = 0; i < 3; ++i) {
            const Coding& in = project.sources[0].codings[i].coding;
            const Coding& out = source.codings[i].coding;
            EXPECT_EQ(out.id, in.id);
            EXPECT_EQ(out.codeId, in.codeId);
            EXPECT_EQ(out.coder, in.coder);
            EXPECT_EQ(out.memo, in.memo);
            EXPECT_EQ(out.time, in.time);
            EXPECT_EQ(out.text, in.text);
            EXPECT_EQ(*source.codings[i].span, *project.sources[0].codings[i].span);
        }
        EXPECT_EQ(codebookToJson(read.project.codebook), codebookToJson(project.codebook));
    }
}

TEST(Qdpx, ExportLeavesOutACodingOfACodeTheCodebookDoesNotHaveAndSaysSo)
{
    QdpxProject project = sampleProject();
    project.sources[0].codings[1].coding.codeId = "00000000-0000-4000-8000-00000000dead";
    const QdpxContent content = writeQdpx(project, {false, ""});
    EXPECT_EQ(content.projectXml.find("00000000-0000-4000-8000-00000000dead"), std::string::npos);
    EXPECT_EQ(describe(content.notes), "interview 3.odt: a coding (\"时间不够\") refers to a code the codebook does not have; left out");
    const QdpxRead read = readQdpx(content.projectXml, filesOf(content), "2026-11-24T10:00:00Z");
    EXPECT_TRUE(read.notes.empty()) << describe(read.notes);
    EXPECT_EQ(read.project.sources.at(0).codings.size(), 2u);
}

TEST(Qdpx, ImportsAHandWrittenProjectFromAnotherTool)
{
    // As MAXQDA would write it: CRLF in the text and counted in the offsets, a BOM, braced upper-case GUIDs,
    // a note on a passage, and things Power Triangle has no place for.
    const std::string text = "\xEF\xBB\xBFI: \xF0\x9F\x98\x80 Hello\r\nR: \xD0\x9D\xD0\xB8 \xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD1\x8B \xE6\x97\xB6\xE9\x97\xB4\r\nI: done";
    // Code points without the BOM: "I: 😀 Hello" 10, CRLF 2, "R: " 3: "Ни минуты" starts at 15, is 9 long.
    const std::string xml = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="From MAXQDA" origin="MAXQDA 2022">
 <Users><User guid="{8E3B4E5A-0000-4000-8000-000000000001}" name="Chen Wei"/></Users>
 <CodeBook><Codes>
  <Code guid="{8E3B4E5A-0000-4000-8000-0000000000C1}" name="Time" isCodable="true" color="#f00">
   <Code guid="8e3b4e5a-0000-4000-8000-0000000000c2" name="Too little" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Cases><Case guid="8e3b4e5a-0000-4000-8000-0000000000a1" name="Ward 1"/></Cases>
 <Sources>
  <TextSource guid="{8E3B4E5A-0000-4000-8000-0000000000D1}" name="Interview 7" plainTextPath="internal://doc7.txt">
   <PlainTextSelection guid="8e3b4e5a-0000-4000-8000-0000000000e1" startPosition="15" endPosition="24" creatingUser="{8E3B4E5A-0000-4000-8000-000000000001}">
    <Description>Said twice</Description>
    <Coding guid="{8E3B4E5A-0000-4000-8000-0000000000F1}" creationDateTime="2025-03-01T12:00:00">
     <CodeRef targetGUID="{8E3B4E5A-0000-4000-8000-0000000000C2}"/>
    </Coding>
    <NoteRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000b1"/>
   </PlainTextSelection>
   <PlainTextSelection guid="8e3b4e5a-0000-4000-8000-0000000000e2" startPosition="20" endPosition="999">
    <Coding guid="8e3b4e5a-0000-4000-8000-0000000000f2"><CodeRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000c2"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <PictureSource guid="8e3b4e5a-0000-4000-8000-0000000000d2" name="Whiteboard" path="internal://wb.png"/>
 </Sources>
 <Notes><Note guid="8e3b4e5a-0000-4000-8000-0000000000b1" name="n"><PlainTextContent>Check with R.</PlainTextContent></Note></Notes>
</Project>)";
    const auto files = [&](const std::string& path) -> std::optional<std::string> {
        return path == "internal://doc7.txt" ? std::optional<std::string>(text) : std::nullopt;
    };
    EXPECT_EQ(schemaErrors(xml, kProjectSchema), "") << "the test's own project must be valid";
    const QdpxRead read = readQdpx(xml, files, "2026-11-23T10:00:00Z");
    ASSERT_EQ(read.project.sources.size(), 1u);
    const QdpxSource& source = read.project.sources[0];
    EXPECT_EQ(toUtf8(source.text), "I: \xF0\x9F\x98\x80 Hello\nR: \xD0\x9D\xD0\xB8 \xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD1\x8B \xE6\x97\xB6\xE9\x97\xB4\nI: done");
    ASSERT_EQ(source.codings.size(), 1u);
    const Coding& coding = source.codings[0].coding;
    EXPECT_EQ(coding.text, "\xD0\x9D\xD0\xB8 \xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD1\x8B");
    EXPECT_EQ(source.codings[0].span->begin, 14u) << "one CR fewer before it";
    EXPECT_EQ(coding.id, "8e3b4e5a-0000-4000-8000-0000000000f1");
    EXPECT_EQ(coding.codeId, "8e3b4e5a-0000-4000-8000-0000000000c2");
    EXPECT_EQ(coding.coder, "Chen Wei");
    EXPECT_EQ(coding.memo, "Said twice\n\nCheck with R.");
    EXPECT_EQ(coding.time, "2025-03-01T12:00:00");
    const Code* parent = read.project.codebook.find("8e3b4e5a-0000-4000-8000-0000000000c1");
    ASSERT_TRUE(parent);
    EXPECT_EQ(parent->color, "#ff0000");
    const std::string notes = describe(read.notes);
    EXPECT_NE(notes.find("the case \"Ward 1\" refers to no document; not carried over"), std::string::npos) << notes;
    EXPECT_NE(notes.find("\"Whiteboard\" is not a text"), std::string::npos) << notes;
    EXPECT_NE(notes.find("(20 to 999) are not a passage"), std::string::npos) << notes;
}

TEST(Qdpx, RepeatedGuidsAndCodingsOfMissingCodesAreNamedAndNeverMisattributed)
{
    // Two codes share a guid, a coding refers to it, another to a code that is not there, and two codings
    // share a guid: only what is certain is carried over, and the notes say what happened to the rest.
    std::ifstream file(std::string(PT_TEST_DATA) + "/refi-qda/repeated-guids.qde");
    const std::string xml((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    ASSERT_FALSE(xml.empty());
    const auto files = [](const std::string& path) {
        return path == "internal://t.txt" ? std::optional<std::string>("Time and money") : std::nullopt;
    };
    const QdpxRead read = readQdpx(xml, files, "2026-11-24T10:00:00Z");
    ASSERT_EQ(read.project.sources.size(), 1u);
    const auto& codings = read.project.sources[0].codings;
    ASSERT_EQ(codings.size(), 2u);
    const std::string staff = "8e3b4e5a-0000-4000-8000-0000000000c2";
    EXPECT_EQ(codings[0].coding.id, "8e3b4e5a-0000-4000-8000-0000000000f3");
    EXPECT_EQ(codings[0].coding.codeId, staff);
    EXPECT_EQ(codings[0].coding.text, "Time");
    EXPECT_NE(codings[1].coding.id, codings[0].coding.id);
    EXPECT_EQ(codings[1].coding.codeId, staff);
    EXPECT_EQ(codings[1].coding.text, "and ");
    EXPECT_EQ(codeNamed(read.project.codebook, "Time").id, "8e3b4e5a-0000-4000-8000-0000000000c1");
    EXPECT_NE(codeNamed(read.project.codebook, "Money").id, "8e3b4e5a-0000-4000-8000-0000000000c1");
    const std::string notes = describe(read.notes);
    EXPECT_NE(notes.find("repeats the guid 8e3b4e5a-0000-4000-8000-0000000000c1 of an earlier code"), std::string::npos) << notes;
    EXPECT_NE(notes.find("which several codes carry"), std::string::npos) << notes;
    EXPECT_NE(notes.find("a code the codebook does not have"), std::string::npos) << notes;
    EXPECT_NE(notes.find("repeats the guid 8e3b4e5a-0000-4000-8000-0000000000f3 of an earlier one"), std::string::npos) << notes;
}

TEST(Qdpx, RefusesWhatIsNoProject)
{
    const auto none = [](const std::string&) { return std::optional<std::string>(); };
    EXPECT_THROW(readQdpx("<CodeBook/>", none, ""), InvalidInput);
    EXPECT_THROW(readQdpx("not xml", none, ""), InvalidInput);
    EXPECT_THROW(readQdpx("<!DOCTYPE Project [<!ENTITY a 'b'>]><Project name='x'/>", none, ""), InvalidInput);
    // An external entity would read a file of this machine into the project.
    EXPECT_THROW(readQdpx("<!DOCTYPE Project [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><Project name='&x;'/>", none, ""),
                 InvalidInput);
}

TEST(Qdpx, RefusesADoctypeBeforeParsingIt)
{
    // Nested entities in an attribute: libxml2 expands them while parsing (100,000,000 characters here), so
    // the declaration is refused before the parser sees it, behind a byte-order mark, comments and
    // processing instructions too.
    std::string entities = "<!ENTITY a \"aaaaaaaaaa\">";
    for (char level = 'b'; level <= 'i'; ++level)
        entities += std::string("<!ENTITY ") + level + " \"" + [&] {
            std::string ten;
            for (int i = 0; i < 10; ++i)
                ten += std::string("&") + static_cast<char>(level - 1) + ";";
            return ten;
        }() + "\">";
    const std::string laughs = "\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- a project -->\n<?tool x?>\n<!DOCTYPE Project ["
                               + entities + "]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&i;\"/>";
    const auto none = [](const std::string&) { return std::optional<std::string>(); };
    try {
        readQdpx(laughs, none, "");
        FAIL() << "accepted";
    } catch (const InvalidInput& refused) {
        EXPECT_EQ(refused.problems().front().describe(), "project.qde: declares a DOCTYPE, which a REFI-QDA file never has; refused");
    }
    // The words inside a text are text, not a declaration.
    const std::string text = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lt;!DOCTYPE\"/>";
    EXPECT_NO_THROW(readQdpx(text, none, ""));
}

TEST(Qdpx, FindsTheSourceOfADocumentByTextThenName)
{
    QdpxProject project = sampleProject();
    QdpxSource other;
    other.name = "interview 4.docx";
    other.text = U"Something else entirely.";
    project.sources.insert(project.sources.begin(), other);
    std::string how;
    EXPECT_EQ(matchingSource(project, "anything.odt", project.sources[1].text, how), &project.sources[1]);
    EXPECT_EQ(how, "the same text");
    EXPECT_EQ(matchingSource(project, "interview 4.odt", U"edited", how), &project.sources[0]);
    EXPECT_EQ(how, "the same name");
    EXPECT_EQ(matchingSource(project, "x.odt", U"Coach: Ни минуты. 时间不够。\nnew line", how), &project.sources[1]);
    EXPECT_EQ(matchingSource(project, "x.odt", U"nothing shared", how), nullptr);
}

TEST(Qdpx, AttributesTravelAsVariablesAndCases)
{
    QdpxProject project = sampleProject();
    project.sources[0].attributes = {{{"profession", AttributeType::Choice, {"nurse", "manager"}},
                                      {"years", AttributeType::Number, {}},
                                      {"interviewed", AttributeType::Date, {}}},
                                     {{"profession", std::string("nurse")}, {"years", 12.0}, {"interviewed", std::string("2024-03-05")}}};
    const QdpxContent content = writeQdpx(project, {false, "2026-12-06T10:00:00Z"});
    EXPECT_EQ(schemaErrors(content.projectXml, kProjectSchema), "");
    EXPECT_NE(content.projectXml.find("typeOfVariable=\"Integer\""), std::string::npos);
    EXPECT_NE(content.projectXml.find("<DateValue>2024-03-05</DateValue>"), std::string::npos);
    const QdpxRead read = readQdpx(content.projectXml, filesOf(content), "2026-12-06T10:00:00Z");
    ASSERT_EQ(read.project.sources.size(), 1u);
    const DocumentAttributes& back = read.project.sources[0].attributes;
    EXPECT_EQ(back.values, project.sources[0].attributes.values);
    EXPECT_EQ(describe(read.notes).find("variables"), std::string::npos) << describe(read.notes);
    const auto typeOf = [&](const std::string& name) {
        for (const AttributeDefinition& definition : back.definitions)
            if (definition.name == name)
                return definition.type;
        ADD_FAILURE() << "no definition of " << name;
        return AttributeType::Text;
    };
    EXPECT_EQ(typeOf("years"), AttributeType::Number);
    EXPECT_EQ(typeOf("interviewed"), AttributeType::Date);
    EXPECT_EQ(typeOf("profession"), AttributeType::Text) << "REFI-QDA has no lists of values: a choice goes as text";
}

TEST(Qdpx, CasesOfAnotherToolGiveTheirSourcesAttributes)
{
    const std::string xml = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Care">
 <Variables>
  <Variable guid="8e3b4e5a-0000-4000-8000-0000000000a1" name="Municipality" typeOfVariable="Text"/>
  <Variable guid="8e3b4e5a-0000-4000-8000-0000000000a2" name="Age" typeOfVariable="Integer"/>
 </Variables>
 <Cases>
  <Case guid="8e3b4e5a-0000-4000-8000-0000000000b1" name="Anna">
   <VariableValue><VariableRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000a1"/><TextValue>Umeå</TextValue></VariableValue>
   <VariableValue><VariableRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000a2"/><IntegerValue>forty</IntegerValue></VariableValue>
   <SourceRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000d1"/>
  </Case>
 </Cases>
 <Sources><TextSource guid="8e3b4e5a-0000-4000-8000-0000000000d1" name="Anna" plainTextPath="internal://a.txt">
  <VariableValue><VariableRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000a2"/><IntegerValue>41</IntegerValue></VariableValue>
 </TextSource></Sources>
</Project>)";
    // Not schema-valid on purpose: "forty" is no integer, and is noted, not read.
    const auto files = [](const std::string& path) {
        return path == "internal://a.txt" ? std::optional<std::string>("Anna: text") : std::nullopt;
    };
    const QdpxRead read = readQdpx(xml, files, "2026-12-06T10:00:00Z");
    ASSERT_EQ(read.project.sources.size(), 1u);
    const Attributes& values = read.project.sources[0].attributes.values;
    EXPECT_EQ(std::get<std::string>(values.at("Municipality")), "Umeå");
    EXPECT_EQ(std::get<double>(values.at("Age")), 41) << "the source's own value";
    EXPECT_NE(describe(read.notes).find("\"forty\" is not a number"), std::string::npos) << describe(read.notes);
}

TEST(Qdpx, ACasePerSpeakerRefersToEachOfTheSpeakersTurnsAndComesBack)
{
    CodedDocument document;
    document.name = "focus group 1.odt";
    document.codebook = defaultCodebook();
    document.text = U"Focus group, Umeå\nÅsa 😀: We never had the time.\nCoach: Ни минуты.\nÅsa 😀: The forms took it all.";
    document.attributes = {{{"municipality", AttributeType::Text, {}}}, {{"municipality", std::string("Umeå")}}};
    CodedDocument unlabelled;
    unlabelled.name = "notes.odt";
    unlabelled.text = U"No speaker labels in these notes.";
    unlabelled.attributes = {{}, {{"municipality", std::string("Lund")}}};
    const QdpxProject project = projectOf({document, unlabelled}, {false, false}, CasesPer::Speaker);
    const QdpxContent content = writeQdpx(project, {true, "2026-12-07T10:00:00Z"});
    EXPECT_EQ(schemaErrors(content.projectXml, kProjectSchema), "");
    const std::string& xml = content.projectXml;
    EXPECT_NE(xml.find("name=\"Åsa 😀 (focus group 1.odt)\""), std::string::npos) << xml;
    EXPECT_NE(xml.find("name=\"Coach (focus group 1.odt)\""), std::string::npos);
    EXPECT_NE(xml.find("<Case guid=\"" + nameBasedGuid("case/" + project.sources[1].guid) + "\" name=\"notes.odt\">"), std::string::npos)
        << "a transcript without labels keeps a case of its own";
    // Åsa's case refers to her two turns; with Windows line ends the second starts three characters later.
    const std::string asa = xml.substr(xml.find("(focus group 1.odt)"));
    const std::string second = refi::turnSelectionGuid(project.sources[0].guid, document.text.find(U"Åsa 😀: The forms"));
    EXPECT_LT(asa.find(second), asa.find("</Case>"));
    const std::size_t start = document.text.find(U"Åsa 😀: The forms") + 3;
    EXPECT_NE(xml.find("guid=\"" + second + "\" name=\"Åsa 😀\" startPosition=\"" + std::to_string(start) + "\""), std::string::npos);

    const QdpxRead read = readQdpx(content.projectXml, filesOf(content), "2026-12-07T10:00:00Z");
    ASSERT_EQ(read.project.sources.size(), 2u);
    EXPECT_EQ(std::get<std::string>(read.project.sources[0].attributes.values.at("municipality")), "Umeå");
    EXPECT_EQ(std::get<std::string>(read.project.sources[1].attributes.values.at("municipality")), "Lund");
    EXPECT_TRUE(read.project.sources[0].codings.empty());
    EXPECT_EQ(describe(read.notes), "") << "a speaker's turns are no passages without a code";
    EXPECT_EQ(writeQdpx(projectOf({document}, {false}), {}).projectXml.find("SelectionRef"), std::string::npos)
        << "cases per transcript unless the study says per speaker";
}

TEST(Qdpx, CasesOfOneDocumentThatDisagreeKeepTheFirstValueAndSaySo)
{
    const std::string xml = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Focus group">
 <Variables><Variable guid="8e3b4e5a-0000-4000-8000-0000000000a1" name="Profession" typeOfVariable="Text"/></Variables>
 <Cases>
  <Case guid="8e3b4e5a-0000-4000-8000-0000000000b1" name="Anna">
   <VariableValue><VariableRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000a1"/><TextValue>nurse</TextValue></VariableValue>
   <SelectionRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000c1"/>
  </Case>
  <Case guid="8e3b4e5a-0000-4000-8000-0000000000b2" name="Bo">
   <VariableValue><VariableRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000a1"/><TextValue>manager</TextValue></VariableValue>
   <SelectionRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000c2"/>
  </Case>
  <Case guid="8e3b4e5a-0000-4000-8000-0000000000b3" name="Nobody">
   <SelectionRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000c9"/>
  </Case>
 </Cases>
 <Sources><TextSource guid="8e3b4e5a-0000-4000-8000-0000000000d1" name="Group" plainTextPath="internal://a.txt">
  <PlainTextSelection guid="8e3b4e5a-0000-4000-8000-0000000000c1" startPosition="0" endPosition="9"/>
  <PlainTextSelection guid="8e3b4e5a-0000-4000-8000-0000000000c2" startPosition="9" endPosition="16"/>
 </TextSource></Sources>
</Project>)";
    EXPECT_EQ(schemaErrors(xml, kProjectSchema), "") << "the test's own project must be valid";
    const auto files = [](const std::string& path) {
        return path == "internal://a.txt" ? std::optional<std::string>("Anna: hi\nBo: yes") : std::nullopt;
    };
    const QdpxRead read = readQdpx(xml, files, "2026-12-07T10:00:00Z");
    ASSERT_EQ(read.project.sources.size(), 1u);
    EXPECT_EQ(std::get<std::string>(read.project.sources[0].attributes.values.at("Profession")), "nurse");
    const std::string notes = describe(read.notes);
    EXPECT_NE(notes.find("Profession: the case \"Bo\" gives \"manager\", the case \"Anna\" of the same document \"nurse\"; "
                         "the transcript keeps \"nurse\""), std::string::npos) << notes;
    EXPECT_NE(notes.find("the case \"Nobody\" refers to no document of the project"), std::string::npos) << notes;
    EXPECT_EQ(notes.find("without a code"), std::string::npos) << notes;
}

TEST(Qdpx, ACondensedMeaningUnitTravelsAsTheCodingsNoteAndComesBackAsItself)
{
    QdpxProject project = sampleProject();
    project.sources[0].codings[0].coding.condensed = "No time for meetings 😀";
    const QdpxContent content = writeQdpx(project, {false, "2026-12-07T10:00:00Z"});
    EXPECT_EQ(schemaErrors(content.projectXml, kProjectSchema), "");
    EXPECT_NE(content.projectXml.find("<Note guid=\"" + nameBasedGuid("condensed/" + project.sources[0].codings[0].coding.id)
                                      + "\" name=\"Condensed meaning unit\""),
              std::string::npos)
        << "other tools show it as the passage's note";
    const QdpxRead read = readQdpx(content.projectXml, filesOf(content), "2026-12-07T10:00:00Z");
    ASSERT_EQ(read.project.sources[0].codings.size(), 3u);
    const Coding& back = read.project.sources[0].codings[0].coding;
    EXPECT_EQ(back.condensed, "No time for meetings 😀");
    EXPECT_EQ(back.memo, "memo & <tags> 📓") << "the memo stays the memo";
    EXPECT_EQ(read.project.sources[0].codings[1].coding.condensed, "");
    EXPECT_EQ(describe(read.notes).find("note"), std::string::npos) << describe(read.notes);
}
