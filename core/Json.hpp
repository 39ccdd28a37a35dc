#pragma once

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>

namespace pt {

/// Deepest nesting accepted from outside: our own documents never go past 4.
constexpr int kMaxJsonDepth = 64;

/// Parses outside JSON. Throws InvalidInput naming `what` and the position of the fault;
/// nesting deeper than kMaxJsonDepth is refused before it can exhaust the stack.
nlohmann::json parseJson(std::string_view text, const std::string& what);

/// Compact text of `json`. Invalid UTF-8 (a lone surrogate from a document, say) becomes U+FFFD instead of
/// throwing; `asciiOnly` escapes everything beyond ASCII as \uXXXX.
std::string dumpJson(const nlohmann::json& json, bool asciiOnly = false);

/// The same, laid out for people to read (files to share, a terminal): indented by two.
std::string dumpJsonForPeople(const nlohmann::json& json);

/// Human name of a JSON value's type, for messages ("a string", "a number").
std::string describeType(const nlohmann::json& value);

/// The options of a call as JSON text: blank text is no options (an empty object); anything else must be a
/// JSON object. Throws InvalidInput naming `what`.
nlohmann::json parseOptions(std::string_view text, const std::string& what);

} // namespace pt

#include "core/Problem.hpp"

#include <vector>

namespace pt {

/// Reads the fields of one JSON object from outside, recording a Problem (with the field's path)
/// for each missing or mistyped field instead of throwing, so that one report names every fault.
class JsonFields {
public:
    JsonFields(const nlohmann::json& object, std::string where, Problems& problems);

    bool isObject() const { return mObject != nullptr; }
    const std::string& where() const { return mWhere; }
    std::string path(const char* key) const { return mWhere + "." + key; }
    void problem(const char* key, std::string what) { mProblems.push_back({path(key), std::move(what)}); }

    /// A required string; records a problem and returns "" when missing or not a string.
    /// A problem for each field of the object that is not one of `known` (a misspelt option is not silently
    /// ignored).
    void refuseOthers(std::initializer_list<const char*> known);

    std::string requiredString(const char* key);
    /// An optional string: `fallback` when absent or null.
    std::string optionalString(const char* key, std::string fallback = {});
    bool optionalBool(const char* key, bool fallback);
    /// An optional array of strings: empty when absent.
    std::vector<std::string> optionalStrings(const char* key);

private:
    const nlohmann::json* mObject = nullptr;
    std::string mWhere;
    Problems& mProblems;
};

/// Problems as a JSON array of their lines, as the API reports what it left out.
nlohmann::json problemsToJson(const Problems& problems);

} // namespace pt
