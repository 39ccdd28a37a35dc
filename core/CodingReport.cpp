#include "core/CodingReport.hpp"

#include "core/CodingMerge.hpp"
#include "core/CodingsCsv.hpp"
#include "core/Excerpt.hpp"
#include "core/ReflectionPrompts.hpp"
#include "core/Speakers.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <functional>

namespace pt {

namespace {

const char* const kDimensionTitles[] = {"Resources", "Discourses", "Contexts"};

std::string title(Dimension dimension)
{
    return kDimensionTitles[static_cast<int>(dimension)];
}

void addPairs(CooccurrenceMatrix& matrix, const std::map<std::string, std::size_t>& index,
              const std::vector<std::pair<std::string, std::string>>& pairs)
{
    for (const auto& [a, b] : pairs) {
        const auto i = index.find(a), j = index.find(b);
        if (i == index.end() || j == index.end())
            continue;
        ++matrix.counts[i->second][j->second];
        if (i->second != j->second)
            ++matrix.counts[j->second][i->second];
    }
}

nlohmann::json balanceJson(const Balance& balance)
{
    return {{"enablers", balance.enablers}, {"barriers", balance.barriers}, {"either", balance.either}, {"total", balance.total()}};
}

nlohmann::json byDimensionJson(const std::map<Dimension, Balance>& byDimension)
{
    nlohmann::json json = nlohmann::json::object();
    for (const Dimension dimension : kDimensions) {
        const auto found = byDimension.find(dimension);
        json[std::string(toString(dimension))] = balanceJson(found == byDimension.end() ? Balance{} : found->second);
    }
    return json;
}

ReportCell cell(std::string text)
{
    return {{std::move(text), {}, {}}};
}

std::string balanceText(const Balance& balance)
{
    return std::to_string(balance.enablers) + " : " + std::to_string(balance.barriers);
}

/// Rows per person (speaker or coder) and columns per dimension: total, and enablers : barriers.
ReportTable byPersonTable(const std::string& who, const std::map<std::string, std::map<Dimension, Balance>>& byPerson)
{
    ReportTable table;
    std::vector<ReportCell> header{cell(who)};
    for (const Dimension dimension : kDimensions)
        header.push_back(cell(title(dimension) + " (enablers : barriers)"));
    header.push_back(cell("All codings"));
    table.push_back(std::move(header));
    for (const auto& [person, byDimension] : byPerson) {
        std::vector<ReportCell> row{cell(person.empty() ? "(no speaker)" : person)};
        std::size_t total = 0;
        for (const Dimension dimension : kDimensions) {
            const auto found = byDimension.find(dimension);
            const Balance balance = found == byDimension.end() ? Balance{} : found->second;
            row.push_back(cell(std::to_string(balance.total()) + " (" + balanceText(balance) + ")"));
            total += balance.total();
        }
        row.push_back(cell(std::to_string(total)));
        table.push_back(std::move(row));
    }
    return table;
}

ReportTable matrixTable(const CodingReport& report, const CooccurrenceMatrix& matrix)
{
    ReportTable table;
    std::vector<ReportCell> header{cell("Code")};
    for (const std::string& id : matrix.codes)
        header.push_back(cell(report.codebook.find(id) ? report.codebook.find(id)->name : id));
    table.push_back(std::move(header));
    for (std::size_t i = 0; i < matrix.codes.size(); ++i) {
        const Code* code = report.codebook.find(matrix.codes[i]);
        std::vector<ReportCell> row{cell(code ? report.codebook.path(*code) : matrix.codes[i])};
        for (std::size_t j = 0; j < matrix.codes.size(); ++j)
            row.push_back(cell(i == j ? "\xe2\x80\x94" : std::to_string(matrix.counts[i][j])));
        table.push_back(std::move(row));
    }
    return table;
}

} // namespace

void Balance::add(Polarity polarity)
{
    (polarity == Polarity::Enabler ? enablers : polarity == Polarity::Barrier ? barriers : either) += 1;
}

CodingReport makeCodingReport(const std::vector<CodedDocument>& documents, const std::set<std::string>& retrieve)
{
    CodingReport report;
    report.codebook = unitedCodebook(documents);
    const Codebook& codebook = report.codebook;

    // The codes below each chosen code, for retrieval.
    std::set<std::string> retrieved;
    for (bool grew = true; grew;) {
        grew = false;
        for (const Code& code : codebook.codes())
            if ((retrieve.count(code.id) || retrieved.count(code.parentId)) && retrieved.insert(code.id).second)
                grew = true;
    }

    std::map<std::string, Balance> byCodeBalance;         // the code itself
    std::map<std::string, std::set<std::size_t>> byCodeDocuments;
    std::set<std::string> used;
    struct Placed {
        const Coding* coding;
        TextSpan span;
        std::size_t turn;
    };
    std::vector<std::vector<Placed>> placedByDocument(documents.size());
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const CodedDocument& document = documents[d];
        report.documents.push_back(document.name);
        const SpeakerRecognizer speakers(document.speakerPatterns.empty() ? SpeakerRecognizer::defaultPatterns()
                                                                          : document.speakerPatterns);
        const std::vector<std::size_t> turns = speakerTurnStarts(document.text, speakers);
        std::vector<const Coding*> ordered;
        for (const Coding& coding : document.codings)
            ordered.push_back(&coding);
        std::stable_sort(ordered.begin(), ordered.end(), [&](const Coding* a, const Coding* b) {
            const auto sa = document.spans.find(a->id), sb = document.spans.find(b->id);
            const std::size_t pa = sa == document.spans.end() ? SIZE_MAX : sa->second.begin;
            const std::size_t pb = sb == document.spans.end() ? SIZE_MAX : sb->second.begin;
            return pa < pb;
        });
        for (const Coding* coding : ordered) {
            const Code* code = codebook.find(coding->codeId);
            if (!code) {
                ++report.withoutCode;
                continue;
            }
            ++report.codings;
            const auto span = document.spans.find(coding->id);
            const bool orphaned = span == document.spans.end() || span->second.begin >= span->second.end;
            report.orphans += orphaned ? 1 : 0;
            const Polarity polarity = effectivePolarity(codebook, *code);
            const bool placed = insideTriangle(codebook, *code);
            report.outsideTriangle += placed ? 0 : 1;
            if (placed)
                report.byDimension[code->dimension].add(polarity);
            byCodeBalance[code->id].add(polarity);
            byCodeDocuments[code->id].insert(d);
            used.insert(code->id);
            if (placed) {
                report.bySpeaker[coding->speaker][code->dimension].add(polarity);
                report.byCoder[coding->coder][code->dimension].add(polarity);
            }
            if (!orphaned)
                placedByDocument[d].push_back({coding, span->second, turnAt(turns, span->second.begin)});
            if (retrieved.count(code->id))
                report.retrieved.push_back({document.name, document.location, coding->id, codebook.path(*code), coding->speaker,
                                            coding->coder, coding->text, coding->memo, orphaned});
        }
    }

    // Frequencies in codebook order, each code counting the codings of its whole branch.
    std::multimap<std::string, const Code*> childrenOf;
    for (const Code& code : codebook.codes())
        childrenOf.emplace(code.parentId, &code);
    std::function<void(const Code&, std::size_t)> visit = [&](const Code& code, std::size_t depth) {
        const std::size_t at = report.byCode.size();
        report.byCode.push_back({code.id, codebook.path(code), depth, byCodeBalance[code.id], byCodeDocuments[code.id].size()});
        std::set<std::size_t> documentsOfBranch = byCodeDocuments[code.id];
        const auto children = childrenOf.equal_range(code.id);
        for (auto child = children.first; child != children.second; ++child) {
            const std::size_t childAt = report.byCode.size();
            visit(*child->second, depth + 1);
            const Balance& sub = report.byCode[childAt].codings;
            Balance& own = report.byCode[at].codings;
            own.enablers += sub.enablers;
            own.barriers += sub.barriers;
            own.either += sub.either;
        }
        // Documents of the branch: those of the code and of every code below it.
        for (std::size_t i = at + 1; i < report.byCode.size(); ++i) {
            const auto docs = byCodeDocuments.find(report.byCode[i].codeId);
            if (docs != byCodeDocuments.end())
                documentsOfBranch.insert(docs->second.begin(), docs->second.end());
        }
        report.byCode[at].documents = documentsOfBranch.size();
    };
    const auto roots = childrenOf.equal_range(std::string());
    for (const Dimension dimension : kDimensions)
        for (auto root = roots.first; root != roots.second; ++root)
            if (root->second->dimension == dimension && insideTriangle(codebook, *root->second))
                visit(*root->second, 0);
    for (auto root = roots.first; root != roots.second; ++root)
        if (!insideTriangle(codebook, *root->second))
            visit(*root->second, 0); // emergent codes not yet placed, after the triangle

    // Co-occurrence among the codes in use, in codebook order.
    std::map<std::string, std::size_t> index;
    for (const Code& code : codebook.codes())
        if (used.count(code.id)) {
            index[code.id] = report.overlapping.codes.size();
            report.overlapping.codes.push_back(code.id);
        }
    report.sameTurn.codes = report.overlapping.codes;
    const std::size_t n = index.size();
    report.overlapping.counts.assign(n, std::vector<std::size_t>(n, 0));
    report.sameTurn.counts.assign(n, std::vector<std::size_t>(n, 0));
    for (const std::vector<Placed>& placed : placedByDocument) {
        std::vector<std::pair<std::string, std::string>> overlapping, sameTurn;
        // Sorted by start: a coding overlaps the later ones that start before it ends.
        for (std::size_t i = 0; i < placed.size(); ++i)
            for (std::size_t j = i + 1; j < placed.size(); ++j) {
                const bool overlaps = placed[j].span.begin < placed[i].span.end;
                const bool turnMates = placed[j].turn == placed[i].turn;
                if (!overlaps && !turnMates)
                    break; // later ones start later still, in a later turn
                if (placed[i].coding->codeId == placed[j].coding->codeId)
                    continue;
                if (overlaps)
                    overlapping.emplace_back(placed[i].coding->codeId, placed[j].coding->codeId);
                if (turnMates)
                    sameTurn.emplace_back(placed[i].coding->codeId, placed[j].coding->codeId);
            }
        addPairs(report.overlapping, index, overlapping);
        addPairs(report.sameTurn, index, sameTurn);
    }
    return report;
}

ReportContent codingReportContent(const CodingReport& report)
{
    ReportContent content;
    content.title = report.documents.size() == 1 ? "Codings of " + report.documents.front()
                                                  : "Codings of " + std::to_string(report.documents.size()) + " documents";
    content.introduction.push_back(std::to_string(report.codings) + " codings"
                                   + (report.orphans ? " (" + std::to_string(report.orphans) + " of them orphaned: their passage was deleted)" : std::string())
                                   + ". Enablers : barriers counts each coding by its code's polarity, or that of the nearest code above it; "
                                     "codings of codes that can be either are counted in the totals only.");
    if (report.outsideTriangle > 0)
        content.introduction.push_back(std::to_string(report.outsideTriangle) + " of them are of emergent codes not yet placed in the "
                                       "triangle: they are listed after it and counted in no dimension.");
    if (report.withoutCode > 0)
        content.introduction.push_back(std::to_string(report.withoutCode) + " more codings refer to codes that no codebook has "
                                       "(the document was damaged or edited outside Power Triangle): they are not counted.");
    if (report.documents.size() > 1) {
        std::string names;
        for (const std::string& name : report.documents)
            names += (names.empty() ? "" : ", ") + name;
        content.introduction.push_back("Documents: " + names + ".");
    }

    ReportSection dimensions;
    dimensions.heading = "The power triangle: codings by dimension";
    ReportTable table{{cell("Dimension"), cell("Enablers"), cell("Barriers"), cell("Either"), cell("All codings")}};
    for (const Dimension dimension : kDimensions) {
        const auto found = report.byDimension.find(dimension);
        const Balance balance = found == report.byDimension.end() ? Balance{} : found->second;
        table.push_back({cell(title(dimension)), cell(std::to_string(balance.enablers)), cell(std::to_string(balance.barriers)),
                         cell(std::to_string(balance.either)), cell(std::to_string(balance.total()))});
    }
    dimensions.tables.push_back({"", std::move(table), true});
    content.sections.push_back(std::move(dimensions));

    ReportSection codes;
    codes.heading = "Codings by category and code";
    ReportTable frequencies{{cell("Code"), cell("Codings"), cell("Enablers : barriers"), cell("Documents")}};
    for (const CodeFrequency& frequency : report.byCode) {
        if (frequency.codings.total() == 0 && frequency.depth > 0)
            continue;
        const Code* code = report.codebook.find(frequency.codeId);
        frequencies.push_back({cell(std::string(2 * frequency.depth, ' ') + (code ? code->name : frequency.path)),
                               cell(std::to_string(frequency.codings.total())), cell(balanceText(frequency.codings)),
                               cell(std::to_string(frequency.documents))});
    }
    codes.paragraphs.push_back("Each line counts the codings of the code and of every code below it; codes without codings are left out.");
    codes.tables.push_back({"", std::move(frequencies), true});
    content.sections.push_back(std::move(codes));

    ReportSection speakers;
    speakers.heading = "Codings by speaker";
    speakers.tables.push_back({"", byPersonTable("Speaker", report.bySpeaker), true});
    content.sections.push_back(std::move(speakers));
    ReportSection coders;
    coders.heading = "Codings by coder";
    coders.tables.push_back({"", byPersonTable("Coder", report.byCoder), true});
    content.sections.push_back(std::move(coders));

    if (report.overlapping.codes.size() > 1) {
        ReportSection together;
        together.heading = "Codes that occur together";
        together.tables.push_back({"Pairs of codings whose passages overlap:", matrixTable(report, report.overlapping), true});
        together.tables.push_back({"Pairs of codings that start in the same speaker turn:", matrixTable(report, report.sameTurn), true});
        content.sections.push_back(std::move(together));
    }

    if (!report.retrieved.empty()) {
        ReportSection passages;
        passages.heading = "Passages";
        ReportTable rows{{cell("Code"), cell("Passage"), cell("Speaker"), cell("Coder"), cell("Memo")}};
        if (report.documents.size() > 1)
            rows.front().insert(rows.front().begin(), cell("Document"));
        for (const RetrievedPassage& passage : report.retrieved) {
            std::vector<ReportCell> row{cell(passage.codePath),
                                        {{"\xe2\x80\x9c" + shortQuote(passage.text, 60) + "\xe2\x80\x9d" + (passage.orphaned ? " (orphaned)" : ""),
                                          passage.orphaned ? std::string() : passage.codingId, passage.location}},
                                        cell(passage.speaker), cell(passage.coder), cell(passage.memo)};
            if (report.documents.size() > 1)
                row.insert(row.begin(), cell(passage.document));
            rows.push_back(std::move(row));
        }
        passages.tables.push_back({std::to_string(report.retrieved.size()) + " passages; each quote links back to its place.", std::move(rows), false});
        content.sections.push_back(std::move(passages));
    }
    return content;
}

nlohmann::json codingReportToJson(const CodingReport& report)
{
    nlohmann::json codes = nlohmann::json::array();
    for (const CodeFrequency& frequency : report.byCode)
        codes.push_back({{"codeId", frequency.codeId},
                         {"path", frequency.path},
                         {"depth", frequency.depth},
                         {"documents", frequency.documents},
                         {"codings", balanceJson(frequency.codings)}});
    const auto people = [](const std::map<std::string, std::map<Dimension, Balance>>& byPerson) {
        nlohmann::json json = nlohmann::json::object();
        for (const auto& [person, byDimension] : byPerson)
            json[person] = byDimensionJson(byDimension);
        return json;
    };
    nlohmann::json paths = nlohmann::json::array();
    for (const std::string& id : report.overlapping.codes)
        paths.push_back(report.codebook.find(id) ? report.codebook.path(*report.codebook.find(id)) : id);
    nlohmann::json passages = nlohmann::json::array();
    for (const RetrievedPassage& passage : report.retrieved)
        passages.push_back({{"document", passage.document},
                            {"codingId", passage.codingId},
                            {"code", passage.codePath},
                            {"speaker", passage.speaker},
                            {"coder", passage.coder},
                            {"text", passage.text},
                            {"memo", passage.memo},
                            {"orphaned", passage.orphaned}});
    return nlohmann::json{{"documents", report.documents},
                          {"codings", report.codings},
                          {"orphans", report.orphans},
                          {"withoutCode", report.withoutCode},
                          {"outsideTriangle", report.outsideTriangle},
                          {"byDimension", byDimensionJson(report.byDimension)},
                          {"codes", codes},
                          {"bySpeaker", people(report.bySpeaker)},
                          {"byCoder", people(report.byCoder)},
                          {"cooccurrence", {{"codes", paths}, {"overlapping", report.overlapping.counts}, {"sameTurn", report.sameTurn.counts}}},
                          {"passages", passages}};
}

std::string codeFrequenciesCsv(const CodingReport& report)
{
    std::string csv;
    appendCsvRow(csv, {"code", "depth", "dimension", "enablers", "barriers", "either", "total", "documents"});
    for (const CodeFrequency& frequency : report.byCode) {
        const Code* code = report.codebook.find(frequency.codeId);
        appendCsvRow(csv, {frequency.path, std::to_string(frequency.depth), code ? dimensionText(report.codebook, *code) : "",
                           std::to_string(frequency.codings.enablers), std::to_string(frequency.codings.barriers),
                           std::to_string(frequency.codings.either), std::to_string(frequency.codings.total()),
                           std::to_string(frequency.documents)});
    }
    return csv;
}

} // namespace pt
