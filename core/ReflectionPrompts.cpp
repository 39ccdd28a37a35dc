#include "core/ReflectionPrompts.hpp"

#include "core/Json.hpp"
#include "core/Whitespace.hpp"

#include <nlohmann/json.hpp>

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

std::size_t indexOf(Step step) { return static_cast<std::size_t>(step); }
std::size_t indexOf(Dimension dimension) { return static_cast<std::size_t>(dimension); }

} // namespace

const std::string& ReflectionWords::stepName(Step step) const
{
    return steps[indexOf(step)];
}

const std::string& ReflectionWords::dimensionName(Dimension dimension) const
{
    return dimensions[indexOf(dimension)];
}

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
    for (const TableLanguage language : kTableLanguages)
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
    for (const TableLanguage language : kTableLanguages)
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
    for (const TableLanguage language : kTableLanguages) {
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

bool isPrompt(const std::string& text, const ReflectionPrompts& prompts)
{
    std::string wanted = trimmed(text);
    // Writer shows a placeholder's text between angle brackets, and gives it so.
    if (wanted.size() > 2 && wanted.front() == '<' && wanted.back() == '>')
        wanted = wanted.substr(1, wanted.size() - 2);
    static const ReflectionPrompts ours;
    for (const ReflectionPrompts* set : {&ours, &prompts})
        for (const TableLanguage language : kTableLanguages)
            for (const Step step : kSteps)
                for (const Dimension dimension : kDimensions)
                    if (wanted == trimmed(set->prompt(language, step, dimension)))
                        return true;
    return false;
}

} // namespace pt
