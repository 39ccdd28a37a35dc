#pragma once

#include <libxml/xmlschemas.h>

#include <string>

namespace pt::test {

/// Validates with libxml2 against the official schema; returns the errors, empty when valid.
inline std::string schemaErrors(const std::string& xml, const std::string& schemaFile)
{
    std::string errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schemaFile.c_str());
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    if (!schema)
        return "cannot read " + schemaFile;
    xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(
        validator,
        [](void* sink, xmlErrorPtr error) { *static_cast<std::string*>(sink) += error->message; },
        &errors);
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "x.qdc", nullptr, XML_PARSE_NONET);
    if (!doc)
        errors += "not XML";
    else if (xmlSchemaValidateDoc(validator, doc) != 0 && errors.empty())
        errors = "invalid";
    xmlFreeDoc(doc);
    xmlSchemaFreeValidCtxt(validator);
    xmlSchemaFree(schema);
    xmlSchemaFreeParserCtxt(parser);
    return errors;
}

} // namespace pt::test
