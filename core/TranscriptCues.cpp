#include "core/TranscriptCues.hpp"

#include "core/Whitespace.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace pt {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return out;
}

/// Runs of white space as one space, none at the ends: subtitle lines wrapped, HTML's spacing.
std::string collapsedSpace(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

Problem at(std::size_t line, std::string what)
{
    return Problem{line > 0 ? "line " + std::to_string(line) : std::string(), std::move(what)};
}

/// The content as UTF-8 with "\n" line ends: a UTF-8 byte order mark dropped, UTF-16 with a mark converted
/// (Windows tools write it), anything else that is not UTF-8 refused with the line it is on.
std::string decodedText(std::string_view content)
{
    std::string text;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(content[i]); };
    if (content.size() >= 2 && ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF))) {
        const bool little = byte(0) == 0xFF;
        std::u16string units;
        for (std::size_t i = 2; i + 1 < content.size(); i += 2)
            units += static_cast<char16_t>(little ? byte(i) | byte(i + 1) << 8 : byte(i) << 8 | byte(i + 1));
        icu::UnicodeString(units.data(), static_cast<int32_t>(units.size())).toUTF8String(text);
    } else {
        if (startsWith(content, "\xEF\xBB\xBF"))
            content.remove_prefix(3);
        const auto* bytes = reinterpret_cast<const uint8_t*>(content.data());
        const auto length = static_cast<int32_t>(content.size());
        std::size_t line = 1;
        for (int32_t i = 0; i < length;) {
            UChar32 c;
            U8_NEXT(bytes, i, length, c);
            if (c < 0)
                throw InvalidInput(at(line, "is not UTF-8 text: save the file as UTF-8 and try again"));
            if (c == '\n')
                ++line;
        }
        text.assign(content);
    }
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<std::string_view> linesOf(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t end = std::min(text.find('\n', from), text.size());
        lines.push_back(text.substr(from, end - from));
        from = end + 1;
    }
    return lines;
}

/// The HTML character references subtitles and HTML use; unknown ones stay as written.
std::string decodedEntities(std::string_view text)
{
    static const std::pair<std::string_view, std::string_view> named[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}, {"lrm", "\u200E"}, {"rlm", "\u200F"}};
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t semicolon = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
        if (semicolon == std::string_view::npos || semicolon - i > 10) {
            out += text[i];
            continue;
        }
        const std::string_view name = text.substr(i + 1, semicolon - i - 1);
        std::string replacement;
        if (startsWith(name, "#")) {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            const std::string digits(name.substr(hex ? 2 : 1));
            char* end = nullptr;
            const unsigned long code = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
            if (end != nullptr && *end == '\0' && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                icu::UnicodeString(static_cast<UChar32>(code)).toUTF8String(replacement);
        } else {
            for (const auto& [entity, character] : named)
                if (name == entity)
                    replacement = character;
        }
        if (replacement.empty()) {
            out += text[i];
            continue;
        }
        out += replacement;
        i = semicolon;
    }
    return out;
}

/// A subtitle's text without its markup (<i>, <b>, <c.yellow>, <00:00:01.000>, <font …>).
std::string withoutTags(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '<') {
            const std::size_t close = text.find('>', i);
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        out += text[i];
    }
    return decodedEntities(out);
}

struct Stamp {
    MediaTime start;
    std::optional<MediaTime> end;
    std::size_t length; ///< characters it takes, with the space after it
};

/// A timestamp at the start of `text`: "[00:12:31]", "(00:12:31)", "[00:00.000 --> 00:02.000]", or a bare
/// "00:12:31" followed by a space.
std::optional<Stamp> stampAt(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    const char open = text.front();
    const char close = open == '[' ? ']' : open == '(' ? ')' : '\0';
    std::size_t end = 0;
    std::string_view inside;
    if (close != '\0') {
        end = text.find(close);
        if (end == std::string_view::npos || end > 40)
            return std::nullopt;
        inside = text.substr(1, end - 1);
        ++end;
    } else {
        while (end < text.size() && (isDigit(text[end]) || text[end] == ':' || text[end] == '.' || text[end] == ','))
            ++end;
        if (end < text.size() && !isSpace(text[end]))
            return std::nullopt;
        inside = text.substr(0, end);
    }
    Stamp stamp{0, std::nullopt, end};
    const std::size_t arrow = inside.find("-->");
    const auto start = parseMediaTime(trimmedView(inside.substr(0, arrow)));
    if (!start)
        return std::nullopt;
    stamp.start = *start;
    if (arrow != std::string_view::npos) {
        stamp.end = parseMediaTime(trimmedView(inside.substr(arrow + 3)));
        if (!stamp.end)
            return std::nullopt;
    }
    while (stamp.length < text.size() && isSpace(text[stamp.length]))
        ++stamp.length;
    return stamp;
}

/// A speaker's label at the start of `text`: "[SPEAKER_00]:", "[Interviewer]", "Coach 3:" (one to four
/// words, at most 40 bytes, starting with a capital or a digit: "so: what" and "(noScribe 0.6: …)" are not). Gives the name and the
/// characters it takes with the space after it.
std::optional<std::pair<std::string, std::size_t>> labelAt(std::string_view text)
{
    std::size_t end = 0;
    std::string_view name;
    if (startsWith(text, "[")) {
        end = text.find(']');
        if (end == std::string_view::npos || end > 41)
            return std::nullopt;
        name = trimmedView(text.substr(1, end - 1));
        ++end;
        if (end < text.size() && text[end] == ':')
            ++end;
        if (name.empty() || parseMediaTime(name))
            return std::nullopt;
    } else {
        end = text.find(':');
        if (end == std::string_view::npos || end == 0 || end > 40 || (end + 1 < text.size() && !isSpace(text[end + 1])))
            return std::nullopt;
        name = text.substr(0, end);
        if (name.find_first_of("[]\n") != std::string_view::npos || trimmedView(name).size() != name.size()
            || std::count(name.begin(), name.end(), ' ') > 3)
            return std::nullopt;
        UChar32 first;
        int32_t i = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(name.data()), i, static_cast<int32_t>(name.size()), first);
        if (first < 0 || u_islower(first) || !u_isalnum(first))
            return std::nullopt;
        ++end;
    }
    while (end < text.size() && isSpace(text[end]))
        ++end;
    return std::make_pair(std::string(name), end);
}

/// Adds the cues one block of parsed HTML holds; see readHtmlCues.
class HtmlCues {
public:
    explicit HtmlCues(std::vector<Cue>& cues) : mCues(cues) {}

    void walk(xmlNode* node)
    {
        for (; node != nullptr; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                if (node->content != nullptr)
                    mPiece.text += reinterpret_cast<const char*>(node->content);
                continue;
            }
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const std::string tag = lowered(reinterpret_cast<const char*>(node->name));
            if (tag == "script" || tag == "style" || tag == "head")
                continue;
            if (tag == "br" || isBlock(tag))
                flush();
            if (tag == "a") {
                const std::string name = attribute(node, "name");
                if (startsWith(name, "ts_"))
                    beginSegment(name);
            }
            if (tag == "span" && attribute(node, "class").find("timestamp") != std::string::npos) {
                beginStamp(attribute(node, "data-timestamp"));
                continue; // its text ("02:03") is the time, not speech
            }
            walk(node->children);
            if (isBlock(tag))
                flush();
        }
    }

    void flush()
    {
        Piece piece = std::move(mPiece);
        mPiece = Piece{};
        std::string text = collapsedSpace(piece.text);
        if (text.empty())
            return;
        Cue cue;
        if (piece.segment) {
            // noScribe: "S01: [00:00:12] words"; the label and the stamp repeat what the bookmark says.
            cue.start = piece.start;
            cue.end = piece.end;
            if (startsWith(piece.speaker, "//")) {
                // Overlapping speech ("//S02: yes//") stays, as written, in the turn it interrupts.
                cue.speaker = mCues.empty() ? std::string() : mCues.back().speaker;
                cue.text = text;
            } else {
                cue.speaker = piece.speaker;
                std::string_view rest = text;
                if (startsWith(rest, piece.speaker + ":"))
                    rest = trimmedView(rest.substr(piece.speaker.size() + 1));
                if (const auto stamp = stampAt(rest))
                    rest.remove_prefix(stamp->length);
                cue.text = std::string(rest);
            }
        } else {
            cue = cueOfLine(text);
            if (piece.start)
                cue.start = piece.start;
        }
        if (!cue.text.empty())
            mCues.push_back(std::move(cue));
    }

private:
    struct Piece {
        std::string text;
        bool segment = false;
        std::optional<MediaTime> start, end;
        std::string speaker;
    };

    static bool isBlock(const std::string& tag)
    {
        static const char* const blocks[] = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"};
        return std::any_of(std::begin(blocks), std::end(blocks), [&](const char* block) { return tag == block; });
    }

    static std::string attribute(xmlNode* node, const char* name)
    {
        xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
        std::string out = value != nullptr ? reinterpret_cast<const char*>(value) : "";
        xmlFree(value);
        return out;
    }

    /// noScribe's bookmark "ts_12300_15400_S01": a segment from 12.3 s to 15.4 s said by S01.
    void beginSegment(const std::string& name)
    {
        const std::size_t second = name.find('_', 3);
        const std::size_t third = second == std::string::npos ? second : name.find('_', second + 1);
        if (third == std::string::npos)
            return;
        const std::string from = name.substr(3, second - 3), to = name.substr(second + 1, third - second - 1);
        if (from.empty() || to.empty() || from.size() > 12 || to.size() > 12 || !std::all_of(from.begin(), from.end(), isDigit)
            || !std::all_of(to.begin(), to.end(), isDigit))
            return;
        flush();
        mPiece.segment = true;
        mPiece.start = std::stoll(from);
        mPiece.end = std::stoll(to);
        mPiece.speaker = name.substr(third + 1);
    }

    /// oTranscribe's <span class="timestamp" data-timestamp="123.4">: where the line starts in the recording.
    void beginStamp(const std::string& seconds)
    {
        char* end = nullptr;
        const double value = std::strtod(seconds.c_str(), &end);
        if (seconds.empty() || *end != '\0' || !(value >= 0) || value > 1e7)
            return;
        if (!trimmedView(mPiece.text).empty())
            flush();
        if (!mPiece.start)
            mPiece.start = static_cast<MediaTime>(std::llround(value * 1000));
    }

    std::vector<Cue>& mCues;
    Piece mPiece;
};

struct HtmlDocument {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::vector<Cue> readHtmlCues(std::string_view html)
{
    std::unique_ptr<xmlDoc, HtmlDocument> doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                                             HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                                                 | HTML_PARSE_NONET | HTML_PARSE_COMPACT));
    if (!doc)
        throw InvalidInput(at(0, "is not HTML"));
    std::vector<Cue> cues;
    HtmlCues walker(cues);
    walker.walk(xmlDocGetRootElement(doc.get()));
    walker.flush();
    return cues;
}

std::vector<Cue> readNoScribe(const std::string& text)
{
    // noScribe writes its HTML as it transcribes: a file without its end is a transcription still running
    // or cut short.
    const std::string tail = lowered(trimmedView(std::string_view(text).substr(text.size() > 200 ? text.size() - 200 : 0)));
    if (tail.size() < 7 || tail.compare(tail.size() - 7, 7, "</html>") != 0)
        throw InvalidInput(at(linesOf(text).size(), "ends before </html>: the file is cut short, or noScribe was still "
                                                    "writing it; open it when the transcription has finished"));
    return readHtmlCues(text);
}

nlohmann::json parsedJson(const std::string& text)
{
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        const std::size_t upTo = std::min<std::size_t>(error.byte, text.size());
        const std::size_t line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + upTo, '\n')) + 1;
        throw InvalidInput(at(line, error.byte >= text.size() ? "ends in the middle of its JSON: the file is cut short"
                                                              : "is not valid JSON here"));
    }
}

std::optional<MediaTime> secondsField(const nlohmann::json& value)
{
    if (!value.is_number() || !(value.get<double>() >= 0) || value.get<double>() > 1e7)
        return std::nullopt;
    return static_cast<MediaTime>(std::llround(value.get<double>() * 1000));
}

std::vector<Cue> readWhisperJson(const std::string& text)
{
    const nlohmann::json json = parsedJson(text);
    const bool whisper = json.is_object() && json.contains("segments") && json["segments"].is_array();
    const bool whisperCpp = json.is_object() && json.contains("transcription") && json["transcription"].is_array();
    if (!whisper && !whisperCpp)
        throw InvalidInput(at(0, "has neither \"segments\" (Whisper, WhisperX) nor \"transcription\" (whisper.cpp): it is "
                                 "not a Whisper transcript"));
    std::vector<Cue> cues;
    const nlohmann::json& segments = whisper ? json["segments"] : json["transcription"];
    Problems problems;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const nlohmann::json& segment = segments[i];
        const std::string where = std::string(whisper ? "segments[" : "transcription[") + std::to_string(i) + "]";
        if (!segment.is_object() || !segment.contains("text") || !segment["text"].is_string()) {
            problems.push_back({where, "has no text"});
            continue;
        }
        Cue cue = cueOfLine(collapsedSpace(segment["text"].get<std::string>()));
        if (whisper) {
            cue.start = segment.contains("start") ? secondsField(segment["start"]) : std::nullopt;
            cue.end = segment.contains("end") ? secondsField(segment["end"]) : std::nullopt;
            if (segment.contains("speaker") && segment["speaker"].is_string())
                cue.speaker = segment["speaker"].get<std::string>();
        } else if (segment.contains("offsets") && segment["offsets"].is_object()) {
            const nlohmann::json& offsets = segment["offsets"];
            if (offsets.contains("from") && offsets["from"].is_number_integer())
                cue.start = offsets["from"].get<MediaTime>();
            if (offsets.contains("to") && offsets["to"].is_number_integer())
                cue.end = offsets["to"].get<MediaTime>();
        }
        if (!cue.start)
            problems.push_back({where, "has no start time"});
        if (!cue.text.empty())
            cues.push_back(std::move(cue));
    }
    if (!problems.empty())
        throw InvalidInput("the Whisper transcript is damaged", problems);
    return cues;
}

std::vector<Cue> readOTranscribe(const std::string& text)
{
    const nlohmann::json json = parsedJson(text);
    if (!json.is_object() || !json.contains("text") || !json["text"].is_string())
        throw InvalidInput(at(0, "has no \"text\": it is not an oTranscribe transcript"));
    return readHtmlCues("<html><body>" + json["text"].get<std::string>() + "</body></html>");
}

/// "00:00:01,000 --> 00:00:04,000" (a WebVTT line may have settings after it, a SubRip line coordinates).
std::optional<std::pair<MediaTime, MediaTime>> timeRange(std::string_view line)
{
    const std::size_t arrow = line.find("-->");
    if (arrow == std::string_view::npos)
        return std::nullopt;
    std::string_view to = trimmedView(line.substr(arrow + 3));
    to = to.substr(0, std::min(to.find_first_of(" \t"), to.size()));
    const auto start = parseMediaTime(trimmedView(line.substr(0, arrow)));
    const auto end = parseMediaTime(to);
    if (!start || !end)
        return std::nullopt;
    return std::make_pair(*start, *end);
}

/// Cues of subtitle text lines: in WebVTT a line may name its voice (<v Mary>), and a cue with two voices
/// gives two cues.
void addSubtitleCue(std::vector<Cue>& cues, const std::vector<std::string_view>& lines, std::size_t timeLine,
                    std::pair<MediaTime, MediaTime> times)
{
    std::vector<Cue> made;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = trimmedView(lines[i]);
        std::optional<std::string> voice;
        if (startsWith(line, "<v ") || startsWith(line, "<v.")) {
            const std::size_t close = line.find('>');
            const std::size_t space = line.find(' ');
            if (close != std::string_view::npos && space < close)
                voice = collapsedSpace(decodedEntities(line.substr(space + 1, close - space - 1)));
        }
        const std::string text = collapsedSpace(withoutTags(line));
        if (text.empty())
            continue;
        if (made.empty() || (voice && *voice != made.back().speaker)) {
            Cue cue = voice ? Cue{times.first, times.second, *voice, text, timeLine} : cueOfLine(text);
            cue.start = times.first;
            cue.end = times.second;
            cue.line = timeLine;
            made.push_back(std::move(cue));
        } else {
            made.back().text += " " + text;
        }
    }
    cues.insert(cues.end(), made.begin(), made.end());
}

std::vector<Cue> readSubtitles(const std::string& text, bool webVtt)
{
    const std::vector<std::string_view> lines = linesOf(text);
    std::vector<Cue> cues;
    std::size_t i = 0;
    if (webVtt) {
        if (lines.empty() || !startsWith(lines[0], "WEBVTT"))
            throw InvalidInput(at(1, "does not start with WEBVTT: it is not a WebVTT file"));
        i = 1;
    }
    std::size_t cueNumber = 0;
    while (i < lines.size()) {
        if (trimmedView(lines[i]).empty()) {
            ++i;
            continue;
        }
        const std::size_t blockStart = i;
        std::size_t blockEnd = i;
        while (blockEnd < lines.size() && !trimmedView(lines[blockEnd]).empty())
            ++blockEnd;
        i = blockEnd;
        if (webVtt && (startsWith(lines[blockStart], "NOTE") || startsWith(lines[blockStart], "STYLE")
                       || startsWith(lines[blockStart], "REGION")))
            continue;
        // The time line is the block's first, or its second after a number (SubRip) or an identifier (WebVTT).
        std::size_t timeLine = blockStart;
        if (lines[timeLine].find("-->") == std::string_view::npos && blockStart + 1 < blockEnd)
            ++timeLine;
        const auto times = timeRange(lines[timeLine]);
        ++cueNumber;
        if (!times)
            throw InvalidInput(at(timeLine + 1, std::string("should hold cue ") + std::to_string(cueNumber) + "'s times, as "
                                                    + (webVtt ? "\"00:01.000 --> 00:04.000\"" : "\"00:00:01,000 --> 00:00:04,000\"")
                                                    + ", but holds \"" + std::string(trimmedView(lines[timeLine]).substr(0, 60)) + "\""));
        const bool withoutText = timeLine + 1 == blockEnd;
        if (withoutText && std::all_of(lines.begin() + static_cast<long>(blockEnd), lines.end(),
                                       [](std::string_view rest) { return trimmedView(rest).empty(); }))
            throw InvalidInput(at(timeLine + 1, "ends after cue " + std::to_string(cueNumber)
                                                    + "'s times, without its text: the file is cut short"));
        addSubtitleCue(cues, std::vector<std::string_view>(lines.begin() + static_cast<long>(timeLine) + 1,
                                                           lines.begin() + static_cast<long>(blockEnd)),
                       timeLine + 1, *times);
    }
    return cues;
}

std::vector<Cue> readPlainText(const std::string& text)
{
    std::vector<Cue> cues;
    const std::vector<std::string_view> lines = linesOf(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (trimmedView(lines[i]).empty())
            continue;
        Cue cue = cueOfLine(lines[i]);
        cue.line = i + 1;
        if (!cue.text.empty() || !cue.speaker.empty())
            cues.push_back(std::move(cue));
    }
    return cues;
}

std::string whereCue(const Cue& cue, std::size_t index)
{
    return cue.line > 0 ? "line " + std::to_string(cue.line) : "cue " + std::to_string(index + 1);
}

void checkOrder(const std::vector<Cue>& cues)
{
    std::optional<MediaTime> previous;
    for (std::size_t i = 0; i < cues.size(); ++i) {
        const Cue& cue = cues[i];
        if (cue.start && cue.end && *cue.end < *cue.start)
            throw InvalidInput(Problem{whereCue(cue, i), "ends (" + mediaTimeText(*cue.end) + ") before it starts ("
                                                             + mediaTimeText(*cue.start) + "): the times are out of order"});
        if (cue.start && previous && *cue.start < *previous)
            throw InvalidInput(Problem{whereCue(cue, i), "starts at " + mediaTimeText(*cue.start) + ", before the cue before it ("
                                                             + mediaTimeText(*previous)
                                                             + "): the times are out of order, so the turns cannot be put in order"});
        if (cue.start)
            previous = cue.start;
    }
}

} // namespace

std::string mediaTimeText(MediaTime time)
{
    const MediaTime seconds = std::max<MediaTime>(time, 0) / 1000;
    const MediaTime hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60;
    const auto twoDigits = [](MediaTime value) { return (value < 10 ? "0" : "") + std::to_string(value); };
    return twoDigits(hours) + ":" + twoDigits(minutes) + ":" + twoDigits(rest);
}

std::optional<MediaTime> parseMediaTime(std::string_view text)
{
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    for (std::size_t colon; (colon = text.find(':', from)) != std::string_view::npos; from = colon + 1)
        parts.push_back(text.substr(from, colon - from));
    parts.push_back(text.substr(from));
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    std::string_view secondsPart = parts.back();
    MediaTime milliseconds = 0;
    const std::size_t point = secondsPart.find_first_of(".,");
    if (point != std::string_view::npos) {
        const std::string_view fraction = secondsPart.substr(point + 1);
        if (fraction.empty() || fraction.size() > 3 || !std::all_of(fraction.begin(), fraction.end(), isDigit))
            return std::nullopt;
        milliseconds = std::stoll(std::string(fraction)) * (fraction.size() == 1 ? 100 : fraction.size() == 2 ? 10 : 1);
        secondsPart = secondsPart.substr(0, point);
    }
    parts.back() = secondsPart;
    std::vector<MediaTime> values;
    for (const std::string_view part : parts) {
        if (part.empty() || part.size() > 6 || !std::all_of(part.begin(), part.end(), isDigit))
            return std::nullopt;
        values.push_back(std::stoll(std::string(part)));
    }
    if (parts.back().size() != 2 || values.back() >= 60 || (values.size() == 3 && (parts[1].size() != 2 || values[1] >= 60)))
        return std::nullopt;
    const MediaTime hours = values.size() == 3 ? values[0] : 0;
    const MediaTime minutes = values[values.size() - 2];
    return ((hours * 60 + minutes) * 60 + values.back()) * 1000 + milliseconds;
}

std::string formatName(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::SubRip: return "SubRip subtitles (.srt)";
    case TranscriptFormat::WebVtt: return "WebVTT subtitles (.vtt)";
    case TranscriptFormat::WhisperJson: return "Whisper JSON (.json)";
    case TranscriptFormat::PlainText: return "Text transcript (.txt)";
    case TranscriptFormat::NoScribeHtml: return "noScribe HTML (.html)";
    case TranscriptFormat::OTranscribe: return "oTranscribe (.otr)";
    case TranscriptFormat::WordProcessor: return "Word or Writer document (.docx, .odt)";
    }
    return {};
}

std::optional<TranscriptFormat> transcriptFormatOf(std::string_view fileName, std::string_view content)
{
    const std::size_t dot = fileName.rfind('.');
    const std::string extension = dot == std::string_view::npos ? "" : lowered(fileName.substr(dot + 1));
    if (extension == "srt")
        return TranscriptFormat::SubRip;
    if (extension == "vtt")
        return TranscriptFormat::WebVtt;
    if (extension == "otr")
        return TranscriptFormat::OTranscribe;
    if (extension == "html" || extension == "htm")
        return TranscriptFormat::NoScribeHtml;
    if (extension == "docx" || extension == "odt" || extension == "fodt")
        return TranscriptFormat::WordProcessor;
    const std::string_view start = trimmedView(content.substr(startsWith(content, "\xEF\xBB\xBF") ? 3 : 0, 4096));
    if (extension == "json")
        return start.find("\"text\"") != std::string_view::npos && start.find("\"media") != std::string_view::npos
                       && start.find("\"segments\"") == std::string_view::npos
                   ? TranscriptFormat::OTranscribe
                   : TranscriptFormat::WhisperJson;
    if (extension == "txt")
        return TranscriptFormat::PlainText;
    return std::nullopt;
}

Cue cueOfLine(std::string_view line)
{
    Cue cue;
    std::string_view rest = trimmedView(line);
    const auto takeStamp = [&] {
        if (const auto stamp = stampAt(rest)) {
            if (!cue.start) {
                cue.start = stamp->start;
                cue.end = stamp->end;
            }
            rest.remove_prefix(stamp->length);
        }
    };
    takeStamp();
    if (const auto label = labelAt(rest)) {
        cue.speaker = label->first;
        rest.remove_prefix(label->second);
        takeStamp();
    }
    cue.text = std::string(trimmedView(rest));
    return cue;
}

std::vector<Cue> readCues(TranscriptFormat format, std::string_view content)
{
    if (content.size() > kLargestTranscriptFile)
        throw InvalidInput(at(0, "is " + std::to_string(content.size() >> 20) + " MB; a transcript file is at most "
                                     + std::to_string(kLargestTranscriptFile >> 20) + " MB"));
    const std::string text = decodedText(content);
    std::vector<Cue> cues;
    switch (format) {
    case TranscriptFormat::SubRip: cues = readSubtitles(text, false); break;
    case TranscriptFormat::WebVtt: cues = readSubtitles(text, true); break;
    case TranscriptFormat::WhisperJson: cues = readWhisperJson(text); break;
    case TranscriptFormat::PlainText:
    case TranscriptFormat::WordProcessor: cues = readPlainText(text); break;
    case TranscriptFormat::NoScribeHtml: cues = readNoScribe(text); break;
    case TranscriptFormat::OTranscribe: cues = readOTranscribe(text); break;
    }
    if (cues.empty())
        throw InvalidInput(at(0, "holds nothing said: no cue with text"));
    checkOrder(cues);
    // A cue the tool gave no speaker, after one it did, is most likely the same speaker going on (WhisperX
    // leaves a short segment unassigned; a hand-made transcript labels a turn's first paragraph only).
    for (std::size_t i = 1; i < cues.size(); ++i)
        if (cues[i].speaker.empty())
            cues[i].speaker = cues[i - 1].speaker;
    return cues;
}

} // namespace pt
