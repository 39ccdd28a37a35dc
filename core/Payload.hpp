#pragma once

#include "core/Attributes.hpp"
#include "core/Codebook.hpp"
#include "core/CodebookHistory.hpp"
#include "core/Coding.hpp"
#include "core/DocumentSettings.hpp"
#include "core/Problem.hpp"

#include <map>
#include <string>
#include <vector>

namespace pt {

/// What Power Triangle keeps in a document besides the anchors in the text.
///
/// It is read and written as records, each a JSON text: a header with the format version, the codebook,
/// and one record per coding, so that coding a passage rewrites one small record rather than the whole
/// payload. Record keys:  PowerTriangle.header  PowerTriangle.codebook  PowerTriangle.settings
///                        PowerTriangle.attributes, PowerTriangle.codebookHistory (only when there are some)
///                        PowerTriangle.coding.<coding id>
/// Since version 2 the coding records are stored in packs of records (RecordPacks.hpp).
struct Payload {
    Codebook codebook;
    std::vector<Coding> codings;
    DocumentSettings settings;
    DocumentAttributes attributes;
    /// The codebook's audit trail, oldest first.
    std::vector<CodebookChange> history;
};

/// Highest payload version this release reads and the one it writes.
constexpr int kPayloadVersion = 2; // 2: coding records in packs (RecordPacks.hpp); 1 is still read

constexpr char kRecordKeyPrefix[] = "PowerTriangle.";
constexpr char kHeaderRecordKey[] = "PowerTriangle.header";
constexpr char kCodebookRecordKey[] = "PowerTriangle.codebook";
constexpr char kSettingsRecordKey[] = "PowerTriangle.settings";
constexpr char kAttributesRecordKey[] = "PowerTriangle.attributes";
constexpr char kCodebookHistoryRecordKey[] = "PowerTriangle.codebookHistory";

std::string codingRecordKey(const std::string& codingId);

/// Records as text, keyed as above. Texts are compact ASCII JSON, ready for chunkRecord().
using Records = std::map<std::string, std::string>;

std::string headerRecord();
std::string codebookRecord(const Codebook& codebook);
std::string codingRecord(const Coding& coding);
std::string settingsRecord(const DocumentSettings& settings);
std::string attributesRecord(const DocumentAttributes& attributes);
std::string codebookHistoryRecord(const std::vector<CodebookChange>& history);
Records payloadRecords(const Payload& payload);

struct PayloadReadResult {
    Payload payload;
    /// Everything wrong, each named by record and field. Readable parts are kept, never dropped.
    Problems problems;
    /// False for a document Power Triangle has never written to: it gets the default codebook.
    bool present = false;
    /// Set when the payload was written by a newer release: it is read as far as possible, never rewritten.
    bool newerVersion = false;
};

/// Reads records leniently: a broken coding record is reported and skipped, a coding whose code is not in
/// the codebook is kept and reported, a missing or broken codebook falls back to the default one.
PayloadReadResult readPayload(const Records& records);

} // namespace pt
