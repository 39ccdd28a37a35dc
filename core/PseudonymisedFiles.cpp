#include "core/PseudonymisedFiles.hpp"

#include "core/Payload.hpp"
#include "core/PropertyChunks.hpp"
#include "core/RecordPacks.hpp"
#include "core/RefiQdaXml.hpp"

#include <libxml/tree.h>

#include <algorithm>

namespace pt {

using namespace refi;

namespace {

constexpr char kMetaNamespace[] = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
constexpr char kTypesNamespace[] = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
constexpr char kCustomPropertyFormat[] = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
/// Stands for what is not text in a paragraph (a tab, a note's citation, a nested paragraph): no term
/// is found across it.
constexpr char32_t kNotText = U'\uFFFC';

enum class Flavour { Odf, Docx };

bool isParagraph(const xmlNode* node, Flavour flavour)
{
    return isElement(node, "p") || (flavour == Flavour::Odf && isElement(node, "h"));
}

/// A paragraph's text as the key's terms are found in it, and the text nodes it comes from.
struct ParagraphText {
    struct Piece {
        xmlNode* node;
        std::size_t begin;
    };
    std::u32string text;
    std::vector<Piece> pieces;
};

void collect(xmlNode* parent, Flavour flavour, ParagraphText& paragraph)
{
    for (xmlNode* node = parent->children; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            // DOCX keeps the text in <w:t>; ODF's inline elements hold it directly.
            if (node->content && (flavour == Flavour::Odf || isElement(parent, "t"))) {
                paragraph.pieces.push_back({node, paragraph.text.size()});
                paragraph.text += toCodePoints(reinterpret_cast<const char*>(node->content));
            }
        } else if (node->type != XML_ELEMENT_NODE) {
            continue;
        } else if (isParagraph(node, flavour) || isElement(node, "s") || isElement(node, "tab") || isElement(node, "line-break")
                   || isElement(node, "br") || isElement(node, "cr") || isElement(node, "note-citation") || isElement(node, "creator")
                   || isElement(node, "date") || isElement(node, "instrText") || isElement(node, "delText")) {
            paragraph.text.push_back(kNotText); // a nested paragraph is pseudonymised on its own
        } else {
            collect(node, flavour, paragraph);
        }
    }
}

void setText(xmlNode* node, const std::u32string& text)
{
    xmlNodeSetContent(node, x(toUtf8(text)));
}

/// Replaces the key's terms in one paragraph: an occurrence over several text nodes (formatting changes
/// inside it) takes the pseudonym in the first of them.
void replaceInParagraph(xmlNode* paragraph, Flavour flavour, const PseudonymKey& key, PseudonymisationCount& count)
{
    ParagraphText collected;
    collect(paragraph, flavour, collected);
    const auto matches = findTerms(collected.text, key);
    if (matches.empty())
        return;
    std::vector<std::u32string> contents;
    std::vector<std::size_t> ends; // as read: matches are replaced from the last, so offsets before them hold
    for (const auto& piece : collected.pieces) {
        contents.push_back(toCodePoints(reinterpret_cast<const char*>(piece.node->content)));
        ends.push_back(piece.begin + contents.back().size());
    }
    auto pieceEnd = [&](std::size_t i) { return ends[i]; };
    std::vector<bool> changed(contents.size(), false);
    for (auto match = matches.rbegin(); match != matches.rend(); ++match) {
        bool first = true;
        for (std::size_t i = 0; i < collected.pieces.size(); ++i) {
            const std::size_t begin = collected.pieces[i].begin;
            if (pieceEnd(i) <= match->begin || begin >= match->end)
                continue;
            const std::size_t from = std::max(match->begin, begin) - begin;
            const std::size_t to = std::min(match->end, pieceEnd(i)) - begin;
            contents[i].replace(from, to - from, first ? toCodePoints(key.terms[match->term].replacement) : std::u32string());
            changed[i] = true;
            first = false;
        }
        ++count.byTerm[key.terms[match->term].term];
        ++count.replaced;
    }
    for (std::size_t i = 0; i < contents.size(); ++i)
        if (changed[i])
            setText(collected.pieces[i].node, contents[i]);
}

void replaceInParagraphs(xmlNode* node, Flavour flavour, const PseudonymKey& key, PseudonymisationCount& count)
{
    for (xmlNode* child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (isParagraph(child, flavour))
            replaceInParagraph(child, flavour, key, count);
        replaceInParagraphs(child, flavour, key, count); // nested: notes, comments, frames, tables
    }
}

/// The texts of the document's properties (title, subject, …): each text node as a whole.
void replaceInProperties(xmlNode* parent, const std::vector<const char*>& names, const PseudonymKey& key, PseudonymisationCount& count)
{
    for (xmlNode* node = parent ? parent->children : nullptr; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE
            || std::none_of(names.begin(), names.end(), [&](const char* name) { return isElement(node, name); }))
            continue;
        for (xmlNode* text = node->children; text; text = text->next)
            if (text->type == XML_TEXT_NODE && text->content) {
                const std::string before = reinterpret_cast<const char*>(text->content);
                const std::string after = pseudonymised(before, key, count);
                if (after != before)
                    xmlNodeSetContent(text, x(after));
            }
    }
}

/// The payload read from the document's properties, pseudonymised, and stored back as the extension
/// stores it; nullopt when nothing in it changed.
std::optional<PropertyMap> pseudonymisedPayload(const PropertyMap& properties, const PseudonymKey& key, const std::string& name,
                                                PseudonymisationCount& count)
{
    Problems problems;
    const Records records = unpackRecords(joinRecords(properties, kRecordKeyPrefix, problems), problems);
    PayloadReadResult read = readPayload(records);
    if (!read.present)
        return std::nullopt;
    problems.insert(problems.end(), read.problems.begin(), read.problems.end());
    if (read.newerVersion)
        throw InvalidInput(Problem{name, "was coded with a newer release of Power Triangle: pseudonymise it there"});
    if (!problems.empty())
        throw InvalidInput(Problem{name, "has codings that cannot all be read (" + describe(problems)
                                             + "); it is left as it is, since writing it back would lose them"});
    PseudonymisationCount inPayload;
    pseudonymisePayload(read.payload, key, inPayload);
    count.codingsTouched += inPayload.codingsTouched;
    if (inPayload.replaced == 0)
        return std::nullopt;
    return storedPayload(read.payload);
}

bool isOurs(const std::string& property)
{
    return property.rfind(kRecordKeyPrefix, 0) == 0;
}

void pseudonymiseOdtMeta(xmlNode* meta, const PseudonymKey& key, const std::string& name, PseudonymisationCount& count)
{
    if (!meta)
        return;
    replaceInProperties(meta, {"title", "subject", "description", "keyword", "initial-creator", "creator"}, key, count);
    PropertyMap properties;
    std::vector<xmlNode*> ours;
    for (xmlNode* node = meta->children; node; node = node->next)
        if (isElement(node, "user-defined") && isOurs(attributeInAnyNamespace(node, "name"))) {
            properties[attributeInAnyNamespace(node, "name")] = textOf(node);
            ours.push_back(node);
        }
    const auto stored = pseudonymisedPayload(properties, key, name, count);
    if (!stored)
        return;
    xmlNs* ns = xmlSearchNsByHref(meta->doc, meta, x(kMetaNamespace));
    for (xmlNode* node : ours) {
        xmlUnlinkNode(node);
        xmlFreeNode(node);
    }
    for (const auto& [property, value] : *stored) {
        xmlNode* node = xmlNewTextChild(meta, ns, x("user-defined"), x(value));
        xmlNewNsProp(node, ns, x("name"), x(property));
        xmlNewNsProp(node, ns, x("value-type"), x("string"));
    }
}

void pseudonymiseDocxCustom(xmlNode* root, const PseudonymKey& key, const std::string& name, PseudonymisationCount& count)
{
    if (!root)
        return;
    PropertyMap properties;
    std::vector<xmlNode*> ours;
    int lastId = 1;
    for (xmlNode* node = root->children; node; node = node->next) {
        if (!isElement(node, "property"))
            continue;
        lastId = std::max(lastId, std::atoi(attributeInAnyNamespace(node, "pid").c_str()));
        if (!isOurs(attributeInAnyNamespace(node, "name")))
            continue;
        for (const xmlNode* value = node->children; value; value = value->next)
            if (value->type == XML_ELEMENT_NODE)
                properties[attributeInAnyNamespace(node, "name")] = textOf(value);
        ours.push_back(node);
    }
    const auto stored = pseudonymisedPayload(properties, key, name, count);
    if (!stored)
        return;
    xmlNs* types = xmlSearchNsByHref(root->doc, root, x(kTypesNamespace));
    if (!types)
        types = xmlNewNs(root, x(kTypesNamespace), x("vt"));
    for (xmlNode* node : ours) {
        xmlUnlinkNode(node);
        xmlFreeNode(node);
    }
    for (const auto& [property, value] : *stored) {
        xmlNode* node = xmlNewChild(root, root->ns, x("property"), nullptr);
        xmlNewProp(node, x("fmtid"), x(kCustomPropertyFormat));
        xmlNewProp(node, x("pid"), x(std::to_string(++lastId)));
        xmlNewProp(node, x("name"), x(property));
        xmlNewTextChild(node, types, x("lpwstr"), x(value));
    }
}

std::string serialised(xmlDoc* doc)
{
    xmlChar* bytes = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &bytes, &size, "UTF-8");
    std::string text(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    xmlFree(bytes);
    return text;
}

bool startsWith(const std::string& text, const char* prefix)
{
    return text.rfind(prefix, 0) == 0;
}

bool isDocxTextPart(const std::string& part)
{
    if (!startsWith(part, "word/") || part.find('/', 5) != std::string::npos || part.size() < 9
        || part.compare(part.size() - 4, 4, ".xml") != 0)
        return false;
    return part == "word/document.xml" || startsWith(part, "word/header") || startsWith(part, "word/footer")
        || part == "word/footnotes.xml" || part == "word/endnotes.xml" || startsWith(part, "word/comments");
}

} // namespace

PseudonymisationCount pseudonymisePackage(PackageEntries& entries, const PseudonymKey& key, const std::string& name)
{
    checkKey(key);
    const bool odt = std::any_of(entries.begin(), entries.end(), [](const auto& entry) { return entry.first == "content.xml"; });
    const bool docx = std::any_of(entries.begin(), entries.end(), [](const auto& entry) { return entry.first == "word/document.xml"; });
    if (!odt && !docx)
        throw InvalidInput(Problem{name, "is neither an ODT nor a DOCX document"});
    PseudonymisationCount count;
    PackageEntries result;
    for (auto& [part, bytes] : entries) {
        if (odt && startsWith(part, "Thumbnails/"))
            continue; // a picture of the first page, names and all
        const bool texts = odt ? part == "content.xml" || part == "styles.xml" : isDocxTextPart(part);
        const bool meta = odt ? part == "meta.xml" : part == "docProps/core.xml" || part == "docProps/custom.xml";
        const bool manifest = odt && part == "META-INF/manifest.xml";
        if (texts || meta || manifest) {
            const auto doc = parseXml(bytes, name + ": " + part);
            xmlNode* root = xmlDocGetRootElement(doc.get());
            if (texts && root)
                replaceInParagraphs(root, odt ? Flavour::Odf : Flavour::Docx, key, count);
            else if (part == "meta.xml" && root)
                for (xmlNode* node = root->children; node; node = node->next)
                    if (isElement(node, "meta"))
                        pseudonymiseOdtMeta(node, key, name, count);
            if (part == "docProps/core.xml" && root)
                replaceInProperties(root, {"title", "subject", "creator", "keywords", "description", "lastModifiedBy"}, key, count);
            if (part == "docProps/custom.xml")
                pseudonymiseDocxCustom(root, key, name, count);
            if (manifest && root)
                for (xmlNode* node = root->children; node;) {
                    xmlNode* next = node->next;
                    if (isElement(node, "file-entry") && startsWith(attributeInAnyNamespace(node, "full-path"), "Thumbnails/")) {
                        xmlUnlinkNode(node);
                        xmlFreeNode(node);
                    }
                    node = next;
                }
            bytes = serialised(doc.get());
        }
        result.emplace_back(std::move(part), std::move(bytes));
    }
    entries = std::move(result);
    return count;
}

std::string pseudonymisedFlatOdt(std::string_view xml, const PseudonymKey& key, const std::string& name, PseudonymisationCount& count)
{
    checkKey(key);
    const auto doc = parseXml(xml, name);
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || !isElement(root, "document"))
        throw InvalidInput(Problem{name, "is not a flat ODT document"});
    for (xmlNode* node = root->children; node; node = node->next) {
        if (isElement(node, "meta"))
            pseudonymiseOdtMeta(node, key, name, count);
        else if (isElement(node, "body") || isElement(node, "master-styles"))
            replaceInParagraphs(node, Flavour::Odf, key, count);
    }
    return serialised(doc.get());
}

} // namespace pt
