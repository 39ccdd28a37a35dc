#pragma once
// Transcripts' attributes in a REFI-QDA project: <Variables> and <Cases>, one case per source, as NVivo's
// classifications and MAXQDA's document variables exchange them. Internal to core/ (libxml2 types).

#include "core/Attributes.hpp"
#include "core/Problem.hpp"
#include "core/RefiQdaXml.hpp"

#include <map>
#include <string>
#include <vector>

namespace pt::refi {

/// A source's guid, name and attributes, as the project writes them.
struct SourceAttributes {
    std::string sourceGuid;
    std::string name;
    const DocumentAttributes* attributes = nullptr;
};

/// <Variables> (one per attribute any source has: Integer or Float for a number, Date for a date, Text for
/// the others) and <Cases> (a case per source with attributes, its values and a SourceRef). Nothing when no
/// source has attributes. GUIDs are derived from the names, the same on every export.
void writeVariablesAndCases(xmlTextWriter* writer, const std::vector<SourceAttributes>& sources);

/// Reads <Variables>, <Cases> and the VariableValues of TextSources into each source's attributes
/// (definitions from the variables' types). A case without a source, a value of an unknown variable or of
/// the wrong type is noted and left out.
class VariablesReader {
public:
    explicit VariablesReader(Problems& notes) : mNotes(notes) {}
    void readVariables(const xmlNode* variables);
    void readCases(const xmlNode* cases);
    /// A TextSource's own VariableValues.
    void readSourceValues(const xmlNode* source, const std::string& sourceGuid, const std::string& where);
    /// The attributes of a source, by its guid (empty when it has none).
    DocumentAttributes attributesOf(const std::string& sourceGuid) const;

private:
    void readValue(const xmlNode* value, DocumentAttributes& into, const std::string& where);

    Problems& mNotes;
    std::map<std::string, AttributeDefinition> mVariables; ///< by guid
    std::map<std::string, DocumentAttributes> mBySource;
};

} // namespace pt::refi
