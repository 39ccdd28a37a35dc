#include "core/ReflectionTable.hpp"

#include "core/Whitespace.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace pt {

namespace {

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
    for (const TableLanguage language : kTableLanguages) {
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
    for (const TableLanguage language : kTableLanguages) {
        const ReflectionWords& words = reflectionWords(language);
        const std::string* labels[] = {&words.improvementWork, &words.cycle, &words.date, &words.participants};
        for (std::size_t i = 0; i < 4; ++i)
            if (folded(*labels[i]) == wanted)
                return i;
    }
    return std::nullopt;
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
        names.push_back(words.dimensionName(dimension));
    rows.push_back(std::move(names));
    for (const Step step : kSteps) {
        std::vector<std::string> row{words.stepName(step)};
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
        return damaged("", "no row names the dimensions (" + joinedLabels(reflectionWords(TableLanguage::English).dimensions) + ")");
    const ReflectionWords& words = reflectionWords(*language);
    std::vector<std::string> found;
    for (std::size_t c = 1; c < rows[grid].size(); ++c)
        found.push_back(trimmed(rows[grid][c]));
    std::string wanted;
    for (const Dimension dimension : expected)
        wanted += (wanted.empty() ? "" : ", ") + words.dimensionName(dimension);
    bool columnsMatch = found.size() == expected.size();
    for (std::size_t c = 0; columnsMatch && c < expected.size(); ++c)
        columnsMatch = folded(found[c]) == folded(words.dimensionName(expected[c]));
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


} // namespace pt
