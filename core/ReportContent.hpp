#pragma once

#include <string>
#include <utility>
#include <vector>

namespace pt {

/// A line of a report's table cell; `codingId` names the coding it quotes, to link back to its passage in
/// `document` (its URL or path when the report covers several documents; empty: the report's own).
struct ReportLine {
    std::string text;
    std::string codingId;
    std::string document;
};
using ReportCell = std::vector<ReportLine>;
/// Rows of cells; the first row is the header.
using ReportTable = std::vector<std::vector<ReportCell>>;

struct CaptionedTable {
    std::string caption;       ///< a line before the table; may be empty
    ReportTable rows;
    bool labelledRows = true;  ///< the first column names the rows (and is shown bold)
};

struct ReportSection {
    std::string heading;
    std::vector<std::string> paragraphs; ///< before the tables
    std::vector<CaptionedTable> tables;
};

/// A report ready to be laid out as a document: a title, paragraphs, then sections of paragraphs and tables.
struct ReportContent {
    std::string title;
    std::vector<std::string> introduction;
    std::vector<ReportSection> sections;
};

/// The report as plain text for a terminal: underlined headings, tables in aligned columns (a cell's lines
/// joined by "; ").
std::string reportAsText(const ReportContent& report);

} // namespace pt
