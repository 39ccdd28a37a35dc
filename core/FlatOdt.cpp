#include "core/FlatOdt.hpp"

#include "core/Anchor.hpp"

#include <algorithm>

namespace pt {

std::string odfText(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\t': out += "<text:tab/>"; break;
        case '\n': out += "<text:line-break/>"; break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
    }
    return out;
}

namespace {

void paragraph(std::string& out, const char* style, const std::string& text)
{
    out += std::string("<text:p text:style-name=\"") + style + "\">" + odfText(text) + "</text:p>\n";
}

void cell(std::string& out, const ReportCell& lines, const char* style, const std::string& linkBase)
{
    out += "<table:table-cell office:value-type=\"string\">";
    if (lines.empty())
        out += std::string("<text:p text:style-name=\"") + style + "\"/>";
    for (const ReportLine& line : lines) {
        out += std::string("<text:p text:style-name=\"") + style + "\">";
        const std::string& target = line.document.empty() ? linkBase : line.document;
        if (!line.codingId.empty() && !target.empty())
            out += "<text:a xlink:type=\"simple\" xlink:href=\"" + odfText(target + "#" + anchorName(line.codingId)) + "\">"
                   + odfText(line.text) + "</text:a>";
        else
            out += odfText(line.text);
        out += "</text:p>";
    }
    out += "</table:table-cell>";
}

} // namespace

std::string reportAsFlatOdt(const ReportContent& report, const std::string& linkBase)
{
    std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">
 <style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/>
 <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph">
 <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="KeptRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="TableJoin" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%"/><style:text-properties fo:font-size="1pt"/></style:style>
</office:automatic-styles>
<office:body><office:text>
)";
    paragraph(out, "Title", report.title);
    for (const std::string& text : report.introduction)
        paragraph(out, "Text_20_body", text);
    std::size_t tables = 0;
    for (const ReportSection& section : report.sections) {
        if (!section.heading.empty())
            out += "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">" + odfText(section.heading) + "</text:h>\n";
        for (const std::string& text : section.paragraphs)
            paragraph(out, "Text_20_body", text);
        for (const CaptionedTable& captioned : section.tables) {
            if (!captioned.caption.empty())
                paragraph(out, "Text_20_body", captioned.caption);
            if (captioned.rows.empty() || captioned.rows.front().empty())
                continue;
            for (std::size_t first = 1; first == 1 || first < captioned.rows.size(); first += kRowsPerWriterTable) {
                if (first > 1)
                    out += "<text:p text:style-name=\"TableJoin\"/>\n";
                out += "<table:table table:name=\"Table" + std::to_string(++tables) + "\">\n<table:table-column table:number-columns-repeated=\""
                       + std::to_string(captioned.rows.front().size()) + "\"/>\n<table:table-header-rows><table:table-row table:style-name=\"KeptRow\">";
                for (const ReportCell& heading : captioned.rows.front())
                    cell(out, heading, "Table_20_Heading", linkBase);
                out += "</table:table-row></table:table-header-rows>\n";
                for (std::size_t r = first; r < std::min(first + kRowsPerWriterTable, captioned.rows.size()); ++r) {
                    out += "<table:table-row table:style-name=\"KeptRow\">";
                    for (std::size_t c = 0; c < captioned.rows[r].size(); ++c)
                        cell(out, captioned.rows[r][c], c == 0 && captioned.labelledRows ? "Table_20_Heading" : "Table_20_Contents", linkBase);
                    out += "</table:table-row>\n";
                }
                out += "</table:table>\n";
            }
        }
    }
    out += "</office:text></office:body></office:document>\n";
    return out;
}

} // namespace pt
