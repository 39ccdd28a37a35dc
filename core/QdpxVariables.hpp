#pragma once
// Transcripts' attributes in a REFI-QDA project: <Variables> and <Cases>, one case per source or per speaker
// of a source, as NVivo's classifications and MAXQDA's document variables exchange them. Internal to core/
// (libxml2 types).

#include "core/Attributes.hpp"
#include "core/Problem.hpp"
#include "core/RefiQdaXml.hpp"
#include "core/Speakers.hpp"

#include <map>
#include <string>
#include <vector>

namespace pt::refi {

/// A source's guid, name, attributes and speaker turns, as the project writes them.
struct SourceAttributes {
    std::string sourceGuid;
    std::string name;
    const DocumentAttributes* attributes = nullptr;
    const std::vector<SpeakerTurn>* turns = nullptr; ///< cases per speaker: the source's turns
};

/// <Variables> (one per attribute any source has: Integer or Float for a number, Date for a date, Text for
/// the others) and <Cases>: a case per source with attributes (its values and a SourceRef), or, for a source
/// with turns, a case per speaker (the source's values and a SelectionRef to each of the speaker's turns,
/// which turnSelectionGuid names). Nothing when there is no case. GUIDs are derived from the names, the
/// same on every export.
void writeVariablesAndCases(xmlTextWriter* writer, const std::vector<SourceAttributes>& sources);
/// The guid of the PlainTextSelection that is the turn of a source starting at `begin` (a code point).
std::string turnSelectionGuid(const std::string& sourceGuid, std::size_t begin);

/// Reads <Variables>, <Cases> and the VariableValues of TextSources into each source's attributes
/// (definitions from the variables' types). A case applies to the sources it refers to, by a SourceRef or by
/// a SelectionRef to one of their selections (a case per speaker); a transcript has one value per
/// attribute, so where its cases differ the first case's value stays and the others are noted. A case that
/// refers to no source, a value of an unknown variable or of the wrong type is noted and left out.
class VariablesReader {
public:
    explicit VariablesReader(Problems& notes) : mNotes(notes) {}
    void readVariables(const xmlNode* variables);
    void readCases(const xmlNode* cases);
    /// A TextSource's own VariableValues.
    void readSourceValues(const xmlNode* source, const std::string& sourceGuid, const std::string& where);
    /// A selection read from a source, which a case may refer to.
    void readSelection(const std::string& selectionGuid, const std::string& sourceGuid);
    /// Whether a case refers to the selection (a speaker's turn, which needs no code).
    bool isCaseSelection(const std::string& selectionGuid) const;
    /// The attributes of a source, by its guid (empty when it has none): its cases' values, then its own.
    /// Call after the source's selections were read.
    DocumentAttributes attributesOf(const std::string& sourceGuid);
    /// Notes the cases that referred to no source read. Call when every source was read.
    void finish();

private:
    struct Case {
        std::string where;
        std::string name;
        DocumentAttributes values;
        std::vector<std::string> sources;
        std::vector<std::string> selections;
        bool used = false;
    };
    void readValue(const xmlNode* value, DocumentAttributes& into, const std::string& where);

    Problems& mNotes;
    std::map<std::string, AttributeDefinition> mVariables; ///< by guid
    std::vector<Case> mCases;
    std::map<std::string, DocumentAttributes> mOwnValues; ///< by source
    std::map<std::string, std::string> mSourceOfSelection;
};

} // namespace pt::refi
