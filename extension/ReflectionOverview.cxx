#include "ReflectionOverview.hxx"

#include "DocumentStore.hxx"
#include "MessageBoxes.hxx"
#include "ReflectionTables.hxx"
#include "UiText.hxx"
#include "UnoStrings.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XModifiable.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

void lcl_paragraph(const Reference<text::XText>& text, const char* style, const std::string& content)
{
    const Reference<text::XTextRange> end = text->getEnd();
    Reference<beans::XPropertySet>(text->createTextCursorByRange(end), UNO_QUERY_THROW)
        ->setPropertyValue("ParaStyleName", uno::Any(OUString::createFromAscii(style)));
    text->insertString(end, toOUString(content), false);
    text->insertControlCharacter(text->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
}

void lcl_table(const Reference<text::XTextDocument>& document, const TableRows& rows)
{
    const Reference<text::XText> text = document->getText();
    Reference<text::XTextTable> table(Reference<lang::XMultiServiceFactory>(document, UNO_QUERY_THROW)
                                          ->createInstance("com.sun.star.text.TextTable"),
                                      UNO_QUERY_THROW);
    table->initialize(static_cast<sal_Int32>(rows.size()), static_cast<sal_Int32>(rows.front().size()));
    text->insertTextContent(text->getEnd(), Reference<text::XTextContent>(table, UNO_QUERY_THROW), false);
    Reference<beans::XPropertySet>(table, UNO_QUERY_THROW)->setPropertyValue("RepeatHeadline", uno::Any(true));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const OUString name = OUString(sal_Unicode('A' + c)) + OUString::number(static_cast<sal_Int64>(r + 1));
            Reference<text::XText> cell(table->getCellByName(name), UNO_QUERY_THROW);
            cell->setString(toOUString(rows[r][c]));
            if (r == 0 || c == 0)
                Reference<beans::XPropertySet>(cell->createTextCursorByRange(Reference<text::XTextRange>(cell, UNO_QUERY_THROW)), UNO_QUERY_THROW)
                    ->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::BOLD));
        }
}

} // namespace

OUString openReflectionOverview(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame)
{
    const UiText text(context);
    const DocumentStore store(DocumentStore::documentIn(frame)); // refuses a frame without a Writer document
    std::vector<ReflectionCycle> cycles;
    Problems damaged;
    for (const ReflectionTables::Found& table : ReflectionTables(store.document(), loadReflectionPrompts(context)).readAll()) {
        if (table.read.cycle)
            cycles.push_back(*table.read.cycle);
        else
            damaged.insert(damaged.end(), table.read.problems.begin(), table.read.problems.end());
    }
    if (cycles.empty() && damaged.empty()) {
        const OUString message = text.get("NoReflectionCycle");
        showMessageBox(context, Reference<awt::XWindowPeer>(frame->getContainerWindow(), UNO_QUERY),
                       awt::MessageBoxType_INFOBOX, text.get("ReflectionOverview"), message);
        return message;
    }
    const TableLanguage language = !cycles.empty() ? cycles.front().language
                                   : uiLocale(context).Language == "sv" ? TableLanguage::Swedish : TableLanguage::English;
    const ReflectionWords& words = reflectionWords(language);
    const Reference<text::XTextDocument> overview(
        frame::Desktop::create(context)->loadComponentFromURL("private:factory/swriter", "_blank", 0, {}), UNO_QUERY_THROW);
    const Reference<text::XText> body = overview->getText();
    lcl_paragraph(body, "Title", words.overview + (cycles.empty() || cycles.back().improvementWork.empty()
                                                       ? std::string() : ": " + cycles.back().improvementWork));
    if (!cycles.empty())
        for (const Step step : kSteps) {
            lcl_paragraph(body, "Heading 1", words.steps[static_cast<std::size_t>(step)]);
            lcl_table(overview, cyclesOverviewRows(cycles, step, language));
        }
    if (!damaged.empty()) {
        lcl_paragraph(body, "Heading 1", words.notRead);
        for (const Problem& problem : damaged)
            lcl_paragraph(body, "Text Body", problem.describe());
    }
    Reference<util::XModifiable>(overview, UNO_QUERY_THROW)->setModified(false);
    return text.get("ReflectionOverviewOpened", {OUString::number(static_cast<sal_Int64>(cycles.size()))});
}

} // namespace pt::extension
