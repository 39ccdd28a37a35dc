#include "TranscriptCommand.hpp"

#include "FileBytes.hpp"
#include "ZipArchive.hpp"

#include "core/TranscriptFile.hpp"
#include "core/TranscriptOdt.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace pt::cli {

namespace {

constexpr int kOk = 0, kSomeFilesUnread = 1, kUsage = 2, kFailed = 3;

/// The files to convert: those named, and in folders (not their subfolders: a folder of recordings holds
/// one tool's output per recording) those of a kind a transcription tool writes, in name order.
std::vector<fs::path> inputFiles(const std::vector<std::string>& inputs, std::vector<std::string>& errors)
{
    std::vector<fs::path> files;
    for (const std::string& input : inputs) {
        std::error_code error;
        if (fs::is_directory(input, error)) {
            std::vector<fs::path> found;
            for (const fs::directory_entry& entry : fs::directory_iterator(input, error)) {
                const auto format = transcriptFormatOf(entry.path().filename().string(), "");
                if (entry.is_regular_file() && format && *format != TranscriptFormat::WordProcessor)
                    found.push_back(entry.path());
            }
            std::sort(found.begin(), found.end());
            if (found.empty())
                errors.push_back(input + ": holds no transcription tool's file (" + readableTranscriptFormats() + ")");
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(input, error)) {
            files.emplace_back(input);
        } else {
            errors.push_back(input + ": no such file or folder");
        }
    }
    return files;
}

std::vector<Cue> cuesOf(const fs::path& path)
{
    const std::string name = path.filename().string();
    const auto format = transcriptFormatOf(name, "");
    if (format == TranscriptFormat::WordProcessor && path.extension() != ".fodt") {
        const ZipArchive archive(path.string());
        return readTranscriptFile(name, "", [&](const std::string& entry) { return archive.read(entry); });
    }
    return readTranscriptFile(name, fileBytes(path, kLargestTranscriptFile, "a transcript file"), [](const std::string&) { return std::nullopt; });
}

void write(const fs::path& out, const std::vector<TranscriptTurn>& turns, const TranscriptLayout& layout)
{
    if (out.extension() == ".fodt") {
        const fs::path partial = out.string() + ".partial";
        {
            std::ofstream file(partial, std::ios::binary);
            file << transcriptAsFlatOdt(turns, layout);
            if (!file.flush())
                throw std::runtime_error(out.string() + ": cannot be written");
        }
        fs::rename(partial, out);
    } else {
        writeZip(out.string(), transcriptOdtPackage(turns, layout)); // libzip writes a temporary file, then renames
    }
}

std::string summary(const std::vector<TranscriptTurn>& turns)
{
    std::string text = std::to_string(turns.size()) + " turns";
    const auto samples = speakerSamples(turns);
    if (samples.empty())
        return text + ", no speakers named in the file";
    text += "; speakers:";
    for (const SpeakerSample& sample : samples)
        text += "\n  " + sample.label + " (" + std::to_string(sample.turns) + (sample.turns == 1 ? " turn" : " turns") + "): \""
                + sample.firstWords + "\"";
    return text;
}

} // namespace

int transcriptCommand(const std::vector<std::string>& inputs, const std::string& speakers, const std::string& out, bool times)
{
    if (out.empty()) {
        std::cerr << "powertri: transcript: give --out OUT.odt (or a folder for several files)\nTry 'powertri --help'.\n";
        return kUsage;
    }
    SpeakerNames names;
    try {
        names = parseSpeakerNames(speakers);
    } catch (const InvalidInput& error) {
        std::cerr << "powertri: transcript: --speakers: " << describe(error.problems()) << "\nTry 'powertri --help'.\n";
        return kUsage;
    }
    std::vector<std::string> errors;
    const std::vector<fs::path> files = inputFiles(inputs, errors);
    std::error_code error;
    const bool intoFolder = files.size() > 1 || fs::is_directory(inputs.front(), error) || fs::is_directory(out, error)
                            || out.back() == '/';
    if (!intoFolder && fs::path(out).extension() != ".odt" && fs::path(out).extension() != ".fodt") {
        std::cerr << "powertri: transcript: --out names an .odt or .fodt file, or a folder\n";
        return kUsage;
    }
    if (intoFolder)
        fs::create_directories(out, error);

    std::set<std::string> labelsSeen;
    std::size_t written = 0;
    const auto targetOf = [&](const fs::path& file) {
        if (!intoFolder)
            return fs::path(out);
        // interview.vtt and interview.otr given together become interview.vtt.odt and interview.otr.odt.
        const bool shared = std::count_if(files.begin(), files.end(), [&](const fs::path& other) { return other.stem() == file.stem(); }) > 1;
        return fs::path(out) / (shared ? file.filename().string() + ".odt" : file.stem().string() + ".odt");
    };
    for (const fs::path& file : files) {
        const fs::path target = targetOf(file);
        try {
            if (fs::exists(target))
                throw std::runtime_error(target.string() + " exists already: nothing is replaced; remove it or choose another --out");
            if (fs::equivalent(file, target, error))
                throw std::runtime_error("--out is the file itself");
            const std::vector<Cue> cues = cuesOf(file);
            for (const Cue& cue : cues)
                labelsSeen.insert(cue.speaker);
            // One file must have every label named; of several, each has its own.
            const std::vector<TranscriptTurn> turns = turnsOf(namedSpeakers(cues, files.size() == 1 ? names : namesPresentIn(cues, names)));
            write(target, turns, TranscriptLayout{times});
            ++written;
            std::cerr << file.string() << " → " << target.string() << ": " << summary(turns) << "\n";
        } catch (const InvalidInput& failure) {
            errors.push_back(file.string() + ": " + describe(failure.problems()));
        } catch (const std::exception& failure) {
            errors.push_back(file.string() + ": " + failure.what());
        }
    }
    for (const auto& [label, name] : names)
        if (labelsSeen.count(label) == 0 && written > 0)
            errors.push_back("--speakers: " + label + " is a speaker of none of the files");
    for (const std::string& message : errors)
        std::cerr << "powertri: " << message << "\n";
    return written == 0 ? kFailed : errors.empty() ? kOk : kSomeFilesUnread;
}

} // namespace pt::cli
