#pragma once

#include <rtl/ustring.hxx>

namespace pt::extension {

/// Writer's paragraph styles that the extension writes with, by their programmatic names. Writer accepts
/// display names too, but they change between versions and languages ("Text Body" is "Body Text" in
/// LibreOffice 24.2 and later, and refused as a name there); programmatic names never change.
enum class ParagraphStyle { Title, Heading, Body, TableContents };

inline ::rtl::OUString styleName(ParagraphStyle style)
{
    switch (style) {
    case ParagraphStyle::Title:
        return "Title";
    case ParagraphStyle::Heading:
        return "Heading 1";
    case ParagraphStyle::Body:
        return "Text body";
    case ParagraphStyle::TableContents:
        return "Table Contents";
    }
    return "Standard";
}

} // namespace pt::extension
