// Writes a corpus of synthetic coded transcripts (ODT) as the extension saves them, for the powertri
// benchmark:  make_corpus FOLDER COUNT CHARACTERS CODINGS
#include "ZipArchive.hpp"

#include "core/Anchor.hpp"
#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/Payload.hpp"
#include "core/PropertyChunks.hpp"
#include "core/RecordPacks.hpp"
#include "core/Study.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>

using namespace pt;

namespace {

std::string escaped(const std::string& text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

const char kWords[][12] = {"the", "time", "we", "never", "had", "team", "relative", "meeting", "nurse", "forms",
                           "home", "care", "visit", "plan", "user", "knew", "routines", "week", "unit", "said"};

} // namespace

int main(int argc, char** argv)
{
    if (argc != 5) {
        std::cerr << "usage: make_corpus FOLDER COUNT CHARACTERS CODINGS\n";
        return 2;
    }
    const std::filesystem::path folder = argv[1];
    const int count = std::stoi(argv[2]);
    const std::size_t characters = std::stoul(argv[3]);
    const std::size_t codingsPerDocument = std::stoul(argv[4]);
    std::filesystem::create_directories(folder);
    std::vector<const Code*> codable;
    for (const Code& code : defaultCodebook().codes())
        if (code.codable)
            codable.push_back(&code);
    std::mt19937 random(42);
    Study study;
    study.name = "Synthetic study";
    for (int d = 0; d < count; ++d) {
        // Paragraphs of speaker turns, about 400 characters each; a coding every few paragraphs.
        std::vector<std::string> paragraphs;
        std::size_t length = 0;
        while (length < characters) {
            std::string paragraph = (paragraphs.size() % 2 ? "Interviewer: " : "Coach " + std::to_string(d % 12 + 1) + ": ");
            while (paragraph.size() < 400)
                paragraph += std::string(kWords[random() % 20]) + (random() % 9 ? " " : ". ");
            length += paragraph.size() + 1;
            paragraphs.push_back(paragraph);
        }
        Payload payload;
        payload.codebook = defaultCodebook();
        // A study's attributes (issue 20): three professions, six municipalities, years as a coach.
        static const char* const kProfessions[] = {"nurse", "social worker", "manager"};
        static const char* const kMunicipalities[] = {"Jönköping", "Umeå", "Malmö", "Gävle", "Kiruna", "Visby"};
        payload.attributes.definitions = {{"profession", AttributeType::Choice, {kProfessions, kProfessions + 3}},
                                          {"municipality", AttributeType::Text, {}},
                                          {"years", AttributeType::Number, {}}};
        payload.attributes.values = {{"profession", std::string(kProfessions[d % 3])},
                                     {"municipality", std::string(kMunicipalities[d % 6])},
                                     {"years", static_cast<double>(1 + d % 25)}};
        std::map<std::size_t, std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>>> anchorsByParagraph;
        for (std::size_t c = 0; c < codingsPerDocument; ++c) {
            const std::size_t p = (c * paragraphs.size()) / codingsPerDocument;
            const std::size_t begin = 14 + random() % 200, end = begin + 20 + random() % 150;
            Coding coding;
            coding.id = newGuid();
            coding.codeId = codable[random() % codable.size()]->id;
            coding.coder = c % 2 ? "Anna" : "Bo";
            coding.time = "2026-11-23T10:00:00Z";
            coding.text = paragraphs[p].substr(begin, end - begin);
            coding.speaker = paragraphs[p].substr(0, paragraphs[p].find(':'));
            anchorsByParagraph[p].push_back({coding.id, {begin, end}});
            payload.codings.push_back(coding);
        }
        std::string body;
        for (std::size_t p = 0; p < paragraphs.size(); ++p) {
            // Anchors as Writer writes them: start and end marks at their offsets.
            std::map<std::size_t, std::string> marks;
            for (const auto& [id, span] : anchorsByParagraph[p]) {
                marks[span.first] += "<text:bookmark-start text:name=\"" + anchorName(id) + "\"/>";
                marks[span.second] = "<text:bookmark-end text:name=\"" + anchorName(id) + "\"/>" + marks[span.second];
            }
            std::string paragraph;
            std::size_t at = 0;
            for (const auto& [offset, mark] : marks) {
                paragraph += escaped(paragraphs[p].substr(at, offset - at)) + mark;
                at = offset;
            }
            paragraph += escaped(paragraphs[p].substr(at));
            body += "<text:p>" + paragraph + "</text:p>";
        }
        std::string properties;
        for (const auto& [name, value] : storedPayload(payload))
            properties += "<meta:user-defined meta:name=\"" + escaped(name) + "\">" + escaped(value) + "</meta:user-defined>";
        const std::string ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                               "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                               "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"";
        const std::vector<std::pair<std::string, std::string>> entries{
            {"mimetype", "application/vnd.oasis.opendocument.text"},
            {"META-INF/manifest.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
             "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
             "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
             "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"},
            {"content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns
                                + "><office:body><office:text>" + body + "</office:text></office:body></office:document-content>"},
            {"meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + ns + "><office:meta>" + properties
                             + "</office:meta></office:document-meta>"}};
        char name[32];
        std::snprintf(name, sizeof name, "interview-%03d.odt", d + 1);
        pt::cli::writeZip((folder / name).string(), entries);
        study.transcripts.push_back(name);
    }
    // The folder is a study of them all (issue 20).
    std::ofstream(folder / kStudyFile) << dumpJsonForPeople(studyToJson(study));
    std::cout << count << " transcripts in " << folder << ", a study\n";
    return 0;
}
