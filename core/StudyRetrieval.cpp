#include "core/StudyRetrieval.hpp"

#include "core/CodingsCsv.hpp"
#include "core/Excerpt.hpp"
#include "core/Json.hpp"
#include "core/Speakers.hpp"
#include "core/Whitespace.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace pt {

namespace {

/// The ids of the codes `wanted` names in `codebook`, with every code below them.
std::set<std::string> codesAndBelow(const Codebook& codebook, const std::string& wanted)
{
    std::set<std::string> ids;
    for (const Code* code : codesCalled(codebook, wanted))
        ids.insert(code->id);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Code& code : codebook.codes())
            if (ids.count(code.parentId) && ids.insert(code.id).second)
                grew = true;
    }
    return ids;
}

/// The paragraph of a passage, about a dozen words either side of it, on one line.
std::string contextOf(const std::u32string& text, const TextSpan& span)
{
    const std::size_t start = text.rfind(U'\n', span.begin == 0 ? 0 : span.begin - 1);
    const std::size_t from = start == std::u32string::npos || span.begin == 0 ? 0 : start + 1;
    const std::size_t end = std::min(text.find(U'\n', span.end), text.size());
    const Excerpt excerpt = excerptAround(toUtf8(text.substr(from, span.begin - from)), toUtf8(text.substr(span.end, end - span.end)), 12);
    std::string passage = toUtf8(text.substr(span.begin, span.end - span.begin));
    std::replace(passage.begin(), passage.end(), '\n', ' ');
    return excerpt.before + passage + excerpt.after;
}

} // namespace

RetrievalQuery parseRetrievalQuery(std::string_view text)
{
    const nlohmann::json json = parseJson(text, "query");
    Problems problems;
    JsonFields fields(json, "query", problems);
    RetrievalQuery query;
    if (fields.isObject()) {
        fields.refuseOthers({"code", "where", "speaker", "coder", "overlapping", "inTheSameTurnAs"});
        query.code = fields.requiredString("code");
        for (const std::string& condition : fields.optionalStrings("where")) {
            try {
                query.where.push_back(parseCondition(condition));
            } catch (const InvalidInput& error) {
                for (const Problem& problem : error.problems())
                    problems.push_back({"query.where", problem.where + ": " + problem.what});
            }
        }
        query.speaker = fields.optionalString("speaker");
        query.coder = fields.optionalString("coder");
        const std::string overlapping = fields.optionalString("overlapping");
        const std::string sameTurn = fields.optionalString("inTheSameTurnAs");
        if (!overlapping.empty() && !sameTurn.empty())
            problems.push_back({"query", "asks for \"overlapping\" and \"inTheSameTurnAs\" at once; give one"});
        if (!overlapping.empty())
            query = RetrievalQuery{query.code, query.where, query.speaker, query.coder, RetrievalQuery::With::Overlapping, overlapping};
        else if (!sameTurn.empty())
            query = RetrievalQuery{query.code, query.where, query.speaker, query.coder, RetrievalQuery::With::InTheSameTurn, sameTurn};
    }
    if (!problems.empty())
        throw InvalidInput("The query was not accepted:", std::move(problems));
    return query;
}

void narrowQuery(RetrievalQuery& query, std::string_view narrowing)
{
    static const std::pair<const char*, const char*> kKeywords[] = {
        {"speaker", "speaker"}, {"talare", "speaker"},     {"coder", "coder"}, {"kodare", "coder"},
        {"overlaps", "overlaps"}, {"\xc3\xb6verlappar", "overlaps"}, {"turn", "turn"}, {"tur", "turn"}};
    Problems problems;
    std::string rest(narrowing);
    std::size_t start = 0;
    while (start <= rest.size()) {
        const std::size_t end = std::min(rest.find(';', start), rest.size());
        const std::string item = trimmed(rest.substr(start, end - start));
        start = end + 1;
        if (item.empty())
            continue;
        const std::size_t equals = item.find('=');
        std::string key = equals == std::string::npos ? std::string() : trimmed(item.substr(0, equals));
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return c < 0x80 ? std::tolower(c) : c; });
        const auto keyword = std::find_if(std::begin(kKeywords), std::end(kKeywords), [&](const auto& k) { return key == k.first; });
        if (keyword == std::end(kKeywords)) {
            try {
                query.where.push_back(parseCondition(item));
            } catch (const InvalidInput& error) {
                for (const Problem& problem : error.problems())
                    problems.push_back({item, problem.what});
            }
            continue;
        }
        const std::string value = trimmed(item.substr(equals + 1));
        const std::string meaning = keyword->second;
        if (value.empty()) {
            problems.push_back({item, "names nothing after \"=\""});
        } else if (meaning == "speaker") {
            query.speaker = value;
        } else if (meaning == "coder") {
            query.coder = value;
        } else if (query.with != RetrievalQuery::With::Anything) {
            problems.push_back({item, "a second code to combine with; give one"});
        } else {
            query.with = meaning == "overlaps" ? RetrievalQuery::With::Overlapping : RetrievalQuery::With::InTheSameTurn;
            query.otherCode = value;
        }
    }
    if (!problems.empty())
        throw InvalidInput("The narrowing was not understood:", std::move(problems));
}

std::string describeQuery(const RetrievalQuery& query)
{
    std::string text = query.code;
    for (const AttributeCondition& condition : query.where)
        text += "; " + conditionText(condition);
    if (!query.speaker.empty())
        text += "; speaker=" + query.speaker;
    if (!query.coder.empty())
        text += "; coder=" + query.coder;
    if (query.with == RetrievalQuery::With::Overlapping)
        text += "; overlaps=" + query.otherCode;
    if (query.with == RetrievalQuery::With::InTheSameTurn)
        text += "; turn=" + query.otherCode;
    return text;
}

std::vector<StudyPassage> retrievePassages(const std::vector<CodedDocument>& documents, const RetrievalQuery& query)
{
    std::vector<StudyPassage> passages;
    bool known = false;
    for (const CodedDocument& document : documents) {
        const std::set<std::string> wanted = codesAndBelow(document.codebook, query.code);
        known = known || !wanted.empty();
        if (wanted.empty() || !std::all_of(query.where.begin(), query.where.end(), [&](const auto& c) { return meets(document, c); }))
            continue;
        const std::set<std::string> others = query.with == RetrievalQuery::With::Anything
                                                 ? std::set<std::string>()
                                                 : codesAndBelow(document.codebook, query.otherCode);
        const SpeakerRecognizer speakers(document.speakerPatterns.empty() ? SpeakerRecognizer::defaultPatterns() : document.speakerPatterns);
        const std::vector<std::size_t> turns = speakerTurnStarts(document.text, speakers);
        std::vector<TextSpan> otherSpans;
        for (const Coding& coding : document.codings)
            if (others.count(coding.codeId))
                if (const auto span = document.spans.find(coding.id); span != document.spans.end())
                    otherSpans.push_back(span->second);
        std::vector<std::pair<TextSpan, const Coding*>> found;
        for (const Coding& coding : document.codings) {
            const auto span = document.spans.find(coding.id);
            if (!wanted.count(coding.codeId) || span == document.spans.end() || span->second.end <= span->second.begin)
                continue;
            if ((!query.speaker.empty() && coding.speaker != query.speaker) || (!query.coder.empty() && coding.coder != query.coder))
                continue;
            const TextSpan& at = span->second;
            if (query.with == RetrievalQuery::With::Overlapping
                && std::none_of(otherSpans.begin(), otherSpans.end(), [&](const TextSpan& o) { return o.begin < at.end && at.begin < o.end; }))
                continue;
            if (query.with == RetrievalQuery::With::InTheSameTurn
                && std::none_of(otherSpans.begin(), otherSpans.end(),
                                [&](const TextSpan& o) { return turnAt(turns, o.begin) == turnAt(turns, at.begin); }))
                continue;
            found.emplace_back(at, &coding);
        }
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
        for (const auto& [span, coding] : found) {
            const Code* code = document.codebook.find(coding->codeId);
            passages.push_back({document.name, document.location, coding->id, code ? document.codebook.path(*code) : coding->codeId,
                                coding->speaker, coding->coder, coding->memo, coding->condensed,
                                toUtf8(document.text.substr(span.begin, span.end - span.begin)), contextOf(document.text, span)});
        }
    }
    if (!known && !documents.empty())
        throw InvalidInput(Problem{"query.code", "\"" + query.code + "\" is a code of none of the transcripts"});
    return passages;
}

nlohmann::json studyPassagesToJson(const std::vector<StudyPassage>& passages)
{
    nlohmann::json json = nlohmann::json::array();
    for (const StudyPassage& passage : passages)
        json.push_back({{"transcript", passage.transcript}, {"location", passage.location}, {"codingId", passage.codingId},
                        {"code", passage.codePath}, {"speaker", passage.speaker}, {"coder", passage.coder},
                        {"memo", passage.memo}, {"condensed", passage.condensed}, {"text", passage.text},
                        {"context", passage.context}});
    return json;
}

std::string studyPassagesCsv(const std::vector<StudyPassage>& passages)
{
    std::string csv;
    appendCsvRow(csv, {"transcript", "code", "speaker", "coder", "text", "condensed", "memo", "context"});
    for (const StudyPassage& passage : passages)
        appendCsvRow(csv, {passage.transcript, passage.codePath, passage.speaker, passage.coder, passage.text, passage.condensed,
                           passage.memo, passage.context});
    return csv;
}

ReportContent studyPassagesReport(const RetrievalQuery& query, const std::vector<StudyPassage>& passages)
{
    ReportContent report;
    report.title = "Passages: " + describeQuery(query);
    std::set<std::string> transcripts;
    for (const StudyPassage& passage : passages)
        transcripts.insert(passage.transcript);
    report.introduction = {std::to_string(passages.size()) + (passages.size() == 1 ? " passage" : " passages") + " in "
                           + std::to_string(transcripts.size()) + (transcripts.size() == 1 ? " transcript" : " transcripts")
                           + " of the study. Each quote links to its passage in its transcript."};
    ReportSection section;
    ReportTable rows{{{{"Transcript", {}, {}}}, {{"Speaker", {}, {}}}, {{"Coder", {}, {}}}, {{"Passage", {}, {}}}, {{"Memo", {}, {}}}}};
    for (const StudyPassage& passage : passages) {
        ReportCell quote{{"\xe2\x80\x9c" + passage.text + "\xe2\x80\x9d", passage.codingId, passage.location}};
        if (!passage.condensed.empty())
            quote.push_back({"Condensed: " + passage.condensed, {}, {}});
        rows.push_back({{{passage.transcript, {}, {}}}, {{passage.speaker, {}, {}}}, {{passage.coder, {}, {}}}, std::move(quote),
                        {{passage.memo, {}, {}}}});
    }
    section.tables.push_back({"", std::move(rows), true});
    report.sections.push_back(std::move(section));
    return report;
}

} // namespace pt
