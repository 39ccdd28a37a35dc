// powertri: Power Triangle's reports, agreement and exports for a folder of coded transcripts (ODT, FODT,
// DOCX), read directly from the files: no LibreOffice needed.
#include "Corpus.hpp"
#include "PseudonymiseCommand.hpp"
#include "TranscriptCommand.hpp"
#include "ZipArchive.hpp"

#include "core/AgreementDocument.hpp"
#include "core/AttributeMatrix.hpp"
#include "core/CodingReport.hpp"
#include "core/CodingsCsv.hpp"
#include "core/ContentAnalysisTable.hpp"
#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/Qdc.hpp"
#include "core/Qdpx.hpp"
#include "core/Timestamp.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace pt;
using namespace pt::cli;

namespace {

constexpr int kOk = 0;
constexpr int kSomeFilesUnread = 1; ///< the output covers the files that could be read
constexpr int kUsage = 2;
constexpr int kFailed = 3;

const char kHelp[] = R"(powertri: Power Triangle for a folder of coded transcripts, without LibreOffice

Usage:
  powertri report    [--format text|json|csv] [--code NAME]... [--where CONDITION]... PATH...
  powertri matrix    --by ATTRIBUTE|transcript [--count codings|transcripts] [--format text|csv|json]
                     [--where CONDITION]... PATH...
  powertri agreement [--together] [--format text|json] PATH...
  powertri export    (--qdpx FILE.qdpx [--crlf] [--cases transcript|speaker] | --csv FILE.csv)
                     [--where CONDITION]... PATH...
  powertri table     [--format text|csv|json] [--dimension D] [--coder NAME] [--condensed] [--language en|sv]
                     [--where CONDITION]... PATH...
  powertri codebook  [--format json|qdc] FILE
  powertri history   [--format text|csv|json] [--language en|sv] PATH...
  powertri transcript [--speakers "LABEL=NAME,..."] [--no-times] --out OUT.odt|FOLDER IN...
  powertri pseudonymise [--reverse] --key KEY.csv|KEY.json IN... --out FOLDER
  powertri --help | --version

PATH is a transcript coded in LibreOffice with the Power Triangle extension (.odt, .fodt, .docx), a
study's folder (its study.json lists its transcripts), a REFI-QDA project (.qdpx, from NVivo, ATLAS.ti, MAXQDA, QualCoder and others: each of its texts is a
transcript) or a folder: every transcript in it and its subfolders is read, on every core.

  report     codings by dimension, code, speaker and coder with the balance of enablers and barriers,
             codes that occur together, and with --code the passages of that code (a name or an id;
             codes below it too). --format csv gives one row per code, for R and Python.
  matrix     codes against the values of a transcripts' attribute (profession, municipality, …): the
             codings (or, with --count transcripts, the transcripts with codings) of each code and the
             balance of each dimension per value. --by transcript: a transcript × code table with the
             transcripts' attributes, for R and SPSS (--count transcripts: 1 and 0).
  agreement  percent agreement, Cohen's kappa and Krippendorff's alpha of each transcript's coders,
             per character as NVivo and QualCoder count, per code and overall. --together: the
             transcripts taken as one text (a study's agreement): those two or more coders coded, compared
             on the coders who coded each of them.
  export     a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA and QualCoder (--crlf: Windows line ends, for
             MAXQDA), or the coded segments as CSV. The project's cases carry the attributes: one per
             transcript, or with --cases speaker one per speaker of each transcript, each referring to the
             speaker's turns (a study's folder gives its study's choice, "cases" in its study.json).
  table      the content-analysis table (Graneheim & Lundman): one row per coding with its meaning unit,
             condensed meaning unit, code, sub-category, category, dimension and polarity, ordered by
             dimension and category; only one dimension (resources, discourses, contexts), one coder, or
             (--condensed) the codings with a condensation; headings in English or Swedish.
  codebook   the codebook of a transcript, as JSON or as a REFI-QDA codebook (.qdc).
  history    how the codebook developed: every change (added, renamed, moved, polarity changed, merged,
             retired, restored, deleted, criteria changed) with who made it and when, oldest first; for
             several transcripts (a study) each change once, where it was made.
  transcript a transcription tool's file as a transcript to code: .srt, .vtt, Whisper's .json and .txt,
             noScribe's .html, oTranscribe's .otr, or a Word/Writer file with [00:12:31] stamps. Cues
             of one speaker become one turn, "Name: [00:12:31] text" (--no-times: without the time);
             --speakers names the tool's labels. One IN gives OUT.odt (or .fodt); several, or a
             folder of them, give FOLDER/<name>.odt each. Nothing is replaced: an existing OUT is an
             error. What each file holds (its labels, with their first words) goes to standard error.
  pseudonymise pseudonymised copies of coded transcripts (IN: .odt, .docx, .fodt, or folders of them)
             in FOLDER, the originals untouched: every term of the key replaced by its pseudonym in the
             text, tables, headers, footers, notes, comments, the document's properties and the codings'
             memos, condensations, stored texts and speakers, longer terms first; every coding kept on
             its passage. KEY is a table "term,replacement,whole word,match case" (CSV, the flags yes
             or no, optional) or the JSON {"terms": [{"term", "replacement", "wholeWord", "matchCase"}]}
             the extension saves. --reverse turns the key round: a pseudonymised copy made readable
             again. Reports what it replaced in each file; a bad key changes nothing.

--where ATTRIBUTE=VALUE (or !=, <, <=, >, >=; numbers compare as numbers) keeps the transcripts whose
attribute meets it, for instance --where profession=nurse --where years>=10. The CSV of export has a
column per attribute.

Output goes to standard output (or the file named), messages to standard error; --progress (or a
terminal) shows how far reading has got.
Exit status: 0 done; 1 done, but some files could not be read (they are named); 2 wrong usage;
3 nothing could be done.
)";

struct Arguments {
    std::string command;
    std::string format;
    std::vector<std::string> codes;
    std::string qdpx, csv;
    std::string by, count;
    std::optional<CasesPer> cases;
    std::string dimension, coder, language;
    bool condensed = false;
    std::vector<AttributeCondition> where;
    bool crlf = false;
    bool together = false;
    bool progress = false;
    std::string speakers, out, key;
    bool times = true;
    bool reverse = false;
    std::vector<std::string> paths;
};

[[noreturn]] void usage(const std::string& message)
{
    std::cerr << "powertri: " << message << "\nTry 'powertri --help'.\n";
    std::exit(kUsage);
}

Arguments parse(int argc, char** argv)
{
    Arguments arguments;
    arguments.progress = isatty(STDERR_FILENO);
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage(argument + " needs a value");
            return argv[++i];
        };
        if (argument == "--help" || argument == "-h") {
            std::cout << kHelp;
            std::exit(kOk);
        } else if (argument == "--version") {
            std::cout << "powertri " << PT_VERSION << "\n";
            std::exit(kOk);
        } else if (argument == "--format") {
            arguments.format = value();
        } else if (argument == "--code") {
            arguments.codes.push_back(value());
        } else if (argument == "--qdpx") {
            arguments.qdpx = value();
        } else if (argument == "--csv") {
            arguments.csv = value();
        } else if (argument == "--by") {
            arguments.by = value();
        } else if (argument == "--count") {
            arguments.count = value();
        } else if (argument == "--where") {
            try {
                arguments.where.push_back(parseCondition(value()));
            } catch (const InvalidInput& error) {
                usage("--where " + describe(error.problems()));
            }
        } else if (argument == "--dimension") {
            arguments.dimension = value();
        } else if (argument == "--coder") {
            arguments.coder = value();
        } else if (argument == "--language") {
            arguments.language = value();
        } else if (argument == "--condensed") {
            arguments.condensed = true;
        } else if (argument == "--cases") {
            arguments.cases = casesNamed(value());
            if (!arguments.cases)
                usage("--cases is transcript or speaker");
        } else if (argument == "--speakers") {
            arguments.speakers = value();
        } else if (argument == "--out") {
            arguments.out = value();
        } else if (argument == "--reverse") {
            arguments.reverse = true;
        } else if (argument == "--key") {
            arguments.key = value();
        } else if (argument == "--no-times") {
            arguments.times = false;
        } else if (argument == "--crlf") {
            arguments.crlf = true;
        } else if (argument == "--together") {
            arguments.together = true;
        } else if (argument == "--progress") {
            arguments.progress = true;
        } else if (argument == "--no-progress") {
            arguments.progress = false;
        } else if (argument.rfind("--", 0) == 0) {
            usage("unknown option " + argument);
        } else if (arguments.command.empty()) {
            arguments.command = argument;
        } else {
            arguments.paths.push_back(argument);
        }
    }
    if (arguments.command.empty())
        usage("no command given");
    if (arguments.paths.empty())
        usage(arguments.command + ": no transcript or folder given");
    return arguments;
}

/// The transcripts of the paths, read; unreadable ones are named on standard error.
std::vector<CodedDocument> read(const Arguments& arguments, std::vector<std::string>& paths, int& status,
                                std::vector<Study>* studies = nullptr)
{
    std::vector<std::string> errors;
    const std::vector<std::string> files = findTranscripts(arguments.paths, errors, studies);
    std::vector<CodedDocument> documents;
    for (ReadTranscript& transcript : readTranscripts(files, arguments.progress)) {
        if (!transcript.error.empty()) {
            errors.push_back(transcript.error);
            continue;
        }
        for (OfficeFile& file : transcript.files) {
            for (const Problem& problem : file.problems)
                std::cerr << "powertri: " << transcript.path << ": " << problem.describe() << "\n";
            paths.push_back(transcript.path);
            documents.push_back(std::move(file.document));
        }
    }
    for (const std::string& error : errors)
        std::cerr << "powertri: " << error << "\n";
    status = errors.empty() ? kOk : kSomeFilesUnread;
    if (documents.empty()) {
        std::cerr << "powertri: no transcript could be read\n";
        std::exit(kFailed);
    }
    if (!arguments.where.empty()) {
        std::vector<CodedDocument> meeting;
        std::vector<std::string> meetingPaths;
        for (std::size_t i = 0; i < documents.size(); ++i)
            if (std::all_of(arguments.where.begin(), arguments.where.end(), [&](const auto& c) { return meets(documents[i], c); })) {
                meeting.push_back(std::move(documents[i]));
                meetingPaths.push_back(paths[i]);
            }
        if (meeting.empty()) {
            std::cerr << "powertri: none of the " << documents.size() << " transcripts meets --where\n";
            std::exit(kFailed);
        }
        documents = std::move(meeting);
        paths = std::move(meetingPaths);
    }
    return documents;
}

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush())
        throw std::runtime_error(path + ": cannot be written");
}

int report(const Arguments& arguments)
{
    std::vector<std::string> paths;
    int status = kOk;
    const std::vector<CodedDocument> documents = read(arguments, paths, status);
    std::set<std::string> chosen;
    if (!arguments.codes.empty()) {
        const Codebook codebook = unitedCodebook(documents);
        for (const std::string& wanted : arguments.codes) {
            const std::vector<const Code*> called = codesCalled(codebook, wanted);
            if (called.empty())
                usage("no code is called \"" + wanted + "\"");
            for (const Code* code : called)
                chosen.insert(code->id);
        }
    }
    const CodingReport result = makeCodingReport(documents, chosen);
    if (arguments.format == "json")
        std::cout << dumpJson(codingReportToJson(result)) << "\n";
    else if (arguments.format == "csv")
        std::cout << codeFrequenciesCsv(result);
    else if (arguments.format.empty() || arguments.format == "text")
        std::cout << reportAsText(codingReportContent(result));
    else
        usage("report: --format is text, json or csv");
    return status;
}

int agreement(const Arguments& arguments)
{
    if (!arguments.format.empty() && arguments.format != "text" && arguments.format != "json")
        usage("agreement: --format is text or json");
    std::vector<std::string> paths;
    int status = kOk;
    const std::vector<CodedDocument> documents = read(arguments, paths, status);
    if (arguments.together) {
        try {
            const StudyAgreement agreement = measureStudyAgreement(documents);
            std::string name;
            for (const std::string& path : arguments.paths)
                name += (name.empty() ? "" : ", ") + std::filesystem::path(path).filename().string();
            if (arguments.format == "json") {
                nlohmann::json json = agreementToJson(agreement.codebook, agreement.measured.report, agreement.measured.disagreements);
                json["transcripts"] = agreement.compared;
                json["leftOut"] = problemsToJson(agreement.leftOut);
                std::cout << dumpJson(json) << "\n";
            } else {
                std::cout << reportAsText(studyAgreementDocument(name, agreement));
            }
        } catch (const InvalidInput& error) {
            std::cerr << "powertri: " << describe(error.problems()) << "\n";
            return kFailed;
        }
        return status;
    }
    nlohmann::json all = nlohmann::json::array();
    for (const CodedDocument& document : documents) {
        try {
            const DocumentAgreement measured = measureDocumentAgreement(document.codebook, document.codings, document.spans, document.text.size());
            if (arguments.format == "json") {
                nlohmann::json entry = agreementToJson(document.codebook, measured.report, measured.disagreements);
                entry["document"] = document.name;
                all.push_back(entry);
            } else {
                std::cout << reportAsText(agreementDocument(document.name, document.codebook, measured.report, measured.disagreements,
                                                            measured.spans, document.text));
            }
        } catch (const InvalidInput& error) {
            std::cerr << "powertri: " << document.name << ": " << describe(error.problems()) << "\n";
            status = kSomeFilesUnread;
        }
    }
    if (arguments.format == "json")
        std::cout << dumpJson(all) << "\n";
    return status;
}

int exportFiles(const Arguments& arguments)
{
    if (arguments.qdpx.empty() == arguments.csv.empty())
        usage("export: give either --qdpx FILE or --csv FILE");
    if (arguments.cases && arguments.qdpx.empty())
        usage("export: --cases goes with --qdpx");
    std::vector<std::string> paths;
    int status = kOk;
    std::vector<Study> studies;
    const std::vector<CodedDocument> documents = read(arguments, paths, status, &studies);
    if (!arguments.csv.empty()) {
        std::string csv;
        const std::vector<std::string> attributes = attributeNames(documents);
        for (const CodedDocument& document : documents) {
            std::vector<const Coding*> codings;
            for (const Coding& coding : document.codings)
                codings.push_back(&coding);
            std::stable_sort(codings.begin(), codings.end(), [&](const Coding* a, const Coding* b) {
                const auto sa = document.spans.find(a->id), sb = document.spans.find(b->id);
                return (sa == document.spans.end() ? SIZE_MAX : sa->second.begin) < (sb == document.spans.end() ? SIZE_MAX : sb->second.begin);
            });
            const std::string part = codingsCsv(document.name, codings, document.codebook, attributes, document.attributes.values);
            csv += csv.empty() ? part : part.substr(part.find("\r\n") + 2); // one header
        }
        writeFile(arguments.csv, csv);
        std::cerr << "powertri: coded segments of " << documents.size() << " transcripts written to " << arguments.csv << "\n";
        return status;
    }
    // A DOCX goes in as the rich text; ODT is no rich format of the standard.
    std::vector<bool> docx;
    for (const std::string& path : paths)
        docx.push_back(fs::path(path).extension() == ".docx");
    // A study that wants its speakers as cases has them, unless the command line says otherwise.
    const bool bySpeaker = std::any_of(studies.begin(), studies.end(), [](const Study& s) { return s.cases == CasesPer::Speaker; });
    const QdpxProject project = projectOf(documents, docx, arguments.cases.value_or(bySpeaker ? CasesPer::Speaker : CasesPer::Transcript));
    QdpxContent content = writeQdpx(project, {arguments.crlf, utcTimestamp()});
    for (const Problem& note : content.notes)
        std::cerr << "powertri: " << note.describe() << "\n";
    content.files.emplace_back("project.qde", content.projectXml);
    for (std::size_t i = 0; i < project.sources.size(); ++i)
        if (docx[i]) {
            std::ifstream in(paths[i], std::ios::binary);
            content.files.emplace_back("sources/" + project.sources[i].guid + ".docx", std::string(std::istreambuf_iterator<char>(in), {}));
        }
    writeZip(arguments.qdpx, content.files);
    std::cerr << "powertri: " << documents.size() << " transcripts written to " << arguments.qdpx << "\n";
    return status;
}

int table(const Arguments& arguments)
{
    nlohmann::json given = nlohmann::json::object();
    if (!arguments.dimension.empty())
        given["dimension"] = arguments.dimension;
    if (!arguments.coder.empty())
        given["coder"] = arguments.coder;
    if (!arguments.language.empty())
        given["language"] = arguments.language;
    given["onlyCondensed"] = arguments.condensed;
    ContentAnalysisOptions options;
    try {
        options = parseContentAnalysisOptions(given);
    } catch (const InvalidInput& error) {
        usage("table: " + describe(error.problems()));
    }
    const std::string format = arguments.format.empty() ? "text" : arguments.format;
    if (format != "text" && format != "csv" && format != "json")
        usage("table: --format is text, csv or json");
    std::vector<std::string> paths;
    int status = kOk;
    const std::vector<CodedDocument> documents = read(arguments, paths, status);
    const std::vector<ContentAnalysisRow> rows = contentAnalysisRows(documents, options);
    if (format == "csv")
        std::cout << contentAnalysisCsv(rows, options.language);
    else if (format == "json")
        std::cout << dumpJson(contentAnalysisToJson(rows)) << "\n";
    else
        std::cout << reportAsText(contentAnalysisReport(options.language == TableLanguage::Swedish ? "Inneh\xc3\xa5llsanalys" : "Content analysis",
                                                        rows, unitedHistory(documents), options, false));
    return status;
}

int matrix(const Arguments& arguments)
{
    if (arguments.by.empty())
        usage("matrix: give --by ATTRIBUTE (or --by transcript for transcripts against codes)");
    if (!arguments.count.empty() && arguments.count != "codings" && arguments.count != "transcripts")
        usage("matrix: --count is codings or transcripts");
    const MatrixCount count = arguments.count == "transcripts" ? MatrixCount::Transcripts : MatrixCount::Codings;
    std::vector<std::string> paths;
    int status = kOk;
    const std::vector<CodedDocument> documents = read(arguments, paths, status);
    if (arguments.by == "transcript") {
        if (!arguments.format.empty() && arguments.format != "csv")
            usage("matrix --by transcript: --format is csv");
        std::cout << transcriptCodeCsv(documents, count);
        return status;
    }
    const AttributeMatrix table = attributeMatrix(documents, arguments.by);
    if (arguments.format == "csv")
        std::cout << attributeMatrixCsv(table, count);
    else if (arguments.format == "json")
        std::cout << dumpJson(attributeMatrixToJson(table, count)) << "\n";
    else if (arguments.format.empty() || arguments.format == "text")
        std::cout << attributeMatrixText(table, count);
    else
        usage("matrix: --format is text, csv or json");
    return status;
}

int codebook(const Arguments& arguments)
{
    if (arguments.paths.size() != 1)
        usage("codebook: give one transcript");
    std::vector<std::string> paths;
    int status = kOk;
    const std::vector<CodedDocument> documents = read(arguments, paths, status);
    if (arguments.format == "qdc")
        std::cout << exportQdc(documents.front().codebook);
    else if (arguments.format.empty() || arguments.format == "json")
        std::cout << dumpJsonForPeople(codebookToJson(documents.front().codebook)) << "\n";
    else
        usage("codebook: --format is json or qdc");
    return status;
}

int history(const Arguments& arguments)
{
    const std::string format = arguments.format.empty() ? "text" : arguments.format;
    if (format != "text" && format != "csv" && format != "json")
        usage("history: --format is text, csv or json");
    const std::optional<TableLanguage> language = tableLanguageFromString(arguments.language.empty() ? "en" : arguments.language);
    if (!language)
        usage("history: --language is en or sv");
    std::vector<std::string> paths;
    int status = kOk;
    const std::vector<CodebookChange> changes = unitedHistory(read(arguments, paths, status));
    if (format == "csv") {
        std::cout << codebookHistoryCsv(changes);
    } else if (format == "json") {
        std::cout << dumpJson(codebookHistoryToJson(changes)) << "\n";
    } else {
        ReportContent report;
        report.sections.push_back(codebookHistorySection(changes, *language));
        std::cout << reportAsText(report);
    }
    return status;
}

} // namespace

int main(int argc, char** argv)
{
    const Arguments arguments = parse(argc, argv);
    try {
        if (arguments.command == "report")
            return report(arguments);
        if (arguments.command == "agreement")
            return agreement(arguments);
        if (arguments.command == "export")
            return exportFiles(arguments);
        if (arguments.command == "matrix")
            return matrix(arguments);
        if (arguments.command == "table")
            return table(arguments);
        if (arguments.command == "codebook")
            return codebook(arguments);
        if (arguments.command == "history")
            return history(arguments);
        if (arguments.command == "transcript")
            return transcriptCommand(arguments.paths, arguments.speakers, arguments.out, arguments.times);
        if (arguments.command == "pseudonymise")
            return pseudonymiseCommand(arguments.paths, arguments.key, arguments.out, arguments.reverse);
        usage("unknown command " + arguments.command);
    } catch (const InvalidInput& error) {
        std::cerr << "powertri: " << error.what() << "\n" << describe(error.problems()) << "\n";
    } catch (const std::exception& error) {
        std::cerr << "powertri: " << error.what() << "\n";
    }
    return kFailed;
}
