#include "core/Problem.hpp"
#include "core/Pseudonymisation.hpp"

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
    // numbered apart, the most frequent first (both twice here)
    EXPECT_EQ((std::set<std::string>{candidate(found, "Åsa Berg")->replacement, candidate(found, "Lund")->replacement}),
              (std::set<std::string>{"[Name 1]", "[Name 2]"}));
}
