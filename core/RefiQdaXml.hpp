#pragma once

// Pieces of REFI-QDA XML that the codebook (.qdc) and the project (project.qde) formats share.
// Internal to core/: libxml2 types appear here and nowhere outside core/.

#include "core/Codebook.hpp"
#include "core/Problem.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pt::refi {

const xmlChar* x(const char* text);
const xmlChar* x(const std::string& text);
/// XML 1.0 has no place for most control characters: they are left out.
std::string xmlSafe(const std::string& text);

struct DocDeleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

/// An indented XML writer into memory.
class XmlOutput {
public:
    XmlOutput();
    ~XmlOutput();
    xmlTextWriter* get() const { return mWriter; }
    /// Ends the document and returns it.
    std::string finish();

private:
    xmlBuffer* mBuffer = nullptr;
    xmlTextWriter* mWriter = nullptr;
};

/// <Codes> with the codebook's tree.
void writeCodes(xmlTextWriter* writer, const Codebook& codebook);
/// <Sets> carrying polarity, retirement and dimensions ("Enablers", "Barriers", "Retired codes",
/// "Dimension: Resources", …); nothing when there is nothing to carry. Members are named by
/// `memberAttribute`: "guid" in a codebook, "targetGUID" in a project.
void writeCodeSets(xmlTextWriter* writer, const Codebook& codebook, const char* memberAttribute);

/// Parses without network access, DTD loading or entity substitution, and refuses a DOCTYPE. `what`
/// names the input in messages ("codebook", "project.qde"). Throws InvalidInput.
std::unique_ptr<xmlDoc, DocDeleter> parseXml(std::string_view xml, const std::string& what);

bool isElement(const xmlNode* node, const char* name);
std::string attribute(const xmlNode* node, const char* name);
/// An attribute by its local name, in whatever namespace (text:name, meta:name, w:id).
std::string attributeInAnyNamespace(const xmlNode* node, const char* localName);
/// Text content without expanding anything: only text and CDATA children count.
std::string textOf(const xmlNode* node);
std::string elementName(const xmlNode* node);
/// "{ABC…}" and upper case are accepted; anything else is not a GUID.
std::optional<std::string> readGuid(std::string text);

/// Reads a REFI-QDA code tree and the Sets that carry Power Triangle's meaning, leniently: what cannot be
/// used as it is goes to `notes`.
class CodebookReader {
public:
    explicit CodebookReader(Problems& notes) : mNotes(notes) {}

    void readCodes(const xmlNode* parent, const std::string& parentId, const std::string& where);
    /// Sets with no meaning in Power Triangle are noted, unless `quietly` (a project's Sets hold more).
    void readSets(const xmlNode* sets, const std::string& where, bool quietly = false);
    Codebook build(Dimension fallback);
    /// True for a guid that several codes carried: the first kept it, so a reference to it cannot say which
    /// code it meant.
    bool isRepeated(const std::string& guid) const { return mRepeated.count(guid) > 0; }

private:
    struct ImportedCode {
        Code code;
        bool hasColour = false;
        std::string where;
    };

    Problems& mNotes;
    std::vector<ImportedCode> mCodes;
    std::set<std::string> mSeen;
    std::set<std::string> mRepeated;
    std::map<std::string, Polarity> mPolarity;
    std::map<std::string, Dimension> mDimension;
    std::set<std::string> mRetired;
    std::set<std::string> mEmergent;
};

} // namespace pt::refi
