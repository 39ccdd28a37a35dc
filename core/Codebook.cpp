#include "core/Codebook.hpp"

#include "core/Colour.hpp"
#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/Whitespace.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

namespace pt {

bool Code::operator==(const Code& other) const
{
    const auto fields = [](const Code& c) {
        return std::tie(c.id, c.name, c.parentId, c.dimension, c.polarity, c.color, c.codable, c.retired, c.definition,
                        c.example, c.origin, c.inclusion, c.exclusion, c.exampleCodingId);
    };
    return fields(*this) == fields(other);
}

namespace {

constexpr int kCodebookVersion = 1;

std::string inQuotes(std::string_view text)
{
    return dumpJson(nlohmann::json(std::string(text)));
}

} // namespace

std::string_view toString(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Resources: return "resources";
    case Dimension::Discourses: return "discourses";
    case Dimension::Contexts: return "contexts";
    }
    return "resources";
}

std::string_view toString(Polarity polarity)
{
    switch (polarity) {
    case Polarity::Enabler: return "enabler";
    case Polarity::Barrier: return "barrier";
    case Polarity::Either: return "either";
    }
    return "either";
}

std::optional<Dimension> dimensionFromString(std::string_view text)
{
    for (Dimension d : {Dimension::Resources, Dimension::Discourses, Dimension::Contexts})
        if (toString(d) == text)
            return d;
    return std::nullopt;
}

std::string_view toString(CodeOrigin origin)
{
    return origin == CodeOrigin::Emergent ? "emergent" : "a priori";
}

std::optional<CodeOrigin> originFromString(std::string_view text)
{
    for (CodeOrigin o : {CodeOrigin::APriori, CodeOrigin::Emergent})
        if (toString(o) == text)
            return o;
    return std::nullopt;
}

bool isDimension(const Code& code)
{
    return code.parentId.empty() && code.origin == CodeOrigin::APriori;
}

bool insideTriangle(const Codebook& codebook, const Code& code)
{
    const Code* current = &code;
    for (std::size_t steps = 0; current && steps <= codebook.codes().size(); ++steps) {
        if (current->origin == CodeOrigin::APriori)
            return true;
        current = current->parentId.empty() ? nullptr : codebook.find(current->parentId);
    }
    return false;
}

std::string dimensionText(const Codebook& codebook, const Code& code)
{
    return insideTriangle(codebook, code) ? std::string(toString(code.dimension)) : std::string();
}

std::optional<Polarity> polarityFromString(std::string_view text)
{
    for (Polarity p : {Polarity::Enabler, Polarity::Barrier, Polarity::Either})
        if (toString(p) == text)
            return p;
    return std::nullopt;
}

Codebook::Codebook(std::vector<Code> codes)
    : mCodes(std::move(codes))
{
    for (std::size_t i = 0; i < mCodes.size(); ++i)
        mIndexById.emplace(mCodes[i].id, i);
}

const Code* Codebook::find(std::string_view id) const
{
    const auto found = mIndexById.find(std::string(id));
    return found == mIndexById.end() ? nullptr : &mCodes[found->second];
}

std::string Codebook::path(const Code& code) const
{
    std::string path = code.name;
    const Code* current = &code;
    // Bounded by the number of codes, so a cycle in an unvalidated codebook cannot hang us.
    for (std::size_t steps = 0; steps < mCodes.size() && !current->parentId.empty(); ++steps) {
        current = find(current->parentId);
        if (!current)
            break;
        path = current->name + " / " + path;
    }
    return path;
}

namespace {

// pathOf(i) names code i as the input spelled it, so that messages point at the right entry.
void validateCodes(const Codebook& codebook, const std::function<std::string(std::size_t)>& pathOf, Problems& problems)
{
    const auto& codes = codebook.codes();
    std::set<std::string> seenIds;
    std::set<std::pair<std::string, std::string>> seenNames; // (parentId, name)
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const Code& code = codes[i];
        const std::string at = pathOf(i);
        if (!isGuid(code.id))
            problems.push_back({at + ".id", inQuotes(code.id) + " is not a GUID"});
        else if (!seenIds.insert(code.id).second)
            problems.push_back({at + ".id", inQuotes(code.id) + " is used by an earlier code too"});
        if (trimmed(code.name).empty())
            problems.push_back({at + ".name", "is empty"});
        else if (code.name.size() > kLongestCodeName)
            problems.push_back({at + ".name", "is longer than " + std::to_string(kLongestCodeName) + " characters"});
        else if (!seenNames.emplace(code.parentId, trimmed(code.name)).second)
            problems.push_back({at + ".name", inQuotes(code.name) + " is already the name of a code with the same parent"});
        if (!parseColour(code.color))
            problems.push_back({at + ".color", inQuotes(code.color) + " is not a colour of the form #RRGGBB"});
        if (code.parentId.empty())
            continue;
        const Code* parent = codebook.find(code.parentId);
        if (!parent || parent == &code) {
            problems.push_back({at + ".parentId", inQuotes(code.parentId) + " is not the id of another code"});
            continue;
        }
        if (parent->dimension != code.dimension)
            problems.push_back({at + ".dimension", std::string("is ") + std::string(toString(code.dimension))
                                                       + " but its parent " + inQuotes(parent->name) + " is "
                                                       + std::string(toString(parent->dimension))});
        // A cycle returns to this code before running out of ancestors.
        const Code* ancestor = parent;
        for (std::size_t steps = 0; ancestor && steps <= codes.size(); ++steps) {
            if (ancestor == &code) {
                problems.push_back({at + ".parentId", "makes " + inQuotes(code.name) + " its own ancestor"});
                break;
            }
            ancestor = ancestor->parentId.empty() ? nullptr : codebook.find(ancestor->parentId);
        }
    }
}

} // namespace

Problems validateCodebook(const Codebook& codebook, const std::string& where)
{
    Problems problems;
    validateCodes(codebook, [&](std::size_t i) { return where + ".codes[" + std::to_string(i) + "]"; }, problems);
    return problems;
}

nlohmann::json codebookToJson(const Codebook& codebook)
{
    nlohmann::json codes = nlohmann::json::array();
    for (const Code& code : codebook.codes()) {
        codes.push_back({
            {"id", code.id},
            {"name", code.name},
            {"parentId", code.parentId.empty() ? nlohmann::json() : nlohmann::json(code.parentId)},
            {"dimension", toString(code.dimension)},
            {"polarity", toString(code.polarity)},
            {"color", code.color},
            {"codable", code.codable},
            {"retired", code.retired},
            {"definition", code.definition},
            {"example", code.example},
            {"origin", toString(code.origin)},
            {"inclusion", code.inclusion},
            {"exclusion", code.exclusion},
            {"exampleCodingId", code.exampleCodingId},
        });
    }
    return {{"version", kCodebookVersion}, {"codes", std::move(codes)}};
}

Codebook codebookFromJson(const nlohmann::json& json, const std::string& where, Problems& problems)
{
    const nlohmann::json* list = &json;
    std::string listPath = where;
    if (json.is_object()) {
        const auto version = json.find("version");
        if (version != json.end() && !(version->is_number_integer() && version->get<int>() <= kCodebookVersion))
            problems.push_back({where + ".version", dumpJson(*version) + " is not a codebook version this release reads (up to "
                                                        + std::to_string(kCodebookVersion) + ")"});
        const auto codes = json.find("codes");
        if (codes == json.end()) {
            problems.push_back({where + ".codes", "missing"});
            return {};
        }
        list = &*codes;
        listPath = where + ".codes";
    }
    if (!list->is_array()) {
        problems.push_back({listPath, "expected an array of codes, found " + describeType(*list)});
        return {};
    }

    // First pass reads what is written; inherited fields are resolved once every code is known.
    struct Read {
        Code code;
        std::size_t sourceIndex = 0;
        bool hasDimension = false, hasPolarity = false, hasColour = false;
    };
    std::vector<Read> read;
    for (std::size_t i = 0; i < list->size(); ++i) {
        JsonFields fields((*list)[i], listPath + "[" + std::to_string(i) + "]", problems);
        if (!fields.isObject())
            continue;
        Read entry;
        entry.sourceIndex = i;
        Code& code = entry.code;
        code.id = normalizedGuid(fields.requiredString("id"));
        code.name = fields.requiredString("name");
        code.parentId = normalizedGuid(fields.optionalString("parentId"));
        if (const std::string text = fields.optionalString("dimension"); !text.empty()) {
            if (const auto dimension = dimensionFromString(text)) {
                code.dimension = *dimension;
                entry.hasDimension = true;
            } else {
                fields.problem("dimension", inQuotes(text) + " is not one of resources, discourses, contexts");
            }
        } else if (code.parentId.empty()) {
            fields.problem("dimension", "missing (a top-level code must name its dimension)");
        }
        if (const std::string text = fields.optionalString("polarity"); !text.empty()) {
            if (const auto polarity = polarityFromString(text)) {
                code.polarity = *polarity;
                entry.hasPolarity = true;
            } else {
                fields.problem("polarity", inQuotes(text) + " is not one of enabler, barrier, either");
            }
        }
        code.color = fields.optionalString("color");
        entry.hasColour = !code.color.empty();
        code.codable = fields.optionalBool("codable", true);
        code.retired = fields.optionalBool("retired", false);
        code.definition = fields.optionalString("definition");
        code.example = fields.optionalString("example");
        if (const std::string text = fields.optionalString("origin"); !text.empty()) {
            if (const auto origin = originFromString(text))
                code.origin = *origin;
            else
                fields.problem("origin", inQuotes(text) + " is not one of a priori, emergent");
        }
        code.inclusion = fields.optionalString("inclusion");
        code.exclusion = fields.optionalString("exclusion");
        code.exampleCodingId = normalizedGuid(fields.optionalString("exampleCodingId"));
        read.push_back(std::move(entry));
    }

    std::unordered_map<std::string, const Read*> byId;
    for (const Read& entry : read)
        byId.emplace(entry.code.id, &entry);
    std::vector<Rgb> coloursInUse;
    for (const Read& entry : read)
        if (const auto colour = parseColour(entry.code.color))
            coloursInUse.push_back(*colour);

    std::vector<Code> codes;
    std::vector<std::size_t> sourceIndex;
    codes.reserve(read.size());
    for (Read& entry : read) {
        // Inherit from the nearest ancestor that states the field; bounded against cycles.
        const Read* ancestor = &entry;
        for (std::size_t steps = 0; steps <= read.size() && (!entry.hasDimension || !entry.hasPolarity); ++steps) {
            const auto parent = byId.find(ancestor->code.parentId);
            if (ancestor->code.parentId.empty() || parent == byId.end())
                break;
            ancestor = parent->second;
            if (!entry.hasDimension && ancestor->hasDimension) {
                entry.code.dimension = ancestor->code.dimension;
                entry.hasDimension = true;
            }
            if (!entry.hasPolarity && ancestor->hasPolarity) {
                entry.code.polarity = ancestor->code.polarity;
                entry.hasPolarity = true;
            }
        }
        if (!entry.hasColour) {
            const Rgb colour = pickDistinctColour(coloursInUse);
            coloursInUse.push_back(colour);
            entry.code.color = formatColour(colour);
        }
        codes.push_back(std::move(entry.code));
        sourceIndex.push_back(entry.sourceIndex);
    }
    Codebook codebook(std::move(codes));
    Problems structural;
    validateCodes(codebook, [&](std::size_t i) { return listPath + "[" + std::to_string(sourceIndex[i]) + "]"; }, structural);
    // A field already reported as missing or mistyped is not reported again as empty or malformed.
    for (Problem& problem : structural)
        if (std::none_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.where == problem.where; }))
            problems.push_back(std::move(problem));
    return codebook;
}

Codebook parseCodebookJson(std::string_view text)
{
    const nlohmann::json json = parseJson(text, "codebook");
    Problems problems;
    Codebook codebook = codebookFromJson(json, "codebook", problems);
    if (problems.empty() && codebook.codes().empty())
        problems.push_back({"codebook.codes", "is empty: a codebook has at least its dimensions"});
    if (!problems.empty())
        throw InvalidInput("The codebook was not accepted:", std::move(problems));
    return codebook;
}

Polarity effectivePolarity(const Codebook& codebook, const Code& code)
{
    const Code* at = &code;
    for (std::size_t depth = 0; at && depth <= codebook.codes().size(); ++depth) {
        if (at->polarity != Polarity::Either)
            return at->polarity;
        at = at->parentId.empty() ? nullptr : codebook.find(at->parentId);
    }
    return Polarity::Either;
}

std::optional<std::string> whyNoNewCodings(const Code& code)
{
    if (!code.codable)
        return "\"" + code.name + "\" groups other codes and cannot be assigned to a passage.";
    if (code.retired)
        return "\"" + code.name + "\" is retired and takes no new codings.";
    return std::nullopt;
}

std::vector<const Code*> codesCalled(const Codebook& codebook, std::string_view wanted)
{
    std::vector<const Code*> found;
    const std::string id = normalizedGuid(wanted);
    for (const Code& code : codebook.codes())
        if (code.id == id || code.name == wanted || codebook.path(code) == wanted)
            found.push_back(&code);
    return found;
}

} // namespace pt
