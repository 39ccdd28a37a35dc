#include "exchange/StudyFiles.hxx"

#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "exchange/FileBytes.hxx"
#include "exchange/StudyLock.hxx"
#include "document/OdtPackages.hxx"

#include "core/Json.hpp"
#include "core/OfficeFiles.hpp"
#include "core/TranscriptFile.hpp"

#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <osl/file.hxx>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <mutex>
#include <set>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

namespace {

std::string lcl_systemPath(const OUString& url, const char* field)
{
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        throw Refusal(field, "\"" + toUtf8(url) + "\" is not a file on this computer.");
    return toUtf8(path);
}

OUString lcl_fileUrl(const std::string& path)
{
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(toOUString(path), url);
    return url;
}

std::string lcl_folderOf(const OUString& studyUrl)
{
    return std::filesystem::path(lcl_systemPath(studyUrl, "study")).parent_path().string();
}

/// The study's codebook.json, beside its study.json.
OUString lcl_codebookUrl(const OUString& studyUrl)
{
    return studyUrl.copy(0, studyUrl.lastIndexOf('/') + 1) + kStudyCodebookFile;
}


void lcl_writeStudy(const Reference<uno::XComponentContext>& context, const OUString& studyUrl, const Study& study)
{
    try {
        writeFileBytes(context, studyUrl, dumpJsonForPeople(studyToJson(study)));
    } catch (const Refusal& refusal) {
        throw Refusal("study", refusal.what());
    }
}

/// A transcript read from its file without opening it in Writer.
OfficeFile lcl_readTranscript(const Reference<uno::XComponentContext>& context, const OUString& url)
{
    const std::string name = fileNameOf(url);
    if (url.endsWithIgnoreAsciiCase(".fodt"))
        return readFlatOdt(name, readFileBytes(context, url));
    return readOfficePackage(name, packageAt(context, url, "\"" + name + "\" is no transcript Power Triangle can read (ODT, DOCX, FODT)"));
}

/// Transcripts read from their files, by URL, with the time the file was last changed.
struct ReadTranscript {
    util::DateTime modified;
    CodedDocument document;
};
std::mutex gReadMutex;
std::map<OUString, ReadTranscript> gRead;

bool lcl_same(const util::DateTime& a, const util::DateTime& b)
{
    return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day && a.Hours == b.Hours && a.Minutes == b.Minutes
           && a.Seconds == b.Seconds && a.NanoSeconds == b.NanoSeconds;
}

/// Keeps in memory only the transcripts of `study` (whose folder is `folder`): another study's go.
void lcl_keepOnly(const Study& study, const std::string& folder)
{
    std::set<OUString> urls;
    for (const std::string& path : study.transcripts)
        urls.insert(lcl_fileUrl(resolvedStudyPath(folder, path)));
    std::lock_guard<std::mutex> guard(gReadMutex);
    for (auto read = gRead.begin(); read != gRead.end();)
        read = urls.count(read->first) ? std::next(read) : gRead.erase(read);
}

/// A transcript as a coded document, from memory when its file has not changed since it was last read.
CodedDocument lcl_document(const Reference<uno::XComponentContext>& context, const OUString& url)
{
    const util::DateTime modified = ucb::SimpleFileAccess::create(context)->getDateTimeModified(url);
    {
        std::lock_guard<std::mutex> guard(gReadMutex);
        if (const auto read = gRead.find(url); read != gRead.end() && lcl_same(read->second.modified, modified))
            return read->second.document;
    }
    OfficeFile file = lcl_readTranscript(context, url);
    file.document.location = toUtf8(url);
    std::lock_guard<std::mutex> guard(gReadMutex);
    gRead[url] = {modified, file.document};
    return file.document;
}

} // namespace

Study readStudyFile(const Reference<uno::XComponentContext>& context, const OUString& studyUrl)
{
    std::string bytes;
    try {
        bytes = readFileBytes(context, studyUrl);
    } catch (const Refusal& refusal) {
        throw Refusal("study", refusal.what());
    }
    try {
        return parseStudyJson(bytes);
    } catch (const InvalidInput& error) {
        throw Refusal("study", "\"" + fileNameOf(studyUrl) + "\" is damaged:\n" + describe(error.problems()));
    }
}

OUString createStudy(const Reference<uno::XComponentContext>& context, const OUString& folderUrl, const std::string& name)
{
    const OUString folder = folderUrl.endsWith("/") ? folderUrl : folderUrl + "/";
    const OUString studyUrl = folder + kStudyFile;
    const Reference<ucb::XSimpleFileAccess3> files = ucb::SimpleFileAccess::create(context);
    if (files->exists(studyUrl))
        throw Refusal("folder", "\"" + toUtf8(folderUrl) + "\" holds a study already: open it, or choose another folder.");
    Study study;
    study.name = name.empty() ? std::filesystem::path(lcl_systemPath(folderUrl, "folder")).filename().string() : name;
    try {
        writeFileBytes(context, studyUrl, dumpJsonForPeople(studyToJson(study)));
    } catch (const Refusal& refusal) {
        throw Refusal("folder", refusal.what());
    }
    return studyUrl;
}

namespace {

/// Adds the transcripts at `transcriptUrls` (ODT, DOCX, FODT) to the study (addTranscriptsToStudy).
std::size_t lcl_addTranscripts(const Reference<uno::XComponentContext>& context, const OUString& studyUrl, Study& study,
                               const std::string& folder, const std::vector<OUString>& transcriptUrls, Problems& notes)
{
    std::vector<std::string> paths;
    std::vector<std::pair<std::string, Codebook>> joining; // name, codebook of each transcript new to the study
    for (const OUString& url : transcriptUrls) {
        OfficeFile file;
        try {
            file = lcl_readTranscript(context, url);
        } catch (const InvalidInput& error) {
            throw Refusal("transcripts", "\"" + fileNameOf(url) + "\" could not be read as a transcript:\n" + describe(error.problems()));
        }
        paths.push_back(lcl_systemPath(url, "transcripts"));
        if (const OUString other = studyOfDocument(context, url); !other.isEmpty() && other != studyUrl)
            throw Refusal("transcripts", "\"" + fileNameOf(url) + "\" is a transcript of another study (" + toUtf8(other)
                                             + "). A transcript belongs to one study: add a copy of it instead.");
        const std::string path = studyPathOf(folder, paths.back());
        if (!std::count(study.transcripts.begin(), study.transcripts.end(), path))
            joining.emplace_back(fileNameOf(url), file.document.codebook);
    }
    StudyCodebook codebook = readStudyCodebook(context, studyUrl);
    bool codebookChanged = false;
    for (const auto& [name, own] : joining) {
        try {
            const CodebookSync sync = synchroniseCodebooks(own, {}, codebook, {});
            codebook = sync.study;
            codebookChanged = codebookChanged || sync.studyChanged;
            if (!sync.sent.empty())
                notes.push_back({name, std::to_string(sync.sent.size()) + " of its codes are new to the study and were added to its codebook"});
            for (const std::string& merged : sync.mergedByName)
                notes.push_back({name, "its code \"" + merged + "\" is the study's code of the same name: its codings take that code when it is next opened"});
            for (const CodeConflict& conflict : sync.conflicts)
                notes.push_back({name, "its code \"" + conflict.here.name + "\" differs from the study's \"" + conflict.study.name
                                           + "\": you choose which to keep when it is next opened"});
        } catch (const InvalidInput& error) {
            notes.push_back({name, "its codebook could not join the study's yet (it is tried again when it is opened): " + describe(error.problems())});
        }
    }
    const std::size_t added = addTranscripts(study, folder, paths, notes);
    if (codebookChanged)
        writeStudyCodebook(context, studyUrl, codebook);
    if (added > 0)
        lcl_writeStudy(context, studyUrl, study);
    return added;
}

/// The speakers of the transcription tools' files among `urls` named by `namer`, every one asked before any
/// is written (nullopt in the place of any other file); nothing when the user cancels one.
std::optional<std::vector<std::optional<NamedTranscript>>> lcl_namedTranscripts(const Reference<uno::XComponentContext>& context,
                                                                                const std::vector<OUString>& urls,
                                                                                const TranscriptNamer& namer)
{
    std::vector<std::optional<NamedTranscript>> named;
    for (const OUString& url : urls) {
        const std::string name = fileNameOf(url);
        if (!isTranscriptionToolFile(name)) {
            named.emplace_back();
            continue;
        }
        std::vector<Cue> cues;
        try {
            cues = readTranscriptFileAt(context, url);
        } catch (const Refusal& refusal) {
            throw Refusal("transcripts", "\"" + name + "\" could not be made a transcript:\n" + refusal.what());
        } catch (const InvalidInput& error) {
            throw Refusal("transcripts", "\"" + name + "\" could not be made a transcript:\n" + describe(error.problems()));
        }
        named.push_back(namer(name, cues));
        if (!named.back())
            return std::nullopt;
    }
    return named;
}

/// The named transcripts written in `folder` ("interview 3.odt", or a free name beside it); the URLs with
/// theirs in the place of the tools' files. What was written is added to `made`.
std::vector<OUString> lcl_writtenTranscripts(const Reference<uno::XComponentContext>& context, const std::string& folder,
                                             const std::vector<OUString>& urls, const std::vector<std::optional<NamedTranscript>>& named,
                                             std::vector<OUString>& made, Problems& notes)
{
    std::vector<OUString> result;
    for (std::size_t i = 0; i < urls.size(); ++i) {
        if (!named[i]) {
            result.push_back(urls[i]);
            continue;
        }
        const std::string name = transcriptFileName(fileNameOf(urls[i]), [&](const std::string& candidate) {
            return std::filesystem::exists(std::filesystem::path(folder) / candidate);
        });
        result.push_back(lcl_fileUrl((std::filesystem::path(folder) / name).string()));
        writeOdt(context, result.back(), transcriptOdtPackage(named[i]->turns, named[i]->layout));
        made.push_back(result.back());
        notes.push_back({name, "made from " + fileNameOf(urls[i]) + " (" + std::to_string(named[i]->turns.size()) + " turns)"});
    }
    return result;
}

} // namespace

std::size_t addTranscriptsToStudy(const Reference<uno::XComponentContext>& context, const OUString& studyUrl,
                                  const std::vector<OUString>& givenUrls, Problems& notes, const TranscriptNamer& namer)
{
    // The user names speakers before the study is locked: a dialog may stay open for minutes.
    const auto named = lcl_namedTranscripts(context, givenUrls, namer);
    if (!named)
        return 0;
    const StudyLock lock(studyUrl);
    Study study = readStudyFile(context, studyUrl);
    const std::string folder = lcl_folderOf(studyUrl);
    std::vector<OUString> made;
    try {
        const std::vector<OUString> transcriptUrls = lcl_writtenTranscripts(context, folder, givenUrls, *named, made, notes);
        return lcl_addTranscripts(context, studyUrl, study, folder, transcriptUrls, notes);
    } catch (...) {
        for (const OUString& url : made) // what was made for a study that refused is not left behind
            std::filesystem::remove(lcl_systemPath(url, "transcripts"));
        throw;
    }
}

void setStudyAttributeDefinitions(const Reference<uno::XComponentContext>& context, const OUString& studyUrl,
                                  const AttributeDefinitions& definitions)
{
    try {
        parseDefinitionsJson(definitionsToJson(definitions).dump()); // a list without values, a name twice
    } catch (const InvalidInput& error) {
        throw Refusal("definitions", "The definitions were not accepted (nothing was changed):\n" + describe(error.problems()));
    }
    const StudyLock lock(studyUrl);
    StudyListing listing = readStudy(context, studyUrl);
    if (const Problems misfits = valuesThatDoNotFit(definitions, listing.entries); !misfits.empty())
        throw Refusal("definitions", "Some transcripts have values these definitions do not accept; change those values "
                                     "first (nothing was changed):\n" + describe(misfits));
    listing.study.attributes = definitions;
    lcl_writeStudy(context, studyUrl, listing.study);
}

void setStudyCases(const Reference<uno::XComponentContext>& context, const OUString& studyUrl, CasesPer cases)
{
    const StudyLock lock(studyUrl);
    Study study = readStudyFile(context, studyUrl);
    study.cases = cases;
    lcl_writeStudy(context, studyUrl, study);
}

StudyCodebook readStudyCodebook(const Reference<uno::XComponentContext>& context, const OUString& studyUrl)
{
    const OUString url = lcl_codebookUrl(studyUrl);
    if (!ucb::SimpleFileAccess::create(context)->exists(url))
        return {};
    std::string bytes;
    try {
        bytes = readFileBytes(context, url);
    } catch (const Refusal& refusal) {
        throw Refusal("study", refusal.what());
    }
    try {
        return parseStudyCodebook(bytes);
    } catch (const InvalidInput& error) {
        throw Refusal("study", "The study's codebook \"" + toUtf8(url) + "\" is damaged (nothing was changed):\n" + describe(error.problems()));
    }
}

void writeStudyCodebook(const Reference<uno::XComponentContext>& context, const OUString& studyUrl,
                        const StudyCodebook& studyCodebook)
{
    try {
        writeFileBytes(context, lcl_codebookUrl(studyUrl), studyCodebookText(studyCodebook));
    } catch (const Refusal& refusal) {
        throw Refusal("study", refusal.what());
    }
}

StudyListing readStudy(const Reference<uno::XComponentContext>& context, const OUString& studyUrl)
{
    StudyListing listing;
    listing.study = readStudyFile(context, studyUrl);
    const std::string folder = lcl_folderOf(studyUrl);
    lcl_keepOnly(listing.study, folder);
    const Reference<ucb::XSimpleFileAccess3> files = ucb::SimpleFileAccess::create(context);
    for (const std::string& path : listing.study.transcripts) {
        StudyEntry entry;
        entry.path = path;
        entry.name = std::filesystem::path(path).filename().string();
        const OUString url = lcl_fileUrl(resolvedStudyPath(folder, path));
        if (!files->exists(url)) {
            entry.missing = true;
            entry.problem = "not there: moved, renamed or deleted";
        } else {
            try {
                const CodedDocument document = lcl_document(context, url);
                entry.codings = document.codings.size();
                entry.attributes = document.attributes.values;
            } catch (const InvalidInput& error) {
                entry.problem = describe(error.problems());
            } catch (const uno::Exception& error) {
                entry.problem = toUtf8(error.Message);
            }
        }
        listing.entries.push_back(std::move(entry));
    }
    return listing;
}

OUString studyOfDocument(const Reference<uno::XComponentContext>& context, const OUString& documentUrl)
{
    OUString systemPath;
    if (documentUrl.isEmpty() || osl::FileBase::getSystemPathFromFileURL(documentUrl, systemPath) != osl::FileBase::E_None)
        return OUString();
    const std::filesystem::path document = std::filesystem::path(toUtf8(systemPath)).lexically_normal();
    const Reference<ucb::XSimpleFileAccess3> files = ucb::SimpleFileAccess::create(context);
    std::filesystem::path folder = document.parent_path();
    for (int up = 0; up < 4 && !folder.empty(); ++up, folder = folder.parent_path()) {
        const OUString studyUrl = lcl_fileUrl((folder / kStudyFile).string());
        if (files->exists(studyUrl)) {
            try {
                const Study study = readStudyFile(context, studyUrl);
                for (const std::string& path : study.transcripts)
                    if (std::filesystem::path(resolvedStudyPath(folder.string(), path)) == document)
                        return studyUrl;
            } catch (const Refusal&) {
                // A damaged study file is no study this document is in.
            }
        }
        if (folder == folder.parent_path())
            break;
    }
    return OUString();
}

OUString transcriptUrl(const OUString& studyUrl, const std::string& path)
{
    return lcl_fileUrl(resolvedStudyPath(lcl_folderOf(studyUrl), path));
}

std::vector<CodedDocument> studyDocuments(const Reference<uno::XComponentContext>& context, const OUString& studyUrl,
                                          Problems& problems)
{
    const Study study = readStudyFile(context, studyUrl);
    const std::string folder = lcl_folderOf(studyUrl);
    std::vector<CodedDocument> documents;
    lcl_keepOnly(study, folder);
    for (const std::string& path : study.transcripts) {
        const OUString url = lcl_fileUrl(resolvedStudyPath(folder, path));
        try {
            documents.push_back(lcl_document(context, url));
        } catch (const InvalidInput& error) {
            problems.push_back({path, describe(error.problems())});
        } catch (const uno::Exception& error) {
            problems.push_back({path, "could not be read: " + toUtf8(error.Message)});
        }
    }
    return documents;
}

} // namespace pt::extension
