#include "core/AgreementDocument.hpp"

#include "core/Excerpt.hpp"
#include "core/TextPlacement.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <optional>
#include <set>

namespace pt {

namespace {

constexpr char kUndefined[] = "\xe2\x80\x94"; // an em dash

std::string percent(const std::optional<double>& value)
{
    if (!value)
        return kUndefined;
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %%", *value);
    return text;
}

std::string coefficient(const std::optional<double>& value)
{
    if (!value)
        return kUndefined;
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", *value);
    return text;
}

ReportCell cell(std::string text)
{
    return {{std::move(text), {}, {}}};
}

/// Measure × (whole text, coded text only).
ReportTable figuresTable(const AgreementFigures& whole, const AgreementFigures& coded, bool twoCoders)
{
    ReportTable table{{cell("Measure"), cell("Whole text"), cell("Coded text only")},
                      {cell("Characters counted"), cell(std::to_string(whole.characters)), cell(std::to_string(coded.characters))}};
    if (twoCoders) {
        table.push_back({cell("Percent agreement"), cell(percent(whole.percentAgreement)), cell(percent(coded.percentAgreement))});
        table.push_back({cell("Cohen's kappa"), cell(coefficient(whole.kappa)), cell(coefficient(coded.kappa))});
    }
    table.push_back({cell("Krippendorff's alpha (nominal)"), cell(coefficient(whole.alpha)), cell(coefficient(coded.alpha))});
    return table;
}

nlohmann::json figuresJson(const AgreementFigures& figures)
{
    const auto value = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    return {{"characters", figures.characters},
            {"percentAgreement", value(figures.percentAgreement)},
            {"kappa", value(figures.kappa)},
            {"alpha", value(figures.alpha)}};
}

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return text;
}

} // namespace

DocumentAgreement measureDocumentAgreement(const Codebook& codebook, const std::vector<Coding>& codings,
                                           const std::map<std::string, TextSpan>& spans, std::size_t textLength)
{
    DocumentAgreement measured;
    std::set<std::string> coders, codes;
    for (const Coding& coding : codings) {
        const auto span = spans.find(coding.id);
        if (span == spans.end() || span->second.end <= span->second.begin)
            continue; // an orphan has no characters to agree on
        measured.spans.push_back({coding.coder, coding.codeId, span->second.begin, span->second.end, coding.id, {}});
        coders.insert(coding.coder);
        codes.insert(coding.codeId);
    }
    if (coders.size() < 2)
        throw InvalidInput(Problem{"coders", coders.empty() ? std::string("there are no codings yet, so there is no agreement to measure")
                                                            : "all codings are " + *coders.begin()
                                                                  + "'s. Agreement needs a second coder: merge another coder's copy first "
                                                                    "(Tools \xe2\x96\xb8 Power Triangle \xe2\x96\xb8 Merge Codings From\xe2\x80\xa6)"});
    const std::vector<std::string> coderList(coders.begin(), coders.end());
    std::vector<std::string> codeList;
    for (const Code& code : codebook.codes())
        if (codes.count(code.id))
            codeList.push_back(code.id);
    for (const std::string& id : codes)
        if (!codebook.find(id))
            codeList.push_back(id);
    measured.report = measureAgreement(measured.spans, coderList, codeList, textLength);
    measured.disagreements = findDisagreements(measured.spans, coderList, codeList);
    return measured;
}

StudyAgreement measureStudyAgreement(const std::vector<CodedDocument>& documents)
{
    // Who coded each transcript (anchored codings only: an orphan has no characters to agree on).
    std::vector<std::set<std::string>> codersOf(documents.size());
    for (std::size_t i = 0; i < documents.size(); ++i)
        for (const Coding& coding : documents[i].codings)
            if (const auto span = documents[i].spans.find(coding.id); span != documents[i].spans.end() && span->second.end > span->second.begin)
                codersOf[i].insert(coding.coder);
    StudyAgreement agreement;
    std::optional<std::set<std::string>> common;
    std::string whoCodedWhat;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        whoCodedWhat += (whoCodedWhat.empty() ? "" : "; ") + documents[i].name + ": "
                        + (codersOf[i].empty() ? std::string("no codings") : joined(std::vector<std::string>(codersOf[i].begin(), codersOf[i].end())));
        if (codersOf[i].size() < 2) {
            agreement.leftOut.push_back({documents[i].name, codersOf[i].empty() ? "has no codings" : "has one coder's codings only"});
            continue;
        }
        if (!common) {
            common = codersOf[i];
        } else {
            std::set<std::string> both;
            std::set_intersection(common->begin(), common->end(), codersOf[i].begin(), codersOf[i].end(), std::inserter(both, both.end()));
            common = both;
        }
    }
    if (!common || common->size() < 2)
        throw InvalidInput(Problem{"coders", "no two coders coded the same transcripts of the study (" + whoCodedWhat
                                                 + "). Merge a second coder's copies first."});

    std::vector<CodedDocument> counted;
    std::vector<Coding> codings;
    std::map<std::string, TextSpan> spans;
    std::map<std::string, std::string> documentOf;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        if (codersOf[i].size() < 2)
            continue;
        const std::size_t offset = agreement.text.size();
        counted.push_back(documents[i]);
        agreement.compared.push_back(documents[i].name);
        for (const Coding& coding : documents[i].codings) {
            const auto span = documents[i].spans.find(coding.id);
            if (!common->count(coding.coder) || span == documents[i].spans.end())
                continue;
            codings.push_back(coding);
            spans[coding.id] = {span->second.begin + offset, span->second.end + offset};
            documentOf[coding.id] = documents[i].location;
        }
        agreement.text += documents[i].text;
        agreement.text += U'\n'; // no span reaches across: a passage ends in its own transcript
    }
    agreement.codebook = unitedCodebook(counted);
    agreement.measured = measureDocumentAgreement(agreement.codebook, codings, spans, agreement.text.size());
    for (CodedSpan& span : agreement.measured.spans)
        span.document = documentOf[span.codingId];
    return agreement;
}

AgreementDocument studyAgreementDocument(const std::string& studyName, const StudyAgreement& agreement)
{
    AgreementDocument document = agreementDocument(studyName, agreement.codebook, agreement.measured.report,
                                                   agreement.measured.disagreements, agreement.measured.spans, agreement.text);
    std::string counted = "The study's transcripts counted together: " + joined(agreement.compared) + ".";
    if (!agreement.leftOut.empty()) {
        counted += " Left out:";
        for (const Problem& left : agreement.leftOut)
            counted += " " + left.where + " (" + left.what + ")" + (&left == &agreement.leftOut.back() ? "." : ";");
    }
    document.introduction.insert(document.introduction.begin() + 1, counted);
    return document;
}

AgreementDocument agreementDocument(const std::string& documentName, const Codebook& codebook,
                                    const AgreementReport& report, const std::vector<Disagreement>& disagreements,
                                    const std::vector<CodedSpan>& spans, std::u32string_view text)
{
    const bool twoCoders = report.coders.size() == 2;
    AgreementDocument document;
    document.title = "Agreement between coders: " + documentName;
    document.introduction = {
        "Coders: " + joined(report.coders) + ".",
        "Counted per character, as NVivo and QualCoder count: for each code, each character of the text is coded or "
        "not by each coder. \"Coded text only\" leaves out the text that no coder coded with any code, on which "
        "everyone agrees trivially and which otherwise inflates the figures."
            + std::string(twoCoders ? "" : " Percent agreement and Cohen's kappa are for two coders; Krippendorff's alpha is for any number.")
            + " A dash means the figure is undefined: nobody varied."};

    ReportSection overall;
    overall.heading = "All codes together";
    overall.tables.push_back({"", figuresTable(report.overall, report.overallInCodedText, twoCoders), true});
    document.sections.push_back(std::move(overall));

    std::map<std::string, std::vector<const Disagreement*>> byCode;
    for (const Disagreement& disagreement : disagreements)
        byCode[disagreement.codeId].push_back(&disagreement);
    std::size_t unused = 0;
    for (const Code& code : codebook.codes()) {
        const auto figures = report.byCode.find(code.id);
        if (figures == report.byCode.end())
            continue;
        const auto coded = report.byCodeInCodedText.find(code.id);
        bool used = false;
        for (const CodedSpan& span : spans)
            used = used || span.codeId == code.id;
        if (!used) {
            ++unused;
            continue;
        }
        ReportSection section;
        section.heading = codebook.path(code);
        section.tables.push_back({"", figuresTable(figures->second, coded->second, twoCoders), true});
        const auto found = byCode.find(code.id);
        if (found == byCode.end()) {
            section.paragraphs.push_back("The coders coded the same passages with this code.");
        } else {
            ReportTable table;
            std::vector<ReportCell> header;
            for (const std::string& coder : report.coders)
                header.push_back(cell(coder));
            header.push_back(cell("Characters in dispute"));
            table.push_back(std::move(header));
            for (const Disagreement* disagreement : found->second) {
                std::vector<ReportCell> row;
                for (const std::string& coder : report.coders) {
                    ReportCell passages;
                    const auto own = disagreement->spansByCoder.find(coder);
                    if (own != disagreement->spansByCoder.end())
                        for (std::size_t index : own->second) {
                            const CodedSpan& span = spans[index];
                            const std::u32string_view passage = text.substr(std::min(span.begin, text.size()),
                                                                            span.end - std::min(span.begin, span.end));
                            passages.push_back({"\xe2\x80\x9c" + shortQuote(toUtf8(passage), 40) + "\xe2\x80\x9d", span.codingId, span.document});
                        }
                    row.push_back(passages.empty() ? cell("(not coded)") : passages);
                }
                row.push_back(cell(std::to_string(disagreement->characters)));
                table.push_back(std::move(row));
            }
            section.tables.push_back({std::to_string(found->second.size()) + (found->second.size() == 1 ? " disagreement" : " disagreements")
                                          + ", each coder's passages side by side (a quote links to its passage):",
                                      std::move(table), false});
        }
        document.sections.push_back(std::move(section));
    }
    if (unused > 0)
        document.sections.front().paragraphs.push_back(std::to_string(unused) + " codes of the codebook were used by no coder and have no table of their own.");
    return document;
}

nlohmann::json agreementToJson(const Codebook& codebook, const AgreementReport& report, const std::vector<Disagreement>& disagreements)
{
    std::map<std::string, std::size_t> counts;
    for (const Disagreement& disagreement : disagreements)
        ++counts[disagreement.codeId];
    nlohmann::json codes = nlohmann::json::array();
    for (const Code& code : codebook.codes()) {
        const auto figures = report.byCode.find(code.id);
        if (figures == report.byCode.end())
            continue;
        codes.push_back({{"codeId", code.id},
                         {"codePath", codebook.path(code)},
                         {"wholeText", figuresJson(figures->second)},
                         {"codedText", figuresJson(report.byCodeInCodedText.at(code.id))},
                         {"disagreements", counts[code.id]}});
    }
    return nlohmann::json{{"coders", report.coders},
                          {"overall", {{"wholeText", figuresJson(report.overall)}, {"codedText", figuresJson(report.overallInCodedText)}}},
                          {"codes", codes}};
}

} // namespace pt
