#include "core/Attributes.hpp"

#include "core/Json.hpp"
#include "core/Whitespace.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <sstream>

namespace pt {

namespace {

constexpr std::pair<AttributeType, std::string_view> kTypeNames[] = {
    {AttributeType::Text, "text"}, {AttributeType::Number, "number"}, {AttributeType::Date, "date"}, {AttributeType::Choice, "choice"}};

std::string inQuotes(const std::string& text)
{
    return dumpJson(nlohmann::json(text));
}

const AttributeDefinition* definitionOf(const AttributeDefinitions& definitions, const std::string& name)
{
    const auto found = std::find_if(definitions.begin(), definitions.end(), [&](const auto& d) { return d.name == name; });
    return found == definitions.end() ? nullptr : &*found;
}

/// A JSON value as an attribute value; nullopt for what is none (an object, a list, true, false, null).
std::optional<AttributeValue> valueOf(const nlohmann::json& json)
{
    if (json.is_string())
        return AttributeValue(json.get<std::string>());
    if (json.is_number() && std::isfinite(json.get<double>()))
        return AttributeValue(json.get<double>());
    return std::nullopt;
}

} // namespace

std::string_view toString(AttributeType type)
{
    for (const auto& [each, name] : kTypeNames)
        if (each == type)
            return name;
    return "text";
}

std::optional<AttributeType> attributeTypeFromString(std::string_view text)
{
    for (const auto& [type, name] : kTypeNames)
        if (name == text)
            return type;
    return std::nullopt;
}

bool AttributeDefinition::operator==(const AttributeDefinition& other) const
{
    return name == other.name && type == other.type && choices == other.choices;
}

bool DocumentAttributes::operator==(const DocumentAttributes& other) const
{
    return definitions == other.definitions && values == other.values;
}

std::vector<std::string> attributeNames(const DocumentAttributes& attributes)
{
    std::set<std::string> names;
    for (const auto& [name, value] : attributes.values)
        names.insert(name);
    for (const AttributeDefinition& definition : attributes.definitions)
        names.insert(definition.name);
    return {names.begin(), names.end()};
}

DocumentAttributes mergedAttributes(const DocumentAttributes& document, const DocumentAttributes& incoming, Problems& notes)
{
    DocumentAttributes merged = document;
    for (const AttributeDefinition& definition : incoming.definitions)
        if (!definitionOf(merged.definitions, definition.name))
            merged.definitions.push_back(definition);
    for (const auto& [name, value] : incoming.values) {
        const auto here = merged.values.find(name);
        if (here == merged.values.end())
            merged.values.emplace(name, value);
        else if (here->second != value)
            notes.push_back({"attributes." + name, inQuotes(attributeText(value)) + " in the other file; this document's "
                                                       + inQuotes(attributeText(here->second)) + " is kept"});
    }
    return merged;
}

std::optional<double> numberIn(std::string_view text)
{
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return number;
}

std::optional<AttributeValue> attributeValueFromText(const AttributeDefinitions& definitions, const std::string& name,
                                                     std::string_view text)
{
    const std::string given = trimmed(std::string(text));
    if (trimmed(name).empty())
        throw InvalidInput(Problem{"attribute", "has no name"});
    if (given.empty())
        return std::nullopt;
    const AttributeDefinition* definition = definitionOf(definitions, name);
    AttributeValue value = given;
    if (definition && definition->type == AttributeType::Number)
        if (const auto number = numberIn(given))
            value = *number;
    if (definition)
        if (const auto why = whyValueDoesNotFit(*definition, value))
            throw InvalidInput(Problem{name, *why});
    return value;
}

AttributeDefinitions withAttributeType(AttributeDefinitions definitions, const std::string& name, AttributeType type,
                                       const std::vector<std::string>& values)
{
    auto definition = std::find_if(definitions.begin(), definitions.end(), [&](const AttributeDefinition& d) { return d.name == name; });
    if (definition == definitions.end())
        definition = definitions.insert(definitions.end(), AttributeDefinition{name, type, {}});
    definition->type = type;
    definition->choices = type == AttributeType::Choice ? values : std::vector<std::string>();
    return definitions;
}

std::vector<std::string> valuesInUse(const AttributeDefinitions& definitions, const std::vector<Attributes>& transcripts,
                                     const std::string& name)
{
    std::vector<std::string> values;
    if (const AttributeDefinition* definition = definitionOf(definitions, name))
        values = definition->choices;
    std::set<std::string> others;
    for (const Attributes& attributes : transcripts)
        if (const auto value = attributes.find(name); value != attributes.end())
            if (const std::string text = attributeText(value->second); !std::count(values.begin(), values.end(), text))
                others.insert(text);
    values.insert(values.end(), others.begin(), others.end());
    return values;
}

bool isIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return false;
    const int year = std::stoi(std::string(text.substr(0, 4)));
    const int month = std::stoi(std::string(text.substr(5, 2)));
    const int day = std::stoi(std::string(text.substr(8, 2)));
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string attributeText(const AttributeValue& value)
{
    if (const auto* text = std::get_if<std::string>(&value))
        return *text;
    std::ostringstream number;
    number.precision(15);
    number << std::get<double>(value);
    return number.str();
}

std::optional<std::string> whyValueDoesNotFit(const AttributeDefinition& definition, const AttributeValue& value)
{
    const auto* text = std::get_if<std::string>(&value);
    switch (definition.type) {
    case AttributeType::Text:
        return text ? std::nullopt : std::optional<std::string>("is a number; " + definition.name + " is text (give it in quotes)");
    case AttributeType::Number:
        return text ? std::optional<std::string>(inQuotes(*text) + " is not a number; " + definition.name + " is a number")
                    : std::nullopt;
    case AttributeType::Date:
        return text && isIsoDate(*text) ? std::nullopt
                                        : std::optional<std::string>((text ? inQuotes(*text) : attributeText(value))
                                                                     + " is not a date written YYYY-MM-DD; " + definition.name + " is a date");
    case AttributeType::Choice:
        if (text && std::count(definition.choices.begin(), definition.choices.end(), *text))
            return std::nullopt;
        {
            std::string choices;
            for (const std::string& choice : definition.choices)
                choices += (choices.empty() ? "" : ", ") + inQuotes(choice);
            return (text ? inQuotes(*text) : attributeText(value)) + " is not one of " + definition.name + "'s values (" + choices + ")";
        }
    }
    return std::nullopt;
}

nlohmann::json attributesToJson(const Attributes& values)
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [name, value] : values) {
        if (const auto* text = std::get_if<std::string>(&value))
            json[name] = *text;
        else if (const double number = std::get<double>(value); number == std::floor(number) && std::fabs(number) < 1e15)
            json[name] = static_cast<long long>(number);
        else
            json[name] = number;
    }
    return json;
}

Attributes parseAttributesJson(std::string_view text, const AttributeDefinitions& definitions)
{
    const nlohmann::json json = parseJson(text, "attributes");
    if (!json.is_object())
        throw InvalidInput(Problem{"attributes", "is " + describeType(json) + ", not an object of names and values"});
    Attributes values;
    Problems problems;
    for (const auto& [name, given] : json.items()) {
        const std::string where = "attributes." + name;
        const std::optional<AttributeValue> value = valueOf(given);
        if (name.empty()) {
            problems.push_back({"attributes", "has a value without a name"});
        } else if (!value) {
            problems.push_back({where, "is " + describeType(given) + "; a value is a text or a number"});
        } else if (const AttributeDefinition* definition = definitionOf(definitions, name)) {
            if (const auto why = whyValueDoesNotFit(*definition, *value))
                problems.push_back({where, *why});
            else
                values.emplace(name, *value);
        } else {
            values.emplace(name, *value);
        }
    }
    if (!problems.empty())
        throw InvalidInput("The attributes were not accepted:", std::move(problems));
    return values;
}

nlohmann::json definitionsToJson(const AttributeDefinitions& definitions)
{
    nlohmann::json json = nlohmann::json::array();
    for (const AttributeDefinition& definition : definitions) {
        nlohmann::json entry{{"name", definition.name}, {"type", toString(definition.type)}};
        if (definition.type == AttributeType::Choice)
            entry["choices"] = definition.choices;
        json.push_back(std::move(entry));
    }
    return json;
}

namespace {

AttributeDefinitions definitionsFrom(const nlohmann::json& json, const std::string& where, Problems& problems)
{
    AttributeDefinitions definitions;
    if (!json.is_array()) {
        problems.push_back({where, "is " + describeType(json) + ", not a list of attributes"});
        return definitions;
    }
    std::set<std::string> names;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        JsonFields fields(json[i], at, problems);
        if (!fields.isObject())
            continue;
        fields.refuseOthers({"name", "type", "choices"});
        AttributeDefinition definition;
        definition.name = fields.requiredString("name");
        const std::string type = fields.optionalString("type", "text");
        if (const auto known = attributeTypeFromString(type))
            definition.type = *known;
        else
            fields.problem("type", inQuotes(type) + " is not a type (text, number, date, choice)");
        definition.choices = fields.optionalStrings("choices");
        if (definition.name.empty())
            continue;
        if (!names.insert(definition.name).second) {
            fields.problem("name", inQuotes(definition.name) + " is defined twice");
            continue;
        }
        if (definition.type == AttributeType::Choice && definition.choices.empty())
            fields.problem("choices", "a choice needs the values it may take");
        definitions.push_back(std::move(definition));
    }
    return definitions;
}

} // namespace

AttributeDefinitions parseDefinitionsJson(std::string_view text)
{
    Problems problems;
    AttributeDefinitions definitions = definitionsFrom(parseJson(text, "definitions"), "definitions", problems);
    if (!problems.empty())
        throw InvalidInput("The attributes' definitions were not accepted:", std::move(problems));
    return definitions;
}

void checkValuesFit(const AttributeDefinitions& definitions, const Attributes& values)
{
    Problems problems;
    for (const auto& [name, value] : values)
        if (const AttributeDefinition* definition = definitionOf(definitions, name))
            if (const auto why = whyValueDoesNotFit(*definition, value))
                problems.push_back({"attributes." + name, *why});
    if (!problems.empty())
        throw InvalidInput("Values this document has would not fit:", std::move(problems));
}

nlohmann::json documentAttributesToJson(const DocumentAttributes& attributes)
{
    return {{"definitions", definitionsToJson(attributes.definitions)}, {"values", attributesToJson(attributes.values)}};
}

DocumentAttributes documentAttributesFromJson(const nlohmann::json& json, const std::string& where, Problems& problems)
{
    DocumentAttributes attributes;
    JsonFields fields(json, where, problems);
    if (!fields.isObject())
        return attributes;
    fields.refuseOthers({"definitions", "values"});
    if (json.contains("definitions"))
        attributes.definitions = definitionsFrom(json["definitions"], fields.path("definitions"), problems);
    if (const auto values = json.find("values"); values != json.end()) {
        if (!values->is_object())
            fields.problem("values", "is " + describeType(*values) + ", not an object");
        else
            for (const auto& [name, given] : values->items()) {
                const std::optional<AttributeValue> value = valueOf(given);
                if (!value)
                    problems.push_back({fields.path("values") + "." + name, "is " + describeType(given) + "; left out"});
                else
                    attributes.values.emplace(name, *value); // kept even when it does not fit: never lost
            }
    }
    return attributes;
}

} // namespace pt
