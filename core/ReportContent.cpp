#include "core/ReportContent.hpp"

#include "core/TextPlacement.hpp"

#include <algorithm>

namespace pt {

namespace {

std::string cellText(const ReportCell& cell)
{
    std::string text;
    for (const ReportLine& line : cell)
        text += (text.empty() ? "" : "; ") + line.text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

std::size_t width(const std::string& text)
{
    return toCodePoints(text).size();
}

void underlined(std::string& out, const std::string& heading, const char* line)
{
    out += heading + "\n";
    for (std::size_t i = 0; i < width(heading); ++i)
        out += line;
    out += "\n\n";
}

} // namespace

std::string reportAsText(const ReportContent& report)
{
    std::string out;
    underlined(out, report.title, "=");
    for (const std::string& paragraph : report.introduction)
        out += paragraph + "\n\n";
    for (const ReportSection& section : report.sections) {
        underlined(out, section.heading, "-");
        for (const std::string& paragraph : section.paragraphs)
            out += paragraph + "\n\n";
        for (const CaptionedTable& table : section.tables) {
            if (!table.caption.empty())
                out += table.caption + "\n";
            std::vector<std::size_t> widths;
            for (const auto& row : table.rows)
                for (std::size_t c = 0; c < row.size(); ++c) {
                    widths.resize(std::max(widths.size(), row.size()), 0);
                    widths[c] = std::max(widths[c], std::min<std::size_t>(width(cellText(row[c])), 60));
                }
            for (const auto& row : table.rows) {
                std::string line;
                for (std::size_t c = 0; c < row.size(); ++c) {
                    const std::string text = cellText(row[c]);
                    line += text;
                    if (c + 1 < row.size())
                        line += std::string(widths[c] > width(text) ? widths[c] - width(text) : 0, ' ') + "  ";
                }
                out += line + "\n";
            }
            out += "\n";
        }
    }
    return out;
}

} // namespace pt
