#include "core/OfficeFiles.hpp"

#include "core/Anchor.hpp"
#include "core/Payload.hpp"
#include "core/PropertyChunks.hpp"
#include "core/RecordPacks.hpp"
#include "core/RefiQdaXml.hpp"

#include <cstring>

namespace pt {

using namespace refi;

namespace {

/// Reads the document's text the way Writer's paragraphs and portions give it, and the anchors in it.
class TextReader {
public:
    std::u32string text;
    std::map<std::string, TextSpan> anchors;

    void paragraphBreak()
    {
        if (mParagraphs++ > 0)
            text.push_back(U'\n');
        mCollapsedSpace = true; // white space at a paragraph's start is not its text
    }
    void append(std::string_view utf8)
    {
        text += toCodePoints(utf8);
        mCollapsedSpace = false;
    }
    /// ODF text: each run of white space reads as one space, none at the start of a paragraph.
    void appendCollapsing(std::string_view utf8)
    {
        for (const char32_t c : toCodePoints(utf8)) {
            if (c == U' ' || c == U'\t' || c == U'\r' || c == U'\n') {
                if (!mCollapsedSpace)
                    text.push_back(U' ');
                mCollapsedSpace = true;
            } else {
                text.push_back(c);
                mCollapsedSpace = false;
            }
        }
    }
    void anchorStart(const std::string& name)
    {
        if (const auto id = codingIdFromAnchor(name))
            anchors[*id].begin = anchors[*id].end = text.size();
    }
    void anchorEnd(const std::string& name)
    {
        if (const auto id = codingIdFromAnchor(name))
            anchors[*id].end = text.size();
    }
    /// DOCX ends a bookmark by number.
    void docxStart(const std::string& id, const std::string& name)
    {
        mDocxNames[id] = name;
        anchorStart(name);
    }
    void docxEnd(const std::string& id)
    {
        if (const auto name = mDocxNames.find(id); name != mDocxNames.end())
            anchorEnd(name->second);
    }

private:
    std::size_t mParagraphs = 0;
    bool mCollapsedSpace = true;
    std::map<std::string, std::string> mDocxNames;
};

bool named(const xmlNode* node, const char* name)
{
    return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

// -- ODT -------------------------------------------------------------------------------------------

void odtInline(const xmlNode* parent, TextReader& reader)
{
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content)
                reader.appendCollapsing(reinterpret_cast<const char*>(node->content));
        } else if (named(node, "s")) {
            const std::string count = attributeInAnyNamespace(node, "c");
            reader.append(std::string(count.empty() ? 1 : static_cast<std::size_t>(std::max(1, std::atoi(count.c_str()))), ' '));
        } else if (named(node, "tab")) {
            reader.append("\t");
        } else if (named(node, "line-break")) {
            reader.append("\n");
        } else if (named(node, "bookmark-start")) {
            reader.anchorStart(attributeInAnyNamespace(node, "name"));
        } else if (named(node, "bookmark-end")) {
            reader.anchorEnd(attributeInAnyNamespace(node, "name"));
        } else if (named(node, "bookmark")) {
            reader.anchorStart(attributeInAnyNamespace(node, "name"));
        } else if (named(node, "note") || named(node, "annotation") || named(node, "frame") || named(node, "soft-page-break")
                   || named(node, "annotation-end") || named(node, "ruby-text")) {
            continue; // not part of the paragraph's own text as Writer reads it
        } else if (node->type == XML_ELEMENT_NODE) {
            odtInline(node, reader); // spans, links, fields: their text
        }
    }
}

void odtBlocks(const xmlNode* parent, TextReader& reader)
{
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (named(node, "p") || named(node, "h")) {
            reader.paragraphBreak();
            odtInline(node, reader);
        } else if (named(node, "table-cell") || named(node, "list") || named(node, "list-item") || named(node, "list-header")
                   || named(node, "section") || named(node, "table") || named(node, "table-row") || named(node, "table-rows")
                   || named(node, "table-header-rows") || named(node, "text")) {
            odtBlocks(node, reader);
        }
    }
}

const xmlNode* child(const xmlNode* parent, const char* name)
{
    for (const xmlNode* node = parent ? parent->children : nullptr; node; node = node->next)
        if (named(node, name))
            return node;
    return nullptr;
}

PropertyMap odtProperties(const xmlNode* meta)
{
    PropertyMap properties;
    for (const xmlNode* node = meta ? meta->children : nullptr; node; node = node->next)
        if (named(node, "user-defined"))
            properties[attributeInAnyNamespace(node, "name")] = textOf(node);
    return properties;
}

// -- DOCX ------------------------------------------------------------------------------------------

void docxInline(const xmlNode* parent, TextReader& reader, bool& inFieldCode)
{
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (named(node, "fldChar")) {
            const std::string type = attributeInAnyNamespace(node, "fldCharType");
            inFieldCode = type == "begin" ? true : type == "separate" || type == "end" ? false : inFieldCode;
        } else if (named(node, "t")) {
            if (!inFieldCode)
                reader.append(textOf(node));
        } else if (named(node, "tab")) {
            if (!inFieldCode && std::strcmp(reinterpret_cast<const char*>(parent->name), "r") == 0)
                reader.append("\t");
        } else if (named(node, "br") || named(node, "cr")) {
            const std::string type = attributeInAnyNamespace(node, "type");
            if (type.empty() || type == "textWrapping")
                reader.append("\n");
        } else if (named(node, "bookmarkStart")) {
            reader.docxStart(attributeInAnyNamespace(node, "id"), attributeInAnyNamespace(node, "name"));
        } else if (named(node, "bookmarkEnd")) {
            reader.docxEnd(attributeInAnyNamespace(node, "id"));
        } else if (named(node, "del") || named(node, "instrText") || named(node, "pPr") || named(node, "rPr")
                   || named(node, "footnoteReference") || named(node, "commentReference") || named(node, "drawing")) {
            continue;
        } else {
            docxInline(node, reader, inFieldCode); // runs, links, insertions, simple fields, content controls
        }
    }
}

void docxBlocks(const xmlNode* parent, TextReader& reader)
{
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (named(node, "p")) {
            reader.paragraphBreak();
            bool inFieldCode = false;
            docxInline(node, reader, inFieldCode);
        } else if (named(node, "bookmarkStart")) {
            reader.docxStart(attributeInAnyNamespace(node, "id"), attributeInAnyNamespace(node, "name"));
        } else if (named(node, "bookmarkEnd")) {
            reader.docxEnd(attributeInAnyNamespace(node, "id"));
        } else if (named(node, "tbl") || named(node, "tr") || named(node, "tc") || named(node, "sdt") || named(node, "sdtContent")
                   || named(node, "body") || named(node, "customXml")) {
            docxBlocks(node, reader);
        }
    }
}

PropertyMap docxProperties(const std::optional<std::string>& customXml)
{
    PropertyMap properties;
    if (!customXml)
        return properties;
    const auto doc = parseXml(*customXml, "docProps/custom.xml");
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    for (const xmlNode* node = root ? root->children : nullptr; node; node = node->next)
        if (named(node, "property"))
            for (const xmlNode* value = node->children; value; value = value->next)
                if (value->type == XML_ELEMENT_NODE)
                    properties[attributeInAnyNamespace(node, "name")] = textOf(value);
    return properties;
}

OfficeFile fromParts(const std::string& name, const PropertyMap& properties, TextReader&& reader)
{
    OfficeFile file;
    file.document.name = name;
    Problems problems;
    const Records stored = joinRecords(properties, kRecordKeyPrefix, problems);
    const Records records = unpackRecords(stored, problems);
    PayloadReadResult payload = readPayload(records);
    problems.insert(problems.end(), payload.problems.begin(), payload.problems.end());
    file.document.codebook = std::move(payload.payload.codebook);
    file.document.codings = std::move(payload.payload.codings);
    file.document.speakerPatterns = payload.payload.settings.speakerPatterns;
    file.document.attributes = payload.payload.attributes;
    file.document.codebookHistory = std::move(payload.payload.history);
    file.document.text = std::move(reader.text);
    for (const auto& [id, span] : reader.anchors)
        if (span.end > span.begin)
            file.document.spans[id] = span;
    file.problems = std::move(problems);
    return file;
}

} // namespace

OfficeFile readOfficePackage(const std::string& name, const PackageReader& package)
{
    if (const auto content = package("content.xml")) {
        TextReader reader;
        const auto doc = parseXml(*content, name + ": content.xml");
        const xmlNode* root = xmlDocGetRootElement(doc.get());
        if (const xmlNode* text = child(child(root, "body"), "text"))
            odtBlocks(text, reader);
        PropertyMap properties;
        if (const auto metaXml = package("meta.xml")) {
            const auto meta = parseXml(*metaXml, name + ": meta.xml");
            properties = odtProperties(child(xmlDocGetRootElement(meta.get()), "meta"));
        }
        return fromParts(name, properties, std::move(reader));
    }
    if (const auto document = package("word/document.xml")) {
        TextReader reader;
        const auto doc = parseXml(*document, name + ": word/document.xml");
        if (const xmlNode* body = child(xmlDocGetRootElement(doc.get()), "body"))
            docxBlocks(body, reader);
        return fromParts(name, docxProperties(package("docProps/custom.xml")), std::move(reader));
    }
    throw InvalidInput(Problem{name, "is neither an ODT nor a DOCX document"});
}

OfficeFile readFlatOdt(const std::string& name, std::string_view flatXml)
{
    const auto doc = parseXml(flatXml, name);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || !named(root, "document"))
        throw InvalidInput(Problem{name, "is not a flat ODT document"});
    TextReader reader;
    if (const xmlNode* text = child(child(root, "body"), "text"))
        odtBlocks(text, reader);
    return fromParts(name, odtProperties(child(root, "meta")), std::move(reader));
}

} // namespace pt
