#include "core/CodingMerge.hpp"

#include "core/Excerpt.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <tuple>

namespace pt {

namespace {

/// The codes of `source` named in `ids` that `current` lacks, with their missing ancestors, added to it.
/// A code of `source` is the same as one of `current` with its id, or else with its name under the same
/// parent (another tool's "Resources" is ours): `sameAs` maps source ids to the ids they have now.
Codebook withCodesFrom(const Codebook& current, const Codebook& source, const std::set<std::string>& ids,
                       std::map<std::string, std::string>& sameAs, std::vector<std::string>& added)
{
    std::map<std::pair<std::string, std::string>, std::string> byName; // (parent, name) → id
    for (const Code& code : current.codes())
        byName.emplace(std::make_pair(code.parentId, code.name), code.id);
    std::set<std::string> wanted;
    for (const std::string& id : ids)
        for (const Code* code = source.find(id); code; code = source.find(code->parentId))
            wanted.insert(code->id);
    std::vector<Code> codes = current.codes();
    std::set<std::string> addedIds;
    // Source order puts parents before children, so a parent is mapped before its children.
    for (const Code& code : source.codes()) {
        if (!wanted.count(code.id))
            continue;
        const auto parent = sameAs.find(code.parentId);
        const std::string parentId = parent == sameAs.end() ? code.parentId : parent->second;
        if (current.find(code.id) || addedIds.count(code.id)) {
            sameAs[code.id] = code.id;
            continue;
        }
        if (const auto named = byName.find({parentId, code.name}); named != byName.end()) {
            sameAs[code.id] = named->second;
            continue;
        }
        Code copy = code;
        copy.parentId = parentId;
        for (const Code& existing : codes)
            if (existing.id == parentId)
                copy.dimension = existing.dimension; // a branch stays in the dimension it joins
        sameAs[code.id] = copy.id;
        byName.emplace(std::make_pair(copy.parentId, copy.name), copy.id);
        addedIds.insert(copy.id);
        codes.push_back(std::move(copy));
    }
    Codebook merged(std::move(codes));
    for (const Code& code : merged.codes())
        if (addedIds.count(code.id))
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
    std::set<std::string> codesNeeded;
    for (const ForeignCoding& foreign : incoming.codings)
        codesNeeded.insert(foreign.coding.codeId);
    if (allCodes)
        for (const Code& code : incoming.codebook.codes())
            codesNeeded.insert(code.id);
    std::map<std::string, std::string> sameAs;
    const Codebook merged = withCodesFrom(document.codebook, incoming.codebook, codesNeeded, sameAs, plan.codesAdded);

    std::set<std::string> present;
    std::set<std::tuple<std::string, std::string, std::size_t, std::size_t>> sameCoding; // code, coder, span
    for (const ForeignCoding& own : document.codings) {
        present.insert(own.coding.id);
        if (own.span)
            sameCoding.emplace(own.coding.codeId, own.coding.coder, own.span->begin, own.span->end);
    }
    const bool sameText = document.text == incoming.text;
    std::set<std::string> codesUsed;
    for (const ForeignCoding& foreign : incoming.codings) {
        Coding coding = foreign.coding;
        if (present.count(coding.id)) {
            ++plan.alreadyHere;
            continue;
        }
        if (const auto mapped = sameAs.find(coding.codeId); mapped != sameAs.end())
            coding.codeId = mapped->second;
        if (!merged.find(coding.codeId)) {
            plan.notPlaced.push_back({describeCoding(incoming.codebook, foreign.coding), "its code is in neither codebook"});
            continue;
        }
        if (!foreign.span) {
            plan.notPlaced.push_back({describeCoding(incoming.codebook, foreign.coding), "its passage had been deleted in its own copy"});
            continue;
        }
        const Placement placed = sameText ? Placement{foreign.span, true, {}} : placePassage(incoming.text, *foreign.span, document.text);
        if (!placed.span) {
            plan.notPlaced.push_back({describeCoding(incoming.codebook, foreign.coding), placed.reason});
            continue;
        }
        if (!sameCoding.emplace(coding.codeId, coding.coder, placed.span->begin, placed.span->end).second) {
            ++plan.alreadyHere;
            continue;
        }
        present.insert(coding.id);
        plan.placedByEnds += placed.exact ? 0 : 1;
        codesUsed.insert(coding.codeId);
        plan.toAdd.emplace_back(std::move(coding), *placed.span);
    }
    plan.codebook = merged;
    if (!allCodes) {
        // Only the codes that merged codings use, and their ancestors, join the codebook.
        std::set<std::string> keep;
        for (const std::string& id : codesUsed)
            for (const Code* code = merged.find(id); code; code = merged.find(code->parentId))
                keep.insert(code->id);
        std::vector<Code> codes;
        std::vector<std::string> added;
        for (const Code& code : merged.codes())
            if (document.codebook.find(code.id) || keep.count(code.id)) {
                codes.push_back(code);
                if (!document.codebook.find(code.id))
                    added.push_back(merged.path(code));
            }
        plan.codebook = Codebook(std::move(codes));
        plan.codesAdded = std::move(added);
    }
    return plan;
}

Codebook withCodesOf(const Codebook& base, const Codebook& other)
{
    const std::vector<ForeignCoding> none;
    return planMerge({base, none, U""}, {other, none, U""}, true).codebook;
}

nlohmann::json mergePlanToJson(const MergePlan& plan, const std::string& summary)
{
    nlohmann::json notMerged = nlohmann::json::array();
    for (const Problem& problem : plan.notPlaced)
        notMerged.push_back({{"coding", problem.where}, {"reason", problem.what}});
    return nlohmann::json{{"merged", plan.toAdd.size()},
                          {"placedByEnds", plan.placedByEnds},
                          {"alreadyHere", plan.alreadyHere},
                          {"codesAdded", plan.codesAdded},
                          {"notMerged", notMerged},
                          {"summary", summary}};
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
