#include "core/ReflectionTable.hpp"

#include "core/Excerpt.hpp"

#include "core/Json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace pt {

namespace {

const ReflectionWords kEnglish{"Improvement work", "Cycle", "Date", "Participants",
                               {"Reaction", "Interaction", "Action"},
                               {"Resources", "Discourses", "Contexts"},
                               "Reflection cycles", "Tables that could not be read"};
const ReflectionWords kSwedish{"F\xc3\xb6rb\xc3\xa4ttringsarbete", "Cykel", "Datum", "Deltagare",
                               {"Reaktion", "Interaktion", "Aktion"},
                               {"Resurser", "Diskurser", "Kontexter"},
                               "Reflektionscykler", "Tabeller som inte kunde l\xc3\xa4sas"};

// [language][step][dimension]
const char* const kPrompts[2][3][3] = {
    {{"What did each party bring to the work this time, and what did they lack?",
      "Whose words and views counted? What went unsaid?",
      "How did the setting (place, time, organisation) shape what happened?"},
     {"How were resources shared, or held back, between users and staff?",
      "Which attitudes gave the user influence, and which stood in the way?",
      "Which conditions made working together easier or harder?"},
     {"What will we do so that everyone can draw on what is needed?",
      "How will we challenge ingrained views and value every contribution?",
      "What will we change in the setting before the next cycle?"}},
    {{"Vad bidrog var och en med den h\xc3\xa4r g\xc3\xa5ngen, och vad saknades?",
      "Vems ord och synss\xc3\xa4tt r\xc3\xa4knades? Vad blev osagt?",
      "Hur p\xc3\xa5verkade sammanhanget (plats, tid, organisation) det som h\xc3\xa4nde?"},
     {"Hur delades resurser, eller h\xc3\xb6lls tillbaka, mellan brukare och personal?",
      "Vilka attityder gav brukaren inflytande, och vilka stod i v\xc3\xa4gen?",
      "Vilka f\xc3\xb6rh\xc3\xa5llanden gjorde samarbetet l\xc3\xa4ttare eller sv\xc3\xa5rare?"},
     {"Vad g\xc3\xb6r vi s\xc3\xa5 att alla kan ta del av det som beh\xc3\xb6vs?",
      "Hur utmanar vi invanda synss\xc3\xa4tt och tar tillvara allas bidrag?",
      "Vad \xc3\xa4ndrar vi i sammanhanget f\xc3\xb6re n\xc3\xa4sta cykel?"}}};

constexpr std::array<TableLanguage, 2> kLanguages{TableLanguage::English, TableLanguage::Swedish};

std::size_t indexOf(Step step) { return static_cast<std::size_t>(step); }
std::size_t indexOf(Dimension dimension) { return static_cast<std::size_t>(dimension); }

std::string trimmed(std::string_view text)
{
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

/// Labels compare without case (ASCII) and surrounding space: "RESOURCES " is still the column.
std::string folded(std::string_view text)
{
    std::string result = trimmed(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return result;
}

template <std::size_t N>
std::optional<std::pair<TableLanguage, std::size_t>> findLabel(std::string_view text,
                                                                const std::array<std::string, N> ReflectionWords::*labels)
{
    const std::string wanted = folded(text);
    for (const TableLanguage language : kLanguages) {
        const auto& all = reflectionWords(language).*labels;
        for (std::size_t i = 0; i < N; ++i)
            if (folded(all[i]) == wanted)
                return std::make_pair(language, i);
    }
    return std::nullopt;
}

std::optional<std::size_t> findHeaderLabel(std::string_view text)
{
    const std::string wanted = folded(text);
    for (const TableLanguage language : kLanguages) {
        const ReflectionWords& words = reflectionWords(language);
        const std::string* labels[] = {&words.improvementWork, &words.cycle, &words.date, &words.participants};
        for (std::size_t i = 0; i < 4; ++i)
            if (folded(*labels[i]) == wanted)
                return i;
    }
    return std::nullopt;
}

bool isPrompt(const std::string& text, const ReflectionPrompts& prompts)
{
    std::string wanted = trimmed(text);
    // Writer shows a placeholder's text between angle brackets, and gives it so.
    if (wanted.size() > 2 && wanted.front() == '<' && wanted.back() == '>')
        wanted = wanted.substr(1, wanted.size() - 2);
    static const ReflectionPrompts ours;
    for (const ReflectionPrompts* set : {&ours, &prompts})
        for (const TableLanguage language : kLanguages)
            for (const Step step : kSteps)
                for (const Dimension dimension : kDimensions)
                    if (wanted == trimmed(set->prompt(language, step, dimension)))
                        return true;
    return false;
}

std::string rowName(std::size_t index)
{
    return "row " + std::to_string(index + 1);
}

std::string joinedLabels(const std::array<std::string, 3>& labels)
{
    return labels[0] + ", " + labels[1] + ", " + labels[2];
}

} // namespace

std::string_view toString(Step step)
{
    switch (step) {
    case Step::Reaction: return "reaction";
    case Step::Interaction: return "interaction";
    case Step::Action: return "action";
    }
    return "";
}

std::string_view toString(TableLanguage language)
{
    return language == TableLanguage::Swedish ? "sv" : "en";
}

std::optional<TableLanguage> tableLanguageFromString(std::string_view text)
{
    if (text == "en")
        return TableLanguage::English;
    if (text == "sv")
        return TableLanguage::Swedish;
    return std::nullopt;
}

const ReflectionWords& reflectionWords(TableLanguage language)
{
    return language == TableLanguage::Swedish ? kSwedish : kEnglish;
}

std::string defaultPrompt(TableLanguage language, Step step, Dimension dimension)
{
    return kPrompts[language == TableLanguage::Swedish ? 1 : 0][indexOf(step)][indexOf(dimension)];
}

ReflectionPrompts::ReflectionPrompts()
{
    for (const TableLanguage language : kLanguages)
        for (const Step step : kSteps)
            for (const Dimension dimension : kDimensions)
                mPrompts[{language, step, dimension}] = defaultPrompt(language, step, dimension);
}

const std::string& ReflectionPrompts::prompt(TableLanguage language, Step step, Dimension dimension) const
{
    return mPrompts.at({language, step, dimension});
}

void ReflectionPrompts::set(TableLanguage language, Step step, Dimension dimension, std::string text)
{
    mPrompts[{language, step, dimension}] = std::move(text);
}

namespace {
constexpr char kPromptsFormat[] = "power-triangle-prompts";
}

nlohmann::json reflectionPromptsToJson(const ReflectionPrompts& prompts)
{
    nlohmann::json json{{"format", kPromptsFormat}, {"version", 1}};
    for (const TableLanguage language : kLanguages)
        for (const Step step : kSteps)
            for (const Dimension dimension : kDimensions)
                json[std::string(toString(language))][std::string(toString(step))][std::string(toString(dimension))] =
                    prompts.prompt(language, step, dimension);
    return json;
}

ReflectionPrompts reflectionPromptsFromJson(std::string_view text, Problems& notes)
{
    const nlohmann::json json = parseJson(text, "prompts");
    if (!json.is_object() || json.value("format", std::string()) != kPromptsFormat)
        throw InvalidInput(Problem{"prompts.format", std::string("is not \"") + kPromptsFormat + "\": this is no prompts file"});
    ReflectionPrompts prompts;
    Problems faults;
    for (const auto& [key, value] : json.items())
        if (key != "format" && key != "version" && !tableLanguageFromString(key))
            notes.push_back({"prompts." + key, "is not a language of the tables (en, sv); it is ignored"});
    for (const TableLanguage language : kLanguages) {
        const std::string lang(toString(language));
        for (const Step step : kSteps)
            for (const Dimension dimension : kDimensions) {
                const std::string where = "prompts." + lang + "." + std::string(toString(step)) + "." + std::string(toString(dimension));
                const nlohmann::json* value = nullptr;
                if (json.contains(lang) && json[lang].is_object() && json[lang].contains(toString(step))
                    && json[lang][std::string(toString(step))].is_object()
                    && json[lang][std::string(toString(step))].contains(toString(dimension)))
                    value = &json[lang][std::string(toString(step))][std::string(toString(dimension))];
                if (!value)
                    notes.push_back({where, "is missing; ours is kept"});
                else if (!value->is_string())
                    faults.push_back({where, "is not text"});
                else
                    prompts.set(language, step, dimension, value->get<std::string>());
            }
    }
    if (!faults.empty())
        throw InvalidInput("The prompts were not accepted:", std::move(faults));
    return prompts;
}

std::string ReflectionCycle::cell(Step step, Dimension dimension) const
{
    const auto found = cells.find({step, dimension});
    return found == cells.end() ? std::string() : found->second;
}

std::size_t headerRows(std::size_t dimensions)
{
    return dimensions >= 3 ? 2 : 4;
}

TableRows reflectionTableRows(const ReflectionCycle& cycle)
{
    const ReflectionWords& words = reflectionWords(cycle.language);
    const std::size_t columns = cycle.dimensions.size() + 1;
    const std::vector<std::pair<std::string, std::string>> pairs{{words.improvementWork, cycle.improvementWork},
                                                                 {words.cycle, std::to_string(cycle.cycle)},
                                                                 {words.date, cycle.date},
                                                                 {words.participants, cycle.participants}};
    TableRows rows;
    const std::size_t perRow = pairs.size() / headerRows(cycle.dimensions.size());
    for (std::size_t p = 0; p < pairs.size(); p += perRow) {
        std::vector<std::string> row;
        for (std::size_t q = p; q < p + perRow; ++q) {
            row.push_back(pairs[q].first);
            row.push_back(pairs[q].second);
        }
        row.resize(columns);
        rows.push_back(std::move(row));
    }
    std::vector<std::string> names{std::string()};
    for (const Dimension dimension : cycle.dimensions)
        names.push_back(words.dimensions[indexOf(dimension)]);
    rows.push_back(std::move(names));
    for (const Step step : kSteps) {
        std::vector<std::string> row{words.steps[indexOf(step)]};
        for (const Dimension dimension : cycle.dimensions)
            row.push_back(cycle.cell(step, dimension));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string dimensionsMark(const std::vector<Dimension>& dimensions, const std::string& unique)
{
    std::string mark = "_PTdims_";
    for (const Dimension dimension : dimensions)
        mark += toString(dimension).front();
    return mark + "_" + unique;
}

std::optional<std::vector<Dimension>> dimensionsOfMark(std::string_view name)
{
    constexpr std::string_view prefix = "_PTdims_";
    if (name.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    std::vector<Dimension> dimensions;
    for (std::size_t i = prefix.size(); i < name.size() && name[i] != '_'; ++i) {
        const auto found = std::find_if(kDimensions.begin(), kDimensions.end(),
                                        [&](Dimension d) { return toString(d).front() == name[i]; });
        if (found == kDimensions.end() || (!dimensions.empty() && *found <= dimensions.back()))
            return std::nullopt;
        dimensions.push_back(*found);
    }
    if (dimensions.empty())
        return std::nullopt;
    return dimensions;
}

bool isReflectionTable(const TableRows& rows)
{
    bool labels = false; // the dimensions', or the header's
    bool steps = false;
    for (const auto& row : rows) {
        if (!row.empty() && findLabel(row.front(), &ReflectionWords::steps))
            steps = true;
        if (!row.empty() && findHeaderLabel(row.front()))
            labels = true;
        for (std::size_t i = 1; i < row.size(); ++i)
            if (findLabel(row[i], &ReflectionWords::dimensions))
                labels = true;
    }
    return labels && steps;
}

ReflectionTableRead readReflectionTable(const TableRows& rows, const std::string& where, const ReflectionPrompts& prompts,
                                        const std::optional<std::vector<Dimension>>& marked)
{
    const std::vector<Dimension> expected = marked ? *marked : std::vector<Dimension>(kDimensions.begin(), kDimensions.end());
    ReflectionTableRead read;
    Problems& problems = read.problems;
    const auto damaged = [&](const std::string& place, const std::string& what) {
        problems.push_back({where + (place.empty() ? "" : "." + place), what});
        return std::move(read);
    };

    // The row naming the dimensions divides the header block from the steps.
    std::size_t grid = rows.size();
    std::optional<TableLanguage> language;
    for (std::size_t r = 0; r < rows.size() && grid == rows.size(); ++r)
        for (std::size_t c = 1; c < rows[r].size() && !findHeaderLabel(rows[r].front()); ++c)
            if (const auto label = findLabel(rows[r][c], &ReflectionWords::dimensions)) {
                grid = r;
                language = label->first;
                break;
            }
    if (!language)
        return damaged("", "no row names the dimensions (" + joinedLabels(kEnglish.dimensions) + ")");
    const ReflectionWords& words = reflectionWords(*language);
    std::vector<std::string> found;
    for (std::size_t c = 1; c < rows[grid].size(); ++c)
        found.push_back(trimmed(rows[grid][c]));
    std::string wanted;
    for (const Dimension dimension : expected)
        wanted += (wanted.empty() ? "" : ", ") + words.dimensions[indexOf(dimension)];
    bool columnsMatch = found.size() == expected.size();
    for (std::size_t c = 0; columnsMatch && c < expected.size(); ++c)
        columnsMatch = folded(found[c]) == folded(words.dimensions[indexOf(expected[c])]);
    if (!columnsMatch) {
        std::string names;
        for (const std::string& name : found)
            names += (names.empty() ? "\"" : ", \"") + name + "\"";
        return damaged(rowName(grid), "the columns are " + names + ", not " + wanted
                                          + ": a column was deleted or moved, so the table is not read");
    }

    ReflectionCycle cycle;
    cycle.language = *language;
    cycle.dimensions = expected;
    for (std::size_t r = 0; r < grid; ++r) {
        const auto& row = rows[r];
        for (std::size_t c = 0; c < row.size(); c += 2) {
            if (trimmed(row[c]).empty() && (c + 1 >= row.size() || trimmed(row[c + 1]).empty()))
                continue;
            const std::optional<std::size_t> label = findHeaderLabel(row[c]);
            if (!label) {
                problems.push_back({where + "." + rowName(r), "\"" + trimmed(row[c]) + "\" is not part of the header ("
                                                                  + words.improvementWork + ", " + words.cycle + ", " + words.date
                                                                  + ", " + words.participants + "); it is left out"});
                continue;
            }
            const std::string value = c + 1 < row.size() ? trimmed(row[c + 1]) : std::string();
            switch (*label) {
            case 0: cycle.improvementWork = value; break;
            case 1:
                try {
                    std::size_t used = 0;
                    cycle.cycle = std::stoi(value, &used);
                    if (used != value.size() || cycle.cycle < 1)
                        throw std::invalid_argument(value);
                } catch (const std::exception&) {
                    cycle.cycle = 0;
                    problems.push_back({where + "." + words.cycle, "\"" + value + "\" is not a cycle number"});
                }
                break;
            case 2: cycle.date = value; break;
            default: cycle.participants = value; break;
            }
        }
    }

    std::optional<Step> current;
    std::array<bool, 3> seen{};
    for (std::size_t r = grid + 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        if (row.size() != expected.size() + 1)
            return damaged(rowName(r), "has " + std::to_string(row.size()) + " cells, not " + std::to_string(expected.size() + 1)
                                           + ": the table was changed, so it is not read");
        if (const auto step = findLabel(row.front(), &ReflectionWords::steps)) {
            current = kSteps[step->second];
            seen[step->second] = true;
        } else if (!current) {
            problems.push_back({where + "." + rowName(r), "comes before the first step; it is left out"});
            continue;
        }
        for (std::size_t c = 1; c < row.size(); ++c) {
            const std::string text = trimmed(row[c]);
            if (text.empty() || isPrompt(text, prompts))
                continue;
            std::string& cell = cycle.cells[{*current, expected[c - 1]}];
            cell += (cell.empty() ? "" : "\n") + text;
        }
    }
    for (std::size_t s = 0; s < 3; ++s)
        if (!seen[s])
            return damaged("", "has no row " + words.steps[s] + ": the table was changed, so it is not read");
    read.cycle = std::move(cycle);
    return read;
}

nlohmann::json reflectionCycleToJson(const ReflectionCycle& cycle)
{
    nlohmann::json cells = nlohmann::json::object();
    nlohmann::json dimensions = nlohmann::json::array();
    for (const Dimension dimension : cycle.dimensions)
        dimensions.push_back(toString(dimension));
    for (const Step step : kSteps)
        for (const Dimension dimension : cycle.dimensions)
            cells[std::string(toString(step))][std::string(toString(dimension))] = cycle.cell(step, dimension);
    return {{"language", toString(cycle.language)},
            {"dimensions", dimensions},
            {"improvementWork", cycle.improvementWork},
            {"cycle", cycle.cycle},
            {"date", cycle.date},
            {"participants", cycle.participants},
            {"cells", cells}};
}

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
        header.push_back(words.dimensions[indexOf(dimension)]);
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

namespace {

/// About `words` words of a passage, cut at a space (never inside a UTF-8 character), on one line.
} // namespace

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
                if (code && code->dimension == dimension && effectivePolarity(codebook, *code) == polarity)
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
