#pragma once

#include "core/Attributes.hpp"
#include "core/Codebook.hpp"
#include "core/Coding.hpp"

#include <string>
#include <vector>

namespace pt {

/// Appends one RFC 4180 row (fields quoted where they hold a comma, a quote or a line break; CRLF after).
void appendCsvRow(std::string& csv, const std::vector<std::string>& fields);

/// The coded segments of a document as CSV, one row per coding in the order given (the document's):
/// document, code path, dimension, polarity (the code's, or the nearest one above it), coder, speaker,
/// turn time (where in the recording the speaker's turn starts), text, condensed meaning unit, memo, time. UTF-8 without a byte order mark, RFC 4180: CRLF between rows, a field in double
/// quotes when it holds a comma, a quote or a line break, quotes doubled. Opens as it is in LibreOffice
/// Calc and in R (read.csv(file, encoding = "UTF-8")). Then a column per name of `attributeNames` with the
/// document's value of that attribute (empty where it has none): several documents' rows fit one header.
std::string codingsCsv(const std::string& documentName, const std::vector<const Coding*>& codings, const Codebook& codebook,
                       const std::vector<std::string>& attributeNames = {}, const Attributes& attributes = {});

} // namespace pt
