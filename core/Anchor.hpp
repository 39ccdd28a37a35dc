#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pt {

/// Name of the bookmark that anchors a coding in the text: "_PT" and the 32 hex digits of the coding's GUID.
/// 35 characters, because DOCX cuts bookmark names after 40; the leading underscore hides it from Word's
/// bookmark list.
std::string anchorName(std::string_view codingId);

/// The coding id an anchor names. Nothing else matches, including the renamed copies LibreOffice makes when
/// coded text is copied and pasted ("_PT…1"), so a copy never becomes a second coding with the same id.
std::optional<std::string> codingIdFromAnchor(std::string_view name);

} // namespace pt
