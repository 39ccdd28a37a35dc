#include "core/TranscriptFile.hpp"

#include "core/TextPlacement.hpp"

namespace pt {

std::vector<Cue> readTranscriptFile(const std::string& name, std::string_view content, const PackageReader& package)
{
    const auto format = transcriptFormatOf(name, content);
    if (!format)
        throw InvalidInput(Problem{name, "is not a transcript this reads: it reads " + readableTranscriptFormats()});
    if (*format != TranscriptFormat::WordProcessor)
        return readCues(*format, content);
    if (content.size() > kLargestTranscriptFile)
        return readCues(*format, content); // refused there, with the same message as any other file
    const bool flat = name.size() > 5 && name.compare(name.size() - 5, 5, ".fodt") == 0;
    const OfficeFile file = flat ? readFlatOdt(name, content) : readOfficePackage(name, package);
    return readCues(TranscriptFormat::WordProcessor, toUtf8(file.document.text));
}

bool isTranscriptionToolFile(std::string_view fileName)
{
    const auto format = transcriptFormatOf(fileName, "");
    return format && *format != TranscriptFormat::WordProcessor;
}

std::string transcriptFileName(std::string_view sourceName, const std::function<bool(const std::string&)>& taken)
{
    const std::size_t dot = sourceName.rfind('.');
    const std::string stem(dot == std::string_view::npos || dot == 0 ? sourceName : sourceName.substr(0, dot));
    std::string name = stem + ".odt";
    for (int copy = 2; taken(name); ++copy)
        name = stem + " (" + std::to_string(copy) + ").odt";
    return name;
}

std::string readableTranscriptFormats()
{
    std::string names;
    for (const TranscriptFormat format : {TranscriptFormat::SubRip, TranscriptFormat::WebVtt, TranscriptFormat::WhisperJson,
                                          TranscriptFormat::PlainText, TranscriptFormat::NoScribeHtml,
                                          TranscriptFormat::OTranscribe, TranscriptFormat::WordProcessor})
        names += (names.empty() ? "" : ", ") + formatName(format);
    return names;
}

} // namespace pt
