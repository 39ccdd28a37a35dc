// Fuzz target: what powertri reads from a transcript without LibreOffice: the input as a flat ODT, as an
// ODT's content.xml and as a DOCX's word/document.xml.
#include "core/CodingReport.hpp"
#include "core/OfficeFiles.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto use = [](const pt::OfficeFile& file) { (void)pt::makeCodingReport({file.document}); };
    try {
        use(pt::readFlatOdt("x.fodt", input));
    } catch (const pt::InvalidInput&) {
    }
    for (const char* part : {"content.xml", "word/document.xml"}) {
        try {
            use(pt::readOfficePackage("x", [&](const std::string& path) -> std::optional<std::string> {
                if (path == part)
                    return input;
                return std::nullopt;
            }));
        } catch (const pt::InvalidInput&) {
        }
    }
    return 0;
}
