#include "core/QdpxPackage.hpp"

#include "CodeNamed.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;
using pt::test::codeNamed;
namespace fs = std::filesystem;

namespace {

const fs::path kShapes = fs::path(PT_TEST_DATA) / "refi-qda" / "shapes";

std::string contentOf(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// A package of the files given, by name.
QdpxPackage packageOf(const std::map<std::string, std::string>& files)
{
    std::vector<std::string> names;
    for (const auto& [name, bytes] : files)
        names.push_back(name);
    return QdpxPackage(names, [files](const std::string& entry) -> std::optional<std::string> {
        const auto found = files.find(entry);
        return found == files.end() ? std::nullopt : std::optional<std::string>(found->second);
    });
}

/// The package a folder of tests/data/refi-qda/shapes/ stands for (its expected.json aside).
std::map<std::string, std::string> shapeFiles(const std::string& shape)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(kShapes / shape))
        if (entry.is_regular_file() && entry.path().filename() != "expected.json")
            files[fs::relative(entry.path(), kShapes / shape).generic_string()] = contentOf(entry.path());
    return files;
}

class QdpxShapes : public testing::TestWithParam<std::string> {};

} // namespace

TEST_P(QdpxShapes, EveryCodingOnItsPassageAndTheLeniencySaid)
{
    const nlohmann::json expected = nlohmann::json::parse(contentOf(kShapes / GetParam() / "expected.json"));
    const QdpxRead read = packageOf(shapeFiles(GetParam())).readProject("2026-12-06T00:00:00Z");

    for (const auto& name : expected["codes"])
        EXPECT_NO_THROW(codeNamed(read.project.codebook, name.get<std::string>()));
    EXPECT_EQ(codeNamed(read.project.codebook, "Time").color, "#cc0000");
    EXPECT_EQ(codeNamed(read.project.codebook, "Time").definition, "When there was time, and when not");
    EXPECT_EQ(codeNamed(read.project.codebook, "Too little time").parentId, codeNamed(read.project.codebook, "Time").id);

    std::vector<std::pair<std::string, std::string>> codings;
    for (const QdpxSource& source : read.project.sources)
        for (const ForeignCoding& foreign : source.codings) {
            ASSERT_TRUE(foreign.span);
            const std::string passage = toUtf8(source.text.substr(foreign.span->begin, foreign.span->end - foreign.span->begin));
            EXPECT_EQ(passage, foreign.coding.text);
            codings.emplace_back(read.project.codebook.find(foreign.coding.codeId)->name, passage);
        }
    std::vector<std::pair<std::string, std::string>> wanted;
    for (const auto& coding : expected["codings"])
        wanted.emplace_back(coding["code"].get<std::string>(), coding["passage"].get<std::string>());
    EXPECT_EQ(codings, wanted);
    if (!wanted.empty()) {
        ASSERT_EQ(read.project.sources.size(), 1u);
        std::string lines;
        for (const auto& line : expected["document"])
            lines += (lines.empty() ? "" : "\n") + line.get<std::string>();
        EXPECT_EQ(toUtf8(read.project.sources[0].text), lines) << "the text with \"\\n\" line ends, no byte-order mark";
    } else
        EXPECT_TRUE(read.project.sources.empty());

    const std::string lenient = describe(read.lenient);
    for (const auto& said : expected["lenient"])
        EXPECT_NE(lenient.find(said.get<std::string>()), std::string::npos) << lenient;
    if (expected["lenient"].empty()) {
        EXPECT_EQ(lenient, "");
    }
    // Codes outside the triangle's dimensions are put in one, and said; nothing is left out.
    EXPECT_EQ(describe(read.notes).find("not carried over"), std::string::npos) << describe(read.notes);
}

INSTANTIATE_TEST_SUITE_P(AsToolsWriteThem, QdpxShapes,
                         testing::Values("standard", "nvivo-windows", "qc-bare-path", "atlas-named-project", "atlas-codebook-only",
                                         "byte-order-mark", "maxqda-crlf", "path-case", "embedded-text"),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(QdpxPackage, WithoutAProjectFileItSaysWhatItLookedFor)
{
    try {
        packageOf({{"sources/a.txt", "text"}}).readProject("");
        FAIL() << "a package without a project file was read";
    } catch (const InvalidInput& error) {
        EXPECT_NE(describe(error.problems()).find("has no project file (project.qde or another .qde file)"), std::string::npos)
            << describe(error.problems());
    }
    try {
        packageOf({{"a.qde", "<Project/>"}, {"b.qde", "<Project/>"}}).readProject("");
        FAIL() << "a package of two project files was read";
    } catch (const InvalidInput& error) {
        EXPECT_NE(describe(error.problems()).find("several project files (\"a.qde\", \"b.qde\")"), std::string::npos)
            << describe(error.problems());
    }
}

TEST(QdpxPackage, ATextMissingFromThePackageIsNamedWithItsPath)
{
    std::map<std::string, std::string> files = shapeFiles("nvivo-windows");
    files.erase(files.find("Sources/8e3b4e5a-0000-4000-8000-0000000000d1.txt"));
    const QdpxRead read = packageOf(files).readProject("");
    EXPECT_TRUE(read.project.sources.empty());
    EXPECT_NE(describe(read.notes).find("the project refers to \"internal://8e3b4e5a-0000-4000-8000-0000000000d1.txt\" for the text of "
                                        "\"Interview 7\", which is not in the package; its 3 coded passages not carried over"),
              std::string::npos)
        << describe(read.notes);
}

TEST(QdpxPackage, MalformedXmlIsStillRefused)
{
    EXPECT_THROW(packageOf({{"project.qde", "<Project><Sources>"}}).readProject(""), InvalidInput);
    EXPECT_THROW(packageOf({{"project.qde", "\xEF\xBB\xBFnot xml"}}).readProject(""), InvalidInput);
}

TEST(QdpxPackage, FilesOutsideThePackageAreNotLookedFor)
{
    Problems lenient;
    const QdpxPackage package = packageOf({{"sources/a.txt", "A"}, {"a.txt", "top"}});
    EXPECT_EQ(package.text("relative://a.txt", lenient), std::nullopt);
    EXPECT_EQ(package.text("/home/someone/a.txt", lenient), std::nullopt);
    EXPECT_EQ(package.text("C:\\Users\\a.txt", lenient), std::nullopt);
    EXPECT_EQ(package.text("a.txt", lenient), "A") << "a bare path is under sources/ first";
    EXPECT_EQ(package.text("internal://A.TXT", lenient), "A");
    EXPECT_EQ(lenient.size(), 2u);
}

TEST(QdpxPackage, EachTextOfAProjectIsACodedDocument)
{
    const QdpxRead read = packageOf(shapeFiles("maxqda-crlf")).readProject("");
    const std::vector<CodedDocument> documents = codedDocumentsOf(read.project);
    ASSERT_EQ(documents.size(), 1u);
    EXPECT_EQ(documents[0].name, "Interview 7");
    EXPECT_EQ(documents[0].codings.size(), 3u);
    EXPECT_EQ(documents[0].spans.size(), 3u);
    EXPECT_EQ(documents[0].codebook.codes().size(), read.project.codebook.codes().size());
}
