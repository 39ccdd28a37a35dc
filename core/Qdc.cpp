#include "core/Qdc.hpp"

#include "core/RefiQdaXml.hpp"

namespace pt {

using namespace refi;

namespace {

constexpr char kNamespace[] = "urn:QDA-XML:codebook:1.0";

} // namespace

std::string exportQdc(const Codebook& codebook)
{
    XmlOutput output;
    xmlTextWriterStartElementNS(output.get(), nullptr, x("CodeBook"), x(kNamespace));
    xmlTextWriterWriteAttribute(output.get(), x("origin"), x("Power Triangle"));
    writeCodes(output.get(), codebook);
    writeCodeSets(output.get(), codebook, "guid");
    xmlTextWriterEndElement(output.get()); // CodeBook
    return output.finish();
}

QdcImport importQdc(std::string_view xml, Dimension fallback)
{
    const auto doc = parseXml(xml, "codebook");
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || !isElement(root, "CodeBook"))
        throw InvalidInput(Problem{"codebook", "is not a REFI-QDA codebook (its root element is not <CodeBook>)"});

    QdcImport result;
    if (!root->ns || xmlStrcmp(root->ns->href, x(kNamespace)) != 0)
        result.notes.push_back({"/CodeBook", std::string("is not in the namespace ") + kNamespace + "; read anyway"});
    CodebookReader reader(result.notes);
    bool hasCodes = false;
    for (const xmlNode* node = root->children; node; node = node->next) {
        if (isElement(node, "Codes")) {
            hasCodes = true;
            reader.readCodes(node, std::string(), "/CodeBook/Codes");
        } else if (isElement(node, "Sets")) {
            reader.readSets(node, "/CodeBook/Sets");
        } else if (node->type == XML_ELEMENT_NODE) {
            result.notes.push_back({"/CodeBook", "element <" + elementName(node) + "> is not part of a codebook; ignored"});
        }
    }
    if (!hasCodes)
        throw InvalidInput(Problem{"codebook", "has no <Codes>"});
    result.codebook = reader.build(fallback);
    if (Problems problems = validateCodebook(result.codebook); !problems.empty())
        throw InvalidInput("The codebook could not be read:", std::move(problems));
    return result;
}

} // namespace pt
