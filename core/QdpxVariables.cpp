#include "core/QdpxVariables.hpp"

#include "core/Guid.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace pt::refi {

namespace {

/// A variable's REFI-QDA type for the values the sources have.
std::string variableType(const std::string& name, const std::vector<SourceAttributes>& sources)
{
    const AttributeDefinition* defined = nullptr;
    bool numbers = true, whole = true, any = false;
    for (const SourceAttributes& source : sources) {
        for (const AttributeDefinition& definition : source.attributes->definitions)
            if (definition.name == name && !defined)
                defined = &definition;
        const auto value = source.attributes->values.find(name);
        if (value == source.attributes->values.end())
            continue;
        any = true;
        if (const double* number = std::get_if<double>(&value->second))
            whole = whole && *number == std::floor(*number);
        else
            numbers = false;
    }
    if (defined && defined->type == AttributeType::Date)
        return "Date";
    if ((defined ? defined->type == AttributeType::Number : any) && numbers)
        return whole ? "Integer" : "Float";
    return "Text";
}

std::string variableGuid(const std::string& name)
{
    return nameBasedGuid("variable/" + name);
}

} // namespace

std::string turnSelectionGuid(const std::string& sourceGuid, std::size_t begin)
{
    return nameBasedGuid("turn/" + sourceGuid + "/" + std::to_string(begin));
}

namespace {

/// A source's values that fit their variables' types (another value stays in the transcript, not exchanged).
void writeValues(xmlTextWriter* writer, const DocumentAttributes& attributes, const std::map<std::string, std::string>& types)
{
    for (const auto& [name, value] : attributes.values) {
        const std::string& type = types.at(name);
        const std::string text = attributeText(value);
        if ((type == "Date" && !isIsoDate(text)) || ((type == "Integer" || type == "Float") && !std::holds_alternative<double>(value)))
            continue;
        xmlTextWriterStartElement(writer, x("VariableValue"));
        xmlTextWriterStartElement(writer, x("VariableRef"));
        xmlTextWriterWriteAttribute(writer, x("targetGUID"), x(variableGuid(name)));
        xmlTextWriterEndElement(writer);
        const char* element = type == "Integer" ? "IntegerValue" : type == "Float" ? "FloatValue" : type == "Date" ? "DateValue" : "TextValue";
        xmlTextWriterWriteElement(writer, x(element), x(xmlSafe(text)));
        xmlTextWriterEndElement(writer); // VariableValue
    }
}

void startCase(xmlTextWriter* writer, const std::string& guid, const std::string& name)
{
    xmlTextWriterStartElement(writer, x("Case"));
    xmlTextWriterWriteAttribute(writer, x("guid"), x(guid));
    xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(name)));
}

void writeRef(xmlTextWriter* writer, const char* element, const std::string& target)
{
    xmlTextWriterStartElement(writer, x(element));
    xmlTextWriterWriteAttribute(writer, x("targetGUID"), x(target));
    xmlTextWriterEndElement(writer);
}

/// The speakers of a source in the order they first speak, each with its turns.
std::vector<std::pair<std::string, std::vector<const SpeakerTurn*>>> turnsBySpeaker(const std::vector<SpeakerTurn>& turns)
{
    std::vector<std::pair<std::string, std::vector<const SpeakerTurn*>>> speakers;
    for (const SpeakerTurn& turn : turns) {
        auto found = std::find_if(speakers.begin(), speakers.end(), [&](const auto& s) { return s.first == turn.speaker; });
        if (found == speakers.end())
            found = speakers.insert(speakers.end(), {turn.speaker, {}});
        found->second.push_back(&turn);
    }
    return speakers;
}

} // namespace

void writeVariablesAndCases(xmlTextWriter* writer, const std::vector<SourceAttributes>& sources)
{
    std::set<std::string> names;
    bool anyCase = false;
    for (const SourceAttributes& source : sources) {
        for (std::string& name : attributeNames(*source.attributes))
            names.insert(std::move(name));
        anyCase = anyCase || !source.attributes->values.empty() || (source.turns && !source.turns->empty());
    }
    std::map<std::string, std::string> types;
    if (!names.empty()) {
        xmlTextWriterStartElement(writer, x("Variables"));
        for (const std::string& name : names) {
            types[name] = variableType(name, sources);
            xmlTextWriterStartElement(writer, x("Variable"));
            xmlTextWriterWriteAttribute(writer, x("guid"), x(variableGuid(name)));
            xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(name)));
            xmlTextWriterWriteAttribute(writer, x("typeOfVariable"), x(types[name]));
            xmlTextWriterEndElement(writer);
        }
        xmlTextWriterEndElement(writer);
    }
    if (!anyCase)
        return;
    xmlTextWriterStartElement(writer, x("Cases"));
    for (const SourceAttributes& source : sources) {
        if (source.turns && !source.turns->empty()) {
            for (const auto& [speaker, turns] : turnsBySpeaker(*source.turns)) {
                startCase(writer, nameBasedGuid("case/" + source.sourceGuid + "/" + speaker), speaker + " (" + source.name + ")");
                writeValues(writer, *source.attributes, types);
                for (const SpeakerTurn* turn : turns)
                    writeRef(writer, "SelectionRef", turnSelectionGuid(source.sourceGuid, turn->span.begin));
                xmlTextWriterEndElement(writer); // Case
            }
            continue;
        }
        if (source.attributes->values.empty())
            continue;
        startCase(writer, nameBasedGuid("case/" + source.sourceGuid), source.name);
        writeValues(writer, *source.attributes, types);
        writeRef(writer, "SourceRef", source.sourceGuid);
        xmlTextWriterEndElement(writer); // Case
    }
    xmlTextWriterEndElement(writer); // Cases
}

void VariablesReader::readVariables(const xmlNode* variables)
{
    for (const xmlNode* node = variables->children; node; node = node->next) {
        if (!isElement(node, "Variable"))
            continue;
        const auto guid = readGuid(attribute(node, "guid"));
        const std::string name = attribute(node, "name");
        const std::string type = attribute(node, "typeOfVariable");
        if (!guid || name.empty()) {
            mNotes.push_back({"/Project/Variables", "a variable without a guid or a name; not carried over"});
            continue;
        }
        AttributeDefinition definition;
        definition.name = name;
        if (type == "Integer" || type == "Float")
            definition.type = AttributeType::Number;
        else if (type == "Date")
            definition.type = AttributeType::Date;
        else if (type == "Boolean") {
            definition.type = AttributeType::Choice;
            definition.choices = {"true", "false"};
        }
        mVariables[*guid] = definition;
    }
}

void VariablesReader::readValue(const xmlNode* value, DocumentAttributes& into, const std::string& where)
{
    std::string variable;
    const xmlNode* given = nullptr;
    for (const xmlNode* child = value->children; child; child = child->next) {
        if (isElement(child, "VariableRef"))
            variable = readGuid(attribute(child, "targetGUID")).value_or(std::string());
        else if (child->type == XML_ELEMENT_NODE)
            given = child;
    }
    const auto definition = mVariables.find(variable);
    if (definition == mVariables.end() || !given) {
        mNotes.push_back({where, "a value of a variable the project does not define; not carried over"});
        return;
    }
    const std::string text = textOf(given);
    const std::string element = elementName(given);
    AttributeValue read = text;
    if (element == "IntegerValue" || element == "FloatValue") {
        const auto number = numberIn(text);
        if (!number) {
            mNotes.push_back({where, "\"" + text + "\" is not a number; not carried over"});
            return;
        }
        read = *number;
    } else if (element == "DateTimeValue" && definition->second.type == AttributeType::Date) {
        read = text.substr(0, 10);
    }
    if (const auto why = whyValueDoesNotFit(definition->second, read)) {
        mNotes.push_back({where, definition->second.name + ": " + *why + "; not carried over"});
        return;
    }
    if (std::none_of(into.definitions.begin(), into.definitions.end(), [&](const auto& d) { return d.name == definition->second.name; }))
        into.definitions.push_back(definition->second);
    into.values[definition->second.name] = read;
}

void VariablesReader::readCases(const xmlNode* cases)
{
    std::size_t index = 0;
    for (const xmlNode* node = cases->children; node; node = node->next) {
        if (!isElement(node, "Case"))
            continue;
        Case read;
        read.where = "/Project/Cases/Case[" + std::to_string(++index) + "]";
        read.name = attribute(node, "name");
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (isElement(child, "VariableValue"))
                readValue(child, read.values, read.where);
            else if (isElement(child, "SourceRef") || isElement(child, "SelectionRef"))
                if (const auto guid = readGuid(attribute(child, "targetGUID")))
                    (isElement(child, "SourceRef") ? read.sources : read.selections).push_back(*guid);
        }
        if (read.sources.empty() && read.selections.empty()) {
            mNotes.push_back({read.where, "the case \"" + read.name + "\" refers to no document; not carried over"});
            continue;
        }
        mCases.push_back(std::move(read));
    }
}

void VariablesReader::readSourceValues(const xmlNode* source, const std::string& sourceGuid, const std::string& where)
{
    for (const xmlNode* child = source->children; child; child = child->next)
        if (isElement(child, "VariableValue"))
            readValue(child, mOwnValues[sourceGuid], where);
}

void VariablesReader::readSelection(const std::string& selectionGuid, const std::string& sourceGuid)
{
    mSourceOfSelection[selectionGuid] = sourceGuid;
}

bool VariablesReader::isCaseSelection(const std::string& selectionGuid) const
{
    return std::any_of(mCases.begin(), mCases.end(), [&](const Case& c) {
        return std::find(c.selections.begin(), c.selections.end(), selectionGuid) != c.selections.end();
    });
}

namespace {
void addDefinition(DocumentAttributes& into, const AttributeDefinition& definition)
{
    if (std::none_of(into.definitions.begin(), into.definitions.end(), [&](const auto& d) { return d.name == definition.name; }))
        into.definitions.push_back(definition);
}
} // namespace

DocumentAttributes VariablesReader::attributesOf(const std::string& sourceGuid)
{
    DocumentAttributes attributes;
    std::map<std::string, std::string> givenBy; // attribute -> the case that gave its value
    for (Case& c : mCases) {
        const bool refers = std::find(c.sources.begin(), c.sources.end(), sourceGuid) != c.sources.end()
                            || std::any_of(c.selections.begin(), c.selections.end(), [&](const std::string& selection) {
                                   const auto source = mSourceOfSelection.find(selection);
                                   return source != mSourceOfSelection.end() && source->second == sourceGuid;
                               });
        if (!refers)
            continue;
        c.used = true;
        for (const AttributeDefinition& definition : c.values.definitions)
            addDefinition(attributes, definition);
        for (const auto& [name, value] : c.values.values) {
            const auto [kept, added] = attributes.values.emplace(name, value);
            if (added)
                givenBy[name] = c.name;
            else if (kept->second != value)
                mNotes.push_back({c.where, name + ": the case \"" + c.name + "\" gives \"" + attributeText(value) + "\", the case \""
                                               + givenBy[name] + "\" of the same document \"" + attributeText(kept->second)
                                               + "\"; the transcript keeps \"" + attributeText(kept->second) + "\""});
        }
    }
    if (const auto own = mOwnValues.find(sourceGuid); own != mOwnValues.end()) {
        for (const AttributeDefinition& definition : own->second.definitions)
            addDefinition(attributes, definition);
        for (const auto& [name, value] : own->second.values)
            attributes.values[name] = value;
    }
    return attributes;
}

void VariablesReader::finish()
{
    for (const Case& c : mCases)
        if (!c.used)
            mNotes.push_back({c.where, "the case \"" + c.name + "\" refers to no document of the project; not carried over"});
}

} // namespace pt::refi
