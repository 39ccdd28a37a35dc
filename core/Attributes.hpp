#pragma once

#include "core/Problem.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pt {

/// What a study records of each transcript (its document variables, as NVivo's classifications, MAXQDA's
/// document variables and QualCoder's attributes do): profession, municipality, years as a coach, the
/// interview's date.
enum class AttributeType { Text, Number, Date, Choice };
std::string_view toString(AttributeType type);
std::optional<AttributeType> attributeTypeFromString(std::string_view text);

struct AttributeDefinition {
    std::string name;
    AttributeType type = AttributeType::Text;
    std::vector<std::string> choices; ///< for Choice: the values it may take
    bool operator==(const AttributeDefinition& other) const;
};
using AttributeDefinitions = std::vector<AttributeDefinition>;

/// A value: a text (dates as "YYYY-MM-DD", a choice as its text) or a number.
using AttributeValue = std::variant<std::string, double>;
using Attributes = std::map<std::string, AttributeValue>;

/// A transcript's attributes as it keeps them (record PowerTriangle.attributes): their definitions, a copy
/// of its study's so that a transcript sent alone still knows them, and its values.
struct DocumentAttributes {
    AttributeDefinitions definitions;
    Attributes values;
    bool operator==(const DocumentAttributes& other) const;
};

/// The names of the attributes defined or given a value, sorted.
std::vector<std::string> attributeNames(const DocumentAttributes& attributes);

/// `document`'s attributes with the definitions and values of `incoming` it lacks (another tool's project,
/// a colleague's copy). A value the document has already stays; where `incoming` says otherwise, `notes`
/// says so.
DocumentAttributes mergedAttributes(const DocumentAttributes& document, const DocumentAttributes& incoming, Problems& notes);

/// The number a whole text writes ("12", "2.5", "-3"), or nullopt (an empty text, "12 years").
std::optional<double> numberIn(std::string_view text);

/// A value as a person types it for the attribute `name` (the Study panel): a number for a Number, a date
/// YYYY-MM-DD for a Date, one of the choices for a Choice, else the text, trimmed; nullopt for an empty
/// text (the value is taken away). Throws InvalidInput naming the fault.
std::optional<AttributeValue> attributeValueFromText(const AttributeDefinitions& definitions, const std::string& name,
                                                     std::string_view text);

/// `definitions` with the attribute `name` of type `type` (added when it has none): a list (Choice) takes
/// `values` as its choices, the values in use.
AttributeDefinitions withAttributeType(AttributeDefinitions definitions, const std::string& name, AttributeType type,
                                       const std::vector<std::string>& values);

/// The values `name` may be given, each once: its definition's choices in their order, then the other
/// values the transcripts give it, sorted (the Study panel's pick-list).
std::vector<std::string> valuesInUse(const AttributeDefinitions& definitions, const std::vector<Attributes>& transcripts,
                                     const std::string& name);

/// True for a real date written YYYY-MM-DD.
bool isIsoDate(std::string_view text);
/// The value as a person reads it and a CSV holds it: a whole number without ".0".
std::string attributeText(const AttributeValue& value);
/// Why `value` does not fit `definition`, or nullopt when it does.
std::optional<std::string> whyValueDoesNotFit(const AttributeDefinition& definition, const AttributeValue& value);

/// {"profession": "nurse", "years": 12}: numbers as JSON numbers, everything else as strings.
nlohmann::json attributesToJson(const Attributes& values);
/// The API's form, strict: an object of texts and numbers. Throws InvalidInput naming every fault:
/// malformed JSON, not an object, a nested object or list, true, false or null, an empty name, and a value
/// that does not fit its attribute's definition (a number for a Number, a date YYYY-MM-DD for a Date, one of
/// the choices for a Choice).
Attributes parseAttributesJson(std::string_view text, const AttributeDefinitions& definitions);

/// [{"name", "type": "text"|"number"|"date"|"choice", "choices": [...]}].
nlohmann::json definitionsToJson(const AttributeDefinitions& definitions);
/// Strict: throws InvalidInput naming every fault (an unknown type, a name twice, a choice without choices).
AttributeDefinitions parseDefinitionsJson(std::string_view text);
/// New definitions for values already set: throws InvalidInput naming each value that would not fit.
void checkValuesFit(const AttributeDefinitions& definitions, const Attributes& values);

nlohmann::json documentAttributesToJson(const DocumentAttributes& attributes);
/// Lenient, for the payload: what cannot be read is appended to `problems` and left out.
DocumentAttributes documentAttributesFromJson(const nlohmann::json& json, const std::string& where, Problems& problems);

} // namespace pt
