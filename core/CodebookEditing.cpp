#include "core/CodebookEditing.hpp"

#include "core/Colour.hpp"
#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/TextPlacement.hpp"
#include "core/Whitespace.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace pt {

namespace {

Codebook validated(std::vector<Code> codes)
{
    Codebook codebook(std::move(codes));
    if (Problems problems = validateCodebook(codebook); !problems.empty())
        throw InvalidInput("The codebook change was not accepted:", std::move(problems));
    return codebook;
}

std::vector<Rgb> coloursInUse(const Codebook& codebook)
{
    std::vector<Rgb> colours;
    for (const Code& code : codebook.codes())
        if (const auto colour = parseColour(code.color))
            colours.push_back(*colour);
    return colours;
}

/// Ids of `rootId` and every code below it.
std::set<std::string> branchOf(const std::vector<Code>& codes, const std::string& rootId)
{
    std::set<std::string> branch{rootId};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Code& code : codes)
            if (branch.count(code.parentId) && branch.insert(code.id).second)
                grew = true;
    }
    return branch;
}

} // namespace

Codebook withCodeAdded(const Codebook& codebook, Code code)
{
    if (code.id.empty())
        code.id = newGuid();
    code.id = normalizedGuid(code.id);
    code.parentId = normalizedGuid(code.parentId);
    if (codebook.find(code.id))
        throw InvalidInput(Problem{"code.id", "\"" + code.id + "\" is already the id of a code"});
    if (!code.parentId.empty()) {
        const Code* parent = codebook.find(code.parentId);
        if (!parent)
            throw InvalidInput(Problem{"code.parentId", "\"" + code.parentId + "\" is not the id of a code"});
        code.dimension = parent->dimension;
    }
    if (code.color.empty())
        code.color = formatColour(pickDistinctColour(coloursInUse(codebook)));
    std::vector<Code> codes = codebook.codes();
    codes.push_back(std::move(code));
    return validated(std::move(codes));
}

Code emergentCode(const Codebook& codebook, std::string_view name, std::string_view passage)
{
    std::string words;
    for (const char c : trimmed(name).empty() ? passage : name) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space)
            words += c;
        else if (!words.empty() && words.back() != ' ')
            words += ' ';
    }
    words = trimmed(words);
    if (words.empty())
        throw InvalidInput(Problem{"name", "the passage has no words to name a code by: type a name"});
    std::u32string letters = toCodePoints(words);
    if (trimmed(name).empty() && letters.size() > kLongestInVivoName) {
        const std::size_t cut = letters.rfind(U' ', kLongestInVivoName);
        letters = letters.substr(0, cut == std::u32string::npos || cut == 0 ? kLongestInVivoName : cut) + U"\u2026";
        words = toUtf8(letters);
    }
    std::set<std::string> taken;
    for (const Code& code : codebook.codes())
        if (code.parentId.empty())
            taken.insert(code.name);
    Code code;
    code.name = words;
    for (int n = 2; taken.count(code.name); ++n)
        code.name = words + " (" + std::to_string(n) + ")";
    code.id = newGuid();
    code.origin = CodeOrigin::Emergent;
    code.dimension = Dimension::Resources; // a placeholder: outside the triangle it counts in no dimension
    return code;
}

Codebook withCodeDeleted(const Codebook& codebook, const std::string& codeId, const std::map<std::string, std::size_t>& counts)
{
    const Code* code = codebook.find(normalizedGuid(codeId));
    if (!code)
        throw InvalidInput(Problem{"codeId", "\"" + codeId + "\" is not the id of a code"});
    if (isDimension(*code))
        throw InvalidInput(Problem{"codeId", "\"" + code->name + "\" is a dimension of the triangle, its frame: it cannot be deleted"});
    if (std::any_of(codebook.codes().begin(), codebook.codes().end(), [&](const Code& c) { return c.parentId == code->id; }))
        throw InvalidInput(Problem{"codeId", "\"" + code->name + "\" has codes below it: move or delete them first"});
    if (const auto used = counts.find(code->id); used != counts.end() && used->second > 0)
        throw InvalidInput(Problem{"codeId", "\"" + code->name + "\" has " + std::to_string(used->second)
                                                 + (used->second == 1 ? " coding" : " codings") + ": merge it into another code, or retire it"});
    std::vector<Code> codes;
    for (const Code& other : codebook.codes())
        if (other.id != code->id)
            codes.push_back(other);
    return validated(std::move(codes));
}

namespace {
/// Two notes of one passage as one: both, a blank line between, or the one there is.
std::string joined(const std::string& kept, const std::string& folded)
{
    if (folded.empty() || kept == folded)
        return kept;
    return kept.empty() ? folded : kept + "\n\n" + folded;
}
} // namespace

CodeMerge mergeCodes(const Codebook& codebook, const std::vector<Coding>& codings, const std::string& fromId,
                     const std::string& intoId, const std::function<std::string(const Coding&)>& passageKey,
                     const std::function<bool(const Coding&, const Coding&)>& samePassage)
{
    const Code* from = codebook.find(normalizedGuid(fromId));
    const Code* into = codebook.find(normalizedGuid(intoId));
    if (!from)
        throw InvalidInput(Problem{"fromCodeId", "\"" + fromId + "\" is not the id of a code"});
    if (!into)
        throw InvalidInput(Problem{"intoCodeId", "\"" + intoId + "\" is not the id of a code"});
    if (from == into)
        throw InvalidInput(Problem{"intoCodeId", "a code cannot be merged into itself"});
    if (isDimension(*from))
        throw InvalidInput(Problem{"fromCodeId", "\"" + from->name + "\" is a dimension of the triangle, its frame: it cannot be merged"});
    if (branchOf(codebook.codes(), from->id).count(into->id))
        throw InvalidInput(Problem{"intoCodeId", "\"" + into->name + "\" is below \"" + from->name + "\": a code cannot be merged into its own descendant"});
    if (into->retired)
        throw InvalidInput(Problem{"intoCodeId", "\"" + into->name + "\" is retired and takes no codings: bring it back first"});
    if (!into->codable)
        throw InvalidInput(Problem{"intoCodeId", "\"" + into->name + "\" is a grouping code and takes no codings"});

    CodeMerge merge;
    // The codebook: A's children under B (their branches follow B into its dimension), then A gone.
    Codebook edited = codebook;
    for (const Code& code : codebook.codes())
        if (code.parentId == from->id) {
            Code moved = code;
            moved.parentId = into->id;
            edited = withCodeChanged(edited, moved);
        }
    std::vector<Code> codes;
    for (const Code& code : edited.codes())
        if (code.id != from->id)
            codes.push_back(code);
    merge.codebook = validated(std::move(codes));

    // The codings: B's by coder and passage, to find the duplicates a fold removes.
    std::map<std::pair<std::string, std::string>, std::vector<Coding>> intoByPassage;
    for (const Coding& coding : codings)
        if (coding.codeId == into->id)
            intoByPassage[{coding.coder, passageKey(coding)}].push_back(coding);
    std::map<std::string, Coding> folded; // B's codings that took notes, by id
    for (const Coding& coding : codings) {
        if (coding.codeId != from->id)
            continue;
        std::vector<Coding>& same = intoByPassage[{coding.coder, passageKey(coding)}];
        const auto twin = std::find_if(same.begin(), same.end(), [&](const Coding& b) { return samePassage(coding, b); });
        if (twin == same.end()) {
            Coding moved = coding;
            moved.codeId = into->id;
            merge.changed.push_back(std::move(moved));
            continue;
        }
        twin->memo = joined(twin->memo, coding.memo);
        twin->condensed = joined(twin->condensed, coding.condensed);
        folded[twin->id] = *twin;
        merge.removed.push_back(coding.id);
    }
    for (auto& [id, coding] : folded)
        merge.changed.push_back(std::move(coding));
    return merge;
}

Code newCodeFromJson(const Codebook& codebook, const nlohmann::json& json)
{
    Code code = withFields(Code(), json);
    if (json.is_object() && json.contains("id") && json["id"].is_string())
        code.id = normalizedGuid(json["id"].get<std::string>());
    if (const Code* parent = codebook.find(normalizedGuid(code.parentId)); parent && !(json.is_object() && json.contains("polarity")))
        code.polarity = parent->polarity;
    return code;
}

std::set<std::string> codesInUseLeftOut(const Codebook& current, const Codebook& replacement,
                                        const std::vector<std::string>& codeIdsInUse)
{
    std::set<std::string> names;
    for (const std::string& id : codeIdsInUse)
        if (!replacement.find(id))
            if (const Code* used = current.find(id))
                names.insert(used->name);
    return names;
}

Codebook withCodeChanged(const Codebook& codebook, const Code& changed)
{
    const std::string id = normalizedGuid(changed.id);
    if (!codebook.find(id))
        throw InvalidInput(Problem{"code.id", "\"" + changed.id + "\" is not the id of a code"});
    std::vector<Code> codes = codebook.codes();
    Code replacement = changed;
    replacement.id = id;
    replacement.parentId = normalizedGuid(changed.parentId);
    if (!replacement.parentId.empty()) {
        const Code* parent = codebook.find(replacement.parentId);
        if (!parent)
            throw InvalidInput(Problem{"code.parentId", "\"" + replacement.parentId + "\" is not the id of a code"});
        if (branchOf(codes, id).count(replacement.parentId))
            throw InvalidInput(Problem{"code.parentId", "a code cannot move below itself"});
        replacement.dimension = parent->dimension;
    }
    const std::set<std::string> branch = branchOf(codes, id);
    for (Code& code : codes) {
        if (code.id == id)
            code = replacement;
        else if (branch.count(code.id))
            code.dimension = replacement.dimension; // the branch follows its root into the new dimension
    }
    return validated(std::move(codes));
}

bool canMoveUnder(const Codebook& codebook, const std::string& codeId, const std::string& parentId)
{
    const Code* code = codebook.find(normalizedGuid(codeId));
    const Code* parent = codebook.find(normalizedGuid(parentId));
    return code && parent && !isDimension(*code) && code->parentId != parent->id
           && !branchOf(codebook.codes(), code->id).count(parent->id);
}

Code withFields(Code base, const nlohmann::json& json)
{
    Problems problems;
    JsonFields fields(json, "code", problems);
    if (fields.isObject()) {
        static const std::set<std::string> known{"id", "name", "parentId", "dimension", "polarity", "color",
                                                  "codable", "retired", "definition", "example", "origin",
                                                  "inclusion", "exclusion", "exampleCodingId"};
        for (const auto& item : json.items())
            if (!known.count(item.key()))
                problems.push_back({fields.path(item.key().c_str()), "is not a field of a code"});
        base.name = fields.optionalString("name", base.name);
        base.parentId = normalizedGuid(fields.optionalString("parentId", json.contains("parentId") ? "" : base.parentId));
        if (const std::string text = fields.optionalString("dimension"); !text.empty()) {
            if (const auto dimension = dimensionFromString(text))
                base.dimension = *dimension;
            else
                fields.problem("dimension", "\"" + text + "\" is not one of resources, discourses, contexts");
        }
        if (const std::string text = fields.optionalString("polarity"); !text.empty()) {
            if (const auto polarity = polarityFromString(text))
                base.polarity = *polarity;
            else
                fields.problem("polarity", "\"" + text + "\" is not one of enabler, barrier, either");
        }
        base.color = fields.optionalString("color", base.color);
        base.codable = fields.optionalBool("codable", base.codable);
        base.retired = fields.optionalBool("retired", base.retired);
        base.definition = fields.optionalString("definition", base.definition);
        base.example = fields.optionalString("example", base.example);
        if (const std::string text = fields.optionalString("origin"); !text.empty()) {
            if (const auto origin = originFromString(text))
                base.origin = *origin;
            else
                fields.problem("origin", "\"" + text + "\" is not one of a priori, emergent");
        }
        base.inclusion = fields.optionalString("inclusion", base.inclusion);
        base.exclusion = fields.optionalString("exclusion", base.exclusion);
        base.exampleCodingId = normalizedGuid(fields.optionalString("exampleCodingId", base.exampleCodingId));
    }
    if (!problems.empty())
        throw InvalidInput("The code was not accepted:", std::move(problems));
    return base;
}

Codebook withTemplateApplied(const Codebook& current, const Codebook& replacement,
                             const std::set<std::string>& usedCodeIds)
{
    std::vector<Code> codes = replacement.codes();
    std::set<std::string> present;
    for (const Code& code : codes)
        present.insert(code.id);
    for (const std::string& id : usedCodeIds) {
        // The used code and each ancestor the template lacks, top-down so parents precede children.
        std::vector<const Code*> chain;
        for (const Code* code = current.find(id); code && !present.count(code->id) && chain.size() <= current.codes().size();
             code = code->parentId.empty() ? nullptr : current.find(code->parentId))
            chain.push_back(code);
        for (auto code = chain.rbegin(); code != chain.rend(); ++code) {
            codes.push_back(**code);
            present.insert((*code)->id);
        }
    }
    return validated(std::move(codes));
}

CodebookMerge mergeCodebooks(const Codebook& current, const Codebook& incoming)
{
    CodebookMerge merge;
    std::vector<Code> codes = current.codes();
    std::set<std::pair<std::string, std::string>> siblingNames;
    for (const Code& code : codes)
        siblingNames.emplace(code.parentId, code.name);
    std::set<std::string> incomingIds;
    for (const Code& code : incoming.codes()) {
        incomingIds.insert(code.id);
        const auto existing = std::find_if(codes.begin(), codes.end(), [&](const Code& c) { return c.id == code.id; });
        if (existing != codes.end()) {
            if (existing->name != code.name || existing->parentId != code.parentId)
                siblingNames.erase({existing->parentId, existing->name});
            *existing = code;
            siblingNames.emplace(code.parentId, code.name);
            ++merge.updated;
            continue;
        }
        Code added = code;
        for (int n = 2; siblingNames.count({added.parentId, added.name}); ++n)
            added.name = code.name + " (" + std::to_string(n) + ")";
        if (added.name != code.name)
            merge.notes.push_back({code.name, "renamed \"" + added.name + "\": a code with that name and parent exists already"});
        siblingNames.emplace(added.parentId, added.name);
        codes.push_back(std::move(added));
        ++merge.added;
    }
    for (const Code& code : current.codes())
        if (!incomingIds.count(code.id))
            ++merge.kept;
    merge.codebook = validated(std::move(codes));
    return merge;
}

} // namespace pt
