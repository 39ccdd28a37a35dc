#include "core/Problem.hpp"
#include "core/OfficeFiles.hpp"
#include "core/Pseudonymisation.hpp"
#include "core/PseudonymisedFiles.hpp"
#include "core/RecordPacks.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace pt;

namespace {

PseudonymKey keyOf(std::initializer_list<PseudonymTerm> terms)
{
    return PseudonymKey{terms};
}

std::string replacedIn(const std::string& text, const PseudonymKey& key)
{
    PseudonymisationCount count;
    return pseudonymised(text, key, count);
}

std::string refusalOf(const std::string& json)
{
    try {
        keyFromJson(json);
    } catch (const Refusal& refusal) {
        EXPECT_EQ(refusal.field(), "key");
        return refusal.what();
    }
    return "";
}

const IdentifyingCandidate* candidate(const std::vector<IdentifyingCandidate>& found, const std::string& text)
{
    const auto it = std::find_if(found.begin(), found.end(), [&](const auto& c) { return c.text == text; });
    return it == found.end() ? nullptr : &*it;
}

} // namespace

TEST(Pseudonymisation, LongerTermsGoFirstSoNoPartOfANameIsLeft)
{
    const auto key = keyOf({{"Christina", "[Nurse 1]"}, {"Christina M", "[Nurse 2]"}});
    EXPECT_EQ(replacedIn("Christina M said that Christina came.", key), "[Nurse 2] said that [Nurse 1] came.");
}

TEST(Pseudonymisation, WholeWordsAndCaseAreTheTermsOwn)
{
    const auto key = keyOf({{"Ann", "[Relative 1]", true, true}, {"åsa", "[Relative 2]", true, false}});
    EXPECT_EQ(replacedIn("Ann and Anna met ÅSA, Åsa's sister, and Åsabo.", key),
              "[Relative 1] and Anna met [Relative 2], [Relative 2]'s sister, and Åsabo.");
    const auto parts = keyOf({{"Berg", "[Place 1]", false, true}});
    EXPECT_EQ(replacedIn("Bergby and Berg", parts), "[Place 1]by and [Place 1]");
}

TEST(Pseudonymisation, CountsByTermAndKeepsCharactersBeyondTheBasicPlaneWhole)
{
    const auto key = keyOf({{"Åsa", "[Relative 1]"}, {"Lund", "[Place 1]"}});
    PseudonymisationCount count;
    EXPECT_EQ(pseudonymised("😀Åsa in Lund, Åsa 😀", key, count), "😀[Relative 1] in [Place 1], [Relative 1] 😀");
    EXPECT_EQ(count.replaced, 3u);
    EXPECT_EQ(count.byTerm.at("Åsa"), 2u);
    EXPECT_EQ(count.byTerm.at("Lund"), 1u);
    EXPECT_EQ(countJson(count), R"({"byTerm":{"Lund":1,"Åsa":2},"codingsTouched":0,"replaced":3})");
}

TEST(Pseudonymisation, PassagesFollowTheTextAndWidenToAWholePseudonym)
{
    const auto key = keyOf({{"Anna", "[Nurse 1]"}});
    const std::u32string text = U"Then Anna left. Anna";
    const auto matches = findTerms(text, key);
    ASSERT_EQ(matches.size(), 2u);
    const auto spans = spansAfterReplacing({{0, 9}, {5, 9}, {6, 8}, {10, 15}, {16, 20}, {0, 4}}, matches, key);
    const std::u32string after = replaceTerms(text, matches, key);
    ASSERT_EQ(after, U"Then [Nurse 1] left. [Nurse 1]");
    auto textOf = [&](TextSpan span) { return after.substr(span.begin, span.end - span.begin); };
    EXPECT_EQ(textOf(spans[0]), U"Then [Nurse 1]");
    EXPECT_EQ(textOf(spans[1]), U"[Nurse 1]");
    EXPECT_EQ(textOf(spans[2]), U"[Nurse 1]"); // part of the name: the whole pseudonym
    EXPECT_EQ(textOf(spans[3]), U"left.");
    EXPECT_EQ(textOf(spans[4]), U"[Nurse 1]");
    EXPECT_EQ(textOf(spans[5]), U"Then");
}

TEST(Pseudonymisation, KeysTravelAsJsonAndCsv)
{
    const auto key = keyFromJson(R"({"terms": [{"term": "Åsa", "replacement": "[Relative 1]", "wholeWord": true, "matchCase": false},
                                               {"term": "Lund, Skåne", "replacement": "[Place \"1\"]"}]})");
    ASSERT_EQ(key.terms.size(), 2u);
    EXPECT_FALSE(key.terms[0].matchCase);
    EXPECT_TRUE(key.terms[1].wholeWord);
    const auto again = keyFromCsv(keyToCsv(key));
    ASSERT_EQ(again.terms.size(), 2u);
    EXPECT_EQ(again.terms[1].term, "Lund, Skåne");
    EXPECT_EQ(again.terms[1].replacement, "[Place \"1\"]");
    EXPECT_FALSE(again.terms[0].matchCase);
    EXPECT_EQ(keyFromJson(keyToJson(key)).terms[0].replacement, "[Relative 1]");
    // As Swedish Calc saves it: a byte order mark, semicolons, no flag columns.
    const auto swedish = keyFromFile("\xEF\xBB\xBFterm;replacement\r\nÅsa;[Anhörig 1]\r\n\r\n", "nyckel.CSV");
    ASSERT_EQ(swedish.terms.size(), 1u);
    EXPECT_EQ(swedish.terms[0].replacement, "[Anhörig 1]");
    EXPECT_TRUE(swedish.terms[0].matchCase);
}

TEST(Pseudonymisation, BadKeysAreRefusedSayingWhy)
{
    EXPECT_NE(refusalOf("{\"terms\": [{\"term\": \"\", \"replacement\": \"[P]\"}]}").find("empty"), std::string::npos);
    EXPECT_NE(refusalOf("{\"terms\": [{\"term\": \"A\", \"replacement\": \"[P]\"}]}").find("single character"), std::string::npos);
    EXPECT_NE(refusalOf(R"({"terms": [{"term": "Anna", "replacement": "[Anna's mother]"}]})").find("contains \"Anna\""),
              std::string::npos);
    EXPECT_NE(refusalOf(R"({"terms": [{"term": "Anna", "replacement": "[P1]"}, {"term": "Anna", "replacement": "[P2]"}]})").find("twice"),
              std::string::npos);
    EXPECT_NE(refusalOf(R"({"terms": [{"term": "Anna", "replacement": "[P1]", "matchCase": false}, {"term": "ANNA", "replacement": "[P2]"}]})")
                  .find("twice"),
              std::string::npos);
    EXPECT_NE(refusalOf(R"({"terms": [{"term": "Anna", "replacement": ""}]})").find("no replacement"), std::string::npos);
    EXPECT_NE(refusalOf(R"({"terms": [{"term": "Anna", "replacement": "[P]", "wholeWord": "yes"}]})").find("not true or false"),
              std::string::npos);
    EXPECT_NE(refusalOf(R"({"terms": []})").find("no terms"), std::string::npos);
    EXPECT_NE(refusalOf(R"({"terms": [{"term": "Anna"}]})").find("no text \"replacement\""), std::string::npos);
    EXPECT_NE(refusalOf("{\"terms\": [").find("key"), std::string::npos);
    EXPECT_NE(refusalOf("[1, 2]").find("JSON object"), std::string::npos);
    EXPECT_THROW(keyFromCsv("name,pseudonym\nAnna,[P]\n"), Refusal);
    EXPECT_THROW(keyFromCsv("term,replacement,whole word\nAnna,[P],maybe\n"), Refusal);
    EXPECT_THROW(keyFromCsv("term,replacement\n\"Anna,[P]\n"), Refusal);
    // A term inside another is not a fault: the longer goes first.
    EXPECT_NO_THROW(keyFromJson(R"({"terms": [{"term": "Christina", "replacement": "[N1]"}, {"term": "Christina M", "replacement": "[N2]"}]})"));
}

TEST(Pseudonymisation, AKeyReversesOnACopy)
{
    const auto key = keyOf({{"Christina M", "[Nurse 2]"}, {"Christina", "[Nurse 1]"}});
    const std::string text = "Christina M met Christina.";
    EXPECT_EQ(replacedIn(replacedIn(text, key), reversedKey(key)), text);
    EXPECT_THROW(reversedKey(keyOf({{"Åsa", "[Relative 1]"}, {"Åsa Berg", "[Relative 1]"}})), Refusal);
}

TEST(Pseudonymisation, ThePayloadKeepsIdsCodersAndTimes)
{
    Payload payload;
    Coding coding;
    coding.id = "c1";
    coding.codeId = "code";
    coding.coder = "Anna Coder";
    coding.time = "2024-05-06T10:00:00Z";
    coding.memo = "Anna is Åsa's daughter";
    coding.text = "Åsa told Anna";
    coding.speaker = "Åsa";
    payload.codings.push_back(coding);
    Coding untouched = coding;
    untouched.id = "c2";
    untouched.memo = untouched.text = untouched.speaker = "nobody";
    payload.codings.push_back(untouched);
    Code code;
    code.id = "code";
    code.name = "Åsa's worry";
    payload.codebook = Codebook({code});
    const auto key = keyOf({{"Åsa", "[Relative 1]"}, {"Anna", "[Relative 2]"}});
    PseudonymisationCount count;
    pseudonymisePayload(payload, key, count);
    const Coding& changed = payload.codings[0];
    EXPECT_EQ(changed.memo, "[Relative 2] is [Relative 1]'s daughter");
    EXPECT_EQ(changed.text, "[Relative 1] told [Relative 2]");
    EXPECT_EQ(changed.speaker, "[Relative 1]");
    EXPECT_EQ(changed.coder, "Anna Coder");
    EXPECT_EQ(changed.time, "2024-05-06T10:00:00Z");
    EXPECT_EQ(payload.codebook.codes()[0].name, "[Relative 1]'s worry");
    EXPECT_EQ(count.codingsTouched, 1u);
    EXPECT_EQ(count.replaced, 6u);
}

TEST(Pseudonymisation, FindsWhatIdentifies)
{
    const std::u32string text =
        U"Interviewer: How was it?\nSigrid: My mother Åsa Berg lived in Lund. We called Åsa Berg every day. "
        U"Dr Holm said Lund was far. Then Holm rang 070-123 45 67 on 2021-03-04, or mail sigrid@example.se. "
        U"Her number was 19450312-1234. The Team met. The team was kind.";
    const auto found = findIdentifying(text, {"Interviewer", "Sigrid"}, keyOf({{"Sjöbo", "[Place 9]"}, {"Holm", "[Doctor 1]"}}));
    ASSERT_NE(candidate(found, "Sigrid"), nullptr);
    EXPECT_EQ(candidate(found, "Sigrid")->kind, "speaker");
    ASSERT_NE(candidate(found, "Åsa Berg"), nullptr);
    EXPECT_EQ(candidate(found, "Åsa Berg")->kind, "name");
    EXPECT_EQ(candidate(found, "Åsa Berg")->count, 2u);
    ASSERT_NE(candidate(found, "Lund"), nullptr);
    EXPECT_EQ(candidate(found, "Holm")->kind, "list"); // the team's list names it, with its pseudonym
    EXPECT_EQ(candidate(found, "Holm")->replacement, "[Doctor 1]");
    EXPECT_EQ(candidate(found, "Sjöbo"), nullptr); // not in this transcript
    EXPECT_EQ(candidate(found, "Team"), nullptr);  // also written in lower case: an ordinary word
    EXPECT_EQ(candidate(found, "My"), nullptr);    // opens a sentence
    ASSERT_NE(candidate(found, "2021-03-04"), nullptr);
    EXPECT_EQ(candidate(found, "2021-03-04")->kind, "date");
    EXPECT_EQ(candidate(found, "2021-03-04")->replacement, "[Date]");
    ASSERT_NE(candidate(found, "19450312-1234"), nullptr);
    EXPECT_EQ(candidate(found, "19450312-1234")->kind, "personalNumber");
    ASSERT_NE(candidate(found, "070-123 45 67"), nullptr);
    EXPECT_EQ(candidate(found, "070-123 45 67")->kind, "phone");
    ASSERT_NE(candidate(found, "sigrid@example.se"), nullptr);
    EXPECT_EQ(candidate(found, "sigrid@example.se")->kind, "email");
    SuggestedPseudonyms swedish;
    swedish.name = "[Namn #]";
    swedish.personalNumber = "[Personnummer]";
    const auto inSwedish = findIdentifying(text, {"Interviewer", "Sigrid"}, {}, swedish);
    EXPECT_EQ(candidate(inSwedish, "19450312-1234")->replacement, "[Personnummer]");
    EXPECT_EQ(candidate(inSwedish, "Åsa Berg")->replacement.rfind("[Namn ", 0), 0u);
    // numbered apart, the most frequent first (both twice here)
    EXPECT_EQ((std::set<std::string>{candidate(found, "Åsa Berg")->replacement, candidate(found, "Lund")->replacement}),
              (std::set<std::string>{"[Name 1]", "[Name 2]"}));
}

namespace {

std::optional<std::string> entryOf(const PackageEntries& entries, const std::string& name)
{
    for (const auto& [entry, bytes] : entries)
        if (entry == name)
            return bytes;
    return std::nullopt;
}

} // namespace

TEST(PseudonymisedFiles, AnOdtKeepsItsCodingsFormattingAndEverythingElse)
{
    Payload payload;
    Coding coding;
    coding.id = "01234567-89ab-cdef-0123-456789abcdef";
    coding.codeId = "11111111-2222-3333-4444-555555555555";
    coding.coder = "Coder";
    coding.time = "2024-01-01T00:00:00Z";
    coding.memo = "Åsa was upset";
    coding.text = "Åsa Berg said";
    coding.speaker = "Åsa";
    payload.codings.push_back(coding);
    Code code;
    code.id = "11111111-2222-3333-4444-555555555555";
    code.name = "Worry";
    payload.codebook = Codebook({code});
    std::string properties;
    for (const auto& [name, value] : storedPayload(payload))
        properties += "<meta:user-defined meta:name=\"" + name + "\" meta:value-type=\"string\">" + value + "</meta:user-defined>";
    const std::string ns = R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/")";
    PackageEntries entries{
        {"mimetype", "application/vnd.oasis.opendocument.text"},
        {"content.xml", "<office:document-content " + ns + "><office:body><office:text>"
                        "<text:p>Åsa: <text:bookmark-start text:name=\"_PT0123456789abcdef0123456789abcdef\"/><text:span>Åsa B</text:span>erg "
                        "said<text:bookmark-end text:name=\"_PT0123456789abcdef0123456789abcdef\"/> in Lund<text:note><text:note-citation>1</text:note-citation>"
                        "<text:note-body><text:p>Lund again</text:p></text:note-body></text:note>; Lundberg stays.</text:p>"
                        "</office:text></office:body></office:document-content>"},
        {"meta.xml", "<office:document-meta " + ns + "><office:meta><dc:title>About Åsa Berg</dc:title>"
                     "<meta:user-defined meta:name=\"Other\">Lund</meta:user-defined>" + properties + "</office:meta></office:document-meta>"},
        {"Thumbnails/thumbnail.png", "picture of Åsa Berg"},
        {"META-INF/manifest.xml", R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">)"
                                  R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
                                  R"(<manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/></manifest:manifest>)"},
    };
    const PseudonymKey key{{{"Åsa Berg", "[Relative 1]"}, {"Åsa", "[Relative 2]"}, {"Lund", "[Place 1]"}}};
    const PseudonymisationCount count = pseudonymisePackage(entries, key, "t.odt");
    EXPECT_EQ(count.byTerm.at("Åsa Berg"), 2u); // the text (over a change of formatting) and the title
    EXPECT_EQ(count.byTerm.at("Åsa"), 1u);
    EXPECT_EQ(count.byTerm.at("Lund"), 2u); // the text and the note; not Lundberg, not another program's property
    EXPECT_EQ(count.codingsTouched, 1u);
    EXPECT_FALSE(entryOf(entries, "Thumbnails/thumbnail.png"));
    EXPECT_EQ(entryOf(entries, "META-INF/manifest.xml")->find("Thumbnails"), std::string::npos);
    EXPECT_NE(entryOf(entries, "content.xml")->find("<text:span>[Relative 1]</text:span>"), std::string::npos);
    EXPECT_NE(entryOf(entries, "meta.xml")->find("<dc:title>About [Relative 1]</dc:title>"), std::string::npos);
    EXPECT_NE(entryOf(entries, "meta.xml")->find(">Lund</meta:user-defined>"), std::string::npos);

    const OfficeFile file = readOfficePackage("t.odt", [&](const std::string& path) { return entryOf(entries, path); });
    EXPECT_TRUE(file.problems.empty()) << describe(file.problems);
    EXPECT_EQ(toUtf8(file.document.text), "[Relative 2]: [Relative 1] said in [Place 1]; Lundberg stays.");
    ASSERT_EQ(file.document.codings.size(), 1u);
    const Coding& read = file.document.codings[0];
    EXPECT_EQ(read.memo, "[Relative 2] was upset");
    EXPECT_EQ(read.text, "[Relative 1] said");
    EXPECT_EQ(read.speaker, "[Relative 2]");
    EXPECT_EQ(read.coder, "Coder");
    EXPECT_EQ(read.time, "2024-01-01T00:00:00Z");
    const TextSpan span = file.document.spans.at(coding.id);
    EXPECT_EQ(toUtf8(file.document.text.substr(span.begin, span.end - span.begin)), "[Relative 1] said");
}

TEST(PseudonymisedFiles, ADocxRunSplitNameAndItsProperties)
{
    const std::string w = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
    PackageEntries entries{
        {"word/document.xml", "<w:document " + w + "><w:body><w:p><w:r><w:t xml:space=\"preserve\">Dear Chris</w:t></w:r>"
                              "<w:r><w:rPr><w:b/></w:rPr><w:t>tina M</w:t></w:r><w:r><w:instrText>Christina</w:instrText></w:r>"
                              "<w:r><w:t>, and Christina.</w:t></w:r></w:p></w:body></w:document>"},
        {"word/header1.xml", "<w:hdr " + w + "><w:p><w:r><w:t>Christina M</w:t></w:r></w:p></w:hdr>"},
        {"docProps/core.xml", R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Christina M</dc:creator></cp:coreProperties>)"},
    };
    const PseudonymKey key{{{"Christina", "[Nurse 1]"}, {"Christina M", "[Nurse 2]"}}};
    const PseudonymisationCount count = pseudonymisePackage(entries, key, "t.docx");
    EXPECT_EQ(count.byTerm.at("Christina M"), 3u);
    EXPECT_EQ(count.byTerm.at("Christina"), 1u); // not the field code's
    const std::string document = *entryOf(entries, "word/document.xml");
    EXPECT_NE(document.find("<w:t xml:space=\"preserve\">Dear [Nurse 2]</w:t>"), std::string::npos) << document;
    EXPECT_NE(document.find("<w:b/></w:rPr><w:t></w:t>"), std::string::npos) << document;
    EXPECT_NE(document.find("<w:t>, and [Nurse 1].</w:t>"), std::string::npos) << document;
    EXPECT_NE(entryOf(entries, "docProps/core.xml")->find("<dc:creator>[Nurse 2]</dc:creator>"), std::string::npos);
    PseudonymisationCount flat;
    EXPECT_THROW(pseudonymisedFlatOdt("<x/>", key, "t.fodt", flat), InvalidInput);
    PackageEntries neither{{"a.txt", "Christina"}};
    EXPECT_THROW(pseudonymisePackage(neither, key, "t.zip"), InvalidInput);
}
