#pragma once

#include "core/CodedDocument.hpp"
#include "core/Problem.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pt {

/// A file of a ZIP package by its path ("content.xml"), or nullopt when there is none.
using PackageReader = std::function<std::optional<std::string>(const std::string& path)>;

struct OfficeFile {
    CodedDocument document;
    Problems problems; ///< what could not be read (a damaged pack, a broken record), with where
};

/// Reads a coded transcript without LibreOffice: its payload (the custom document properties) and its
/// text with the anchors' spans, counted as the extension counts them (paragraphs and table cells joined
/// by "\n", a line break "\n", a tab "\t"). ODT (content.xml, meta.xml) and DOCX (word/document.xml,
/// docProps/custom.xml) come as packages; a flat ODT (.fodt) is one XML file, `flatXml`. Throws
/// InvalidInput for a file that is none of these.
OfficeFile readOfficePackage(const std::string& name, const PackageReader& package);
OfficeFile readFlatOdt(const std::string& name, std::string_view flatXml);

} // namespace pt
