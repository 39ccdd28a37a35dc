#include "document/WholeCharacters.hxx"

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/character.hxx>
#include <rtl/ustring.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::rtl::OUString;

namespace pt::extension {

namespace {

bool lcl_splitAtStart(const OUString& text)
{
    return !text.isEmpty() && rtl::isLowSurrogate(text[0]);
}

bool lcl_splitAtEnd(const OUString& text)
{
    return !text.isEmpty() && rtl::isHighSurrogate(text[text.getLength() - 1]);
}

} // namespace

Reference<text::XTextRange> wholeCharacters(const Reference<text::XTextRange>& range)
{
    const OUString text = range->getString();
    const bool startSplit = lcl_splitAtStart(text), endSplit = lcl_splitAtEnd(text);
    if (!startSplit && !endSplit)
        return range;
    // Writer's cursors step by code points. From inside a character a step left lands on its start (its
    // first unit is not a low surrogate); a step right from there passes the whole character. A step right
    // from inside it would land on the lone low surrogate, and LibreOffice 25.2 has crashed reading that.
    const Reference<text::XText> owner = range->getText();
    const Reference<text::XTextCursor> end = owner->createTextCursorByRange(range->getEnd());
    if (endSplit) {
        end->goLeft(1, false);
        end->goRight(1, false);
    }
    const Reference<text::XTextCursor> whole = owner->createTextCursorByRange(range->getStart());
    if (startSplit)
        whole->goLeft(1, false);
    whole->gotoRange(end->getEnd(), true);
    const OUString wholeText = whole->getString();
    if (wholeText.isEmpty() || lcl_splitAtStart(wholeText) || lcl_splitAtEnd(wholeText))
        throw uno::RuntimeException("The passage begins or ends inside a character, and could not be widened to "
                                    "whole characters.",
                                    nullptr);
    return Reference<text::XTextRange>(whole, uno::UNO_QUERY_THROW);
}

} // namespace pt::extension
