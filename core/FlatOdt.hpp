#pragma once

#include "core/ReportContent.hpp"

#include <string>

namespace pt {

/// A report as a flat OpenDocument text (.fodt): its title, paragraphs, headings and tables, with
/// LibreOffice's own paragraph styles (Title, Heading 1, Text body, Table Heading, Table Contents); each
/// table's first row a header repeated on every page, no row split across pages, a line quoting a coding
/// linked to its passage (`linkBase` + "#" + its anchor's name, or the line's own document). Writer opens
/// a table of thousands of rows from it in a few seconds, where writing it cell by cell takes minutes.
std::string reportAsFlatOdt(const ReportContent& report, const std::string& linkBase);

} // namespace pt
