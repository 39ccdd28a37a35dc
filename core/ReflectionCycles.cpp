#include "core/ReflectionCycles.hpp"

#include "core/Excerpt.hpp"
#include "core/Json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pt {

TableRows cyclesOverviewRows(const std::vector<ReflectionCycle>& cycles, Step step, TableLanguage language)
{
    const ReflectionWords& words = reflectionWords(language);
    std::vector<Dimension> used;
    for (const Dimension dimension : kDimensions)
        for (const ReflectionCycle& cycle : cycles)
            if (std::count(cycle.dimensions.begin(), cycle.dimensions.end(), dimension)) {
                used.push_back(dimension);
                break;
            }
    std::vector<std::string> header{words.cycle};
    for (const Dimension dimension : used)
        header.push_back(words.dimensionName(dimension));
    TableRows rows{header};
    for (const ReflectionCycle& cycle : cycles) {
        std::vector<std::string> row{std::to_string(cycle.cycle) + (cycle.date.empty() ? "" : "\n" + cycle.date)};
        for (const Dimension dimension : used)
            row.push_back(cycle.cell(step, dimension));
        rows.push_back(std::move(row));
    }
    return rows;
}

int nextCycleNumber(const std::vector<ReflectionCycle>& cycles)
{
    int highest = 0;
    for (const ReflectionCycle& cycle : cycles)
        highest = std::max(highest, cycle.cycle);
    return highest + 1;
}

ReflectionCycle nextCycleAfter(const ReflectionCycle& previous, int cycle, const std::string& date)
{
    ReflectionCycle next;
    next.language = previous.language;
    next.improvementWork = previous.improvementWork;
    next.participants = previous.participants;
    next.dimensions = previous.dimensions;
    next.cycle = cycle;
    next.date = date;
    const std::string from = (previous.language == TableLanguage::Swedish ? "Aktion i cykel " : "Action in cycle ")
                             + std::to_string(previous.cycle) + ":";
    for (const Dimension dimension : previous.dimensions)
        if (const std::string action = previous.cell(Step::Action, dimension); !action.empty())
            next.cells[{Step::Reaction, dimension}] = from + "\n" + action;
    return next;
}

std::map<Dimension, std::vector<EvidenceLine>> evidenceByDimension(const std::vector<const Coding*>& codings,
                                                                   const Codebook& codebook, TableLanguage language,
                                                                   std::size_t perGroup)
{
    const bool swedish = language == TableLanguage::Swedish;
    const std::array<std::pair<Polarity, std::string>, 3> groups{
        {{Polarity::Enabler, swedish ? "M\xc3\xb6jligg\xc3\xb6rare" : "Enablers"},
         {Polarity::Barrier, swedish ? "Hinder" : "Barriers"},
         {Polarity::Either, swedish ? "M\xc3\xb6jligg\xc3\xb6rare eller hinder" : "Enabler or barrier"}}};
    std::map<Dimension, std::vector<EvidenceLine>> evidence;
    for (const Dimension dimension : kDimensions) {
        std::vector<EvidenceLine>& lines = evidence[dimension];
        for (const auto& [polarity, heading] : groups) {
            std::vector<const Coding*> quoted;
            for (const Coding* coding : codings) {
                const Code* code = codebook.find(coding->codeId);
                if (code && code->dimension == dimension && insideTriangle(codebook, *code)
                    && effectivePolarity(codebook, *code) == polarity)
                    quoted.push_back(coding);
            }
            if (quoted.empty())
                continue;
            lines.push_back({heading, ""});
            for (std::size_t i = 0; i < quoted.size() && i < perGroup; ++i)
                lines.push_back({"\xe2\x80\x9c" + shortQuote(quoted[i]->text) + "\xe2\x80\x9d"
                                     + (quoted[i]->speaker.empty() ? "" : " (" + quoted[i]->speaker + ")"),
                                 quoted[i]->id});
            if (quoted.size() > perGroup)
                lines.push_back({(swedish ? "och " : "and ") + std::to_string(quoted.size() - perGroup)
                                     + (swedish ? " till" : " more"), ""});
        }
    }
    return evidence;
}

NewTableOptions newTableOptionsFromJson(std::string_view json, TableLanguage language, int cycle, const std::string& date,
                                        const std::optional<ReflectionCycle>& last)
{
    NewTableOptions options;
    options.cycle.language = language;
    options.cycle.cycle = cycle;
    options.cycle.date = date;
    const nlohmann::json given = json.empty() ? nlohmann::json::object() : parseJson(json, "options");
    if (!given.is_object())
        throw InvalidInput(Problem{"options", "is not a JSON object"});
    Problems problems;
    // First what the new cycle starts from; the other options then change that.
    if (const auto next = given.find("continue"); next != given.end()) {
        if (!next->is_boolean())
            problems.push_back({"options.continue", "is not true or false"});
        else if (next->get<bool>() && !last)
            problems.push_back({"options.continue", "the document has no cycle that can be read to continue from"});
        else if (next->get<bool>())
            options.cycle = nextCycleAfter(*last, cycle, date);
    }
    for (const auto& [name, value] : given.items()) {
        if (name == "continue")
            continue;
        if (name == "language") {
            const auto chosen = value.is_string() ? tableLanguageFromString(value.get<std::string>()) : std::nullopt;
            if (chosen)
                options.cycle.language = *chosen;
            else
                problems.push_back({"options.language", "is not \"en\" or \"sv\""});
        } else if (name == "dimensions") {
            std::vector<Dimension> chosen;
            bool valid = value.is_array() && !value.empty();
            for (const auto& entry : valid ? value : nlohmann::json::array()) {
                const auto dimension = entry.is_string() ? dimensionFromString(entry.get<std::string>()) : std::nullopt;
                if (!dimension || std::find(chosen.begin(), chosen.end(), *dimension) != chosen.end())
                    valid = false;
                else
                    chosen.push_back(*dimension);
            }
            if (valid) {
                std::sort(chosen.begin(), chosen.end());
                options.cycle.dimensions = chosen;
            } else
                problems.push_back({"options.dimensions", "is not a list of different dimensions (resources, discourses, contexts), at least one"});
        } else if (name == "prompts" || name == "evidence") {
            if (value.is_boolean())
                (name == "prompts" ? options.prompts : options.evidence) = value.get<bool>();
            else
                problems.push_back({"options." + name, "is not true or false"});
        } else if (name == "cycle") {
            if (value.is_number_integer() && value.get<int>() >= 1)
                options.cycle.cycle = value.get<int>();
            else
                problems.push_back({"options.cycle", "is not a whole number from 1"});
        } else if (name == "improvementWork" || name == "date" || name == "participants") {
            if (!value.is_string()) {
                problems.push_back({"options." + name, "is not text"});
                continue;
            }
            std::string& field = name == "date" ? options.cycle.date
                                 : name == "participants" ? options.cycle.participants : options.cycle.improvementWork;
            field = value.get<std::string>();
        } else
            problems.push_back({"options." + name, "is not an option (continue, dimensions, evidence, language, prompts, improvementWork, cycle, date, participants)"});
    }
    if (!problems.empty())
        throw InvalidInput("The options of the reflection table were not accepted:", std::move(problems));
    return options;
}


} // namespace pt
