#include "commands/SelectionCoding.hxx"

#include "document/DocumentStore.hxx"
#include "common/OfficeUser.hxx"
#include "common/UnoStrings.hxx"
#include "common/Workbench.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::rtl::OUString;

namespace pt::extension {

namespace {

/// Text ranges of the current selection in the text, leaving out empty ones (a bare cursor).
std::vector<Reference<text::XTextRange>> lcl_selectedRanges(const Reference<frame::XController>& controller)
{
    std::vector<Reference<text::XTextRange>> ranges;
    Reference<view::XSelectionSupplier> supplier(controller, UNO_QUERY);
    Reference<container::XIndexAccess> selection(supplier.is() ? supplier->getSelection() : Any(), UNO_QUERY);
    for (sal_Int32 i = 0; selection.is() && i < selection->getCount(); ++i) {
        Reference<text::XTextRange> range(selection->getByIndex(i), UNO_QUERY);
        if (range.is() && !range->getString().isEmpty())
            ranges.push_back(range);
    }
    return ranges;
}

} // namespace

CodingOutcome codeSelection(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                            const std::string& codeId, const std::string& memo, const UiText& text)
{
    const Reference<frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    Reference<lang::XComponent> document(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
    Reference<text::XTextDocument> textDocument(document, UNO_QUERY);
    if (!textDocument.is())
        return {false, text.get("NoDocument")};
    DocumentStore store(document);
    const Codebook codebook = store.codebook();
    const Code* code = codebook.find(codeId);
    if (!code)
        return {false, text.get("NoCode")};
    if (code->retired)
        return {false, text.get("Retired", {toOUString(code->name)})};
    if (!code->codable)
        return {false, text.get("NotCodable", {toOUString(code->name)})};
    const std::vector<Reference<text::XTextRange>> ranges = lcl_selectedRanges(controller);
    if (ranges.empty())
        return {false, text.get("NoSelection")};
    store.addCodings(ranges, code->id, memo, currentCoderName(context));
    Workbench::instance().noteUsed(code->id);
    return {true, text.get("Coded", {OUString::number(static_cast<sal_Int64>(ranges.size())), toOUString(code->name)})};
}

CodingOutcome codeSelectionAsNewCode(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                                     const std::string& name, const UiText& text)
{
    const Reference<frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    Reference<lang::XComponent> document(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
    if (!Reference<text::XTextDocument>(document, UNO_QUERY).is())
        return {false, text.get("NoDocument")};
    const std::vector<Reference<text::XTextRange>> ranges = lcl_selectedRanges(controller);
    if (ranges.empty())
        return {false, text.get("NoSelection")};
    const Code code = DocumentStore(document).codeWithNewCode(ranges, name, currentCoderName(context));
    Workbench::instance().noteUsed(code.id);
    Workbench::instance().setChosenCode(frame, code.id);
    return {true, text.get("NewCodeMade", {toOUString(code.name)})};
}

} // namespace pt::extension
