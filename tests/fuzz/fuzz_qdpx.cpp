// Fuzz target: a REFI-QDA project.qde in a package with one source file ("sources/s.txt") taken from the
// input's tail after a form feed, then placed on a document as an import would.
#include "core/CodingMerge.hpp"
#include "core/QdpxPackage.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find('\f');
    const std::string project = input.substr(0, split);
    const std::string source = split == std::string::npos ? std::string() : input.substr(split + 1);
    try {
        const pt::QdpxPackage package({"project.qde", "sources/s.txt"}, [&](const std::string& entry) {
            return std::optional<std::string>(entry == "project.qde" ? project : source);
        });
        const pt::QdpxRead read = package.readProject("2026-11-23T00:00:00Z");
        const std::u32string document = U"Interviewer: Hello.\nCoach 1: Time, above all.";
        std::string how;
        if (const pt::QdpxSource* found = pt::matchingSource(read.project, "x.odt", document, how)) {
            const std::vector<pt::ForeignCoding> none;
            const pt::Codebook& ours = pt::defaultCodebook();
            (void)pt::planMerge({ours, none, document}, {read.project.codebook, found->codings, found->text}, true);
        }
    } catch (const pt::InvalidInput&) {
    }
    return 0;
}
