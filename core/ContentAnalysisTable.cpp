#include "core/ContentAnalysisTable.hpp"

#include "core/CodingsCsv.hpp"
#include "core/Json.hpp"
#include "core/TextPlacement.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

namespace pt {

namespace {

bool swedish(TableLanguage language)
{
    return language == TableLanguage::Swedish;
}

std::string polarityName(Polarity polarity, TableLanguage language)
{
    switch (polarity) {
    case Polarity::Enabler:
        return swedish(language) ? "M\xc3\xb6jligg\xc3\xb6rare" : "Enabler";
    case Polarity::Barrier:
        return swedish(language) ? "Hinder" : "Barrier";
    case Polarity::Either:
        break;
    }
    return swedish(language) ? "M\xc3\xb6jligg\xc3\xb6rare eller hinder" : "Enabler or barrier";
}

/// Each code's place when the tree is read top down: the dimensions in the triangle's order, then the codes
/// outside it; a category before its sub-categories and codes.
std::map<std::string, std::size_t> treeOrder(const Codebook& codebook)
{
    std::multimap<std::string, const Code*> childrenOf;
    for (const Code& code : codebook.codes())
        childrenOf.emplace(code.parentId, &code);
    std::map<std::string, std::size_t> order;
    std::function<void(const Code&)> visit = [&](const Code& code) {
        if (!order.emplace(code.id, order.size()).second)
            return; // a cycle in a damaged codebook
        const auto children = childrenOf.equal_range(code.id);
        for (auto child = children.first; child != children.second; ++child)
            visit(*child->second);
    };
    const auto roots = childrenOf.equal_range(std::string());
    for (const Dimension dimension : kDimensions)
        for (auto root = roots.first; root != roots.second; ++root)
            if (root->second->dimension == dimension && insideTriangle(codebook, *root->second))
                visit(*root->second);
    for (auto root = roots.first; root != roots.second; ++root)
        visit(*root->second);
    return order;
}

/// The code's names from the top down, without its dimension when it is inside the triangle.
std::vector<std::string> namesBelowDimension(const Codebook& codebook, const Code& code)
{
    std::vector<std::string> names;
    const Code* current = &code;
    for (std::size_t steps = 0; current && steps <= codebook.codes().size(); ++steps) {
        names.insert(names.begin(), current->name);
        current = current->parentId.empty() ? nullptr : codebook.find(current->parentId);
    }
    if (insideTriangle(codebook, code) && names.size() > 1)
        names.erase(names.begin());
    return names;
}

} // namespace

std::vector<std::string> contentAnalysisHeadings(TableLanguage language)
{
    if (swedish(language))
        return {"Meningsb\xc3\xa4rande enhet", "Kondenserad meningsb\xc3\xa4rande enhet", "Kod", "Underkategori", "Kategori",
                "Dimension", "Polaritet"};
    return {"Meaning unit", "Condensed meaning unit", "Code", "Sub-category", "Category", "Dimension", "Polarity"};
}

std::vector<ContentAnalysisRow> contentAnalysisRows(const std::vector<CodedDocument>& documents,
                                                    const ContentAnalysisOptions& options)
{
    struct Sorted {
        std::size_t dimension, code, document, position;
        ContentAnalysisRow row;
    };
    std::vector<Sorted> sorted;
    // One order for every document: the codebook they fit in (a study's is shared anyway).
    const std::map<std::string, std::size_t> order = treeOrder(unitedCodebook(documents));
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const CodedDocument& document = documents[d];
        const Codebook& codebook = document.codebook;
        for (const Coding& coding : document.codings) {
            const Code* code = codebook.find(coding.codeId);
            if (!code || (!options.coder.empty() && coding.coder != options.coder)
                || (options.onlyCondensed && coding.condensed.empty()))
                continue;
            const bool placed = insideTriangle(codebook, *code);
            if (options.dimension && (!placed || code->dimension != *options.dimension))
                continue;
            const std::vector<std::string> names = namesBelowDimension(codebook, *code);
            ContentAnalysisRow row;
            row.document = document.name;
            row.location = document.location;
            row.codingId = coding.id;
            const auto span = document.spans.find(coding.id);
            const bool anchored = span != document.spans.end() && span->second.begin < span->second.end
                                  && span->second.end <= document.text.size();
            row.meaningUnit = anchored ? toUtf8(std::u32string_view(document.text).substr(span->second.begin, span->second.end - span->second.begin))
                                       : coding.text;
            row.condensed = coding.condensed;
            row.code = names.back();
            row.category = names.front();
            for (std::size_t i = 1; i + 1 < names.size(); ++i)
                row.subCategory += (row.subCategory.empty() ? "" : " / ") + names[i];
            row.dimension = placed ? reflectionWords(options.language).dimensionName(code->dimension) : std::string();
            row.polarity = polarityName(effectivePolarity(codebook, *code), options.language);
            row.coder = coding.coder;
            const std::size_t dimensionRank = placed ? static_cast<std::size_t>(
                                                           std::find(kDimensions.begin(), kDimensions.end(), code->dimension) - kDimensions.begin())
                                                     : kDimensions.size();
            const auto at = order.find(code->id);
            sorted.push_back({dimensionRank, at == order.end() ? SIZE_MAX : at->second, d,
                              anchored ? span->second.begin : SIZE_MAX, std::move(row)});
        }
    }
    // The tree read top down keeps a category's rows together, its sub-categories' after its own.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Sorted& a, const Sorted& b) {
        return std::tie(a.dimension, a.code, a.document, a.position) < std::tie(b.dimension, b.code, b.document, b.position);
    });
    std::vector<ContentAnalysisRow> rows;
    rows.reserve(sorted.size());
    for (Sorted& entry : sorted)
        rows.push_back(std::move(entry.row));
    return rows;
}

ReportContent contentAnalysisReport(const std::string& title, const std::vector<ContentAnalysisRow>& rows,
                                    const std::vector<CodebookChange>& history, const ContentAnalysisOptions& options,
                                    bool linked)
{
    const bool sv = swedish(options.language);
    ReportContent report;
    report.title = title;
    std::string kept = sv ? std::to_string(rows.size()) + " kodningar" : std::to_string(rows.size()) + (rows.size() == 1 ? " coding" : " codings");
    if (options.dimension)
        kept += (sv ? ", dimensionen " : ", the dimension ") + reflectionWords(options.language).dimensionName(*options.dimension);
    if (!options.coder.empty())
        kept += (sv ? ", kodare " : ", coder ") + options.coder;
    if (options.onlyCondensed)
        kept += sv ? ", bara de med en kondenserad meningsb\xc3\xa4rande enhet" : ", only those with a condensed meaning unit";
    report.introduction.push_back(kept + (sv ? ", ordnade efter dimension och kategori." : ", ordered by dimension and category."));
    ReportTable table;
    table.emplace_back();
    for (const std::string& heading : contentAnalysisHeadings(options.language))
        table.back().push_back({{heading, {}, {}}});
    for (const ContentAnalysisRow& row : rows)
        table.push_back({{{row.meaningUnit, linked ? row.codingId : std::string(), row.location}},
                         {{row.condensed, {}, {}}},
                         {{row.code, {}, {}}},
                         {{row.subCategory, {}, {}}},
                         {{row.category, {}, {}}},
                         {{row.dimension, {}, {}}},
                         {{row.polarity, {}, {}}}});
    ReportSection section;
    section.heading = sv ? "Meningsb\xc3\xa4rande enheter, koder och kategorier" : "Meaning units, codes and categories";
    section.tables.push_back({"", std::move(table), false});
    report.sections.push_back(std::move(section));
    report.sections.push_back(codebookHistorySection(history, options.language));
    return report;
}

std::string contentAnalysisCsv(const std::vector<ContentAnalysisRow>& rows, TableLanguage language)
{
    std::string csv;
    std::vector<std::string> header = contentAnalysisHeadings(language);
    header.push_back(swedish(language) ? "Dokument" : "Document");
    header.push_back(swedish(language) ? "Kodare" : "Coder");
    appendCsvRow(csv, header);
    for (const ContentAnalysisRow& row : rows)
        appendCsvRow(csv, {row.meaningUnit, row.condensed, row.code, row.subCategory, row.category, row.dimension, row.polarity,
                           row.document, row.coder});
    return csv;
}

nlohmann::json contentAnalysisToJson(const std::vector<ContentAnalysisRow>& rows)
{
    nlohmann::json json = nlohmann::json::array();
    for (const ContentAnalysisRow& row : rows)
        json.push_back({{"document", row.document}, {"codingId", row.codingId}, {"meaningUnit", row.meaningUnit},
                        {"condensed", row.condensed}, {"code", row.code}, {"subCategory", row.subCategory},
                        {"category", row.category}, {"dimension", row.dimension}, {"polarity", row.polarity},
                        {"coder", row.coder}});
    return json;
}

ContentAnalysisOptions parseContentAnalysisOptions(const nlohmann::json& json)
{
    Problems problems;
    JsonFields fields(json, "options", problems);
    ContentAnalysisOptions options;
    if (fields.isObject()) {
        fields.refuseOthers({"dimension", "coder", "onlyCondensed", "language"});
        if (const std::string text = fields.optionalString("dimension"); !text.empty()) {
            options.dimension = dimensionFromString(text);
            if (!options.dimension)
                fields.problem("dimension", "\"" + text + "\" is not one of resources, discourses, contexts");
        }
        options.coder = fields.optionalString("coder");
        options.onlyCondensed = fields.optionalBool("onlyCondensed", false);
        const std::string language = fields.optionalString("language", "en");
        if (language == "sv")
            options.language = TableLanguage::Swedish;
        else if (language != "en")
            fields.problem("language", "\"" + language + "\" is not en or sv");
    }
    if (!problems.empty())
        throw InvalidInput("The table's options were not accepted:", std::move(problems));
    return options;
}

} // namespace pt
