#include "core/Json.hpp"

#include "core/Problem.hpp"

namespace pt {

namespace {
struct TooDeep {
};
} // namespace

nlohmann::json parseJson(std::string_view text, const std::string& what)
{
    const auto limitDepth = [](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
        if ((event == nlohmann::json::parse_event_t::object_start
             || event == nlohmann::json::parse_event_t::array_start)
            && depth >= kMaxJsonDepth)
            throw TooDeep{};
        return true;
    };
    try {
        return nlohmann::json::parse(text.begin(), text.end(), limitDepth);
    } catch (const TooDeep&) {
        throw InvalidInput(Problem{what, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"});
    } catch (const nlohmann::json::parse_error& error) {
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at ...": keep the useful part.
        std::string message = error.what();
        const auto start = message.find("parse error");
        if (start != std::string::npos)
            message = message.substr(start);
        throw InvalidInput(Problem{what, "not valid JSON (" + message + ")"});
    } catch (const nlohmann::json::exception& error) {
        // A number too large for any type, found by fuzzing: "[json.exception.out_of_range.406] number overflow …".
        std::string message = error.what();
        if (const auto start = message.find("] "); start != std::string::npos)
            message = message.substr(start + 2);
        throw InvalidInput(Problem{what, "not valid JSON (" + message + ")"});
    }
}

std::string dumpJson(const nlohmann::json& json, bool asciiOnly)
{
    return json.dump(-1, ' ', asciiOnly, nlohmann::json::error_handler_t::replace);
}

std::string dumpJsonForPeople(const nlohmann::json& json)
{
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string describeType(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "true or false";
    case nlohmann::json::value_t::binary: return "binary data";
    case nlohmann::json::value_t::discarded: return "nothing";
    default: return "a number";
    }
}

} // namespace pt

namespace pt {

JsonFields::JsonFields(const nlohmann::json& object, std::string where, Problems& problems)
    : mWhere(std::move(where))
    , mProblems(problems)
{
    if (object.is_object())
        mObject = &object;
    else
        mProblems.push_back({mWhere, "expected an object, found " + describeType(object)});
}

void JsonFields::refuseOthers(std::initializer_list<const char*> known)
{
    if (!mObject)
        return;
    for (const auto& [key, value] : mObject->items()) {
        bool ok = false;
        for (const char* name : known)
            ok = ok || key == name;
        if (!ok)
            mProblems.push_back({mWhere + "." + key, "is not a field here"});
    }
}

std::string JsonFields::requiredString(const char* key)
{
    if (!mObject)
        return {};
    const auto found = mObject->find(key);
    if (found == mObject->end() || found->is_null()) {
        problem(key, "missing");
        return {};
    }
    if (!found->is_string()) {
        problem(key, "expected a string, found " + describeType(*found));
        return {};
    }
    return found->get<std::string>();
}

std::string JsonFields::optionalString(const char* key, std::string fallback)
{
    if (!mObject)
        return fallback;
    const auto found = mObject->find(key);
    if (found == mObject->end() || found->is_null())
        return fallback;
    if (!found->is_string()) {
        problem(key, "expected a string, found " + describeType(*found));
        return fallback;
    }
    return found->get<std::string>();
}

bool JsonFields::optionalBool(const char* key, bool fallback)
{
    if (!mObject)
        return fallback;
    const auto found = mObject->find(key);
    if (found == mObject->end() || found->is_null())
        return fallback;
    if (!found->is_boolean()) {
        problem(key, "expected true or false, found " + describeType(*found));
        return fallback;
    }
    return found->get<bool>();
}

std::vector<std::string> JsonFields::optionalStrings(const char* key)
{
    std::vector<std::string> strings;
    if (!mObject)
        return strings;
    const auto found = mObject->find(key);
    if (found == mObject->end() || found->is_null())
        return strings;
    if (!found->is_array()) {
        problem(key, "expected an array of strings, found " + describeType(*found));
        return strings;
    }
    for (const nlohmann::json& item : *found) {
        if (!item.is_string()) {
            problem(key, "expected an array of strings, found " + describeType(item) + " in it");
            return {};
        }
        strings.push_back(item.get<std::string>());
    }
    return strings;
}

nlohmann::json parseOptions(std::string_view text, const std::string& what)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return nlohmann::json::object();
    nlohmann::json options = parseJson(text, what);
    if (!options.is_object())
        throw InvalidInput(Problem{what, "must be a JSON object, not " + describeType(options)});
    return options;
}

nlohmann::json problemsToJson(const Problems& problems)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const Problem& problem : problems)
        lines.push_back(problem.describe());
    return lines;
}

} // namespace pt
