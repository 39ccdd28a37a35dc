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

void writeVariablesAndCases(xmlTextWriter* writer, const std::vector<SourceAttributes>& sources)
{
    std::set<std::string> names;
    for (const SourceAttributes& source : sources)
        for (std::string& name : attributeNames(*source.attributes))
            names.insert(std::move(name));
    if (names.empty())
        return;
    std::map<std::string, std::string> types;
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
    xmlTextWriterStartElement(writer, x("Cases"));
    for (const SourceAttributes& source : sources) {
        if (source.attributes->values.empty())
            continue;
        xmlTextWriterStartElement(writer, x("Case"));
        xmlTextWriterWriteAttribute(writer, x("guid"), x(nameBasedGuid("case/" + source.sourceGuid)));
        xmlTextWriterWriteAttribute(writer, x("name"), x(xmlSafe(source.name)));
        for (const auto& [name, value] : source.attributes->values) {
            const std::string& type = types[name];
            const std::string text = attributeText(value);
            if ((type == "Date" && !isIsoDate(text)) || ((type == "Integer" || type == "Float") && !std::holds_alternative<double>(value)))
                continue; // a value that does not fit its variable (kept in the transcript, not exchanged)
            xmlTextWriterStartElement(writer, x("VariableValue"));
            xmlTextWriterStartElement(writer, x("VariableRef"));
            xmlTextWriterWriteAttribute(writer, x("targetGUID"), x(variableGuid(name)));
            xmlTextWriterEndElement(writer);
            const char* element = type == "Integer" ? "IntegerValue" : type == "Float" ? "FloatValue" : type == "Date" ? "DateValue" : "TextValue";
            xmlTextWriterWriteElement(writer, x(element), x(xmlSafe(text)));
            xmlTextWriterEndElement(writer); // VariableValue
        }
        xmlTextWriterStartElement(writer, x("SourceRef"));
        xmlTextWriterWriteAttribute(writer, x("targetGUID"), x(source.sourceGuid));
        xmlTextWriterEndElement(writer);
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
        const std::string where = "/Project/Cases/Case[" + std::to_string(++index) + "]";
        DocumentAttributes values;
        std::vector<std::string> sources;
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (isElement(child, "VariableValue"))
                readValue(child, values, where);
            else if (isElement(child, "SourceRef"))
                if (const auto guid = readGuid(attribute(child, "targetGUID")))
                    sources.push_back(*guid);
        }
        if (sources.empty()) {
            mNotes.push_back({where, "the case \"" + attribute(node, "name") + "\" refers to no document; not carried over"});
            continue;
        }
        for (const std::string& source : sources) {
            DocumentAttributes& into = mBySource[source];
            for (const AttributeDefinition& definition : values.definitions)
                if (std::none_of(into.definitions.begin(), into.definitions.end(), [&](const auto& d) { return d.name == definition.name; }))
                    into.definitions.push_back(definition);
            for (const auto& [name, value] : values.values)
                into.values[name] = value;
        }
    }
}

void VariablesReader::readSourceValues(const xmlNode* source, const std::string& sourceGuid, const std::string& where)
{
    for (const xmlNode* child = source->children; child; child = child->next)
        if (isElement(child, "VariableValue"))
            readValue(child, mBySource[sourceGuid], where);
}

DocumentAttributes VariablesReader::attributesOf(const std::string& sourceGuid) const
{
    const auto found = mBySource.find(sourceGuid);
    return found == mBySource.end() ? DocumentAttributes{} : found->second;
}

} // namespace pt::refi
