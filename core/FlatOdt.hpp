#pragma once

#include "core/ReportContent.hpp"

#include <cstddef>
#include <string>

namespace pt {

/// A report as a flat OpenDocument text (.fodt): its title, paragraphs, headings and tables, with
/// LibreOffice's own paragraph styles (Title, Heading 1, Text body, Table Heading, Table Contents); each
/// table's first row a header repeated on every page, no row split across pages, a line quoting a coding
/// linked to its passage (`linkBase` + "#" + its anchor's name, or the line's own document). Writer opens
/// a table of thousands of rows from it in a few seconds, where writing it cell by cell takes minutes.
/// A longer table is written as consecutive tables of at most kRowsPerWriterTable rows, each with the header,
/// joined by an empty paragraph one point high: Writer lays out one table across hundreds of pages in time
/// that grows with the square of its length (5,000 rows: 85 s to 170 s of a busy office), consecutive short
/// ones in a few seconds (bench/README.md).
std::string reportAsFlatOdt(const ReportContent& report, const std::string& linkBase);

constexpr std::size_t kRowsPerWriterTable = 100;

/// Text for an ODF paragraph: markup escaped, a tab and a line break as ODF's own elements, the control
/// characters XML 1.0 cannot hold left out.
std::string odfText(const std::string& text);

} // namespace pt
