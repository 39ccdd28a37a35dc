#pragma once

#include <com/sun/star/text/XTextRange.hpp>

namespace pt::extension {

/// `range`, or a range over the same text widened to whole characters where it begins or ends between the
/// two UTF-16 units of a character outside the Basic Multilingual Plane (an emoji, a rare CJK character).
/// LibreOffice 24.2 and later return such ranges from a plain findFirst whose search string ends in one;
/// anchored as given, saving drops the character (ODT) or writes "?" (DOCX). Throws
/// css::uno::RuntimeException when the range cannot be made whole.
css::uno::Reference<css::text::XTextRange> wholeCharacters(const css::uno::Reference<css::text::XTextRange>& range);

} // namespace pt::extension
