#pragma once

#include "core/CodedDocument.hpp"
#include "core/CodingReport.hpp"
#include "core/Problem.hpp"
#include "core/ReportContent.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// A condition on a transcript's attribute, as `--where` takes it: "profession=nurse", "years>=10",
/// "municipality!=Umeå". Numbers compare as numbers, dates (YYYY-MM-DD) and texts as text.
struct AttributeCondition {
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };
    std::string attribute;
    Op op = Op::Equal;
    std::string value;
};
/// Throws InvalidInput saying what a condition looks like when `text` is none.
AttributeCondition parseCondition(std::string_view text);
/// The condition as parseCondition reads it ("years>=10").
std::string conditionText(const AttributeCondition& condition);
/// True when the document has the attribute and its value meets the condition.
bool meets(const CodedDocument& document, const AttributeCondition& condition);
/// The documents that meet every condition, in the order given.
std::vector<CodedDocument> documentsWhere(std::vector<CodedDocument> documents, const std::vector<AttributeCondition>& conditions);

/// What a matrix counts in each cell: codings, or transcripts with at least one coding.
enum class MatrixCount { Codings, Transcripts };

/// Codes (rows, in codebook order: each dimension, then its categories and codes) against the values of an
/// attribute (columns): a coding report per column, so every cell counts as the coding report counts (a
/// code's codings and those of every code below it, with the balance of enablers and barriers).
struct AttributeMatrix {
    std::string attribute;
    std::vector<std::string> columns;     ///< the values: a choice's in its order, numbers by size, texts and dates sorted; "(no value)" last when a transcript has none
    std::vector<std::size_t> transcripts; ///< per column
    CodingReport all;                     ///< every transcript: the rows
    std::vector<CodingReport> byColumn;
};

constexpr char kNoValue[] = "(no value)";

/// The matrix of `documents` by `attribute`. Throws InvalidInput when no document has that attribute
/// (naming those they have).
AttributeMatrix attributeMatrix(const std::vector<CodedDocument>& documents, const std::string& attribute);

/// One row per code (code, depth, dimension, then a cell per column), then a row per dimension and balance
/// ("resources: enablers", …). UTF-8, RFC 4180.
std::string attributeMatrixCsv(const AttributeMatrix& matrix, MatrixCount count);
/// {"attribute", "count", "columns": [{"value", "transcripts"}], "codes": [{"codeId", "path", "depth",
/// "dimension", "cells": [n]}], "byDimension": {"resources": [balance per column]}}; balance as in the
/// coding report.
nlohmann::json attributeMatrixToJson(const AttributeMatrix& matrix, MatrixCount count);
/// The matrix as a report: codes against the values (a row per code, indented by depth) and each
/// dimension's balance of enablers and barriers per value.
ReportContent attributeMatrixContent(const AttributeMatrix& matrix, MatrixCount count);

/// A table a person reads at a terminal.
std::string attributeMatrixText(const AttributeMatrix& matrix, MatrixCount count);

/// Transcripts (rows, with their attributes) × codes (columns): codings per code, or 1 and 0 with
/// MatrixCount::Transcripts; a code's cell counts its own codings only (orphans too, as the coding report
/// does), for R and SPSS.
std::string transcriptCodeCsv(const std::vector<CodedDocument>& documents, MatrixCount count);

/// The names of every attribute any of the documents has, sorted.
std::vector<std::string> attributeNames(const std::vector<CodedDocument>& documents);

} // namespace pt
