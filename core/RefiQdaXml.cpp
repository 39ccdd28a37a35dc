#include "core/RefiQdaXml.hpp"

#include "core/Colour.hpp"
#include "core/Guid.hpp"

#include <algorithm>
#include <cctype>

namespace pt::refi {

namespace {

constexpr char kExampleMarker[] = "\n\nExample: ";

const char* const kDimensionNames[] = {"Resources", "Discourses", "Contexts"};

std::string setGuid(const std::string& name)
{
    return nameBasedGuid("qdc-set/" + name);
}

void writeCode(xmlTextWriter* writer, const Code& code,
               const std::multimap<std::string, const Code*>& childrenOf)
{
    xmlTextWriterStartElement(writer, x("Code"));
    xmlTextWriterWriteAttribute(writer, x("guid"), x(code.id));
    xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(code.name)));
    xmlTextWriterWriteAttribute(writer, x("isCodable"), x(code.codable ? "true" : "false"));
    if (parseColour(code.color))
        xmlTextWriterWriteAttribute(writer, x("color"), x(code.color));
    std::string description = code.definition;
    if (!code.example.empty())
        description += kExampleMarker + code.example;
    if (!description.empty())
        xmlTextWriterWriteElement(writer, x("Description"), x(xmlSafe(description)));
    const auto children = childrenOf.equal_range(code.id);
    for (auto child = children.first; child != children.second; ++child)
        writeCode(writer, *child->second, childrenOf);
    xmlTextWriterEndElement(writer);
}

void writeSet(xmlTextWriter* writer, const std::string& name, const std::vector<std::string>& members,
              const char* memberAttribute)
{
    if (members.empty())
        return;
    xmlTextWriterStartElement(writer, x("Set"));
    xmlTextWriterWriteAttribute(writer, x("guid"), x(setGuid(name)));
    xmlTextWriterWriteAttribute(writer, x("name"), x(name));
    for (const std::string& member : members) {
        xmlTextWriterStartElement(writer, x("MemberCode"));
        xmlTextWriterWriteAttribute(writer, x(memberAttribute), x(member));
        xmlTextWriterEndElement(writer);
    }
    xmlTextWriterEndElement(writer);
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::optional<Dimension> dimensionNamed(std::string name)
{
    name = lower(name);
    const auto prefix = name.find("dimension:");
    if (prefix == 0)
        name = name.substr(10);
    name.erase(0, name.find_first_not_of(' '));
    if (name == "resources" || name == "resurser")
        return Dimension::Resources;
    if (name == "discourses" || name == "diskurser")
        return Dimension::Discourses;
    if (name == "contexts" || name == "kontexter")
        return Dimension::Contexts;
    return std::nullopt;
}

std::optional<std::string> readColour(const std::string& text)
{
    if (text.size() == 4 && text[0] == '#') { // #RGB
        const std::string expanded = {'#', text[1], text[1], text[2], text[2], text[3], text[3]};
        if (const auto colour = parseColour(expanded))
            return formatColour(*colour);
    }
    if (const auto colour = parseColour(text))
        return formatColour(*colour);
    return std::nullopt;
}

} // namespace

/// XML 1.0 has no place for most control characters: they are left out.
std::string xmlSafe(const std::string& text)
{
    std::string safe;
    safe.reserve(text.size());
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r')
            safe += c;
    return safe;
}

const xmlChar* x(const char* text)
{
    return reinterpret_cast<const xmlChar*>(text);
}

const xmlChar* x(const std::string& text)
{
    return reinterpret_cast<const xmlChar*>(text.c_str());
}

XmlOutput::XmlOutput() : mBuffer(xmlBufferCreate()), mWriter(mBuffer ? xmlNewTextWriterMemory(mBuffer, 0) : nullptr)
{
    if (!mWriter) {
        if (mBuffer)
            xmlBufferFree(mBuffer);
        throw std::bad_alloc();
    }
    xmlTextWriterSetIndent(mWriter, 1);
    xmlTextWriterSetIndentString(mWriter, x(" "));
    xmlTextWriterStartDocument(mWriter, nullptr, "UTF-8", nullptr);
}

XmlOutput::~XmlOutput()
{
    if (mWriter)
        xmlFreeTextWriter(mWriter);
    xmlBufferFree(mBuffer);
}

std::string XmlOutput::finish()
{
    xmlTextWriterEndDocument(mWriter);
    xmlFreeTextWriter(mWriter); // flushes into the buffer
    mWriter = nullptr;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(mBuffer)), static_cast<std::size_t>(xmlBufferLength(mBuffer)));
}

void writeCodes(xmlTextWriter* writer, const Codebook& codebook)
{
    xmlTextWriterStartElement(writer, x("Codes"));
    std::multimap<std::string, const Code*> childrenOf;
    for (const Code& code : codebook.codes())
        childrenOf.emplace(code.parentId, &code);
    const auto roots = childrenOf.equal_range(std::string());
    for (auto root = roots.first; root != roots.second; ++root)
        writeCode(writer, *root->second, childrenOf);
    xmlTextWriterEndElement(writer);
}

void writeCodeSets(xmlTextWriter* writer, const Codebook& codebook, const char* memberAttribute)
{
    std::vector<std::string> enablers, barriers, retired, emergent;
    std::map<Dimension, std::vector<std::string>> dimensions;
    for (const Code& code : codebook.codes()) {
        if (code.polarity == Polarity::Enabler)
            enablers.push_back(code.id);
        if (code.polarity == Polarity::Barrier)
            barriers.push_back(code.id);
        if (code.retired)
            retired.push_back(code.id);
        if (code.origin == CodeOrigin::Emergent)
            emergent.push_back(code.id);
        if (code.parentId.empty() && insideTriangle(codebook, code))
            dimensions[code.dimension].push_back(code.id);
    }
    if (enablers.empty() && barriers.empty() && retired.empty() && emergent.empty() && dimensions.empty())
        return;
    xmlTextWriterStartElement(writer, x("Sets"));
    writeSet(writer, "Enablers", enablers, memberAttribute);
    writeSet(writer, "Barriers", barriers, memberAttribute);
    writeSet(writer, "Retired codes", retired, memberAttribute);
    writeSet(writer, "Emergent codes", emergent, memberAttribute);
    for (const auto& [dimension, members] : dimensions)
        writeSet(writer, std::string("Dimension: ") + kDimensionNames[static_cast<int>(dimension)], members, memberAttribute);
    xmlTextWriterEndElement(writer);
}

namespace {

/// True when the prolog (before the first element) declares a document type. Looked for before parsing:
/// libxml2 expands the entities an attribute refers to even without entity substitution, and with the huge
/// documents REFI-QDA projects can be (XML_PARSE_HUGE) it sets no limit to the expansion, so a few hundred
/// bytes of nested entities kept LibreOffice busy for half a minute.
bool lcl_declaresDoctype(std::string_view xml)
{
    std::size_t at = xml.rfind("\xef\xbb\xbf", 0) == 0 ? 3 : 0;
    while (at < xml.size()) {
        at = xml.find_first_not_of(" \t\r\n", at);
        if (at == std::string_view::npos || xml.compare(at, 1, "<") != 0)
            return false;
        std::string_view end;
        if (xml.compare(at, 2, "<?") == 0)
            end = "?>";
        else if (xml.compare(at, 4, "<!--") == 0)
            end = "-->";
        else
            return xml.compare(at, 9, "<!DOCTYPE") == 0;
        at = xml.find(end, at + 2);
        if (at == std::string_view::npos)
            return false;
        at += end.size();
    }
    return false;
}

} // namespace

std::unique_ptr<xmlDoc, DocDeleter> parseXml(std::string_view xml, const std::string& what)
{
    if (lcl_declaresDoctype(xml))
        throw InvalidInput(Problem{what, "declares a DOCTYPE, which a REFI-QDA file never has; refused"});
    // No network, no DTD loading, no entity substitution; errors come back to us, not to stderr.
    std::unique_ptr<xmlDoc, DocDeleter> doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), what.c_str(),
                                                          nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE));
    if (!doc) {
        const xmlError* error = xmlGetLastError();
        std::string message = error && error->message ? error->message : "unreadable";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        throw InvalidInput(Problem{what, "is not well-formed XML (" + message
                                             + (error ? ", line " + std::to_string(error->line) : std::string()) + ")"});
    }
    if (doc->intSubset || doc->extSubset)
        throw InvalidInput(Problem{what, "declares a DOCTYPE, which a REFI-QDA file never has; refused"});
    return doc;
}

bool isElement(const xmlNode* node, const char* name)
{
    return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, x(name)) == 0;
}

std::string attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetNoNsProp(node, x(name));
    if (!value)
        return {};
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

/// Text content without expanding anything: only text and CDATA children count.
std::string attributeInAnyNamespace(const xmlNode* node, const char* localName)
{
    for (const xmlAttr* attribute = node->properties; attribute; attribute = attribute->next)
        if (xmlStrcmp(attribute->name, x(localName)) == 0) {
            xmlChar* value = xmlNodeListGetString(node->doc, attribute->children, 1);
            std::string text = value ? reinterpret_cast<const char*>(value) : "";
            xmlFree(value);
            return text;
        }
    return {};
}

std::string textOf(const xmlNode* node)
{
    std::string text;
    for (const xmlNode* child = node->children; child; child = child->next)
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content)
            text += reinterpret_cast<const char*>(child->content);
    return text;
}

std::string elementName(const xmlNode* node)
{
    return reinterpret_cast<const char*>(node->name);
}

/// "{ABC…}" and upper case are accepted; anything else is not a GUID.
std::optional<std::string> readGuid(std::string text)
{
    if (text.size() == 38 && text.front() == '{' && text.back() == '}')
        text = text.substr(1, 36);
    if (!isGuid(text))
        return std::nullopt;
    return normalizedGuid(text);
}

void CodebookReader::readCodes(const xmlNode* parent, const std::string& parentId, const std::string& where)
{
    std::size_t index = 0;
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (!isElement(node, "Code")) {
            if (!isElement(node, "Description"))
                mNotes.push_back({where, "element <" + std::string(reinterpret_cast<const char*>(node->name)) + "> is not part of a codebook; ignored"});
            continue;
        }
        const std::string at = where + "/Code[" + std::to_string(++index) + "]";
        ImportedCode imported;
        imported.where = at;
        Code& code = imported.code;
        const std::string guidText = attribute(node, "guid");
        const auto guid = readGuid(guidText);
        if (!guid || mSeen.count(*guid)) {
            if (guid)
                mRepeated.insert(*guid);
            code.id = newGuid();
            mNotes.push_back({at, guidText.empty() ? "has no guid; it got a new one"
                                  : (guid ? "repeats the guid " + guidText + " of an earlier code; it got a new one"
                                          : "guid \"" + guidText + "\" is not a GUID; it got a new one")});
        } else {
            code.id = *guid;
        }
        mSeen.insert(code.id);
        code.name = attribute(node, "name");
        if (code.name.find_first_not_of(" \t\r\n") == std::string::npos) {
            code.name = "Unnamed code";
            mNotes.push_back({at, "has no name; it is called \"Unnamed code\""});
        }
        const std::string codable = attribute(node, "isCodable");
        code.codable = codable != "false" && codable != "0";
        if (codable.empty())
            mNotes.push_back({at, "does not say whether it is codable; it is"});
        if (const std::string colourText = attribute(node, "color"); !colourText.empty()) {
            if (const auto colour = readColour(colourText)) {
                code.color = *colour;
                imported.hasColour = true;
            } else {
                mNotes.push_back({at, "colour \"" + colourText + "\" is not #RRGGBB or #RGB; it got another"});
            }
        }
        for (const xmlNode* child = node->children; child; child = child->next)
            if (isElement(child, "Description")) {
                const std::string description = textOf(child);
                const auto marker = description.rfind(kExampleMarker);
                code.definition = description.substr(0, marker);
                if (marker != std::string::npos)
                    code.example = description.substr(marker + sizeof kExampleMarker - 1);
            }
        code.parentId = parentId;
        mCodes.push_back(imported);
        readCodes(node, code.id, at);
    }
}

void CodebookReader::readSets(const xmlNode* sets, const std::string& where, bool quietly)
{
    std::size_t index = 0;
    for (const xmlNode* node = sets->children; node; node = node->next) {
        if (!isElement(node, "Set"))
            continue;
        const std::string name = attribute(node, "name");
        const std::string at = where + "/Set[" + std::to_string(++index) + "]";
        std::vector<std::string> members;
        for (const xmlNode* member = node->children; member; member = member->next)
            if (isElement(member, "MemberCode")) {
                // A codebook names the member by "guid", a project by "targetGUID".
                const std::string named = attribute(member, "guid");
                if (const auto guid = readGuid(named.empty() ? attribute(member, "targetGUID") : named))
                    members.push_back(*guid);
            }
        const std::string key = lower(name);
        if (key == "enablers" || key == "enabler" || key == "möjliggörare") {
            for (const std::string& id : members)
                mPolarity[id] = Polarity::Enabler;
        } else if (key == "barriers" || key == "barrier" || key == "hinder") {
            for (const std::string& id : members)
                mPolarity[id] = Polarity::Barrier;
        } else if (key == "retired codes" || key == "retired" || key == "utgångna koder") {
            mRetired.insert(members.begin(), members.end());
        } else if (key == "emergent codes" || key == "emergent" || key == "framväxande koder") {
            mEmergent.insert(members.begin(), members.end());
        } else if (const auto dimension = dimensionNamed(name)) {
            for (const std::string& id : members)
                mDimension[id] = *dimension;
        } else if (!quietly) {
            mNotes.push_back({at, "the set \"" + name + "\" has no meaning in Power Triangle; ignored"});
        }
    }
}

Codebook CodebookReader::build(Dimension fallback)
{
    std::map<std::string, ImportedCode*> byId;
    for (ImportedCode& imported : mCodes)
        byId[imported.code.id] = &imported;
    // Parents come before their children in document order, so one pass resolves inheritance.
    std::vector<Rgb> colours;
    for (const ImportedCode& imported : mCodes)
        if (imported.hasColour)
            colours.push_back(*parseColour(imported.code.color));
    for (ImportedCode& imported : mCodes) {
        Code& code = imported.code;
        const ImportedCode* parent = code.parentId.empty() ? nullptr : byId[code.parentId];
        if (mEmergent.count(code.id))
            code.origin = CodeOrigin::Emergent;
        if (const auto set = mDimension.find(code.id); set != mDimension.end())
            code.dimension = set->second;
        else if (parent)
            code.dimension = parent->code.dimension;
        else if (const auto named = dimensionNamed(code.name))
            code.dimension = *named;
        else if (code.origin == CodeOrigin::Emergent)
            code.dimension = fallback; // outside the triangle: in no dimension until it is placed
        else {
            code.dimension = fallback;
            mNotes.push_back({imported.where, "\"" + code.name + "\" is not under a dimension; it was put in "
                                                  + std::string(toString(fallback))});
        }
        if (parent && parent->code.dimension != code.dimension)
            code.dimension = parent->code.dimension; // a branch cannot leave its parent's dimension
        if (const auto polarity = mPolarity.find(code.id); polarity != mPolarity.end())
            code.polarity = polarity->second;
        else if (parent)
            code.polarity = parent->code.polarity;
        code.retired = mRetired.count(code.id) > 0;
        if (!imported.hasColour) {
            code.color = formatColour(pickDistinctColour(colours));
            colours.push_back(*parseColour(code.color));
        }
    }
    // Sibling names must differ.
    std::set<std::pair<std::string, std::string>> names;
    std::vector<Code> codes;
    for (ImportedCode& imported : mCodes) {
        Code code = imported.code;
        const std::string original = code.name;
        for (int n = 2; names.count({code.parentId, code.name}); ++n)
            code.name = original + " (" + std::to_string(n) + ")";
        if (code.name != original)
            mNotes.push_back({imported.where, "a code beside it is also called \"" + original + "\"; renamed \"" + code.name + "\""});
        names.emplace(code.parentId, code.name);
        codes.push_back(std::move(code));
    }
    return Codebook(std::move(codes));
}

} // namespace pt::refi
