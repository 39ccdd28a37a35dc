#include "core/CodingsCsv.hpp"

namespace pt {

namespace {

std::string field(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

} // namespace

void appendCsvRow(std::string& csv, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        csv += (i ? "," : "") + field(fields[i]);
    csv += "\r\n";
}

std::string codingsCsv(const std::string& documentName, const std::vector<const Coding*>& codings, const Codebook& codebook,
                       const std::vector<std::string>& attributeNames, const Attributes& attributes)
{
    std::string csv;
    std::vector<std::string> header{"document", "code", "dimension", "polarity", "coder", "speaker", "turn time", "text", "condensed", "memo", "time"};
    header.insert(header.end(), attributeNames.begin(), attributeNames.end());
    appendCsvRow(csv, header);
    std::vector<std::string> values;
    for (const std::string& name : attributeNames) {
        const auto value = attributes.find(name);
        values.push_back(value == attributes.end() ? std::string() : attributeText(value->second));
    }
    for (const Coding* coding : codings) {
        const Code* code = codebook.find(coding->codeId);
        std::vector<std::string> row{documentName, code ? codebook.path(*code) : coding->codeId,
                                     code ? dimensionText(codebook, *code) : std::string(),
                                     code ? std::string(toString(effectivePolarity(codebook, *code))) : std::string(), coding->coder,
                                     coding->speaker, coding->turnTime, coding->text, coding->condensed, coding->memo, coding->time};
        row.insert(row.end(), values.begin(), values.end());
        appendCsvRow(csv, row);
    }
    return csv;
}

} // namespace pt
