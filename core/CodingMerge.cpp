#include "core/CodingMerge.hpp"

#include "core/Excerpt.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <tuple>

namespace pt {

namespace {

/// The codes of `source` named in `ids` that `current` lacks, with their missing ancestors, added to it.
Codebook withCodesFrom(const Codebook& current, const Codebook& source, const std::set<std::string>& ids,
                       std::vector<std::string>& added, Problems& notes)
{
    std::set<std::string> wanted;
    for (const std::string& id : ids)
        for (const Code* code = source.find(id); code && !current.find(code->id); code = source.find(code->parentId))
            wanted.insert(code->id);
    std::vector<Code> codes = current.codes();
    std::set<std::pair<std::string, std::string>> siblingNames;
    for (const Code& code : codes)
        siblingNames.emplace(code.parentId, code.name);
    // Source order puts parents before children.
    for (const Code& code : source.codes()) {
        if (!wanted.count(code.id))
            continue;
        Code copy = code;
        if (const Code* parent = current.find(copy.parentId))
            copy.dimension = parent->dimension; // a branch stays in the dimension it joins
        for (int n = 2; siblingNames.count({copy.parentId, copy.name}); ++n)
            copy.name = code.name + " (" + std::to_string(n) + ")";
        if (copy.name != code.name)
            notes.push_back({source.path(code), "was added as \"" + copy.name + "\": a code beside it has its name"});
        siblingNames.emplace(copy.parentId, copy.name);
        codes.push_back(std::move(copy));
    }
    Codebook merged(std::move(codes));
    for (const Code& code : merged.codes())
        if (wanted.count(code.id))
            added.push_back(merged.path(code));
    if (Problems problems = validateCodebook(merged); !problems.empty())
        throw InvalidInput("The codes could not be added to the codebook:", std::move(problems));
    return merged;
}

std::string describeCoding(const Codebook& codebook, const Coding& coding)
{
    const Code* code = codebook.find(coding.codeId);
    const std::string quote = shortQuote(coding.text, 12);
    return (code ? codebook.path(*code) : "code " + coding.codeId) + " by " + (coding.coder.empty() ? "unknown" : coding.coder)
           + ": \"" + quote + "\"";
}

} // namespace

MergePlan planMerge(const CodedText& document, const CodedText& incoming, bool allCodes)
{
    MergePlan plan;
    std::set<std::string> present;
    std::set<std::tuple<std::string, std::string, std::size_t, std::size_t>> sameCoding; // code, coder, span
    for (const ForeignCoding& own : document.codings) {
        present.insert(own.coding.id);
        if (own.span)
            sameCoding.emplace(own.coding.codeId, own.coding.coder, own.span->begin, own.span->end);
    }
    const bool sameText = document.text == incoming.text;
    std::set<std::string> codesNeeded;
    for (const ForeignCoding& foreign : incoming.codings) {
        const Coding& coding = foreign.coding;
        if (present.count(coding.id)) {
            ++plan.alreadyHere;
            continue;
        }
        if (!incoming.codebook.find(coding.codeId) && !document.codebook.find(coding.codeId)) {
            plan.notPlaced.push_back({describeCoding(incoming.codebook, coding), "its code is in neither codebook"});
            continue;
        }
        if (!foreign.span) {
            plan.notPlaced.push_back({describeCoding(incoming.codebook, coding), "its passage had been deleted in its own copy"});
            continue;
        }
        const Placement placed = sameText ? Placement{foreign.span, true, {}} : placePassage(incoming.text, *foreign.span, document.text);
        if (!placed.span) {
            plan.notPlaced.push_back({describeCoding(incoming.codebook, coding), placed.reason});
            continue;
        }
        if (!sameCoding.emplace(coding.codeId, coding.coder, placed.span->begin, placed.span->end).second) {
            ++plan.alreadyHere;
            continue;
        }
        present.insert(coding.id);
        plan.placedByEnds += placed.exact ? 0 : 1;
        codesNeeded.insert(coding.codeId);
        plan.toAdd.emplace_back(coding, *placed.span);
    }
    if (allCodes)
        for (const Code& code : incoming.codebook.codes())
            codesNeeded.insert(code.id);
    plan.codebook = withCodesFrom(document.codebook, incoming.codebook, codesNeeded, plan.codesAdded, plan.notPlaced);
    return plan;
}

std::string mergePlanToJson(const MergePlan& plan, const std::string& summary)
{
    nlohmann::json notMerged = nlohmann::json::array();
    for (const Problem& problem : plan.notPlaced)
        notMerged.push_back({{"coding", problem.where}, {"reason", problem.what}});
    return nlohmann::json{{"merged", plan.toAdd.size()},
                          {"placedByEnds", plan.placedByEnds},
                          {"alreadyHere", plan.alreadyHere},
                          {"codesAdded", plan.codesAdded},
                          {"notMerged", notMerged},
                          {"summary", summary}}
        .dump();
}

std::string describeMerge(const MergePlan& plan, const std::string& from)
{
    std::string text = std::to_string(plan.toAdd.size()) + (plan.toAdd.size() == 1 ? " coding" : " codings")
                       + " merged from " + from + ".";
    if (plan.placedByEnds)
        text += " " + std::to_string(plan.placedByEnds) + " of them had a passage edited in one copy and were placed by its beginning and end: check them.";
    if (plan.alreadyHere)
        text += " " + std::to_string(plan.alreadyHere) + " were here already and were left out.";
    if (!plan.codesAdded.empty()) {
        text += "\n\nCodes added to the codebook:";
        for (const std::string& path : plan.codesAdded)
            text += "\n• " + path;
    }
    if (!plan.notPlaced.empty()) {
        text += "\n\nNot merged:";
        for (const Problem& problem : plan.notPlaced)
            text += "\n• " + problem.where + ": " + problem.what;
    }
    return text;
}

} // namespace pt
