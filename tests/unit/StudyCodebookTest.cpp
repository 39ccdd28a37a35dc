#include "core/CodebookEditing.hpp"
#include "core/Fingerprint.hpp"
#include "core/Json.hpp"
#include "core/StudyCodebook.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;
using pt::test::codeNamed;

namespace {

/// A study whose codebook the first transcript (with the default codebook) has just sent.
struct Joined {
    StudyCodebook study;
    SyncBases firstBases;
};

Joined joinedStudy()
{
    const CodebookSync first = synchroniseCodebooks(defaultCodebook(), {}, StudyCodebook{}, {});
    return {first.study, first.bases};
}

Codebook renamed(const Codebook& codebook, const std::string& from, const std::string& to)
{
    Code code = codeNamed(codebook, from);
    code.name = to;
    return withCodeChanged(codebook, code);
}

} // namespace

TEST(StudyCodebookTest, TheFirstTranscriptSendsItsCodebookToAnEmptyStudy)
{
    const CodebookSync sync = synchroniseCodebooks(defaultCodebook(), {}, StudyCodebook{}, {});
    EXPECT_TRUE(sync.studyChanged);
    EXPECT_FALSE(sync.documentChanged);
    EXPECT_EQ(sync.sent.size(), defaultCodebook().codes().size());
    EXPECT_EQ(codebookToJson(sync.study.codebook), codebookToJson(defaultCodebook()));
    const Code& time = codeNamed(defaultCodebook(), "Lack of time");
    EXPECT_EQ(sync.study.versions.at(time.id).revision, 1);
    EXPECT_EQ(sync.bases.at(time.id).fingerprint, codeFingerprint(time));
}

TEST(StudyCodebookTest, ATranscriptThatAgreesChangesNothingButItsBases)
{
    const Joined joined = joinedStudy();
    const CodebookSync sync = synchroniseCodebooks(defaultCodebook(), {}, joined.study, {});
    EXPECT_FALSE(sync.studyChanged);
    EXPECT_FALSE(sync.documentChanged);
    EXPECT_TRUE(sync.basesChanged);
    EXPECT_TRUE(sync.sent.empty());
    EXPECT_TRUE(sync.received.empty());
    EXPECT_TRUE(sync.conflicts.empty());
}

TEST(StudyCodebookTest, ARenameInOneTranscriptReachesAnother)
{
    const Joined joined = joinedStudy();
    const CodebookSync second = synchroniseCodebooks(defaultCodebook(), {}, joined.study, {});
    const Codebook firstEdited = renamed(defaultCodebook(), "Lack of time", "Time pressure");
    const CodebookSync sent = synchroniseCodebooks(firstEdited, joined.firstBases, joined.study, {});
    ASSERT_EQ(sent.sent, std::vector<std::string>{"Time pressure"});
    const std::string id = codeNamed(firstEdited, "Time pressure").id;
    EXPECT_EQ(sent.study.versions.at(id).revision, 2);

    const CodebookSync received = synchroniseCodebooks(defaultCodebook(), second.bases, sent.study, {});
    EXPECT_EQ(received.received, std::vector<std::string>{"Time pressure"});
    EXPECT_TRUE(received.documentChanged);
    EXPECT_FALSE(received.studyChanged);
    EXPECT_EQ(received.document.find(id)->name, "Time pressure");
    EXPECT_EQ(received.bases.at(id).revision, 2);
}

TEST(StudyCodebookTest, SendingOnlyLeavesTheTranscriptAsItIs)
{
    const Joined joined = joinedStudy();
    const CodebookSync second = synchroniseCodebooks(defaultCodebook(), {}, joined.study, {});
    const CodebookSync sent = synchroniseCodebooks(renamed(defaultCodebook(), "Lack of time", "Time pressure"),
                                                   joined.firstBases, joined.study, {});
    const CodebookSync saved = synchroniseCodebooks(defaultCodebook(), second.bases, sent.study, {}, false);
    EXPECT_FALSE(saved.documentChanged);
    EXPECT_TRUE(saved.received.empty());
    EXPECT_EQ(codeNamed(saved.document, "Lack of time").id, codeNamed(defaultCodebook(), "Lack of time").id);
}

TEST(StudyCodebookTest, TwoOfflineEditsOfOneCodeAreAConflictUntilSomeoneChooses)
{
    const Joined joined = joinedStudy();
    const SyncBases secondBases = synchroniseCodebooks(defaultCodebook(), {}, joined.study, {}).bases;
    const CodebookSync first = synchroniseCodebooks(renamed(defaultCodebook(), "Lack of time", "Time pressure"),
                                                    joined.firstBases, joined.study, {});
    const Codebook secondEdited = renamed(defaultCodebook(), "Lack of time", "No time");
    const CodebookSync clash = synchroniseCodebooks(secondEdited, secondBases, first.study, {});
    ASSERT_EQ(clash.conflicts.size(), 1u);
    EXPECT_EQ(clash.conflicts[0].here.name, "No time");
    EXPECT_EQ(clash.conflicts[0].study.name, "Time pressure");
    EXPECT_FALSE(clash.documentChanged);
    EXPECT_FALSE(clash.studyChanged);
    const std::string id = clash.conflicts[0].here.id;

    const CodebookSync theirs = synchroniseCodebooks(secondEdited, secondBases, first.study, {{id, SyncChoice::Study}});
    EXPECT_TRUE(theirs.conflicts.empty());
    EXPECT_EQ(theirs.document.find(id)->name, "Time pressure");
    EXPECT_FALSE(theirs.studyChanged);

    const CodebookSync mine = synchroniseCodebooks(secondEdited, secondBases, first.study, {{id, SyncChoice::Transcript}});
    EXPECT_EQ(mine.study.codebook.find(id)->name, "No time");
    EXPECT_EQ(mine.study.versions.at(id).revision, 3);
    EXPECT_FALSE(mine.documentChanged);
}

TEST(StudyCodebookTest, ATranscriptJoiningWithAnOldVersionReceivesTheNewOne)
{
    const Joined joined = joinedStudy();
    const CodebookSync renamedInStudy = synchroniseCodebooks(renamed(defaultCodebook(), "Lack of time", "Time pressure"),
                                                             joined.firstBases, joined.study, {});
    const CodebookSync late = synchroniseCodebooks(defaultCodebook(), {}, renamedInStudy.study, {});
    EXPECT_TRUE(late.conflicts.empty());
    EXPECT_EQ(late.received, std::vector<std::string>{"Time pressure"});
}

TEST(StudyCodebookTest, ATranscriptJoiningWithItsOwnVersionOfACodeIsAConflict)
{
    const Joined joined = joinedStudy();
    const CodebookSync late = synchroniseCodebooks(renamed(defaultCodebook(), "Lack of time", "Busy"), {}, joined.study, {});
    ASSERT_EQ(late.conflicts.size(), 1u);
    EXPECT_EQ(late.conflicts[0].here.name, "Busy");
}

TEST(StudyCodebookTest, ACodeOfTheSameNameAndAnotherIdIsMergedByNameAndItsCodingsRecoded)
{
    const Codebook base = defaultCodebook();
    const std::string parent = base.codes().front().id;
    Code trust;
    trust.name = "Trust";
    trust.parentId = parent;
    trust.id = "11111111-1111-4111-8111-111111111111";
    const Codebook inStudy = withCodeAdded(base, trust);
    const CodebookSync first = synchroniseCodebooks(inStudy, {}, StudyCodebook{}, {});
    trust.id = "22222222-2222-4222-8222-222222222222";
    const Codebook ownCodebook = withCodeAdded(base, trust);

    const CodebookSync joined = synchroniseCodebooks(ownCodebook, {}, first.study, {});
    EXPECT_EQ(joined.recoded.at("22222222-2222-4222-8222-222222222222"), "11111111-1111-4111-8111-111111111111");
    EXPECT_EQ(joined.mergedByName, std::vector<std::string>{"Trust"});
    EXPECT_TRUE(joined.documentChanged);
    EXPECT_EQ(joined.document.find("22222222-2222-4222-8222-222222222222"), nullptr);
    EXPECT_NE(joined.document.find("11111111-1111-4111-8111-111111111111"), nullptr);
    EXPECT_FALSE(joined.studyChanged);
}

TEST(StudyCodebookTest, ACodeNewInTheStudyArrivesAfterItsParent)
{
    const Joined joined = joinedStudy();
    const Codebook base = defaultCodebook();
    Code parent;
    parent.name = "Relations";
    parent.parentId = base.codes().front().id;
    parent.id = "33333333-3333-4333-8333-333333333333";
    Code child;
    child.name = "Trust";
    child.parentId = parent.id;
    child.id = "44444444-4444-4444-8444-444444444444";
    const Codebook grown = withCodeAdded(withCodeAdded(base, parent), child);
    const CodebookSync sent = synchroniseCodebooks(grown, joined.firstBases, joined.study, {});
    ASSERT_EQ(sent.sent.size(), 2u);

    const CodebookSync received = synchroniseCodebooks(base, {}, sent.study, {});
    EXPECT_EQ(received.received.size(), 2u);
    EXPECT_TRUE(validateCodebook(received.document).empty());
    const auto& codes = received.document.codes();
    const auto at = [&](const std::string& id) {
        return std::find_if(codes.begin(), codes.end(), [&](const Code& c) { return c.id == id; }) - codes.begin();
    };
    EXPECT_LT(at(parent.id), at(child.id));
}

TEST(StudyCodebookTest, TheStudyCodebookFileRoundTripsAndADamagedOneIsRefusedByName)
{
    const Joined joined = joinedStudy();
    const StudyCodebook read = parseStudyCodebook(studyCodebookText(joined.study));
    EXPECT_EQ(codebookToJson(read.codebook), codebookToJson(joined.study.codebook));
    const Code& time = codeNamed(read.codebook, "Lack of time");
    EXPECT_EQ(read.versions.at(time.id).revision, 1);
    EXPECT_THROW(parseStudyCodebook("{\"format\": \"something else\"}"), InvalidInput);
    try {
        parseStudyCodebook(R"({"format": "power-triangle-study-codebook", "version": 1, "codebook": {"codes": 3}})");
        FAIL() << "a damaged codebook was read";
    } catch (const InvalidInput& error) {
        ASSERT_FALSE(error.problems().empty());
        EXPECT_NE(error.problems()[0].where.find("codebook"), std::string::npos);
    }
}

TEST(StudyCodebookTest, BasesRoundTripAndADamagedRecordReadsAsNone)
{
    const SyncBases bases{{"a", {3, "00ff"}}};
    const SyncBases read = parseSyncBases(syncBasesRecord(bases));
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read.at("a").revision, 3);
    EXPECT_EQ(read.at("a").fingerprint, "00ff");
    EXPECT_TRUE(parseSyncBases("{not json").empty());
}

TEST(StudyCodebook, CodesKeepTheirFingerprintsNowThatCodesHaveOriginsAndRules)
{
    // Fingerprints of codes as they were before origin, inclusion and exclusion existed: a study made then
    // must not see every code as changed.
    const Code& time = defaultCodebook().codes()[8];
    Code ruled = time;
    ruled.inclusion = "Time is named as lacking";
    EXPECT_NE(codeFingerprint(ruled), codeFingerprint(time));
    nlohmann::json before = codebookToJson(Codebook({time}))["codes"][0];
    for (const char* added : {"origin", "inclusion", "exclusion", "exampleCodingId"})
        before.erase(added);
    before.erase("id");
    EXPECT_EQ(codeFingerprint(time), fingerprintOf(dumpJson(before, true)));
}
