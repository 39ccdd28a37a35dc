#include "exchange/TranscriptFiles.hxx"

#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "exchange/FileBytes.hxx"

#include "core/TranscriptFile.hpp"
#include "core/TranscriptTurns.hpp"

#include <com/sun/star/ucb/SimpleFileAccess.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

std::vector<Cue> readTranscriptFileAt(const Reference<uno::XComponentContext>& context, const OUString& url)
{
    const std::string name = fileNameOf(url);
    sal_Int32 size = 0;
    try {
        size = ucb::SimpleFileAccess::create(context)->getSize(url);
    } catch (const uno::Exception& error) {
        throw Refusal("file", "\"" + name + "\" cannot be read: " + toUtf8(error.Message));
    }
    if (static_cast<std::size_t>(size) > kLargestTranscriptFile || size < 0)
        throw Refusal("file", "\"" + name + "\" is " + std::to_string(static_cast<std::uint32_t>(size) >> 20)
                                  + " MB; a transcript file is at most " + std::to_string(kLargestTranscriptFile >> 20) + " MB.");
    const auto format = transcriptFormatOf(name, "");
    if (format == TranscriptFormat::WordProcessor && !url.endsWithIgnoreAsciiCase(".fodt"))
        return readTranscriptFile(name, "", packageAt(context, url, "\"" + name + "\" is not a Word or Writer document"));
    return readTranscriptFile(name, readFileBytes(context, url), [](const std::string&) { return std::nullopt; });
}

std::optional<NamedTranscript> labelsAsTheyAre(const std::string&, const std::vector<Cue>& cues)
{
    return NamedTranscript{turnsOf(cues), TranscriptLayout{}};
}

} // namespace pt::extension
