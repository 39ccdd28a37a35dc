#include "document/DocumentStore.hxx"

#include "document/TranscriptText.hxx"
#include "document/UndoableChange.hxx"
#include "common/UnoStrings.hxx"
#include "document/WholeCharacters.hxx"

#include "core/Anchor.hpp"
#include "core/CodebookEditing.hpp"
#include "core/Guid.hpp"
#include "core/StudyCodebook.hpp"
#include "core/Timestamp.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <unordered_set>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

Reference<frame::XModel> lcl_writerModel(const Reference<lang::XComponent>& document)
{
    if (!DocumentStore::canStore(document))
        throw Refusal("document", "Power Triangle works on Writer documents; this is not one.");
    return Reference<frame::XModel>(document, UNO_QUERY_THROW);
}

/// The code `codeId` names, if it takes new codings; else a refusal that says why.
const Code& codeForNewCodings(const Codebook& codebook, const std::string& codeId)
{
    const Code* code = codebook.find(normalizedGuid(codeId));
    if (!code)
        throw Refusal("code", "\"" + codeId + "\" is not a code of this document's codebook.");
    if (const auto why = whyNoNewCodings(*code))
        throw Refusal("code", *why);
    return *code;
}

} // namespace

bool DocumentStore::canStore(const Reference<uno::XInterface>& document)
{
    Reference<lang::XServiceInfo> info(document, UNO_QUERY);
    Reference<frame::XModel> model(document, UNO_QUERY);
    return info.is() && model.is() && info->supportsService("com.sun.star.text.TextDocument");
}

Reference<lang::XComponent> DocumentStore::documentIn(const Reference<frame::XFrame>& frame)
{
    const Reference<frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    Reference<lang::XComponent> document(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
    return canStore(document) ? document : nullptr;
}

DocumentStore::DocumentStore(const Reference<lang::XComponent>& document)
    : mxDocument(lcl_writerModel(document))
    , mxTextDocument(mxDocument, UNO_QUERY_THROW)
    , mpModel(documentModelFor(mxDocument))
    , maAnchors(mxDocument)
{
}

PayloadReadResult DocumentStore::readFromDocument() const
{
    Problems chunkProblems;
    const Records records = PayloadRecords(mxDocument).readAll(chunkProblems);
    PayloadReadResult result = pt::readPayload(records);
    result.problems.insert(result.problems.begin(), chunkProblems.begin(), chunkProblems.end());
    if (result.newerVersion)
        result.problems.push_back({kHeaderRecordKey, "read only"}); // see isNewerVersionNote
    return result;
}

DocumentModel::Loader DocumentStore::loader() const
{
    return [this] { return readFromDocument(); };
}

Codebook DocumentStore::codebook() const
{
    return read([](const CodingSet& codings) { return codings.codebook(); });
}

Codebook DocumentStore::codebookAlone() const
{
    Records records;
    for (const auto& [key, text] : PayloadRecords(mxDocument).read(std::vector<std::string>{kHeaderRecordKey, kCodebookRecordKey}))
        if (text)
            records.emplace(key, *text);
    return readPayload(records).payload.codebook;
}

std::vector<CodebookChange> DocumentStore::codebookHistory() const
{
    return read([](const CodingSet& codings) { return codings.history(); });
}

DocumentSettings DocumentStore::settings() const
{
    return read([](const CodingSet& codings) { return codings.settings(); });
}

Problems DocumentStore::problems() const
{
    read([](const CodingSet&) { return 0; }); // loads if needed
    return mpModel->loadProblems();
}

bool isNewerVersionNote(const Problem& problem)
{
    return problem.where == kHeaderRecordKey && problem.what == "read only";
}

bool DocumentStore::writtenByNewerVersion() const
{
    const Problems found = problems();
    return std::any_of(found.begin(), found.end(), isNewerVersionNote);
}

void DocumentStore::checkWritable() const
{
    if (writtenByNewerVersion())
        throw Refusal("document", "This document's codings were written by a newer version of Power Triangle. "
                                  "Update Power Triangle to change them.");
}

CodingListing DocumentStore::listCodings() const
{
    CodingListing listing = read([](const CodingSet& codings) {
        CodingListing all;
        all.codebook = codings.codebook();
        for (const Coding* coding : codings.all())
            all.entries.push_back({*coding, std::nullopt});
        return all;
    });
    listing.problems = problems();
    std::unordered_map<std::string, std::size_t> position;
    const std::vector<std::string> order = maAnchors.inOrder();
    for (std::size_t i = 0; i < order.size(); ++i)
        position.emplace(order[i], i);
    const std::map<std::string, std::string> texts = maAnchors.texts();
    for (CodingListEntry& entry : listing.entries)
        if (const auto text = texts.find(entry.coding.id); text != texts.end())
            entry.anchoredText = text->second;
    // Document order; orphans (no position, or a collapsed anchor) last, oldest first.
    std::stable_sort(listing.entries.begin(), listing.entries.end(), [&](const CodingListEntry& a, const CodingListEntry& b) {
        const auto pa = a.orphaned() ? order.size() : position.at(a.coding.id);
        const auto pb = b.orphaned() ? order.size() : position.at(b.coding.id);
        return pa != pb ? pa < pb : a.coding.time < b.coding.time;
    });
    return listing;
}

std::vector<std::string> DocumentStore::codingsAt(const Reference<text::XTextRange>& position) const
{
    // Candidates: anchors that start or end in the position's paragraph, and codings spanning paragraphs
    // (they may pass through it). Then an exact check on each: a few comparisons, never one per coding.
    std::set<std::string> candidates;
    for (const auto& [id, collapsed] : maAnchors.around(position))
        candidates.insert(id);
    read([&](const CodingSet& codings) {
        candidates.insert(codings.acrossParagraphs().begin(), codings.acrossParagraphs().end());
        return 0;
    });
    return maAnchors.covering(candidates, position);
}

Reference<text::XTextRange> DocumentStore::acceptedPassage(const Reference<text::XTextRange>& range) const
{
    if (!range.is())
        throw Refusal("passage", "No passage was given to code.");
    try {
        // Throws for a range of another document, or of a header, footnote or frame of this one.
        Reference<text::XTextRangeCompare> compare(mxTextDocument->getText(), UNO_QUERY_THROW);
        compare->compareRegionStarts(range, range);
    } catch (const lang::IllegalArgumentException&) {
        throw Refusal("passage", "The passage is not in the main text of this document.");
    }
    if (range->getString().isEmpty())
        throw Refusal("passage", "The passage is empty: select the text to code.");
    return wholeCharacters(range);
}

const Coding& DocumentStore::existingCoding(const CodingSet& codings, const std::string& codingId) const
{
    const Coding* coding = codings.find(normalizedGuid(codingId));
    if (!coding)
        throw Refusal("coding", "This document has no coding \"" + codingId + "\".");
    return *coding;
}

std::vector<std::string> DocumentStore::addCodings(const std::vector<Reference<text::XTextRange>>& ranges,
                                                   const std::string& codeId, const std::string& memo,
                                                   const std::string& coder)
{
    checkWritable();
    const auto [codebook, settings, present] = read([](const CodingSet& codings) {
        return std::make_tuple(codings.codebook(), codings.settings(), codings.size() > 0);
    });
    const Code& code = codeForNewCodings(codebook, codeId);
    if (ranges.empty())
        throw Refusal("passage", "No passage was given to code.");
    const SpeakerRecognizer speakers(settings.speakerPatterns);
    const TranscriptText transcript(mxTextDocument, speakers);
    std::vector<Coding> codings;
    std::vector<Reference<text::XTextRange>> passages;
    for (const Reference<text::XTextRange>& given : ranges) {
        const Reference<text::XTextRange> range = passages.emplace_back(acceptedPassage(given));
        Coding coding;
        coding.id = newGuid();
        coding.codeId = code.id;
        coding.coder = coder;
        coding.time = utcTimestamp();
        coding.memo = memo;
        coding.text = toUtf8(range->getString());
        const TranscriptText::Turn turn = transcript.turnAt(range);
        coding.speaker = turn.speaker;
        coding.turnTime = turn.time;
        codings.push_back(std::move(coding));
    }

    const bool firstWrite = !present && !PayloadRecords(mxDocument).read(kHeaderRecordKey);
    UndoableChange change(*this, toOUString("Code as " + code.name));
    if (firstWrite) {
        change.writeRecord(kHeaderRecordKey, headerRecord());
        change.writeRecord(kCodebookRecordKey, codebookRecord(codebook));
    }
    std::vector<std::string> ids;
    RecordStates records;
    for (const Coding& coding : codings) {
        records.emplace(codingRecordKey(coding.id), codingRecord(coding));
        ids.push_back(coding.id);
    }
    // Records first: a pack that cannot be read refuses them before the text is touched.
    change.writeRecords(records);
    for (std::size_t i = 0; i < codings.size(); ++i)
        maAnchors.insert(codings[i].id, passages[i]);
    change.commit(
        [&](CodingSet& set) {
            for (Coding& coding : codings)
                set.put(std::move(coding));
        },
        PayloadChange::ofCodings({ids.begin(), ids.end()}));
    return ids;
}

Code DocumentStore::codeWithNewCode(const std::vector<Reference<text::XTextRange>>& ranges, const std::string& name,
                                    const std::string& coder)
{
    checkWritable();
    if (ranges.empty())
        throw Refusal("passage", "No passage was given to code.");
    std::vector<Reference<text::XTextRange>> passages;
    for (const Reference<text::XTextRange>& given : ranges)
        passages.push_back(acceptedPassage(given));
    const Codebook codebook = this->codebook();
    Code code;
    try {
        code = emergentCode(codebook, name, toUtf8(passages.front()->getString()));
    } catch (const InvalidInput& error) {
        throw Refusal("name", "No new code was made: " + describe(error.problems()));
    }
    const Codebook with = withCodeAdded(codebook, code);
    std::vector<std::pair<Coding, Reference<text::XTextRange>>> codings;
    for (const Reference<text::XTextRange>& passage : passages) {
        Coding coding;
        coding.id = newGuid();
        coding.codeId = code.id;
        coding.coder = coder;
        coding.time = utcTimestamp();
        codings.emplace_back(std::move(coding), passage);
    }
    addForeignCodings(codings, with, toOUString("New code " + code.name), coder);
    return *with.find(code.id);
}

void DocumentStore::addForeignCodings(const std::vector<std::pair<Coding, Reference<text::XTextRange>>>& codings,
                                      const Codebook& codebook, const OUString& undoTitle, const std::string& coder,
                                      const std::optional<DocumentAttributes>& attributes)
{
    checkWritable();
    if (const Problems problems = validateCodebook(codebook); !problems.empty())
        throw Refusal("codebook", "The codebook was not accepted:\n" + describe(problems));
    const auto [settings, codebookChanged] = read([&](const CodingSet& set) {
        return std::make_pair(set.settings(), codebookToJson(set.codebook()) != codebookToJson(codebook));
    });
    if (codings.empty() && !codebookChanged && !attributes)
        return;
    const SpeakerRecognizer speakers(settings.speakerPatterns);
    const TranscriptText transcript(mxTextDocument, speakers);
    std::vector<Coding> added;
    std::vector<Reference<text::XTextRange>> passages;
    RecordStates records;
    for (const auto& [foreign, given] : codings) {
        const Reference<text::XTextRange> range = passages.emplace_back(acceptedPassage(given));
        if (!codebook.find(foreign.codeId))
            throw Refusal("codebook", "Coding " + foreign.id + " has a code the codebook lacks.");
        Coding coding = foreign;
        coding.text = toUtf8(range->getString());
        const TranscriptText::Turn turn = transcript.turnAt(range);
        coding.speaker = turn.speaker;
        coding.turnTime = turn.time;
        records.emplace(codingRecordKey(coding.id), codingRecord(coding));
        added.push_back(std::move(coding));
    }
    UndoableChange change(*this, undoTitle);
    if (!PayloadRecords(mxDocument).read(kHeaderRecordKey))
        change.writeRecord(kHeaderRecordKey, headerRecord());
    std::vector<CodebookChange> history = writeCodebook(change, codebook, coder);
    if (attributes)
        change.writeRecord(kAttributesRecordKey, attributesRecord(*attributes));
    change.writeRecords(records);
    for (std::size_t i = 0; i < added.size(); ++i)
        maAnchors.insert(added[i].id, passages[i]);
    change.commit([&](CodingSet& set) {
        set.setCodebook(codebook);
        set.setHistory(std::move(history));
        if (attributes)
            set.setAttributes(*attributes);
        for (Coding& coding : added)
            set.put(std::move(coding));
    });
}

std::vector<CodebookChange> DocumentStore::writeCodebook(UndoableChange& change, const Codebook& codebook,
                                                        const std::string& coder,
                                                        const std::map<std::string, std::string>& mergedInto) const
{
    auto [before, history] = read([](const CodingSet& set) { return std::make_pair(set.codebook(), set.history()); });
    change.writeRecord(kCodebookRecordKey, codebookRecord(codebook));
    const std::vector<CodebookChange> changes = codebookChanges(before, codebook, coder, utcTimestamp(), mergedInto);
    if (!changes.empty()) {
        history.insert(history.end(), changes.begin(), changes.end());
        change.writeRecord(kCodebookHistoryRecordKey, codebookHistoryRecord(history));
    }
    return history;
}

void DocumentStore::deleteCode(const std::string& codeId, const std::string& coder)
{
    checkWritable();
    const auto [codebook, counts] = read([](const CodingSet& set) { return std::make_pair(set.codebook(), set.countsByCode()); });
    Codebook without;
    try {
        without = withCodeDeleted(codebook, codeId, counts);
    } catch (const InvalidInput& error) {
        throw Refusal("code", "The code was not deleted: " + describe(error.problems()));
    }
    replaceCodebook(without, toOUString("Delete code " + codebook.find(normalizedGuid(codeId))->name), coder);
}

std::pair<std::size_t, std::size_t> DocumentStore::mergeCodes(const std::string& fromId, const std::string& intoId,
                                                              const std::string& coder)
{
    checkWritable();
    const auto [codebook, codings] = read([](const CodingSet& set) {
        std::vector<Coding> all;
        for (const Coding* coding : set.all())
            all.push_back(*coding);
        return std::make_pair(set.codebook(), std::move(all));
    });
    // Codings of one passage have the same text: only those are compared, by where they start and end.
    const auto passageKey = [&](const Coding& coding) { return maAnchors.text(coding.id).value_or("\x01orphan " + coding.id); };
    const auto samePassage = [&](const Coding& a, const Coding& b) {
        const Reference<text::XTextRange> ra = maAnchors.range(a.id), rb = maAnchors.range(b.id);
        const Reference<text::XTextRangeCompare> compare(ra.is() ? ra->getText() : nullptr, UNO_QUERY);
        if (!compare.is() || !rb.is())
            return false;
        try {
            return compare->compareRegionStarts(ra, rb) == 0 && compare->compareRegionEnds(ra, rb) == 0;
        } catch (const lang::IllegalArgumentException&) {
            return false; // in different texts (a table cell and the body)
        }
    };
    CodeMerge merge;
    try {
        merge = pt::mergeCodes(codebook, codings, fromId, intoId, passageKey, samePassage);
    } catch (const InvalidInput& error) {
        const std::string field = error.problems().empty() ? "code" : error.problems().front().where;
        throw Refusal(field, "The codes were not merged: " + describe(error.problems()));
    }
    const Code& from = *codebook.find(normalizedGuid(fromId));
    const Code& into = *merge.codebook.find(normalizedGuid(intoId));
    UndoableChange change(*this, toOUString("Merge " + from.name + " into " + into.name));
    std::vector<CodebookChange> history = writeCodebook(change, merge.codebook, coder, {{from.id, into.id}});
    RecordStates records;
    std::vector<std::string> touched;
    for (const Coding& coding : merge.changed) {
        records.emplace(codingRecordKey(coding.id), codingRecord(coding));
        touched.push_back(coding.id);
    }
    for (const std::string& id : merge.removed) {
        records.emplace(codingRecordKey(id), std::nullopt);
        touched.push_back(id);
    }
    change.writeRecords(records);
    for (const std::string& id : merge.removed)
        if (const Reference<text::XTextContent> anchor = maAnchors.find(id); anchor.is())
            anchor->getAnchor()->getText()->removeTextContent(anchor);
    const std::size_t folded = merge.removed.size();
    std::set<std::string> ofFrom;
    for (const Coding& coding : codings)
        if (coding.codeId == from.id)
            ofFrom.insert(coding.id);
    const std::size_t moved = static_cast<std::size_t>(
        std::count_if(merge.changed.begin(), merge.changed.end(), [&](const Coding& c) { return ofFrom.count(c.id) > 0; }));
    change.commit(
        [&](CodingSet& set) {
            set.setCodebook(merge.codebook);
            set.setHistory(std::move(history));
            for (const std::string& id : merge.removed)
                set.remove(id);
            for (Coding& coding : merge.changed)
                set.put(std::move(coding));
        }); // the codebook changed: every view reads everything again
    return {moved, folded};
}

void DocumentStore::removeCoding(const std::string& codingId)
{
    checkWritable();
    const std::string id = read([&](const CodingSet& codings) { return existingCoding(codings, codingId).id; });
    UndoableChange change(*this, "Remove coding");
    if (const Reference<text::XTextContent> anchor = maAnchors.find(id); anchor.is())
        anchor->getAnchor()->getText()->removeTextContent(anchor);
    change.writeRecord(codingRecordKey(id), std::nullopt);
    change.commit([&](CodingSet& set) { set.remove(id); }, PayloadChange::ofCodings({id}));
}

void DocumentStore::changeCoding(const std::string& codingId, const std::optional<std::string>& codeId,
                                 const std::optional<std::string>& memo, const std::optional<std::string>& condensed)
{
    checkWritable();
    if (condensed)
        checkCondensation(*condensed);
    Coding coding = read([&](const CodingSet& codings) { return existingCoding(codings, codingId); });
    std::string title = condensed && !memo ? "Edit condensed meaning unit" : condensed ? "Edit memo and condensation" : "Edit memo";
    if (codeId) {
        const Codebook codebook = this->codebook();
        const Code& code = codeForNewCodings(codebook, *codeId);
        coding.codeId = code.id;
        title = "Change code to " + code.name;
    }
    if (memo)
        coding.memo = *memo;
    if (condensed)
        coding.condensed = *condensed;
    UndoableChange change(*this, toOUString(title));
    change.writeRecord(codingRecordKey(coding.id), codingRecord(coding));
    change.commit([&](CodingSet& set) { set.put(coding); }, PayloadChange::ofCodings({coding.id}));
}

void DocumentStore::reanchorCoding(const std::string& codingId, const Reference<text::XTextRange>& range)
{
    checkWritable();
    Coding coding = read([&](const CodingSet& codings) { return existingCoding(codings, codingId); });
    const Reference<text::XTextRange> passage = acceptedPassage(range);
    coding.text = toUtf8(passage->getString());
    const TranscriptText::Turn turn = TranscriptText(mxTextDocument, SpeakerRecognizer(settings().speakerPatterns)).turnAt(passage);
    coding.speaker = turn.speaker;
    coding.turnTime = turn.time;
    UndoableChange change(*this, "Re-anchor coding");
    if (const Reference<text::XTextContent> old = maAnchors.find(coding.id); old.is())
        old->getAnchor()->getText()->removeTextContent(old);
    maAnchors.insert(coding.id, passage);
    change.writeRecord(codingRecordKey(coding.id), codingRecord(coding));
    change.commit([&](CodingSet& set) { set.put(coding); }, PayloadChange::ofCodings({coding.id}));
}

void DocumentStore::moveAnchors(const std::vector<std::pair<std::string, Reference<text::XTextRange>>>& anchors,
                                const OUString& undoTitle)
{
    checkWritable();
    std::set<std::string> ids;
    UndoableChange change(*this, undoTitle);
    for (const auto& [codingId, range] : anchors) {
        if (const Reference<text::XTextContent> old = maAnchors.find(codingId); old.is())
            old->getAnchor()->getText()->removeTextContent(old);
        maAnchors.insert(codingId, wholeCharacters(range));
        ids.insert(codingId);
    }
    change.commit([](CodingSet&) {}, PayloadChange::ofCodings(ids));
}

void DocumentStore::replaceCodebook(const Codebook& codebook, const OUString& undoTitle, const std::string& coder)
{
    checkWritable();
    if (const Problems problems = validateCodebook(codebook); !problems.empty())
        throw Refusal("codebook", "The codebook was not accepted:\n" + describe(problems));
    const std::set<std::string> missing = read([&](const CodingSet& codings) {
        std::vector<std::string> inUse;
        for (const auto& [codeId, count] : codings.countsByCode())
            inUse.push_back(codeId);
        return codesInUseLeftOut(codings.codebook(), codebook, inUse);
    });
    if (!missing.empty()) {
        std::string names;
        for (const std::string& name : missing)
            names += (names.empty() ? "\"" : ", \"") + name + "\"";
        throw Refusal("codebook", "The codebook leaves out codes that codings use: " + names + ". Retire a code instead of removing it.");
    }
    UndoableChange change(*this, undoTitle);
    if (!PayloadRecords(mxDocument).read(kHeaderRecordKey))
        change.writeRecord(kHeaderRecordKey, headerRecord());
    std::vector<CodebookChange> history = writeCodebook(change, codebook, coder);
    change.commit([&](CodingSet& set) {
        set.setCodebook(codebook);
        set.setHistory(std::move(history));
    });
}

void DocumentStore::takeStudyCodebook(const Codebook& codebook, const std::map<std::string, std::string>& recoded,
                                      const std::string& basesRecord, const OUString& undoTitle, const std::string& coder)
{
    checkWritable();
    if (const Problems problems = validateCodebook(codebook); !problems.empty())
        throw Refusal("codebook", "The study's codebook was not accepted:\n" + describe(problems));
    const std::vector<Coding> recodedCodings = read([&](const CodingSet& codings) {
        std::vector<Coding> changed;
        for (const Coding* coding : codings.all())
            if (const auto to = recoded.find(coding->codeId); to != recoded.end()) {
                changed.push_back(*coding);
                changed.back().codeId = to->second;
            }
        return changed;
    });
    UndoableChange change(*this, undoTitle);
    if (!PayloadRecords(mxDocument).read(kHeaderRecordKey))
        change.writeRecord(kHeaderRecordKey, headerRecord());
    std::vector<CodebookChange> history = writeCodebook(change, codebook, coder);
    RecordStates records;
    for (const Coding& coding : recodedCodings)
        records.emplace(codingRecordKey(coding.id), codingRecord(coding));
    records.emplace(kStudySyncRecordKey, basesRecord);
    change.writeRecords(records);
    change.commit([&](CodingSet& set) {
        set.setCodebook(codebook);
        set.setHistory(std::move(history));
        for (const Coding& coding : recodedCodings)
            set.put(coding);
    });
}

void DocumentStore::keepStudyBases(const std::string& basesRecord)
{
    checkWritable();
    const Reference<util::XModifiable> modifiable(mxDocument, UNO_QUERY);
    const bool wasModified = modifiable.is() && modifiable->isModified();
    PayloadRecords(mxDocument).write({{kStudySyncRecordKey, basesRecord}});
    if (modifiable.is() && !wasModified)
        modifiable->setModified(false);
}

void DocumentStore::replaceSettings(const DocumentSettings& settings)
{
    checkWritable();
    UndoableChange change(*this, "Change Power Triangle settings");
    if (!PayloadRecords(mxDocument).read(kHeaderRecordKey)) {
        change.writeRecord(kHeaderRecordKey, headerRecord());
        change.writeRecord(kCodebookRecordKey, codebookRecord(codebook()));
    }
    change.writeRecord(kSettingsRecordKey, settingsRecord(settings));
    change.commit([&](CodingSet& set) { set.setSettings(settings); });
}

DocumentAttributes DocumentStore::attributes() const
{
    return read([](const CodingSet& codings) { return codings.attributes(); });
}

void DocumentStore::replaceAttributes(const DocumentAttributes& attributes, const std::string& undoTitle)
{
    checkWritable();
    UndoableChange change(*this, toOUString(undoTitle));
    if (!PayloadRecords(mxDocument).read(kHeaderRecordKey)) {
        change.writeRecord(kHeaderRecordKey, headerRecord());
        change.writeRecord(kCodebookRecordKey, codebookRecord(codebook()));
    }
    change.writeRecord(kAttributesRecordKey, attributesRecord(attributes));
    change.commit([&](CodingSet& set) { set.setAttributes(attributes); });
}

} // namespace pt::extension
