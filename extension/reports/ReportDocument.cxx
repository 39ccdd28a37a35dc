#include "reports/ReportDocument.hxx"

#include "document/ViewsLocked.hxx"

#include "common/PropertyValues.hxx"
#include "common/UnoStrings.hxx"

#include "core/Anchor.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XModifiable.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

OUString lcl_cellName(std::size_t row, std::size_t column)
{
    return OUString(sal_Unicode('A' + column)) + OUString::number(static_cast<sal_Int64>(row + 1));
}

} // namespace

ReportDocument::ReportDocument(const Reference<uno::XComponentContext>& context, bool hidden)
{
    const beans::PropertyValue hide = propertyValue("Hidden", uno::Any(hidden));
    mxDocument.set(frame::Desktop::create(context)->loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                                         uno::Sequence<beans::PropertyValue>(&hide, 1)),
                   UNO_QUERY_THROW);
}

void ReportDocument::paragraph(ParagraphStyle style, const std::string& content)
{
    const Reference<text::XText> text = mxDocument->getText();
    const Reference<text::XTextRange> end = text->getEnd();
    Reference<beans::XPropertySet>(text->createTextCursorByRange(end), UNO_QUERY_THROW)
        ->setPropertyValue("ParaStyleName", uno::Any(styleName(style)));
    text->insertString(end, toOUString(content), false);
    text->insertControlCharacter(text->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
}

void ReportDocument::table(const std::vector<std::vector<std::string>>& rows)
{
    ReportTable cells;
    for (const auto& row : rows) {
        cells.emplace_back();
        for (const std::string& text : row)
            cells.back().push_back({{text, {}, {}}});
    }
    table(cells, std::string(), true);
}

void ReportDocument::table(const ReportTable& rows, const std::string& linkBase, bool labelledRows)
{
    if (rows.empty() || rows.front().empty())
        return;
    // Without a view following every change: a window that lays each cell out as it is written makes a table
    // of thousands of rows take minutes.
    const ViewsLocked locked(Reference<frame::XModel>(mxDocument, UNO_QUERY_THROW));
    const Reference<text::XText> text = mxDocument->getText();
    const Reference<text::XTextTable> table(Reference<lang::XMultiServiceFactory>(mxDocument, UNO_QUERY_THROW)
                                                ->createInstance("com.sun.star.text.TextTable"),
                                            UNO_QUERY_THROW);
    table->initialize(static_cast<sal_Int32>(rows.size()), static_cast<sal_Int32>(rows.front().size()));
    text->insertTextContent(text->getEnd(), Reference<text::XTextContent>(table, UNO_QUERY_THROW), false);
    Reference<beans::XPropertySet>(table, UNO_QUERY_THROW)->setPropertyValue("RepeatHeadline", uno::Any(true));
    // A row is never split across pages: a quote and its codes stay together in print.
    const Reference<container::XIndexAccess> tableRows(table->getRows(), UNO_QUERY_THROW);
    for (sal_Int32 r = 0; r < tableRows->getCount(); ++r)
        Reference<beans::XPropertySet>(tableRows->getByIndex(r), UNO_QUERY_THROW)->setPropertyValue("IsSplitAllowed", uno::Any(false));
    // The text of every plain cell in one call (a table of thousands of rows takes seconds, cell by cell
    // minutes); a cell of several lines or with a link is then written on its own.
    const auto plain = [](const ReportCell& lines) { return lines.size() == 1 && lines.front().codingId.empty(); };
    Sequence<Sequence<uno::Any>> data(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Sequence<uno::Any> row(static_cast<sal_Int32>(rows[r].size()));
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            row[static_cast<sal_Int32>(c)] = uno::Any(plain(rows[r][c]) ? toOUString(rows[r][c].front().text) : OUString());
        data[static_cast<sal_Int32>(r)] = row;
    }
    Reference<sheet::XCellRangeData>(table, UNO_QUERY_THROW)->setDataArray(data);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const ReportCell& lines = rows[r][c];
            if (plain(lines))
                continue;
            const Reference<text::XText> cell(table->getCellByName(lcl_cellName(r, c)), UNO_QUERY_THROW);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    cell->insertControlCharacter(cell->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
                const Reference<text::XTextCursor> cursor = cell->createTextCursorByRange(cell->getEnd());
                cell->insertString(Reference<text::XTextRange>(cursor, UNO_QUERY_THROW), toOUString(lines[i].text), true);
                const std::string& target = lines[i].document.empty() ? linkBase : lines[i].document;
                if (!lines[i].codingId.empty() && !target.empty())
                    Reference<beans::XPropertySet>(cursor, UNO_QUERY_THROW)
                        ->setPropertyValue("HyperLinkURL", uno::Any(toOUString(target + "#" + anchorName(lines[i].codingId))));
            }
        }
    // The header row bold, and the first column when it names the rows.
    const Reference<table::XCellRange> cells(table, UNO_QUERY_THROW);
    const auto bold = [&](const OUString& range) {
        Reference<beans::XPropertySet>(cells->getCellRangeByName(range), UNO_QUERY_THROW)
            ->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::BOLD));
    };
    bold("A1:" + lcl_cellName(0, rows.front().size() - 1));
    if (labelledRows)
        bold("A1:" + lcl_cellName(rows.size() - 1, 0));
}

Reference<frame::XModel> ReportDocument::model() const
{
    return Reference<frame::XModel>(mxDocument, UNO_QUERY_THROW);
}

Reference<text::XTextRange> ReportDocument::end() const
{
    return mxDocument->getText()->getEnd();
}

Reference<lang::XComponent> ReportDocument::done()
{
    Reference<util::XModifiable>(mxDocument, UNO_QUERY_THROW)->setModified(false);
    return Reference<lang::XComponent>(mxDocument, UNO_QUERY_THROW);
}

void ReportDocument::content(const ReportContent& report, const std::string& linkBase, const std::function<void()>& underFirstHeading)
{
    paragraph(ParagraphStyle::Title, report.title);
    for (const std::string& text : report.introduction)
        paragraph(ParagraphStyle::Body, text);
    bool first = true;
    for (const ReportSection& section : report.sections) {
        paragraph(ParagraphStyle::Heading, section.heading);
        if (first && underFirstHeading)
            underFirstHeading();
        first = false;
        for (const std::string& text : section.paragraphs)
            paragraph(ParagraphStyle::Body, text);
        for (const CaptionedTable& captioned : section.tables) {
            if (!captioned.caption.empty())
                paragraph(ParagraphStyle::Body, captioned.caption);
            table(captioned.rows, linkBase, captioned.labelledRows);
        }
    }
}

} // namespace pt::extension
