#include "core/AttributeMatrix.hpp"

#include "core/CodingsCsv.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

namespace pt {

namespace {

constexpr std::pair<std::string_view, AttributeCondition::Op> kOperators[] = {
    {"!=", AttributeCondition::Op::NotEqual},   {"<=", AttributeCondition::Op::LessOrEqual},
    {">=", AttributeCondition::Op::GreaterOrEqual}, {"=", AttributeCondition::Op::Equal},
    {"<", AttributeCondition::Op::Less},        {">", AttributeCondition::Op::Greater}};

template <class T> bool compared(const T& a, AttributeCondition::Op op, const T& b)
{
    switch (op) {
    case AttributeCondition::Op::Equal: return a == b;
    case AttributeCondition::Op::NotEqual: return a != b;
    case AttributeCondition::Op::Less: return a < b;
    case AttributeCondition::Op::LessOrEqual: return a <= b;
    case AttributeCondition::Op::Greater: return a > b;
    case AttributeCondition::Op::GreaterOrEqual: return a >= b;
    }
    return false;
}

std::optional<AttributeValue> valueOf(const CodedDocument& document, const std::string& attribute)
{
    const auto found = document.attributes.values.find(attribute);
    return found == document.attributes.values.end() ? std::nullopt : std::optional<AttributeValue>(found->second);
}

std::size_t cell(const CodeFrequency* frequency, MatrixCount count)
{
    if (!frequency)
        return 0;
    return count == MatrixCount::Codings ? frequency->codings.total() : frequency->documents;
}

/// Each column's frequencies by code id.
std::vector<std::map<std::string, const CodeFrequency*>> frequenciesByColumn(const AttributeMatrix& matrix)
{
    std::vector<std::map<std::string, const CodeFrequency*>> columns;
    for (const CodingReport& report : matrix.byColumn) {
        columns.emplace_back();
        for (const CodeFrequency& frequency : report.byCode)
            columns.back().emplace(frequency.codeId, &frequency);
    }
    return columns;
}

std::string dimensionOf(const AttributeMatrix& matrix, const std::string& codeId)
{
    const Code* code = matrix.all.codebook.find(codeId);
    return code ? dimensionText(matrix.all.codebook, *code) : std::string();
}

std::string_view countName(MatrixCount count)
{
    return count == MatrixCount::Codings ? "codings" : "transcripts";
}

} // namespace

std::string conditionText(const AttributeCondition& condition)
{
    const auto op = std::find_if(std::begin(kOperators), std::end(kOperators), [&](const auto& o) { return o.second == condition.op; });
    return condition.attribute + std::string(op->first) + condition.value;
}

AttributeCondition parseCondition(std::string_view text)
{
    for (std::size_t at = 0; at < text.size(); ++at)
        for (const auto& [symbol, op] : kOperators)
            if (text.substr(at, symbol.size()) == symbol) {
                AttributeCondition condition{std::string(text.substr(0, at)), op, std::string(text.substr(at + symbol.size()))};
                if (condition.attribute.empty())
                    break;
                return condition;
            }
    throw InvalidInput(Problem{std::string(text), "is not a condition on an attribute: give ATTRIBUTE=VALUE (or !=, <, <=, >, >=), "
                                                  "for instance profession=nurse or years>=10"});
}

bool meets(const CodedDocument& document, const AttributeCondition& condition)
{
    const std::optional<AttributeValue> value = valueOf(document, condition.attribute);
    if (!value)
        return false;
    if (const double* number = std::get_if<double>(&*value))
        if (const auto wanted = numberIn(condition.value))
            return compared(*number, condition.op, *wanted);
    return compared(attributeText(*value), condition.op, condition.value);
}

std::vector<CodedDocument> documentsWhere(std::vector<CodedDocument> documents, const std::vector<AttributeCondition>& conditions)
{
    documents.erase(std::remove_if(documents.begin(), documents.end(),
                                   [&](const CodedDocument& document) {
                                       return !std::all_of(conditions.begin(), conditions.end(),
                                                           [&](const AttributeCondition& c) { return meets(document, c); });
                                   }),
                    documents.end());
    return documents;
}

std::vector<std::string> attributeNames(const std::vector<CodedDocument>& documents)
{
    std::set<std::string> names;
    for (const CodedDocument& document : documents)
        for (std::string& name : attributeNames(document.attributes))
            names.insert(std::move(name));
    return {names.begin(), names.end()};
}

AttributeMatrix attributeMatrix(const std::vector<CodedDocument>& documents, const std::string& attribute)
{
    // The columns: the values the transcripts have, in the order a reader expects.
    std::vector<std::string> choices;
    for (const CodedDocument& document : documents)
        for (const AttributeDefinition& definition : document.attributes.definitions)
            if (definition.name == attribute && definition.type == AttributeType::Choice && choices.empty())
                choices = definition.choices;
    std::map<std::string, std::vector<std::size_t>> members;
    std::map<std::string, double> numbers;
    bool allNumbers = true;
    bool anyValue = false;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const std::optional<AttributeValue> value = valueOf(documents[i], attribute);
        const std::string column = value ? attributeText(*value) : kNoValue;
        anyValue = anyValue || value.has_value();
        members[column].push_back(i);
        if (value) {
            if (const double* number = std::get_if<double>(&*value))
                numbers[column] = *number;
            else
                allNumbers = false;
        }
    }
    if (!anyValue) {
        std::string known;
        for (const std::string& name : attributeNames(documents))
            known += (known.empty() ? "" : ", ") + name;
        throw InvalidInput(Problem{attribute, "is an attribute of none of the transcripts"
                                                  + (known.empty() ? std::string(" (they have none)") : " (they have " + known + ")")});
    }
    std::vector<std::string> columns;
    for (const std::string& choice : choices)
        if (members.count(choice))
            columns.push_back(choice);
    std::vector<std::string> rest;
    for (const auto& [value, indices] : members)
        if (value != kNoValue && !std::count(columns.begin(), columns.end(), value))
            rest.push_back(value);
    if (allNumbers)
        std::sort(rest.begin(), rest.end(), [&](const std::string& a, const std::string& b) { return numbers[a] < numbers[b]; });
    columns.insert(columns.end(), rest.begin(), rest.end());
    if (members.count(kNoValue))
        columns.push_back(kNoValue);

    AttributeMatrix matrix;
    matrix.attribute = attribute;
    matrix.columns = columns;
    matrix.all = makeCodingReport(documents);
    for (const std::string& column : columns) {
        std::vector<CodedDocument> chosen;
        for (const std::size_t i : members[column])
            chosen.push_back(documents[i]);
        matrix.transcripts.push_back(chosen.size());
        matrix.byColumn.push_back(makeCodingReport(chosen));
    }
    return matrix;
}

std::string attributeMatrixCsv(const AttributeMatrix& matrix, MatrixCount count)
{
    std::string csv;
    std::vector<std::string> header{"code", "depth", "dimension"};
    header.insert(header.end(), matrix.columns.begin(), matrix.columns.end());
    appendCsvRow(csv, header);
    const auto columns = frequenciesByColumn(matrix);
    for (const CodeFrequency& row : matrix.all.byCode) {
        std::vector<std::string> fields{row.path, std::to_string(row.depth), dimensionOf(matrix, row.codeId)};
        for (const auto& column : columns) {
            const auto found = column.find(row.codeId);
            fields.push_back(std::to_string(cell(found == column.end() ? nullptr : found->second, count)));
        }
        appendCsvRow(csv, fields);
    }
    for (const auto& [dimension, total] : matrix.all.byDimension)
        for (const auto& [name, part] : {std::pair<const char*, std::size_t Balance::*>{"enablers", &Balance::enablers},
                                         {"barriers", &Balance::barriers}, {"either", &Balance::either}}) {
            std::vector<std::string> fields{std::string(toString(dimension)) + ": " + name, "", std::string(toString(dimension))};
            for (const CodingReport& report : matrix.byColumn) {
                const auto balance = report.byDimension.find(dimension);
                fields.push_back(std::to_string(balance == report.byDimension.end() ? 0 : balance->second.*part));
            }
            appendCsvRow(csv, fields);
        }
    return csv;
}

nlohmann::json attributeMatrixToJson(const AttributeMatrix& matrix, MatrixCount count)
{
    nlohmann::json columns = nlohmann::json::array();
    for (std::size_t i = 0; i < matrix.columns.size(); ++i)
        columns.push_back({{"value", matrix.columns[i]}, {"transcripts", matrix.transcripts[i]}});
    const auto byColumn = frequenciesByColumn(matrix);
    nlohmann::json codes = nlohmann::json::array();
    for (const CodeFrequency& row : matrix.all.byCode) {
        nlohmann::json cells = nlohmann::json::array();
        for (const auto& column : byColumn) {
            const auto found = column.find(row.codeId);
            cells.push_back(cell(found == column.end() ? nullptr : found->second, count));
        }
        codes.push_back({{"codeId", row.codeId}, {"path", row.path}, {"depth", row.depth},
                         {"dimension", dimensionOf(matrix, row.codeId)}, {"cells", cells}});
    }
    nlohmann::json dimensions = nlohmann::json::object();
    for (const auto& [dimension, total] : matrix.all.byDimension) {
        nlohmann::json perColumn = nlohmann::json::array();
        for (const CodingReport& report : matrix.byColumn) {
            const auto found = report.byDimension.find(dimension);
            const Balance balance = found == report.byDimension.end() ? Balance{} : found->second;
            perColumn.push_back({{"enablers", balance.enablers}, {"barriers", balance.barriers}, {"either", balance.either},
                                 {"total", balance.total()}});
        }
        dimensions[std::string(toString(dimension))] = perColumn;
    }
    return {{"attribute", matrix.attribute}, {"count", countName(count)}, {"columns", columns}, {"codes", codes},
            {"byDimension", dimensions}};
}

ReportContent attributeMatrixContent(const AttributeMatrix& matrix, MatrixCount count)
{
    const auto byColumn = frequenciesByColumn(matrix);
    std::size_t transcripts = 0;
    for (const std::size_t n : matrix.transcripts)
        transcripts += n;
    ReportContent report;
    report.title = "Codings by " + matrix.attribute;
    report.introduction.push_back(std::to_string(transcripts) + (transcripts == 1 ? " transcript, " : " transcripts, ")
                                  + std::to_string(matrix.all.codings) + " codings. Each cell counts "
                                  + (count == MatrixCount::Codings ? "the codings" : "the transcripts with codings")
                                  + " of the code and of every code below it, in the transcripts with that " + matrix.attribute
                                  + " (how many in brackets).");
    ReportTable codes;
    std::vector<ReportCell> header{{{"Code", "", ""}}};
    for (std::size_t i = 0; i < matrix.columns.size(); ++i)
        header.push_back({{matrix.columns[i] + " (" + std::to_string(matrix.transcripts[i]) + ")", "", ""}});
    codes.push_back(header);
    for (const CodeFrequency& row : matrix.all.byCode) {
        const std::size_t last = row.path.rfind(" / ");
        std::vector<ReportCell> line{{{std::string(3 * row.depth, ' ') + row.path.substr(last == std::string::npos ? 0 : last + 3), "", ""}}};
        for (const auto& column : byColumn) {
            const auto found = column.find(row.codeId);
            line.push_back({{std::to_string(cell(found == column.end() ? nullptr : found->second, count)), "", ""}});
        }
        codes.push_back(line);
    }
    ReportTable balance;
    balance.push_back(header);
    balance.front().front() = {{"Dimension", "", ""}};
    for (const Dimension dimension : {Dimension::Resources, Dimension::Discourses, Dimension::Contexts}) {
        std::vector<ReportCell> line{{{std::string(toString(dimension)), "", ""}}};
        line.front().front().text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line.front().front().text[0])));
        for (const CodingReport& column : matrix.byColumn) {
            const auto found = column.byDimension.find(dimension);
            const Balance b = found == column.byDimension.end() ? Balance{} : found->second;
            line.push_back({{std::to_string(b.enablers) + " : " + std::to_string(b.barriers)
                                 + (b.either ? " (" + std::to_string(b.either) + " either)" : std::string()), "", ""}});
        }
        balance.push_back(line);
    }
    report.sections.push_back({"Codes by " + matrix.attribute, {}, {{"", codes, true}}});
    report.sections.push_back({"The balance of enablers and barriers",
                               {"Enablers : barriers of each dimension, by the polarity of the code or of the nearest code above it."},
                               {{"", balance, true}}});
    return report;
}

std::string attributeMatrixText(const AttributeMatrix& matrix, MatrixCount count)
{
    const auto byColumn = frequenciesByColumn(matrix);
    std::vector<std::vector<std::string>> table;
    std::vector<std::string> header{""};
    for (std::size_t i = 0; i < matrix.columns.size(); ++i)
        header.push_back(matrix.columns[i] + " (" + std::to_string(matrix.transcripts[i]) + ")");
    table.push_back(header);
    for (const CodeFrequency& row : matrix.all.byCode) {
        const std::string path = row.path.substr(row.path.rfind(" / ") == std::string::npos ? 0 : row.path.rfind(" / ") + 3);
        std::vector<std::string> line{std::string(2 * row.depth, ' ') + path};
        for (const auto& column : byColumn) {
            const auto found = column.find(row.codeId);
            line.push_back(std::to_string(cell(found == column.end() ? nullptr : found->second, count)));
        }
        table.push_back(line);
    }
    // Columns as wide as their widest cell, counted in code points.
    const auto width = [](const std::string& text) {
        return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    };
    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& line : table)
        for (std::size_t i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], width(line[i]));
    std::string text = std::string(countName(count) == "codings" ? "Codings" : "Transcripts with codings") + " by "
                       + matrix.attribute + " (transcripts in brackets)\n\n";
    for (const auto& line : table) {
        for (std::size_t i = 0; i < line.size(); ++i)
            text += line[i] + std::string(widths[i] - width(line[i]) + 2, ' ');
        text.erase(text.find_last_not_of(' ') + 1);
        text += "\n";
    }
    return text;
}

std::string transcriptCodeCsv(const std::vector<CodedDocument>& documents, MatrixCount count)
{
    const Codebook codebook = unitedCodebook(documents);
    const std::vector<std::string> attributes = attributeNames(documents);
    std::vector<const Code*> codes;
    for (const Code& code : codebook.codes())
        if (code.codable)
            codes.push_back(&code);
    std::string csv;
    std::vector<std::string> header{"transcript"};
    header.insert(header.end(), attributes.begin(), attributes.end());
    for (const Code* code : codes)
        header.push_back(codebook.path(*code));
    appendCsvRow(csv, header);
    for (const CodedDocument& document : documents) {
        std::map<std::string, std::size_t> counted;
        for (const Coding& coding : document.codings) // orphans too, as the coding report counts
            ++counted[coding.codeId];
        std::vector<std::string> row{document.name};
        for (const std::string& name : attributes) {
            const auto value = document.attributes.values.find(name);
            row.push_back(value == document.attributes.values.end() ? std::string() : attributeText(value->second));
        }
        for (const Code* code : codes) {
            const std::size_t n = counted.count(code->id) ? counted[code->id] : 0;
            row.push_back(std::to_string(count == MatrixCount::Codings ? n : (n > 0 ? 1 : 0)));
        }
        appendCsvRow(csv, row);
    }
    return csv;
}

} // namespace pt
