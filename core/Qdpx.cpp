#include "core/Qdpx.hpp"

#include "core/Excerpt.hpp"
#include "core/Guid.hpp"
#include "core/QdpxVariables.hpp"
#include "core/RefiQdaXml.hpp"
#include "core/Timestamp.hpp"

#include <algorithm>
#include <cstdint>
#include <set>
#include <unordered_set>

namespace pt {

using namespace refi;

namespace {

constexpr char kNamespace[] = "urn:QDA-XML:project:1.0";
constexpr char kInternal[] = "internal://";
/// The name of the note that carries a coding's condensed meaning unit: other tools show it as a note of
/// the passage, and our import reads it back as the condensation.
constexpr char kCondensedNoteName[] = "Condensed meaning unit";

std::string condensationNoteGuid(const std::string& codingId)
{
    return nameBasedGuid("condensed/" + codingId);
}

std::string userGuid(const std::string& name)
{
    return nameBasedGuid("user/" + name);
}

// -- export -----------------------------------------------------------------------------------------

/// The plain text as written, and where each offset of the "\n" text lands in it.
struct WrittenText {
    std::u32string text;
    std::vector<std::size_t> newlinesBefore; ///< [i]: line ends before offset i (CRLF only)

    WrittenText(const std::u32string& plain, bool crlf)
    {
        if (!crlf) {
            text = plain;
            return;
        }
        newlinesBefore.reserve(plain.size() + 1);
        std::size_t count = 0;
        for (char32_t c : plain) {
            newlinesBefore.push_back(count);
            if (c == U'\n') {
                text += U"\r\n";
                ++count;
            } else {
                text += c;
            }
        }
        newlinesBefore.push_back(count);
    }
    std::size_t offset(std::size_t plain) const { return newlinesBefore.empty() ? plain : plain + newlinesBefore[plain]; }
};

void attributeIf(xmlTextWriter* writer, const char* name, const std::string& value)
{
    if (!value.empty())
        xmlTextWriterWriteAttribute(writer, x(name), x(value));
}

// -- import -----------------------------------------------------------------------------------------

/// A source's text as a tool wrote it, and the same with "\n" line ends.
struct ReadText {
    std::u32string text;
    std::vector<std::size_t> removedBefore; ///< [i]: "\r" dropped before raw offset i

    explicit ReadText(std::string bytes)
    {
        if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0)
            bytes.erase(0, 3);
        const std::u32string raw = toCodePoints(bytes);
        removedBefore.reserve(raw.size() + 1);
        std::size_t removed = 0;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            removedBefore.push_back(removed);
            if (raw[i] == U'\r') {
                ++removed;
                if (i + 1 < raw.size() && raw[i + 1] == U'\n')
                    continue; // CRLF: the LF stays
                text += U'\n'; // a lone CR is a line end too
                --removed;
                continue;
            }
            text += raw[i];
        }
        removedBefore.push_back(removed);
    }
    std::size_t rawLength() const { return removedBefore.size() - 1; }
    std::size_t offset(std::size_t raw) const { return raw - removedBefore[raw]; }
};

std::optional<std::size_t> readPosition(const std::string& text)
{
    if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return static_cast<std::size_t>(std::stoull(text));
}

class ProjectReader {
public:
    ProjectReader(Problems& notes, const std::function<std::optional<std::string>(const std::string&)>& readFile,
                  const std::string& now)
        : mNotes(notes), mReadFile(readFile), mNow(now), mCodebook(notes), mVariables(notes)
    {
    }

    void read(const xmlNode* root, Dimension fallback, QdpxProject& project)
    {
        project.name = attribute(root, "name");
        std::vector<const xmlNode*> sources;
        for (const xmlNode* node = root->children; node; node = node->next) {
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const std::string name = elementName(node);
            if (name == "Users") {
                readUsers(node);
            } else if (name == "CodeBook") {
                for (const xmlNode* codes = node->children; codes; codes = codes->next)
                    if (isElement(codes, "Codes"))
                        mCodebook.readCodes(codes, std::string(), "/Project/CodeBook/Codes");
            } else if (name == "Sets")
                mCodebook.readSets(node, "/Project/Sets");
            else if (name == "Notes")
                readNotes(node);
            else if (name == "Sources")
                sources.push_back(node);
            else if (name == "Variables")
                mVariables.readVariables(node);
            else if (name == "Cases")
                mVariables.readCases(node);
            else if (name == "Links" || name == "Graphs")
                mNotes.push_back({"/Project/" + name, "Power Triangle has no " + lowered(name) + "; not carried over"});
        }
        project.codebook = mCodebook.build(fallback);
        if (Problems problems = validateCodebook(project.codebook); !problems.empty())
            throw InvalidInput("The project's codebook could not be read:", std::move(problems));
        for (const xmlNode* node : sources)
            readSources(node, project);
    }

private:
    static std::string lowered(std::string text)
    {
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return text;
    }

    void readUsers(const xmlNode* users)
    {
        for (const xmlNode* user = users->children; user; user = user->next)
            if (isElement(user, "User"))
                if (const auto guid = readGuid(attribute(user, "guid")))
                    mUsers[*guid] = attribute(user, "name");
    }

    void readNotes(const xmlNode* notes)
    {
        for (const xmlNode* note = notes->children; note; note = note->next) {
            if (!isElement(note, "Note"))
                continue;
            const auto guid = readGuid(attribute(note, "guid"));
            std::string text;
            for (const xmlNode* child = note->children; child; child = child->next)
                if (isElement(child, "PlainTextContent"))
                    text = textOf(child);
            if (text.empty())
                if (const auto file = internalFile(attribute(note, "plainTextPath")))
                    text = *file;
            if (guid) {
                mNoteTexts[*guid] = text;
                if (attribute(note, "name") == kCondensedNoteName)
                    mCondensations.insert(*guid);
            }
        }
    }

    std::optional<std::string> internalFile(const std::string& path)
    {
        if (path.empty())
            return std::nullopt;
        return mReadFile(path);
    }

    std::string userName(const std::string& guidText)
    {
        const auto guid = readGuid(guidText);
        if (!guid)
            return {};
        const auto user = mUsers.find(*guid);
        return user == mUsers.end() ? std::string() : user->second;
    }

    /// The texts of the notes a selection refers to, to go into its memo; a note that is a condensed meaning
    /// unit (by its name, as writeQdpx marks it) goes to `condensed` instead.
    std::string notesOf(const xmlNode* node, const std::string& where, std::string& condensed)
    {
        std::string text;
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (!isElement(child, "NoteRef"))
                continue;
            const auto guid = readGuid(attribute(child, "targetGUID"));
            const auto note = guid ? mNoteTexts.find(*guid) : mNoteTexts.end();
            if (note == mNoteTexts.end()) {
                mNotes.push_back({where, "refers to a note the project does not have; left out"});
                continue;
            }
            mUsedNotes.insert(*guid);
            if (mCondensations.count(*guid) && condensed.empty())
                condensed = note->second;
            else
                text += (text.empty() ? "" : "\n\n") + note->second;
        }
        return text;
    }

    void readSources(const xmlNode* sources, QdpxProject& project)
    {
        std::size_t index = 0;
        for (const xmlNode* node = sources->children; node; node = node->next) {
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const std::string where = "/Project/Sources/" + elementName(node) + "[" + std::to_string(++index) + "]";
            const std::string name = attribute(node, "name");
            if (!isElement(node, "TextSource")) {
                mNotes.push_back({where, "\"" + name + "\" is not a text (" + elementName(node) + "); not carried over"});
                continue;
            }
            readTextSource(node, where, project);
        }
        mVariables.finish();
        for (const auto& [guid, text] : mNoteTexts)
            if (!mUsedNotes.count(guid))
                mNotes.push_back({"/Project/Notes", "the note \"" + shortQuote(text, 8) + "\" belongs to no coded passage; not carried over"});
    }

    void readTextSource(const xmlNode* node, const std::string& where, QdpxProject& project)
    {
        QdpxSource source;
        source.name = attribute(node, "name");
        source.guid = readGuid(attribute(node, "guid")).value_or(newGuid());
        std::optional<std::string> bytes = internalFile(attribute(node, "plainTextPath"));
        for (const xmlNode* child = node->children; child && !bytes; child = child->next)
            if (isElement(child, "PlainTextContent"))
                bytes = textOf(child);
        if (!bytes) {
            const std::string path = attribute(node, "plainTextPath");
            std::size_t selections = 0;
            for (const xmlNode* child = node->children; child; child = child->next)
                selections += isElement(child, "PlainTextSelection") ? 1 : 0;
            const std::string what = std::to_string(selections) + (selections == 1 ? " coded passage" : " coded passages");
            mNotes.push_back({where, path.empty() ? "\"" + source.name + "\" has no plain text in the project; its " + what + " not carried over"
                                                  : "the project refers to \"" + path + "\" for the text of \"" + source.name
                                                        + "\", which is not in the package; its " + what + " not carried over"});
            return;
        }
        const ReadText text(std::move(*bytes));
        std::size_t selectionIndex = 0;
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (isElement(child, "Coding")) {
                mNotes.push_back({where, "a coding of the whole of \"" + source.name + "\" has no passage; not carried over"});
                continue;
            }
            if (!isElement(child, "PlainTextSelection"))
                continue;
            readSelection(child, where + "/PlainTextSelection[" + std::to_string(++selectionIndex) + "]", text, project.codebook, source);
        }
        source.text = text.text;
        mVariables.readSourceValues(node, source.guid, where);
        source.attributes = mVariables.attributesOf(source.guid);
        project.sources.push_back(std::move(source));
    }

    void readSelection(const xmlNode* node, const std::string& where, const ReadText& text, const Codebook& codebook,
                       QdpxSource& source)
    {
        const auto start = readPosition(attribute(node, "startPosition"));
        const auto end = readPosition(attribute(node, "endPosition"));
        if (!start || !end || *start >= *end || *end > text.rawLength()) {
            mNotes.push_back({where, "its positions (" + attribute(node, "startPosition") + " to " + attribute(node, "endPosition")
                                         + ") are not a passage of \"" + source.name + "\" (" + std::to_string(text.rawLength())
                                         + " characters); not carried over"});
            return;
        }
        const auto selectionGuid = readGuid(attribute(node, "guid"));
        if (selectionGuid)
            mVariables.readSelection(*selectionGuid, source.guid);
        const TextSpan span{text.offset(*start), text.offset(*end)};
        std::string memo;
        for (const xmlNode* child = node->children; child; child = child->next)
            if (isElement(child, "Description"))
                memo = textOf(child);
        std::string condensed;
        if (const std::string notes = notesOf(node, where, condensed); !notes.empty())
            memo += (memo.empty() ? "" : "\n\n") + notes;
        const std::string selectionUser = attribute(node, "creatingUser");
        const std::string selectionTime = attribute(node, "creationDateTime");
        bool coded = false;
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (!isElement(child, "Coding"))
                continue;
            coded = true;
            std::string codeId;
            for (const xmlNode* ref = child->children; ref; ref = ref->next)
                if (isElement(ref, "CodeRef"))
                    codeId = readGuid(attribute(ref, "targetGUID")).value_or(std::string());
            if (!codebook.find(codeId)) {
                mNotes.push_back({where, "a coding refers to a code the codebook does not have; not carried over"});
                continue;
            }
            if (mCodebook.isRepeated(codeId)) {
                mNotes.push_back({where, "a coding refers to the guid " + codeId + ", which several codes carry, so which "
                                         "code it means is unknown; not carried over"});
                continue;
            }
            ForeignCoding coding;
            const auto guid = readGuid(attribute(child, "guid"));
            coding.coding.id = guid && mCodingIds.insert(*guid).second ? *guid : newGuid();
            if (guid && coding.coding.id != *guid)
                mNotes.push_back({where, "a coding repeats the guid " + *guid + " of an earlier one; it got a new one"});
            coding.coding.codeId = codeId;
            const std::string user = attribute(child, "creatingUser");
            coding.coding.coder = userName(user.empty() ? selectionUser : user);
            std::string time = attribute(child, "creationDateTime");
            if (!isTimestamp(time))
                time = isTimestamp(selectionTime) ? selectionTime : mNow;
            coding.coding.time = time;
            coding.coding.memo = memo;
            coding.coding.condensed = condensed;
            coding.coding.text = toUtf8(std::u32string_view(text.text).substr(span.begin, span.end - span.begin));
            coding.span = span;
            source.codings.push_back(std::move(coding));
        }
        if (!coded && !(selectionGuid && mVariables.isCaseSelection(*selectionGuid)))
            mNotes.push_back({where, "a passage of \"" + source.name + "\" without a code; not carried over"});
    }

    Problems& mNotes;
    const std::function<std::optional<std::string>(const std::string&)>& mReadFile;
    std::string mNow;
    CodebookReader mCodebook;
    VariablesReader mVariables;
    std::map<std::string, std::string> mUsers;
    std::map<std::string, std::string> mNoteTexts;
    std::set<std::string> mCondensations; ///< notes that are condensed meaning units
    std::set<std::string> mUsedNotes;
    std::set<std::string> mCodingIds;
};

std::u32string withoutExtension(const std::string& name)
{
    const std::u32string text = toCodePoints(name);
    const auto dot = text.rfind(U'.');
    return dot == std::u32string::npos || dot == 0 ? text : text.substr(0, dot);
}

/// How many of `text`'s non-blank lines `other` has too.
std::size_t sharedLines(std::u32string_view text, std::u32string_view other)
{
    std::unordered_set<std::u32string_view> lines;
    for (std::size_t at = 0; at <= other.size();) {
        const std::size_t end = std::min(other.find(U'\n', at), other.size());
        if (end > at)
            lines.insert(other.substr(at, end - at));
        at = end + 1;
    }
    std::size_t shared = 0;
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t end = std::min(text.find(U'\n', at), text.size());
        if (end > at && lines.count(text.substr(at, end - at)))
            ++shared;
        at = end + 1;
    }
    return shared;
}

} // namespace

QdpxProject projectOf(const std::vector<CodedDocument>& documents, const std::vector<bool>& richText, CasesPer cases)
{
    QdpxProject project;
    project.name = documents.size() == 1 ? documents.front().name : "Power Triangle project";
    project.codebook = unitedCodebook(documents);
    std::set<std::string> guids;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const CodedDocument& document = documents[i];
        QdpxSource source;
        source.name = document.name;
        const std::string identity = "source/" + document.name + "\n" + toUtf8(document.text);
        source.guid = nameBasedGuid(identity);
        for (int n = 2; !guids.insert(source.guid).second; ++n)
            source.guid = nameBasedGuid(identity + "\n" + std::to_string(n));
        source.text = document.text;
        for (const Coding& coding : document.codings) {
            const auto span = document.spans.find(coding.id);
            source.codings.push_back({coding, span == document.spans.end() ? std::nullopt : std::optional<TextSpan>(span->second)});
        }
        std::stable_sort(source.codings.begin(), source.codings.end(), [](const ForeignCoding& a, const ForeignCoding& b) {
            return (a.span ? a.span->begin : SIZE_MAX) < (b.span ? b.span->begin : SIZE_MAX);
        });
        source.hasRichText = i < richText.size() && richText[i];
        source.attributes = documents[i].attributes;
        if (cases == CasesPer::Speaker)
            source.turns = speakerTurns(document.text, SpeakerRecognizer(document.speakerPatterns.empty() ? SpeakerRecognizer::defaultPatterns()
                                                                                                         : document.speakerPatterns));
        project.sources.push_back(std::move(source));
    }
    return project;
}

QdpxContent writeQdpx(const QdpxProject& project, const QdpxOptions& options)
{
    QdpxContent content;
    XmlOutput output;
    xmlTextWriter* writer = output.get();
    xmlTextWriterStartElementNS(writer, nullptr, x("Project"), x(kNamespace));
    xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(project.name)));
    xmlTextWriterWriteAttribute(writer, x("origin"), x("Power Triangle"));
    if (isTimestamp(options.creationTime))
        xmlTextWriterWriteAttribute(writer, x("creationDateTime"), x(options.creationTime));

    std::set<std::string> coders;
    for (const QdpxSource& source : project.sources)
        for (const ForeignCoding& coding : source.codings)
            if (!coding.coding.coder.empty())
                coders.insert(coding.coding.coder);
    if (!coders.empty()) {
        xmlTextWriterStartElement(writer, x("Users"));
        for (const std::string& coder : coders) {
            xmlTextWriterStartElement(writer, x("User"));
            xmlTextWriterWriteAttribute(writer, x("guid"), x(userGuid(coder)));
            xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(coder)));
            xmlTextWriterEndElement(writer);
        }
        xmlTextWriterEndElement(writer);
    }
    xmlTextWriterStartElement(writer, x("CodeBook"));
    writeCodes(writer, project.codebook);
    xmlTextWriterEndElement(writer);
    std::vector<SourceAttributes> attributes;
    for (const QdpxSource& source : project.sources)
        attributes.push_back({source.guid, source.name, &source.attributes, &source.turns});
    writeVariablesAndCases(writer, attributes);
    std::vector<const Coding*> condensations; // each a Note after the sources

    if (!project.sources.empty()) {
        xmlTextWriterStartElement(writer, x("Sources"));
        for (const QdpxSource& source : project.sources) {
            const WrittenText written(source.text, options.crlf);
            content.files.emplace_back("sources/" + source.guid + ".txt", toUtf8(written.text));
            xmlTextWriterStartElement(writer, x("TextSource"));
            xmlTextWriterWriteAttribute(writer, x("guid"), x(source.guid));
            xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(source.name)));
            if (source.hasRichText)
                xmlTextWriterWriteAttribute(writer, x("richTextPath"), x(kInternal + source.guid + ".docx"));
            xmlTextWriterWriteAttribute(writer, x("plainTextPath"), x(kInternal + source.guid + ".txt"));
            for (const ForeignCoding& foreign : source.codings) {
                const Coding& coding = foreign.coding;
                if (!foreign.span || foreign.span->end > source.text.size()) {
                    content.notes.push_back({source.name, "a coding whose passage was deleted (\"" + shortQuote(coding.text, 8)
                                                              + "\") has no place in the text; left out"});
                    continue;
                }
                if (!project.codebook.find(coding.codeId)) {
                    // Another tool would find a reference to nothing.
                    content.notes.push_back({source.name, "a coding (\"" + shortQuote(coding.text, 8) + "\") refers to a code the "
                                                              "codebook does not have; left out"});
                    continue;
                }
                const std::string user = coding.coder.empty() ? std::string() : userGuid(coding.coder);
                const std::string time = isTimestamp(coding.time) ? coding.time : std::string();
                xmlTextWriterStartElement(writer, x("PlainTextSelection"));
                xmlTextWriterWriteAttribute(writer, x("guid"), x(nameBasedGuid("selection/" + coding.id)));
                xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(shortQuote(coding.text, 8))));
                xmlTextWriterWriteAttribute(writer, x("startPosition"), x(std::to_string(written.offset(foreign.span->begin))));
                xmlTextWriterWriteAttribute(writer, x("endPosition"), x(std::to_string(written.offset(foreign.span->end))));
                attributeIf(writer, "creatingUser", user);
                attributeIf(writer, "creationDateTime", time);
                if (!coding.memo.empty())
                    xmlTextWriterWriteElement(writer, x("Description"), x(xmlSafe(coding.memo)));
                xmlTextWriterStartElement(writer, x("Coding"));
                xmlTextWriterWriteAttribute(writer, x("guid"), x(coding.id));
                attributeIf(writer, "creatingUser", user);
                attributeIf(writer, "creationDateTime", time);
                xmlTextWriterStartElement(writer, x("CodeRef"));
                xmlTextWriterWriteAttribute(writer, x("targetGUID"), x(coding.codeId));
                xmlTextWriterEndElement(writer); // CodeRef
                xmlTextWriterEndElement(writer); // Coding
                if (!coding.condensed.empty()) {
                    xmlTextWriterStartElement(writer, x("NoteRef"));
                    xmlTextWriterWriteAttribute(writer, x("targetGUID"), x(condensationNoteGuid(coding.id)));
                    xmlTextWriterEndElement(writer);
                    condensations.push_back(&coding);
                }
                xmlTextWriterEndElement(writer); // PlainTextSelection
            }
            for (const SpeakerTurn& turn : source.turns) {
                xmlTextWriterStartElement(writer, x("PlainTextSelection"));
                xmlTextWriterWriteAttribute(writer, x("guid"), x(turnSelectionGuid(source.guid, turn.span.begin)));
                xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(turn.speaker)));
                xmlTextWriterWriteAttribute(writer, x("startPosition"), x(std::to_string(written.offset(turn.span.begin))));
                xmlTextWriterWriteAttribute(writer, x("endPosition"), x(std::to_string(written.offset(turn.span.end))));
                xmlTextWriterEndElement(writer); // PlainTextSelection
            }
            xmlTextWriterEndElement(writer); // TextSource
        }
        xmlTextWriterEndElement(writer); // Sources
    }
    if (!condensations.empty()) {
        xmlTextWriterStartElement(writer, x("Notes"));
        for (const Coding* coding : condensations) {
            xmlTextWriterStartElement(writer, x("Note"));
            xmlTextWriterWriteAttribute(writer, x("guid"), x(condensationNoteGuid(coding->id)));
            xmlTextWriterWriteAttribute(writer, x("name"), x(kCondensedNoteName));
            if (!coding->coder.empty())
                xmlTextWriterWriteAttribute(writer, x("creatingUser"), x(userGuid(coding->coder)));
            xmlTextWriterWriteElement(writer, x("PlainTextContent"), x(xmlSafe(coding->condensed)));
            xmlTextWriterEndElement(writer); // Note
        }
        xmlTextWriterEndElement(writer); // Notes
    }
    writeCodeSets(writer, project.codebook, "targetGUID");
    xmlTextWriterEndElement(writer); // Project
    content.projectXml = output.finish();
    return content;
}

QdpxRead readQdpx(std::string_view projectXml,
                  const std::function<std::optional<std::string>(const std::string& plainTextPath)>& readFile,
                  const std::string& now, Dimension fallback)
{
    QdpxRead result;
    if (projectXml.substr(0, 3) == "\xEF\xBB\xBF") {
        projectXml.remove_prefix(3);
        result.lenient.push_back({"project.qde", "starts with a byte-order mark; read without it"});
    }
    const auto doc = parseXml(projectXml, "project.qde");
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || !isElement(root, "Project"))
        throw InvalidInput(Problem{"project.qde", "is not a REFI-QDA project (its root element is not <Project>)"});
    if (!root->ns || xmlStrcmp(root->ns->href, x(kNamespace)) != 0)
        result.notes.push_back({"/Project", std::string("is not in the namespace ") + kNamespace + "; read anyway"});
    ProjectReader reader(result.notes, readFile, now);
    reader.read(root, fallback, result.project);
    return result;
}

const QdpxSource* matchingSource(const QdpxProject& project, const std::string& documentName, std::u32string_view text,
                                 std::string& how)
{
    for (const QdpxSource& source : project.sources)
        if (source.text == text) {
            how = "the same text";
            return &source;
        }
    const std::u32string name = withoutExtension(documentName);
    for (const QdpxSource& source : project.sources)
        if (withoutExtension(source.name) == name || toCodePoints(source.name) == name) {
            how = "the same name";
            return &source;
        }
    const QdpxSource* best = nullptr;
    std::size_t most = 0;
    for (const QdpxSource& source : project.sources)
        if (const std::size_t shared = sharedLines(source.text, text); shared > most) {
            most = shared;
            best = &source;
        }
    if (best)
        how = std::to_string(most) + " lines of text in common";
    return best;
}

} // namespace pt
