#include "core/Agreement.hpp"
#include "core/AgreementDocument.hpp"
#include "core/Problem.hpp"

#include <gtest/gtest.h>

using namespace pt;

namespace {

CodedSpan span(const std::string& coder, std::size_t begin, std::size_t end, const std::string& code = "c")
{
    return {coder, code, begin, end, {}, {}};
}

/// One character per unit: `ratings[coder][unit]` is 1 where the coder coded it.
std::vector<CodedSpan> perCharacter(const std::vector<std::string>& coders, const std::vector<std::vector<int>>& ratings)
{
    std::vector<CodedSpan> spans;
    for (std::size_t c = 0; c < coders.size(); ++c)
        for (std::size_t unit = 0; unit < ratings[c].size(); ++unit)
            if (ratings[c][unit])
                spans.push_back(span(coders[c], unit, unit + 1));
    return spans;
}

} // namespace

TEST(Agreement, CohensKappaOfTheTextbookTwoByTwoTable)
{
    // 50 units: both 20, only A 5, only B 10, neither 15 (the example of Cohen's kappa on Wikipedia):
    // p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.4.
    const auto report = measureAgreement({span("A", 0, 25), span("B", 0, 20), span("B", 25, 35)}, {"B", "A"}, {"c"}, 50);
    const AgreementFigures& figures = report.byCode.at("c");
    EXPECT_EQ(report.coders, (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(figures.characters, 50u);
    EXPECT_DOUBLE_EQ(*figures.percentAgreement, 70.0);
    EXPECT_NEAR(*figures.kappa, 0.4, 1e-12);
}

TEST(Agreement, RestrictedToCodedTextTheUncodedCharactersNoLongerCount)
{
    // The same table without the 15 characters nobody coded: p_o = 20/35, p_e = (25·30 + 10·5)/35²,
    // kappa = (700 - 800) / (1225 - 800) = -4/17.
    const auto report = measureAgreement({span("A", 0, 25), span("B", 0, 20), span("B", 25, 35)}, {"A", "B"}, {"c"}, 50);
    const AgreementFigures& figures = report.byCodeInCodedText.at("c");
    EXPECT_EQ(figures.characters, 35u);
    EXPECT_NEAR(*figures.percentAgreement, 100.0 * 20 / 35, 1e-9);
    EXPECT_NEAR(*figures.kappa, -4.0 / 17, 1e-12);
}

TEST(Agreement, KrippendorffsAlphaOfHisTwoObserverExample)
{
    // Krippendorff, "Computing Krippendorff's alpha-reliability" (2011), nominal data, two observers, ten
    // units: alpha = 1 - 19·8 / (2·14·6) = 0.095.
    const auto spans = perCharacter({"A", "B"}, {{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}});
    const auto report = measureAgreement(spans, {"A", "B"}, {"c"}, 10);
    EXPECT_NEAR(*report.byCode.at("c").alpha, 1.0 - 152.0 / 168.0, 1e-12);
    EXPECT_NEAR(*report.byCode.at("c").alpha, 0.095, 0.0005);
}

TEST(Agreement, AlphaForThreeCodersByHand)
{
    // Units coded by 3, 0, 2 and 1 of three coders: disagreeing coincidences 0 + 0 + 2 + 2 = 4, n = 12,
    // n_1 = n_0 = 6, alpha = 1 - 4 / (2·6·6/11) = 1 - 44/72.
    const auto spans = perCharacter({"A", "B", "C"}, {{1, 0, 1, 0}, {1, 0, 1, 0}, {1, 0, 0, 1}});
    const auto report = measureAgreement(spans, {"A", "B", "C"}, {"c"}, 4);
    const AgreementFigures& figures = report.byCode.at("c");
    EXPECT_NEAR(*figures.alpha, 1.0 - 44.0 / 72.0, 1e-12);
    EXPECT_FALSE(figures.kappa) << "Cohen's kappa is for two coders";
    EXPECT_FALSE(figures.percentAgreement);
}

TEST(Agreement, OverlapsCountOnceOthersAreLeftOutAndCodesPoolInTheOverall)
{
    const std::vector<CodedSpan> spans{span("A", 0, 6), span("A", 4, 10), // overlapping: 0..10 once
                                       span("B", 0, 10),
                                       span("A", 20, 30, "d"),               // code d: A only
                                       span("C", 0, 40),                     // not a coder asked about
                                       span("A", 0, 40, "e"),                // not a code asked about
                                       span("B", 35, 80, "d")};              // runs past the text: clipped
    const auto report = measureAgreement(spans, {"A", "B"}, {"c", "d"}, 40);
    EXPECT_DOUBLE_EQ(*report.byCode.at("c").percentAgreement, 100.0);
    EXPECT_DOUBLE_EQ(*report.byCode.at("c").kappa, 1.0);
    EXPECT_DOUBLE_EQ(*report.byCode.at("d").percentAgreement, 100.0 * 25 / 40);
    // Pooled: 80 units, of which 15 disagree (10 of d by A, 5 of d by B).
    EXPECT_EQ(report.overall.characters, 80u);
    EXPECT_DOUBLE_EQ(*report.overall.percentAgreement, 100.0 * 65 / 80);
    // Coded text: 0..10, 20..30 and 35..40, 25 characters, for each code; C's and code e's spans do not count.
    EXPECT_EQ(report.byCodeInCodedText.at("d").characters, 25u);
    EXPECT_EQ(report.overallInCodedText.characters, 50u);
    EXPECT_DOUBLE_EQ(*report.byCodeInCodedText.at("d").percentAgreement, 100.0 * 10 / 25);
}

TEST(Agreement, WithoutVariationKappaAndAlphaAreUndefinedAndOneCoderIsRefused)
{
    const auto report = measureAgreement({}, {"A", "B"}, {"c"}, 100);
    EXPECT_DOUBLE_EQ(*report.byCode.at("c").percentAgreement, 100.0);
    EXPECT_FALSE(report.byCode.at("c").kappa);
    EXPECT_FALSE(report.byCode.at("c").alpha);
    EXPECT_EQ(report.byCodeInCodedText.at("c").characters, 0u);
    EXPECT_THROW(measureAgreement({}, {"A", "A"}, {"c"}, 100), InvalidInput);
}

TEST(Agreement, DisagreementsAreStretchesOfOverlappingSpansNotCodedAlike)
{
    // Code c: A [0,10) and B [5,15) overlap: one disagreement of 10 characters (0-5 and 10-15).
    // A and B both [20,30): agreement. Only B [40,45): a disagreement of 5. Code d: only A [50,60).
    const std::vector<CodedSpan> spans{span("A", 0, 10), span("B", 5, 15), span("A", 20, 30), span("B", 20, 30),
                                       span("B", 40, 45), span("A", 50, 60, "d")};
    const auto found = findDisagreements(spans, {"A", "B"}, {"c", "d"});
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ((std::vector<std::size_t>{found[0].begin, found[0].end, found[0].characters}), (std::vector<std::size_t>{0, 15, 10}));
    EXPECT_EQ(found[0].spansByCoder.at("A"), std::vector<std::size_t>{0});
    EXPECT_EQ(found[0].spansByCoder.at("B"), std::vector<std::size_t>{1});
    EXPECT_EQ((std::vector<std::size_t>{found[1].begin, found[1].end, found[1].characters}), (std::vector<std::size_t>{40, 45, 5}));
    EXPECT_EQ(found[1].spansByCoder.count("A"), 0u);
    EXPECT_EQ(found[2].codeId, "d");
    // A third coder who coded nothing makes the agreed stretch a disagreement too.
    EXPECT_EQ(findDisagreements(spans, {"A", "B", "C"}, {"c"}).size(), 3u);
}

TEST(Agreement, TheReportShowsFiguresPerCodeAndTheCodersPassagesSideBySide)
{
    const Codebook& codebook = defaultCodebook();
    std::string time, users;
    for (const Code& code : codebook.codes()) {
        if (code.name == "Lack of time")
            time = code.id;
        if (code.name == "The user's resources")
            users = code.id;
    }
    const std::u32string text = U"Anna: We never had the time. Bo: The forms took it all, every week.";
    const auto at = [&](std::u32string_view passage) { return text.find(passage); };
    std::vector<CodedSpan> spans{
        {"Anna", time, at(U"We never"), at(U"We never") + 22, "a1", {}},
        {"Bo", time, at(U"We never"), at(U"We never") + 22, "b1", {}},
        {"Bo", time, at(U"The forms"), at(U"The forms") + 22, "b2", {}},
        {"Anna", users, at(U"every week"), at(U"every week") + 10, "a2", {}},
        {"Bo", users, at(U"every week"), at(U"every week") + 10, "b3", {}}};
    const std::vector<std::string> coders{"Anna", "Bo"};
    const AgreementReport report = measureAgreement(spans, coders, {time, users}, text.size());
    const auto disagreements = findDisagreements(spans, coders, {time, users});
    const AgreementDocument document = agreementDocument("interview.odt", codebook, report, disagreements, spans, text);
    EXPECT_EQ(document.title, "Agreement between coders: interview.odt");
    ASSERT_EQ(document.sections.size(), 3u); // overall, then the two codes in codebook order
    EXPECT_EQ(document.sections[1].heading, "Resources / Access to resources / The user's resources");
    EXPECT_EQ(document.sections[1].paragraphs, std::vector<std::string>{"The coders coded the same passages with this code."});
    EXPECT_EQ(document.sections[2].heading, "Resources / Lack of access to resources / Lack of time");
    const ReportTable& figures = document.sections[2].tables[0].rows;
    EXPECT_EQ(figures[2][0][0].text, "Percent agreement");
    // 22 of 67 characters coded by Bo only: 45/67 = 67.2 % agree.
    EXPECT_EQ(figures[2][1][0].text, "67.2 %");
    const ReportTable& sideBySide = document.sections[2].tables[1].rows;
    ASSERT_EQ(sideBySide.size(), 2u);
    EXPECT_EQ(sideBySide[0][0][0].text, "Anna");
    EXPECT_EQ(sideBySide[1][0][0].text, "(not coded)");
    EXPECT_EQ(sideBySide[1][1][0].text, "\xe2\x80\x9cThe forms took it all,\xe2\x80\x9d");
    EXPECT_EQ(sideBySide[1][1][0].codingId, "b2");
    EXPECT_EQ(sideBySide[1][2][0].text, "22");
}

namespace {

/// A transcript whose text is `text`, each (coder, passage) coded "Lack of time".
CodedDocument transcript(const std::string& name, const std::u32string& text,
                         const std::vector<std::pair<std::string, std::u32string>>& coded)
{
    CodedDocument document;
    document.name = name;
    document.location = "file:///study/" + name;
    document.codebook = defaultCodebook();
    document.text = text;
    std::string time;
    for (const Code& code : document.codebook.codes())
        if (code.name == "Lack of time")
            time = code.id;
    for (const auto& [coder, passage] : coded) {
        Coding coding;
        coding.id = name + "-" + std::to_string(document.codings.size());
        coding.codeId = time;
        coding.coder = coder;
        document.codings.push_back(coding);
        const std::size_t at = text.find(passage);
        document.spans[coding.id] = {at, at + passage.size()};
    }
    return document;
}

} // namespace

TEST(Agreement, AStudyPoolsTheTranscriptsTwoCodersCodedComparingOnlyCodersWhoCodedEachOfThem)
{
    const std::vector<CodedDocument> study{
        transcript("a.odt", U"We never had the time.", {{"Anna", U"never had the time"}, {"Bo", U"never had the time"}}),
        transcript("b.odt", U"The forms took it all.", {{"Anna", U"The forms"}, {"Bo", U"took it all"}}),
        transcript("c.odt", U"Only Anna read this.", {{"Anna", U"Only Anna"}}),
        transcript("d.odt", U"Time again, said Cy.", {{"Anna", U"Time again"}, {"Bo", U"Time again"}, {"Cy", U"said Cy"}})};
    const StudyAgreement agreement = measureStudyAgreement(study);
    EXPECT_EQ(agreement.compared, (std::vector<std::string>{"a.odt", "b.odt", "d.odt"}));
    ASSERT_EQ(agreement.leftOut.size(), 1u);
    EXPECT_EQ(agreement.leftOut[0].where, "c.odt");
    EXPECT_EQ(agreement.measured.report.coders, (std::vector<std::string>{"Anna", "Bo"})) << "Cy coded one transcript only";
    // Counted here: the three texts and a separator each; Anna and Bo differ on b's "The forms" (9) and
    // "took it all" (11) only.
    const std::size_t characters = 22 + 1 + 22 + 1 + 20 + 1;
    EXPECT_EQ(agreement.text.size(), characters);
    ASSERT_TRUE(agreement.measured.report.overall.percentAgreement);
    EXPECT_NEAR(*agreement.measured.report.overall.percentAgreement, 100.0 * (characters - 20) / characters, 1e-9);
    ASSERT_EQ(agreement.measured.disagreements.size(), 2u);
    for (const std::size_t span : agreement.measured.disagreements[0].spansByCoder.begin()->second)
        EXPECT_EQ(agreement.measured.spans[span].document, "file:///study/b.odt");

    const AgreementDocument report = studyAgreementDocument("Coaches", agreement);
    EXPECT_EQ(report.title, "Agreement between coders: Coaches");
    EXPECT_EQ(report.introduction[1],
              "The study's transcripts counted together: a.odt, b.odt and d.odt. Left out: c.odt (has one coder's codings only).");
}

TEST(Agreement, AStudyWhoseTranscriptsNoTwoCodersSharedIsRefusedSayingWhoCodedWhat)
{
    try {
        measureStudyAgreement({transcript("a.odt", U"One.", {{"Anna", U"One"}}), transcript("b.odt", U"Two.", {{"Bo", U"Two"}})});
        FAIL() << "an agreement of coders who never coded the same transcript";
    } catch (const InvalidInput& error) {
        EXPECT_NE(error.problems().at(0).what.find("a.odt: Anna; b.odt: Bo"), std::string::npos) << error.problems().at(0).what;
    }
}
