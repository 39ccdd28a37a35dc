#include "core/TranscriptTurns.hpp"

#include "core/Whitespace.hpp"

#include <algorithm>
#include <set>

namespace pt {

namespace {

/// Why `name` cannot stand as a speaker label "Name:" at a paragraph's start, or empty when it can.
std::string unfitName(const std::string& name)
{
    if (name.empty())
        return "is empty";
    if (name.find_first_of(":[]\n\t") != std::string::npos)
        return "holds a colon, a bracket or a line break";
    if (name.size() > 40)
        return "is longer than 40 bytes";
    if (std::count(name.begin(), name.end(), ' ') > 3 || trimmedView(name).size() != name.size() || name.find("  ") != std::string::npos)
        return "is not one to four words";
    return {};
}

std::string firstWords(const std::string& text, std::size_t words)
{
    std::size_t end = 0;
    for (std::size_t count = 0; count < words && end != std::string::npos; ++count)
        end = text.find(' ', end + (count > 0 ? 1 : 0));
    return end == std::string::npos ? text : text.substr(0, end) + " …";
}

} // namespace

std::vector<TranscriptTurn> turnsOf(const std::vector<Cue>& cues)
{
    std::vector<TranscriptTurn> turns;
    std::optional<MediaTime> lastEnd;
    for (const Cue& cue : cues) {
        bool joins = false;
        if (!turns.empty() && turns.back().speaker == cue.speaker) {
            if (!cue.speaker.empty())
                joins = true;
            else
                joins = cue.start && lastEnd && *cue.start - *lastEnd < kPauseBetweenParagraphs;
        }
        if (joins) {
            turns.back().text += " " + cue.text;
        } else {
            turns.push_back(TranscriptTurn{cue.speaker, cue.start, cue.text});
        }
        lastEnd = cue.end ? cue.end : cue.start;
    }
    return turns;
}

std::vector<SpeakerSample> speakerSamples(const std::vector<TranscriptTurn>& turns)
{
    std::vector<SpeakerSample> samples;
    for (const TranscriptTurn& turn : turns) {
        if (turn.speaker.empty())
            continue;
        auto found = std::find_if(samples.begin(), samples.end(), [&](const SpeakerSample& s) { return s.label == turn.speaker; });
        if (found == samples.end())
            found = samples.insert(samples.end(), SpeakerSample{turn.speaker, firstWords(turn.text, 12), 0});
        ++found->turns;
    }
    return samples;
}

SpeakerNames parseSpeakerNames(std::string_view text)
{
    SpeakerNames names;
    Problems problems;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t comma = std::min(text.find(',', from), text.size());
        const std::string_view entry = trimmedView(text.substr(from, comma - from));
        from = comma + 1;
        if (entry.empty())
            continue;
        const std::size_t equals = entry.find('=');
        const std::string where = "\"" + std::string(entry) + "\"";
        if (equals == std::string_view::npos) {
            problems.push_back({where, "has no \"=\": write LABEL=NAME, as SPEAKER_00=Interviewer"});
            continue;
        }
        const std::string label(trimmedView(entry.substr(0, equals))), name(trimmedView(entry.substr(equals + 1)));
        if (label.empty())
            problems.push_back({where, "names no label"});
        else if (!names.emplace(label, name).second)
            problems.push_back({where, "names " + label + " a second time"});
    }
    if (!problems.empty())
        throw InvalidInput("the speakers' names cannot be read", problems);
    return names;
}

std::vector<Cue> namedSpeakers(std::vector<Cue> cues, const SpeakerNames& names)
{
    std::set<std::string> labels;
    for (const Cue& cue : cues)
        labels.insert(cue.speaker);
    Problems problems;
    for (const auto& [label, name] : names) {
        if (const std::string why = unfitName(name); !why.empty())
            problems.push_back({label, "the name \"" + name + "\" " + why + ", so it cannot start a turn"});
        if (labels.count(label) == 0) {
            std::string known;
            for (const std::string& have : labels)
                if (!have.empty())
                    known += (known.empty() ? "" : ", ") + have;
            problems.push_back({label, "is not a speaker of this transcript" + (known.empty() ? std::string(" (it names none)")
                                                                                               : " (it has " + known + ")")});
        }
    }
    if (!problems.empty())
        throw InvalidInput("the speakers cannot be named so", problems);
    for (Cue& cue : cues)
        if (const auto found = names.find(cue.speaker); found != names.end())
            cue.speaker = found->second;
    return cues;
}

SpeakerNames namesPresentIn(const std::vector<Cue>& cues, const SpeakerNames& names)
{
    SpeakerNames present;
    for (const Cue& cue : cues)
        if (const auto found = names.find(cue.speaker); found != names.end())
            present.insert(*found);
    return present;
}

std::optional<MediaTime> turnTimeOfParagraph(std::string_view paragraph)
{
    const std::string_view start = paragraph.substr(0, 80);
    for (std::size_t open = start.find('['); open != std::string_view::npos; open = start.find('[', open + 1)) {
        const std::string_view before = trimmedView(start.substr(0, open));
        if (!before.empty() && before.back() != ':' && before.back() != ']')
            return std::nullopt; // past the label: a time in what is said is not the turn's
        if (const auto time = turnTimeOf(start.substr(open)))
            return time;
    }
    return std::nullopt;
}

std::optional<MediaTime> turnTimeOf(std::string_view textAfterLabel)
{
    const std::string_view text = trimmedView(textAfterLabel);
    if (text.size() < 2 || text.front() != '[')
        return std::nullopt;
    const std::size_t close = text.find(']');
    if (close == std::string_view::npos || close > 16)
        return std::nullopt;
    return parseMediaTime(text.substr(1, close - 1));
}

} // namespace pt
