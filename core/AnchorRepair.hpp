#pragma once

#include "core/TextPlacement.hpp"

#include <optional>
#include <string_view>

namespace pt {

/// Where an anchor that another program cut short belongs. LibreOffice 7.4's DOCX import can lose the start
/// of a bookmark that crosses a paragraph break, leaving only the end of a coded passage anchored. The
/// coding still knows its whole passage (`codedText`): the anchor is repaired to the one occurrence of that
/// text which holds what is left of the anchor, preferring one that shares its end or its start with it.
///
/// Nothing is repaired when the anchor still shows its coded text, when it is collapsed (a deleted
/// passage), when it grew, or when the coded text is no longer all there around it: all of these are what
/// editing does, and an edit is never undone behind the user's back. An ambiguous case is left alone too.
std::optional<TextSpan> repairedAnchor(std::u32string_view text, TextSpan anchor, std::u32string_view codedText);

} // namespace pt
