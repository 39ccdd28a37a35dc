#include "reports/ReflectionOverview.hxx"

#include "document/DocumentStore.hxx"
#include "common/MessageBoxes.hxx"
#include "reports/ReflectionTables.hxx"
#include "reports/ReportDocument.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"

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
    ReportDocument overview(context, false);
    overview.paragraph(ParagraphStyle::Title, words.overview + (cycles.empty() || cycles.back().improvementWork.empty()
                                                       ? std::string() : ": " + cycles.back().improvementWork));
    if (!cycles.empty())
        for (const Step step : kSteps) {
            overview.paragraph(ParagraphStyle::Heading, words.steps[static_cast<std::size_t>(step)]);
            overview.table(cyclesOverviewRows(cycles, step, language));
        }
    if (!damaged.empty()) {
        overview.paragraph(ParagraphStyle::Heading, words.notRead);
        for (const Problem& problem : damaged)
            overview.paragraph(ParagraphStyle::Body, problem.describe());
    }
    overview.done();
    return text.get("ReflectionOverviewOpened", {OUString::number(static_cast<sal_Int64>(cycles.size()))});
}

} // namespace pt::extension
