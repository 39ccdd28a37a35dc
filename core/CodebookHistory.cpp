#include "core/CodebookHistory.hpp"

#include "core/CodingsCsv.hpp"
#include "core/Json.hpp"
#include "core/Timestamp.hpp"

#include <algorithm>
#include <tuple>

namespace pt {

namespace {

/// Where a code sits: its parent's path, or "(top)".
std::string parentPath(const Codebook& codebook, const Code& code)
{
    const Code* parent = codebook.find(code.parentId);
    return parent ? codebook.path(*parent) : "(top)";
}

std::string changedCriteria(const Code& before, const Code& after)
{
    std::vector<std::string> fields;
    if (before.definition != after.definition)
        fields.emplace_back("definition");
    if (before.inclusion != after.inclusion)
        fields.emplace_back("inclusion");
    if (before.exclusion != after.exclusion)
        fields.emplace_back("exclusion");
    if (before.example != after.example)
        fields.emplace_back("example");
    if (before.exampleCodingId != after.exampleCodingId)
        fields.emplace_back("anchor example");
    std::string joined;
    for (const std::string& field : fields)
        joined += (joined.empty() ? "" : ", ") + field;
    return joined;
}

} // namespace

bool CodebookChange::operator==(const CodebookChange& other) const
{
    return std::tie(time, coder, action, codeId, details)
           == std::tie(other.time, other.coder, other.action, other.codeId, other.details);
}

std::vector<CodebookChange> codebookChanges(const Codebook& before, const Codebook& after, const std::string& coder,
                                            const std::string& time, const std::map<std::string, std::string>& mergedInto)
{
    std::vector<CodebookChange> changes;
    const auto note = [&](const std::string& action, const Code& code, std::string details) {
        changes.push_back({time, coder, action, code.id, std::move(details)});
    };
    for (const Code& now : after.codes()) {
        const Code* was = before.find(now.id);
        if (!was) {
            note("added", now, after.path(now));
            continue;
        }
        if (was->name != now.name)
            note("renamed", now, before.path(*was) + " \u2192 " + now.name);
        if (was->parentId != now.parentId)
            note("moved", now, now.name + ": " + parentPath(before, *was) + " \u2192 " + parentPath(after, now));
        if (was->polarity != now.polarity)
            note("polarity changed", now,
                 after.path(now) + ": " + std::string(toString(was->polarity)) + " \u2192 " + std::string(toString(now.polarity)));
        if (!was->retired && now.retired)
            note("retired", now, after.path(now));
        if (was->retired && !now.retired)
            note("restored", now, after.path(now));
        if (const std::string criteria = changedCriteria(*was, now); !criteria.empty())
            note("criteria changed", now, after.path(now) + ": " + criteria);
    }
    for (const Code& was : before.codes()) {
        if (after.find(was.id))
            continue;
        const auto merged = mergedInto.find(was.id);
        const Code* into = merged == mergedInto.end() ? nullptr : after.find(merged->second);
        if (into)
            note("merged", was, before.path(was) + " \u2192 " + after.path(*into));
        else
            note("deleted", was, before.path(was));
    }
    return changes;
}

nlohmann::json codebookHistoryToJson(const std::vector<CodebookChange>& history)
{
    nlohmann::json json = nlohmann::json::array();
    for (const CodebookChange& change : history)
        json.push_back({{"time", change.time},
                        {"coder", change.coder},
                        {"action", change.action},
                        {"codeId", change.codeId},
                        {"details", change.details}});
    return json;
}

std::vector<CodebookChange> codebookHistoryFromJson(const nlohmann::json& json, const std::string& where,
                                                    Problems& problems)
{
    std::vector<CodebookChange> history;
    if (!json.is_array()) {
        problems.push_back({where, "is " + describeType(json) + ", not an array of changes"});
        return history;
    }
    for (std::size_t i = 0; i < json.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        Problems entryProblems;
        JsonFields fields(json[i], at, entryProblems);
        CodebookChange change;
        change.time = fields.requiredString("time");
        change.coder = fields.optionalString("coder");
        change.action = fields.requiredString("action");
        change.codeId = fields.optionalString("codeId");
        change.details = fields.optionalString("details");
        if (fields.isObject() && !change.time.empty() && !isTimestamp(change.time))
            fields.problem("time", dumpJson(nlohmann::json(change.time)) + " is not an ISO 8601 date and time");
        // An action a later release added is kept as it is: the history is a record, not a rule.
        if (entryProblems.empty())
            history.push_back(std::move(change));
        problems.insert(problems.end(), entryProblems.begin(), entryProblems.end());
    }
    return history;
}

std::string codebookHistoryCsv(const std::vector<CodebookChange>& history)
{
    std::string csv;
    appendCsvRow(csv, {"time", "coder", "action", "details", "code id"});
    for (const CodebookChange& change : history)
        appendCsvRow(csv, {change.time, change.coder, change.action, change.details, change.codeId});
    return csv;
}

std::string actionName(const std::string& action, TableLanguage language)
{
    if (language == TableLanguage::English)
        return action;
    static const std::map<std::string, std::string> swedish{
        {"added", "tillagd"},      {"renamed", "omd\xc3\xb6pt"}, {"moved", "flyttad"},
        {"polarity changed", "polaritet \xc3\xa4ndrad"},          {"merged", "sammanslagen"},
        {"retired", "pensionerad"}, {"restored", "\xc3\xa5teranv\xc3\xa4nd"},
        {"deleted", "borttagen"},  {"criteria changed", "kriterier \xc3\xa4ndrade"}};
    const auto found = swedish.find(action);
    return found == swedish.end() ? action : found->second;
}

std::string changeTimeForPeople(const std::string& time)
{
    // "2026-12-07T10:31:05Z" and "2026-12-07T10:31:05.123Z": the date and the minute, in UTC.
    if (time.size() < 16 || time[10] != 'T')
        return time;
    return time.substr(0, 10) + " " + time.substr(11, 5) + " UTC";
}

std::string changeLine(const CodebookChange& change, TableLanguage language)
{
    const std::string dot = " \xc2\xb7 ";
    return changeTimeForPeople(change.time) + dot + (change.coder.empty() ? "?" : change.coder) + dot
           + actionName(change.action, language) + dot + change.details;
}

ReportSection codebookHistorySection(const std::vector<CodebookChange>& history, TableLanguage language)
{
    const bool sv = language == TableLanguage::Swedish;
    ReportSection section;
    section.heading = sv ? "Bilaga: kodbokens utveckling" : "Appendix: how the codebook developed";
    if (history.empty()) {
        section.paragraphs.push_back(sv ? "Ingen \xc3\xa4ndring av kodboken \xc3\xa4r registrerad."
                                        : "No change of the codebook was recorded.");
        return section;
    }
    section.paragraphs.push_back(sv ? "Varje \xc3\xa4ndring av kodboken, med vem som gjorde den och n\xc3\xa4r, \xc3\xa4ldst f\xc3\xb6rst."
                                    : "Every change of the codebook, with who made it and when, oldest first.");
    ReportTable table;
    table.push_back({{{sv ? "Tid" : "Time", {}, {}}},
                     {{sv ? "Kodare" : "Coder", {}, {}}},
                     {{sv ? "H\xc3\xa4ndelse" : "Action", {}, {}}},
                     {{sv ? "Beskrivning" : "Details", {}, {}}}});
    for (const CodebookChange& change : history)
        table.push_back({{{changeTimeForPeople(change.time), {}, {}}},
                         {{change.coder, {}, {}}},
                         {{actionName(change.action, language), {}, {}}},
                         {{change.details, {}, {}}}});
    section.tables.push_back({"", std::move(table), false});
    return section;
}

std::vector<CodebookChange> studyHistory(const std::vector<std::vector<CodebookChange>>& histories)
{
    using Key = std::tuple<std::string, std::string, std::string>;
    struct Entry {
        const CodebookChange* change;
        std::size_t transcript;
    };
    std::vector<Entry> all;
    for (std::size_t t = 0; t < histories.size(); ++t)
        for (const CodebookChange& change : histories[t])
            all.push_back({&change, t});
    // Timestamps are ISO 8601 in UTC: text order is time order. Stable, so one change's entries keep theirs.
    std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.change->time < b.change->time; });
    // The n-th time a transcript records a change is an echo of another transcript's when n changes like it
    // are listed already; a transcript's own repetitions (renamed back and forth) are all kept.
    std::map<Key, std::size_t> listed;
    std::map<std::pair<std::size_t, Key>, std::size_t> recorded;
    std::vector<CodebookChange> merged;
    for (const Entry& entry : all) {
        const Key key{entry.change->action, entry.change->codeId, entry.change->details};
        if (++recorded[{entry.transcript, key}] > listed[key]) {
            ++listed[key];
            merged.push_back(*entry.change);
        }
    }
    return merged;
}

} // namespace pt
