#pragma once

// The words of the reflection-cycle tables, in English and Swedish, and the prompts their cells start with.

#include "core/Codebook.hpp"
#include "core/Problem.hpp"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace pt {

/// The three steps of the reflection cycle of the power triangle of co-production.
enum class Step { Reaction, Interaction, Action };
constexpr std::array<Step, 3> kSteps{Step::Reaction, Step::Interaction, Step::Action};
constexpr std::array<Dimension, 3> kDimensions{Dimension::Resources, Dimension::Discourses, Dimension::Contexts};
std::string_view toString(Step step);

/// The language a reflection table is written in (its labels and prompts), whatever the UI's.
enum class TableLanguage { English, Swedish };
std::string_view toString(TableLanguage language);
std::optional<TableLanguage> tableLanguageFromString(std::string_view text);
constexpr std::array<TableLanguage, 2> kTableLanguages{TableLanguage::English, TableLanguage::Swedish};

/// A table's labels in one language.
struct ReflectionWords {
    std::string improvementWork, cycle, date, participants;
    std::array<std::string, 3> steps;      ///< in kSteps order
    std::array<std::string, 3> dimensions; ///< in kDimensions order
    std::string overview, notRead;         ///< the overview's title, and its heading for damaged tables

    const std::string& stepName(Step step) const;
    const std::string& dimensionName(Dimension dimension) const;
};
const ReflectionWords& reflectionWords(TableLanguage language);

/// Our guiding prompt for a cell: a question that starts the coach's reflection there.
std::string defaultPrompt(TableLanguage language, Step step, Dimension dimension);

/// The prompts new tables get, in both languages: ours, or a team's own, edited and shared as a file.
class ReflectionPrompts {
public:
    /// Ours (defaultPrompt).
    ReflectionPrompts();

    const std::string& prompt(TableLanguage language, Step step, Dimension dimension) const;
    void set(TableLanguage language, Step step, Dimension dimension, std::string text);
    bool operator==(const ReflectionPrompts& other) const { return mPrompts == other.mPrompts; }

private:
    std::map<std::tuple<TableLanguage, Step, Dimension>, std::string> mPrompts;
};

/// {"format": "power-triangle-prompts", "version": 1, "en": {"reaction": {"resources": "…", …}, …}, "sv": …}
nlohmann::json reflectionPromptsToJson(const ReflectionPrompts& prompts);
/// Reads a prompts file leniently: a prompt left out keeps ours and is noted in `notes`, as is anything
/// unknown. Throws InvalidInput for what is no prompts file at all, or a prompt that is not text.
ReflectionPrompts reflectionPromptsFromJson(std::string_view json, Problems& notes);

/// True when a cell's text is only a prompt (ours or `prompts`, in either language; Writer's placeholder
/// brackets aside): the coach has not written there yet.
bool isPrompt(const std::string& text, const ReflectionPrompts& prompts);

} // namespace pt
