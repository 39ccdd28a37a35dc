// Fuzz target: a document's payload as LibreOffice or a DOCX hands it over, custom properties "name=value"
// one per line: chunks joined into records, packs unpacked (base64, zlib), records read as JSON.
#include "core/Payload.hpp"
#include "core/PropertyChunks.hpp"
#include "core/RecordPacks.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char*>(data), size);
    pt::PropertyMap properties;
    for (std::size_t at = 0; at < input.size();) {
        const std::size_t end = std::min(input.find('\n', at), input.size());
        const std::string line = input.substr(at, end - at);
        if (const std::size_t equals = line.find('='); equals != std::string::npos)
            properties[line.substr(0, equals)] = line.substr(equals + 1);
        at = end + 1;
    }
    pt::Problems problems;
    const pt::Records stored = pt::joinRecords(properties, pt::kRecordKeyPrefix, problems);
    try {
        const pt::PayloadReadResult read = pt::readPayload(pt::unpackRecords(stored, problems));
        (void)read;
    } catch (const pt::InvalidInput&) {
        // refused with a message: what hostile input should get
    }
    return 0;
}
