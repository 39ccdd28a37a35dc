#include "core/Pseudonymisation.hpp"

#include "core/CodingsCsv.hpp"
#include "core/Json.hpp"
#include "core/Problem.hpp"
#include "core/Whitespace.hpp"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <set>

namespace pt {

namespace {

std::u32string folded(std::u32string_view text)
{
    std::u32string result(text);
    for (char32_t& c : result)
        c = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
    return result;
}

bool isWordCharacter(char32_t c)
{
    const auto point = static_cast<UChar32>(c);
    return u_isalnum(point) || u_getIntPropertyValue(point, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
}

bool wholeWordAt(std::u32string_view text, std::size_t begin, std::size_t end)
{
    return (begin == 0 || !isWordCharacter(text[begin - 1])) && (end == text.size() || !isWordCharacter(text[end]));
}

[[noreturn]] void refuse(const std::string& message)
{
    throw Refusal("key", message);
}

bool flagValue(std::string_view text, std::size_t row, const std::string& column)
{
    std::string value(trimmedView(text));
    std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (value.empty() || value == "yes" || value == "true" || value == "1" || value == "ja")
        return true;
    if (value == "no" || value == "false" || value == "0" || value == "nej")
        return false;
    refuse("Row " + std::to_string(row) + " of the key says \"" + std::string(text) + "\" under \"" + column
           + "\": write yes or no.");
}

std::vector<std::vector<std::string>> csvRows(std::string_view csv)
{
    if (csv.substr(0, 3) == "\xEF\xBB\xBF")
        csv.remove_prefix(3);
    const std::string_view header = csv.substr(0, csv.find('\n'));
    const char separator = header.find(',') == std::string_view::npos && header.find(';') != std::string_view::npos ? ';' : ',';
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"')
                field += csv[++i];
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n')
                ++i;
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
        } else {
            field += c;
        }
    }
    if (quoted)
        refuse("The key has a quotation mark that is never closed.");
    if (!field.empty() || !rows.back().empty())
        rows.back().push_back(std::move(field));
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const std::vector<std::string>& row) {
                                  return std::all_of(row.begin(), row.end(), [](const std::string& f) { return trimmedView(f).empty(); });
                              }),
               rows.end());
    return rows;
}

std::string lowerAscii(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

namespace {

PseudonymKey termsFromJson(std::string_view json, bool replacementsNeeded)
{
    nlohmann::json parsed;
    try {
        parsed = parseJson(json, "key");
    } catch (const InvalidInput& error) {
        refuse(error.what());
    }
    if (!parsed.is_object() || !parsed.contains("terms") || !parsed["terms"].is_array())
        refuse("A key is a JSON object with a list \"terms\": {\"terms\": [{\"term\": \"Åsa\", \"replacement\": \"[Relative 1]\"}]}.");
    PseudonymKey key;
    std::size_t index = 0;
    for (const auto& entry : parsed["terms"]) {
        ++index;
        const std::string where = "Term " + std::to_string(index) + " of the key";
        if (!entry.is_object())
            refuse(where + " is " + describeType(entry) + ", not an object with \"term\" and \"replacement\".");
        PseudonymTerm term;
        for (const char* field : {"term", "replacement"}) {
            if ((replacementsNeeded || entry.contains(field) || field == std::string("term"))
                && (!entry.contains(field) || !entry[field].is_string()))
                refuse(where + " has no text \"" + field + "\".");
        }
        term.term = entry["term"].get<std::string>();
        term.replacement = entry.value("replacement", std::string());
        for (const auto& [field, flag] : {std::pair{"wholeWord", &term.wholeWord}, std::pair{"matchCase", &term.matchCase}}) {
            if (!entry.contains(field))
                continue;
            if (!entry[field].is_boolean())
                refuse(where + ": \"" + field + "\" is " + describeType(entry[field]) + ", not true or false.");
            *flag = entry[field].get<bool>();
        }
        key.terms.push_back(std::move(term));
    }
    return key;
}

PseudonymKey termsFromCsv(std::string_view csv, bool replacementsNeeded)
{
    const auto rows = csvRows(csv);
    if (rows.empty())
        refuse("The key is empty: it needs a header \"term,replacement,whole word,match case\" and a row per term.");
    std::map<std::string, std::size_t> columns;
    for (std::size_t i = 0; i < rows[0].size(); ++i)
        columns[lowerAscii(std::string(trimmedView(rows[0][i])))] = i;
    for (const char* needed : {"term", "replacement"})
        if (!columns.count(needed) && (replacementsNeeded || needed == std::string("term")))
            refuse(std::string("The key has no column \"") + needed + "\": its first row must name the columns "
                   "term, replacement, whole word, match case.");
    PseudonymKey key;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        auto cell = [&](const std::string& column) -> std::string {
            const auto found = columns.find(column);
            return found != columns.end() && found->second < row.size() ? row[found->second] : std::string();
        };
        PseudonymTerm term;
        term.term = cell("term");
        term.replacement = cell("replacement");
        term.wholeWord = flagValue(cell("whole word"), r + 1, "whole word");
        term.matchCase = flagValue(cell("match case"), r + 1, "match case");
        key.terms.push_back(std::move(term));
    }
    return key;
}

PseudonymKey termsFromFile(std::string_view text, std::string_view fileName, bool replacementsNeeded)
{
    const std::string name = lowerAscii(std::string(fileName));
    if (name.size() >= 4 && name.compare(name.size() - 4, 4, ".csv") == 0)
        return termsFromCsv(text, replacementsNeeded);
    return termsFromJson(text, replacementsNeeded);
}

} // namespace

PseudonymKey keyFromJson(std::string_view json)
{
    PseudonymKey key = termsFromJson(json, true);
    checkKey(key);
    return key;
}

std::string keyToJson(const PseudonymKey& key)
{
    nlohmann::json terms = nlohmann::json::array();
    for (const PseudonymTerm& term : key.terms)
        terms.push_back({{"term", term.term}, {"replacement", term.replacement}, {"wholeWord", term.wholeWord}, {"matchCase", term.matchCase}});
    return dumpJsonForPeople({{"terms", terms}});
}

PseudonymKey keyFromCsv(std::string_view csv)
{
    PseudonymKey key = termsFromCsv(csv, true);
    checkKey(key);
    return key;
}

std::string keyToCsv(const PseudonymKey& key)
{
    std::string csv;
    appendCsvRow(csv, {"term", "replacement", "whole word", "match case"});
    for (const PseudonymTerm& term : key.terms)
        appendCsvRow(csv, {term.term, term.replacement, term.wholeWord ? "yes" : "no", term.matchCase ? "yes" : "no"});
    return csv;
}

PseudonymKey keyFromFile(std::string_view text, std::string_view fileName)
{
    PseudonymKey key = termsFromFile(text, fileName, true);
    checkKey(key);
    return key;
}

PseudonymKey reversedKey(const PseudonymKey& key)
{
    PseudonymKey reversed;
    for (const PseudonymTerm& term : key.terms) {
        for (const PseudonymTerm& earlier : reversed.terms)
            if (earlier.term == term.replacement)
                refuse("\"" + term.replacement + "\" stands for both \"" + earlier.replacement + "\" and \"" + term.term
                       + "\": the key cannot be reversed.");
        reversed.terms.push_back({term.replacement, term.term, term.wholeWord, true});
    }
    checkKey(reversed);
    return reversed;
}

PseudonymKey termListFromFile(std::string_view text, std::string_view fileName)
{
    PseudonymKey list = termsFromFile(text, fileName, false);
    list.terms.erase(std::remove_if(list.terms.begin(), list.terms.end(),
                                    [](const PseudonymTerm& term) { return toCodePoints(trimmedView(term.term)).size() < 2; }),
                     list.terms.end());
    return list;
}

void checkKey(const PseudonymKey& key)
{
    if (key.terms.empty())
        refuse("The key has no terms: nothing would be replaced.");
    for (std::size_t i = 0; i < key.terms.size(); ++i) {
        const PseudonymTerm& term = key.terms[i];
        const std::u32string text = toCodePoints(trimmedView(term.term));
        const std::string where = "Term " + std::to_string(i + 1);
        if (text.empty())
            refuse(where + " of the key is empty.");
        if (text.size() < 2)
            refuse(where + " of the key, \"" + term.term + "\", is a single character: it would replace that letter "
                   "everywhere. Give the whole name.");
        if (std::any_of(text.begin(), text.end(), [](char32_t c) { return c < 0x20; }))
            refuse(where + " of the key has a line break or tab in it: a term is found within one line.");
        if (trimmedView(term.term).size() != term.term.size())
            refuse(where + " of the key, \"" + term.term + "\", starts or ends with a space.");
        if (trimmedView(term.replacement).empty())
            refuse("\"" + term.term + "\" has no replacement: give it a pseudonym such as [Person 1].");
        for (std::size_t j = 0; j < i; ++j) {
            const PseudonymTerm& earlier = key.terms[j];
            const bool caseMatters = term.matchCase && earlier.matchCase;
            if (caseMatters ? earlier.term == term.term : folded(toCodePoints(earlier.term)) == folded(text))
                refuse("\"" + term.term + "\" is in the key twice (terms " + std::to_string(j + 1) + " and "
                       + std::to_string(i + 1) + "): keep one.");
        }
    }
    for (const PseudonymTerm& term : key.terms) {
        const auto found = findTerms(toCodePoints(term.replacement), key);
        if (!found.empty())
            refuse("The replacement of \"" + term.term + "\", \"" + term.replacement + "\", contains \""
                   + key.terms[found.front().term].term + "\", a term of the key: it would still be in the document.");
    }
}

std::vector<TermMatch> findTerms(std::u32string_view text, const PseudonymKey& key)
{
    std::vector<std::size_t> order(key.terms.size());
    std::vector<std::u32string> terms;
    for (std::size_t i = 0; i < key.terms.size(); ++i) {
        order[i] = i;
        terms.push_back(toCodePoints(key.terms[i].term));
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return terms[a].size() > terms[b].size(); });
    std::u32string foldedText;
    std::vector<char> claimed(text.size(), 0);
    std::vector<TermMatch> matches;
    for (const std::size_t index : order) {
        const PseudonymTerm& term = key.terms[index];
        if (terms[index].empty())
            continue;
        if (!term.matchCase && foldedText.empty())
            foldedText = folded(text);
        const std::u32string_view haystack = term.matchCase ? text : std::u32string_view(foldedText);
        const std::u32string needle = term.matchCase ? terms[index] : folded(terms[index]);
        for (std::size_t at = haystack.find(needle); at != std::u32string_view::npos; at = haystack.find(needle, at + 1)) {
            const std::size_t end = at + needle.size();
            if (term.wholeWord && !wholeWordAt(text, at, end))
                continue;
            if (std::any_of(claimed.begin() + static_cast<std::ptrdiff_t>(at), claimed.begin() + static_cast<std::ptrdiff_t>(end),
                            [](char c) { return c != 0; }))
                continue;
            std::fill(claimed.begin() + static_cast<std::ptrdiff_t>(at), claimed.begin() + static_cast<std::ptrdiff_t>(end), 1);
            matches.push_back({at, end, index});
            at = end - 1;
        }
    }
    std::sort(matches.begin(), matches.end(), [](const TermMatch& a, const TermMatch& b) { return a.begin < b.begin; });
    return matches;
}

void PseudonymisationCount::add(const PseudonymisationCount& other)
{
    for (const auto& [term, n] : other.byTerm)
        byTerm[term] += n;
    replaced += other.replaced;
    codingsTouched += other.codingsTouched;
}

std::string countJson(const PseudonymisationCount& count)
{
    nlohmann::json byTerm = nlohmann::json::object();
    for (const auto& [term, n] : count.byTerm)
        byTerm[term] = n;
    return dumpJson({{"replaced", count.replaced}, {"byTerm", byTerm}, {"codingsTouched", count.codingsTouched}});
}

std::u32string replaceTerms(std::u32string_view text, const std::vector<TermMatch>& matches, const PseudonymKey& key)
{
    std::u32string result;
    result.reserve(text.size());
    std::size_t from = 0;
    for (const TermMatch& match : matches) {
        result.append(text.substr(from, match.begin - from));
        result += toCodePoints(key.terms[match.term].replacement);
        from = match.end;
    }
    result.append(text.substr(from));
    return result;
}

std::string pseudonymised(std::string_view text, const PseudonymKey& key, PseudonymisationCount& count)
{
    const std::u32string points = toCodePoints(text);
    const auto matches = findTerms(points, key);
    if (matches.empty())
        return std::string(text);
    for (const TermMatch& match : matches)
        ++count.byTerm[key.terms[match.term].term];
    count.replaced += matches.size();
    return toUtf8(replaceTerms(points, matches, key));
}

std::vector<TextSpan> spansAfterReplacing(const std::vector<TextSpan>& spans, const std::vector<TermMatch>& matches,
                                          const PseudonymKey& key)
{
    std::vector<std::ptrdiff_t> replacementLengths;
    for (const PseudonymTerm& term : key.terms)
        replacementLengths.push_back(static_cast<std::ptrdiff_t>(toCodePoints(term.replacement).size()));
    // shiftBefore[i]: how far the replacements before match i moved what follows them
    std::vector<std::ptrdiff_t> shiftBefore(matches.size() + 1, 0);
    for (std::size_t i = 0; i < matches.size(); ++i)
        shiftBefore[i + 1] = shiftBefore[i] + replacementLengths[matches[i].term]
            - static_cast<std::ptrdiff_t>(matches[i].end - matches[i].begin);
    // A position inside an occurrence goes to the pseudonym's start (a beginning) or end (an end).
    auto moved = [&](std::size_t position, bool isEnd) {
        const auto after = std::lower_bound(matches.begin(), matches.end(), position,
                                            [](const TermMatch& match, std::size_t p) { return match.begin < p; });
        const auto index = static_cast<std::size_t>(after - matches.begin()); // matches before `position`
        if (index > 0) {
            const TermMatch& last = matches[index - 1];
            const std::ptrdiff_t begin = static_cast<std::ptrdiff_t>(last.begin) + shiftBefore[index - 1];
            if (position < last.end)
                return static_cast<std::size_t>(isEnd ? begin + replacementLengths[last.term] : begin);
            if (isEnd && position == last.end)
                return static_cast<std::size_t>(begin + replacementLengths[last.term]);
        }
        return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(position) + shiftBefore[index]);
    };
    std::vector<TextSpan> result;
    result.reserve(spans.size());
    for (const TextSpan& span : spans)
        result.push_back({moved(span.begin, false), moved(span.end, true)});
    return result;
}

void pseudonymisePayload(Payload& payload, const PseudonymKey& key, PseudonymisationCount& count)
{
    for (Coding& coding : payload.codings) {
        const std::size_t before = count.replaced;
        for (std::string* text : {&coding.memo, &coding.condensed, &coding.text, &coding.speaker})
            *text = pseudonymised(*text, key, count);
        if (count.replaced != before)
            ++count.codingsTouched;
    }
    std::vector<Code> codes = payload.codebook.codes();
    for (Code& code : codes)
        for (std::string* text : {&code.name, &code.definition, &code.example, &code.inclusion, &code.exclusion})
            *text = pseudonymised(*text, key, count);
    payload.codebook = Codebook(std::move(codes));
    for (CodebookChange& change : payload.history)
        change.details = pseudonymised(change.details, key, count);
    for (auto& [name, value] : payload.attributes.values)
        if (auto* text = std::get_if<std::string>(&value))
            *text = pseudonymised(*text, key, count);
    for (AttributeDefinition& definition : payload.attributes.definitions)
        for (std::string& choice : definition.choices)
            choice = pseudonymised(choice, key, count);
}

namespace {

/// Counts of `text`'s matches of the regular expression, by the text matched.
std::map<std::string, std::size_t> patternHits(const icu::UnicodeString& text, const char* pattern)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(new icu::RegexMatcher(icu::UnicodeString::fromUTF8(pattern), text, 0, status));
    std::map<std::string, std::size_t> hits;
    if (U_FAILURE(status))
        return hits;
    while (matcher->find(status) && U_SUCCESS(status)) {
        std::string found;
        matcher->group(status).toUTF8String(found);
        ++hits[found];
    }
    return hits;
}

bool startsCapital(std::u32string_view word)
{
    return !word.empty() && u_isupper(static_cast<UChar32>(word[0]));
}

} // namespace

std::vector<IdentifyingCandidate> findIdentifying(std::u32string_view text, const std::vector<std::string>& speakers,
                                                  const PseudonymKey& teamList, const SuggestedPseudonyms& suggested)
{
    std::vector<IdentifyingCandidate> found;
    std::set<std::string> seen;
    auto add = [&](std::vector<IdentifyingCandidate> kind, const std::string& label) {
        std::stable_sort(kind.begin(), kind.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
        std::size_t number = 0;
        for (IdentifyingCandidate& candidate : kind) {
            if (!seen.insert(candidate.text).second)
                continue;
            if (candidate.replacement.empty())
                candidate.replacement = label.find('#') != std::string::npos
                    ? label.substr(0, label.find('#')) + std::to_string(++number) + label.substr(label.find('#') + 1)
                    : label;
            found.push_back(std::move(candidate));
        }
    };
    auto countOf = [&](const std::string& term) {
        PseudonymKey one{{PseudonymTerm{term, "x", true, true}}};
        return findTerms(text, one).size();
    };

    std::vector<IdentifyingCandidate> listed;
    for (const PseudonymTerm& term : teamList.terms) {
        PseudonymKey one{{term}};
        if (const std::size_t n = findTerms(text, one).size())
            listed.push_back({term.term, "list", n, term.replacement});
    }
    add(std::move(listed), suggested.listed);

    std::vector<IdentifyingCandidate> people;
    for (const std::string& speaker : speakers)
        if (toCodePoints(speaker).size() >= 2)
            people.push_back({speaker, "speaker", countOf(speaker), {}});
    add(std::move(people), suggested.speaker);

    // Capitalised words not opening a sentence, in runs joined by one space ("Anna Berg"); a word also
    // written in lower case somewhere is an ordinary word that opened a sentence or a title.
    struct Word {
        std::size_t begin, end;
        bool opensSentence;
    };
    std::vector<Word> words;
    std::set<std::u32string> lowerCaseWords;
    bool sentenceStart = true;
    for (std::size_t i = 0; i < text.size();) {
        if (!isWordCharacter(text[i])) {
            const char32_t c = text[i++];
            if (c == U'.' || c == U'!' || c == U'?' || c == U'\n' || c == U':' || c == U'"' || c == U'\u201D')
                sentenceStart = true;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isWordCharacter(text[end]))
            ++end;
        if (!startsCapital(text.substr(i, end - i)))
            lowerCaseWords.insert(std::u32string(text.substr(i, end - i)));
        words.push_back({i, end, sentenceStart});
        sentenceStart = false;
        i = end;
    }
    auto nameLike = [&](const Word& word) {
        const std::u32string_view text_ = text.substr(word.begin, word.end - word.begin);
        return startsCapital(text_) && text_.size() >= 2 && !lowerCaseWords.count(folded(text_.substr(0, 1)) + std::u32string(text_.substr(1)));
    };
    std::map<std::u32string, std::size_t> runs;
    for (std::size_t i = 0; i < words.size();) {
        if (words[i].opensSentence || !nameLike(words[i])) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < words.size() && words[j].begin == words[j - 1].end + 1 && text[words[j - 1].end] == U' ' && nameLike(words[j]))
            ++j;
        ++runs[std::u32string(text.substr(words[i].begin, words[j - 1].end - words[i].begin))];
        i = j;
    }
    // Seen inside a sentence at least once, and recurring anywhere (a sentence's start included).
    std::vector<IdentifyingCandidate> names;
    for (const auto& [run, n] : runs) {
        const std::string name = toUtf8(run);
        if (const std::size_t count = countOf(name); count >= 2)
            names.push_back({name, "name", count, {}});
    }
    add(std::move(names), suggested.name);

    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                                    static_cast<int32_t>(text.size()));
    const std::pair<const char*, std::pair<const char*, const std::string*>> patterns[] = {
        {"\\b(?:19|20)?\\d{6}[-+]\\d{4}\\b", {"personalNumber", &suggested.personalNumber}},
        {"[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", {"email", &suggested.email}},
        {"\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./](?:19|20)?\\d{2}\\b", {"date", &suggested.date}},
        {"(?<![\\w-])(?:\\+\\d{1,3}[ -]?)?0?\\d{1,4}(?:[ -]\\d{2,4}){2,4}(?![\\w-])|(?<![\\w-])0\\d{8,10}(?![\\w-])", {"phone", &suggested.phone}},
    };
    std::set<std::string> numbersTaken;
    for (const auto& [pattern, kind] : patterns) {
        std::vector<IdentifyingCandidate> hits;
        for (const auto& [hit, n] : patternHits(unicode, pattern))
            if (numbersTaken.insert(hit).second)
                hits.push_back({hit, kind.first, n, {}});
        add(std::move(hits), *kind.second);
    }

    return found;
}

std::string candidatesJson(const std::vector<IdentifyingCandidate>& candidates)
{
    nlohmann::json list = nlohmann::json::array();
    for (const IdentifyingCandidate& candidate : candidates)
        list.push_back({{"text", candidate.text}, {"kind", candidate.kind}, {"count", candidate.count}, {"replacement", candidate.replacement}});
    return dumpJson(list);
}

} // namespace pt
