#include "PseudonymiseCommand.hpp"

#include "FileBytes.hpp"
#include "ZipArchive.hpp"

#include "core/PseudonymisedFiles.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

namespace fs = std::filesystem;

namespace pt::cli {

namespace {

constexpr int kOk = 0, kSomeFilesUnread = 1, kUsage = 2, kFailed = 3;
constexpr std::size_t kLargestKeyFile = 16u << 20;
constexpr std::size_t kLargestTranscript = 1u << 30;

bool isTranscript(const fs::path& path)
{
    const std::string extension = path.extension().string();
    return extension == ".odt" || extension == ".docx" || extension == ".fodt";
}

/// The transcripts named, and those in the folders named (not their subfolders), in name order.
std::vector<fs::path> inputFiles(const std::vector<std::string>& inputs, std::vector<std::string>& errors)
{
    std::vector<fs::path> files;
    for (const std::string& input : inputs) {
        std::error_code error;
        if (fs::is_directory(input, error)) {
            std::vector<fs::path> found;
            for (const fs::directory_entry& entry : fs::directory_iterator(input, error))
                if (entry.is_regular_file() && isTranscript(entry.path()))
                    found.push_back(entry.path());
            std::sort(found.begin(), found.end());
            if (found.empty())
                errors.push_back(input + ": holds no transcript (.odt, .docx, .fodt)");
            files.insert(files.end(), found.begin(), found.end());
        } else if (!fs::exists(input, error)) {
            errors.push_back(input + ": no such file or folder");
        } else if (!isTranscript(input)) {
            errors.push_back(input + ": is not a transcript (.odt, .docx, .fodt)");
        } else {
            files.emplace_back(input);
        }
    }
    return files;
}

PseudonymisationCount pseudonymiseFile(const fs::path& file, const fs::path& target, const PseudonymKey& key)
{
    const std::string name = file.filename().string();
    PseudonymisationCount count;
    if (file.extension() == ".fodt") {
        const std::string xml = pseudonymisedFlatOdt(fileBytes(file, kLargestTranscript, "a transcript"), key, name, count);
        const fs::path partial = target.string() + ".partial";
        {
            std::ofstream out(partial, std::ios::binary);
            out << xml;
            if (!out.flush())
                throw std::runtime_error(target.string() + ": cannot be written");
        }
        fs::rename(partial, target);
        return count;
    }
    PackageEntries entries;
    {
        const ZipArchive archive(file.string());
        for (const std::string& entry : archive.names())
            if (auto bytes = archive.read(entry))
                entries.emplace_back(entry, std::move(*bytes));
    }
    count = pseudonymisePackage(entries, key, name);
    writeZip(target.string(), entries); // libzip writes a temporary file, then renames
    return count;
}

std::string summary(const PseudonymisationCount& count)
{
    std::string text = std::to_string(count.replaced) + " replaced";
    std::string terms;
    for (const auto& [term, n] : count.byTerm)
        terms += (terms.empty() ? "" : ", ") + term + ": " + std::to_string(n);
    if (!terms.empty())
        text += " (" + terms + ")";
    return text + ", " + std::to_string(count.codingsTouched) + (count.codingsTouched == 1 ? " coding" : " codings") + " touched";
}

} // namespace

int pseudonymiseCommand(const std::vector<std::string>& inputs, const std::string& keyPath, const std::string& out, bool reverse)
{
    if (keyPath.empty() || out.empty()) {
        std::cerr << "powertri: pseudonymise: give --key KEY.csv (or .json) and --out FOLDER\nTry 'powertri --help'.\n";
        return kUsage;
    }
    PseudonymKey key;
    try {
        key = keyFromFile(fileBytes(keyPath, kLargestKeyFile, "a key"), fs::path(keyPath).filename().string());
        if (reverse)
            key = reversedKey(key);
    } catch (const Refusal& refusal) {
        std::cerr << "powertri: pseudonymise: " << keyPath << ": " << refusal.what() << "\nNothing was written.\n";
        return kFailed;
    } catch (const std::exception& failure) {
        std::cerr << "powertri: pseudonymise: " << keyPath << ": " << failure.what() << "\nNothing was written.\n";
        return kFailed;
    }
    std::vector<std::string> errors;
    const std::vector<fs::path> files = inputFiles(inputs, errors);
    std::error_code error;
    if (fs::exists(out, error) && !fs::is_directory(out, error)) {
        std::cerr << "powertri: pseudonymise: --out " << out << " is a file; it names a folder\n";
        return kUsage;
    }
    fs::create_directories(out, error);
    PseudonymisationCount total;
    std::size_t written = 0;
    std::set<std::string> targets;
    for (const fs::path& file : files) {
        const fs::path target = fs::path(out) / file.filename();
        try {
            if (fs::equivalent(file, target, error))
                throw std::runtime_error("--out is the file's own folder: the original is never replaced");
            if (fs::exists(target) || !targets.insert(target.string()).second)
                throw std::runtime_error(target.string() + " exists already: nothing is replaced; remove it or choose another --out");
            const PseudonymisationCount count = pseudonymiseFile(file, target, key);
            total.add(count);
            ++written;
            std::cout << file.string() << " → " << target.string() << ": " << summary(count) << "\n";
        } catch (const InvalidInput& failure) {
            errors.push_back(file.string() + ": " + describe(failure.problems()));
        } catch (const std::exception& failure) {
            errors.push_back(file.string() + ": " + failure.what());
        }
    }
    for (const PseudonymTerm& term : key.terms)
        if (written > 0 && total.byTerm.count(term.term) == 0)
            std::cout << "\"" << term.term << "\" was found in none of the transcripts\n";
    for (const std::string& message : errors)
        std::cerr << "powertri: " << message << "\n";
    return written == 0 ? kFailed : errors.empty() ? kOk : kSomeFilesUnread;
}

} // namespace pt::cli
