#include "Corpus.hpp"

#include "ZipArchive.hpp"

#include "core/QdpxPackage.hpp"
#include "core/Study.hpp"
#include "core/Timestamp.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace pt::cli {

namespace {

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool isTranscript(const fs::path& path)
{
    const std::string extension = lowered(path.extension().string());
    return extension == ".odt" || extension == ".docx" || extension == ".fodt" || extension == ".qdpx";
}

/// The texts of a REFI-QDA project, each a transcript; what the reading had to be lenient about or could
/// not carry over is told as a transcript's problems are.
std::vector<OfficeFile> readProject(const ZipArchive& archive, const std::string& now)
{
    const QdpxPackage package(archive.names(), [&](const std::string& entry) { return archive.read(entry); });
    const QdpxRead read = package.readProject(now);
    std::vector<OfficeFile> files;
    for (CodedDocument& document : codedDocumentsOf(read.project))
        files.push_back({std::move(document), {}});
    Problems told = read.lenient;
    told.insert(told.end(), read.notes.begin(), read.notes.end());
    if (files.empty())
        throw InvalidInput(Problem{"project", "has no texts (a codebook only): there is nothing to report"});
    files.front().problems = std::move(told);
    return files;
}

ReadTranscript readOne(const std::string& path)
{
    ReadTranscript read;
    read.path = path;
    const std::string name = fs::path(path).filename().string();
    try {
        if (lowered(fs::path(path).extension().string()) == ".fodt") {
            std::ifstream in(path, std::ios::binary);
            std::stringstream content;
            content << in.rdbuf();
            if (!in)
                throw std::runtime_error(path + ": cannot be read");
            read.files.push_back(readFlatOdt(name, content.str()));
        } else if (lowered(fs::path(path).extension().string()) == ".qdpx") {
            read.files = readProject(ZipArchive(path), utcTimestamp());
        } else {
            const ZipArchive archive(path);
            read.files.push_back(readOfficePackage(name, [&](const std::string& entry) { return archive.read(entry); }));
        }
        for (OfficeFile& file : read.files)
            file.document.location = fs::absolute(path).string();
    } catch (const InvalidInput& error) {
        read.error = path + ": " + describe(error.problems());
    } catch (const std::exception& error) {
        read.error = error.what();
    }
    return read;
}

} // namespace

std::vector<std::string> findTranscripts(const std::vector<std::string>& paths, std::vector<std::string>& errors,
                                         std::vector<Study>* studies)
{
    std::vector<std::string> found;
    for (const std::string& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error) && fs::is_regular_file(fs::path(path) / kStudyFile, error)) {
            // A study: its transcripts, wherever they are, and no other file of its folder.
            try {
                std::ifstream in(fs::path(path) / kStudyFile, std::ios::binary);
                const Study study = parseStudyJson(std::string(std::istreambuf_iterator<char>(in), {}));
                for (const std::string& transcript : study.transcripts) {
                    const std::string resolved = resolvedStudyPath(fs::absolute(path).string(), transcript);
                    if (fs::is_regular_file(resolved, error))
                        found.push_back(resolved);
                    else
                        errors.push_back(resolved + ": a transcript of the study \"" + study.name
                                         + "\" is not there (moved, renamed or deleted?)");
                }
                if (studies)
                    studies->push_back(study);
            } catch (const InvalidInput& invalid) {
                errors.push_back((fs::path(path) / kStudyFile).string() + ": " + describe(invalid.problems()));
            }
        } else if (fs::is_directory(path, error)) {
            std::vector<std::string> inFolder;
            for (auto entry = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
                 entry != fs::recursive_directory_iterator(); entry.increment(error))
                if (entry->is_regular_file(error) && isTranscript(entry->path())
                    && entry->path().filename().string().rfind(".~lock", 0) != 0)
                    inFolder.push_back(entry->path().string());
            std::sort(inFolder.begin(), inFolder.end());
            found.insert(found.end(), inFolder.begin(), inFolder.end());
        } else if (fs::is_regular_file(path, error)) {
            found.push_back(path);
        } else {
            errors.push_back(path + ": no such file or folder");
        }
    }
    return found;
}

std::vector<ReadTranscript> readTranscripts(const std::vector<std::string>& paths, bool progress)
{
    std::vector<ReadTranscript> read(paths.size());
    std::atomic<std::size_t> next{0}, done{0};
    std::mutex output;
    const auto work = [&] {
        for (std::size_t i; (i = next++) < paths.size();) {
            read[i] = readOne(paths[i]);
            const std::size_t count = ++done;
            if (progress) {
                const std::lock_guard<std::mutex> guard(output);
                std::cerr << "\rReading " << count << " of " << paths.size() << " transcripts" << std::flush;
            }
        }
    };
    const unsigned cores = std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(), static_cast<unsigned>(paths.size())));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < cores; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread& thread : threads)
        thread.join();
    if (progress && !paths.empty())
        std::cerr << "\n";
    return read;
}

} // namespace pt::cli
