#include "core/StudyRetrieval.hpp"

#include "core/CodingsCsv.hpp"
#include "core/Excerpt.hpp"
#include "core/Json.hpp"
#include "core/Speakers.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
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
                                coding->speaker, coding->coder, coding->memo,
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
                        {"memo", passage.memo}, {"text", passage.text}, {"context", passage.context}});
    return json;
}

std::string studyPassagesCsv(const std::vector<StudyPassage>& passages)
{
    std::string csv;
    appendCsvRow(csv, {"transcript", "code", "speaker", "coder", "text", "memo", "context"});
    for (const StudyPassage& passage : passages)
        appendCsvRow(csv, {passage.transcript, passage.codePath, passage.speaker, passage.coder, passage.text, passage.memo, passage.context});
    return csv;
}

} // namespace pt
