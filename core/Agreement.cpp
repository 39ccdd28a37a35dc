#include "core/Agreement.hpp"

#include "core/Problem.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace pt {

namespace {

/// For one code (or pooled codes): how many characters each number of coders applied it to, and for two
/// coders which of them. Enough for all three families of figures.
struct Tally {
    std::vector<double> byHowMany;      ///< [j]: characters that exactly j coders coded
    double onlyFirst = 0, onlySecond = 0; ///< two coders: characters only one of them coded

    explicit Tally(std::size_t coders) : byHowMany(coders + 1, 0.0) {}
    void add(const Tally& other)
    {
        for (std::size_t j = 0; j < byHowMany.size(); ++j)
            byHowMany[j] += other.byHowMany[j];
        onlyFirst += other.onlyFirst;
        onlySecond += other.onlySecond;
    }
};

/// Sweeps the boundaries of one code's spans within [from, to) ∩ `within` (empty: everywhere).
Tally tallyCode(const std::vector<std::vector<std::pair<std::size_t, std::size_t>>>& byCoder, std::size_t textLength,
                const std::vector<std::pair<std::size_t, std::size_t>>* within)
{
    const std::size_t coders = byCoder.size();
    Tally tally(coders);
    // Where a span of a coder (or of the restriction, index `coders`) starts (+1) or ends (-1).
    std::vector<std::tuple<std::size_t, int, int>> marks;
    for (std::size_t c = 0; c < coders; ++c)
        for (const auto& [begin, end] : byCoder[c]) {
            marks.emplace_back(begin, static_cast<int>(c), +1);
            marks.emplace_back(end, static_cast<int>(c), -1);
        }
    if (within)
        for (const auto& [begin, end] : *within) {
            marks.emplace_back(begin, static_cast<int>(coders), +1);
            marks.emplace_back(end, static_cast<int>(coders), -1);
        }
    marks.emplace_back(textLength, -1, 0);
    std::sort(marks.begin(), marks.end());
    std::vector<int> depth(coders + 1, 0);
    std::size_t position = 0;
    for (const auto& [at, who, sign] : marks) {
        const std::size_t next = std::min(at, textLength);
        if (next > position && (!within || depth[coders] > 0)) {
            std::size_t howMany = 0;
            for (std::size_t c = 0; c < coders; ++c)
                howMany += depth[c] > 0;
            const double length = static_cast<double>(next - position);
            tally.byHowMany[howMany] += length;
            if (coders == 2 && howMany == 1)
                (depth[0] > 0 ? tally.onlyFirst : tally.onlySecond) += length;
        }
        position = std::max(position, next);
        if (who >= 0)
            depth[static_cast<std::size_t>(who)] += sign;
    }
    return tally;
}

AgreementFigures figuresOf(const Tally& tally)
{
    const std::size_t coders = tally.byHowMany.size() - 1;
    AgreementFigures figures;
    double units = 0;
    for (const double count : tally.byHowMany)
        units += count;
    figures.characters = static_cast<std::size_t>(units);
    if (units == 0)
        return figures;
    if (coders == 2) {
        const double both = tally.byHowMany[2];
        const double neither = tally.byHowMany[0];
        const double observed = (both + neither) / units;
        figures.percentAgreement = 100.0 * observed;
        const double first = (both + tally.onlyFirst) / units;
        const double second = (both + tally.onlySecond) / units;
        const double expected = first * second + (1 - first) * (1 - second);
        if (expected < 1.0)
            figures.kappa = (observed - expected) / (1.0 - expected);
    }
    // Krippendorff's alpha, nominal, every coder rating every character: coincidences of the values
    // "coded" (1) and "not coded" (0) within each unit.
    const double m = static_cast<double>(coders);
    double disagreeing = 0; // o_01 + o_10
    double ones = 0;        // n_1
    for (std::size_t j = 0; j <= coders; ++j) {
        const double count = tally.byHowMany[j];
        const double jj = static_cast<double>(j);
        disagreeing += count * 2.0 * jj * (m - jj) / (m - 1.0);
        ones += count * jj;
    }
    const double n = units * m;
    const double zeros = n - ones;
    const double expectedDisagreeing = 2.0 * ones * zeros / (n - 1.0);
    if (expectedDisagreeing > 0)
        figures.alpha = 1.0 - disagreeing / expectedDisagreeing;
    return figures;
}

} // namespace

AgreementReport measureAgreement(const std::vector<CodedSpan>& spans, const std::vector<std::string>& coders,
                                 const std::vector<std::string>& codes, std::size_t textLength)
{
    AgreementReport report;
    report.coders = coders;
    std::sort(report.coders.begin(), report.coders.end());
    report.coders.erase(std::unique(report.coders.begin(), report.coders.end()), report.coders.end());
    if (report.coders.size() < 2)
        throw InvalidInput(Problem{"coders", "agreement needs at least two coders"});
    std::map<std::string, std::size_t> coderIndex;
    for (std::size_t i = 0; i < report.coders.size(); ++i)
        coderIndex[report.coders[i]] = i;
    const std::set<std::string> wanted(codes.begin(), codes.end());

    // Per code, per coder, the spans clipped to the text; and the text anyone coded with any code.
    std::map<std::string, std::vector<std::vector<std::pair<std::size_t, std::size_t>>>> byCode;
    for (const std::string& code : wanted)
        byCode[code].resize(report.coders.size());
    std::vector<std::pair<std::size_t, std::size_t>> coded;
    for (const CodedSpan& span : spans) {
        const auto coder = coderIndex.find(span.coder);
        const auto code = byCode.find(span.codeId);
        const std::size_t end = std::min(span.end, textLength);
        if (coder == coderIndex.end() || code == byCode.end() || span.begin >= end)
            continue;
        code->second[coder->second].emplace_back(span.begin, end);
        coded.emplace_back(span.begin, end);
    }
    // Overlapping spans of one coder and code must count once: the sweep counts depth > 0, so they do.
    Tally overall(report.coders.size());
    Tally overallCoded(report.coders.size());
    for (const auto& [code, byCoder] : byCode) {
        const Tally whole = tallyCode(byCoder, textLength, nullptr);
        const Tally inCoded = tallyCode(byCoder, textLength, &coded);
        report.byCode[code] = figuresOf(whole);
        report.byCodeInCodedText[code] = figuresOf(inCoded);
        overall.add(whole);
        overallCoded.add(inCoded);
    }
    report.overall = figuresOf(overall);
    report.overallInCodedText = figuresOf(overallCoded);
    return report;
}

std::vector<Disagreement> findDisagreements(const std::vector<CodedSpan>& spans, const std::vector<std::string>& coders,
                                            const std::vector<std::string>& codes)
{
    const std::set<std::string> who(coders.begin(), coders.end());
    std::vector<Disagreement> found;
    for (const std::string& code : codes) {
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < spans.size(); ++i)
            if (spans[i].codeId == code && who.count(spans[i].coder) && spans[i].begin < spans[i].end)
                order.push_back(i);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return spans[a].begin < spans[b].begin; });
        for (std::size_t first = 0; first < order.size();) {
            // A cluster: spans that overlap the stretch so far.
            Disagreement cluster;
            cluster.codeId = code;
            cluster.begin = spans[order[first]].begin;
            cluster.end = spans[order[first]].end;
            std::size_t next = first;
            for (; next < order.size() && spans[order[next]].begin < cluster.end; ++next) {
                cluster.end = std::max(cluster.end, spans[order[next]].end);
                cluster.spansByCoder[spans[order[next]].coder].push_back(order[next]);
            }
            // Characters coded by some coders and not all: a sweep over the cluster's boundaries.
            std::vector<std::tuple<std::size_t, int, std::string>> marks;
            for (const auto& [coder, indexes] : cluster.spansByCoder)
                for (std::size_t index : indexes) {
                    marks.emplace_back(spans[index].begin, +1, coder);
                    marks.emplace_back(spans[index].end, -1, coder);
                }
            std::sort(marks.begin(), marks.end());
            std::map<std::string, int> depth;
            std::size_t position = cluster.begin;
            for (const auto& [at, sign, coder] : marks) {
                std::size_t covering = 0;
                for (const auto& [name, d] : depth)
                    covering += d > 0;
                if (at > position && covering > 0 && covering < who.size())
                    cluster.characters += at - position;
                position = std::max(position, at);
                depth[coder] += sign;
            }
            if (cluster.characters > 0)
                found.push_back(std::move(cluster));
            first = next;
        }
    }
    return found;
}

} // namespace pt
