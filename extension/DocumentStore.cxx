#include "DocumentStore.hxx"

#include "UndoableChange.hxx"
#include "UnoStrings.hxx"

#include "core/Anchor.hpp"
#include "core/Guid.hpp"
#include "core/Timestamp.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>

#include <set>
#include <unordered_map>

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
        throw lang::IllegalArgumentException("Power Triangle works on Writer documents; this is not one.", nullptr, 0);
    return Reference<frame::XModel>(document, UNO_QUERY_THROW);
}

[[noreturn]] void lcl_badArgument(const std::string& message, sal_Int16 position)
{
    throw lang::IllegalArgumentException(toOUString(message), nullptr, position);
}

} // namespace

bool DocumentStore::canStore(const Reference<uno::XInterface>& document)
{
    Reference<lang::XServiceInfo> info(document, UNO_QUERY);
    Reference<frame::XModel> model(document, UNO_QUERY);
    return info.is() && model.is() && info->supportsService("com.sun.star.text.TextDocument");
}

DocumentStore::DocumentStore(const Reference<lang::XComponent>& document)
    : mxDocument(lcl_writerModel(document))
    , mxTextDocument(mxDocument, UNO_QUERY_THROW)
    , maProperties(mxDocument)
{
}

PayloadReadResult DocumentStore::readFrameForChange() const
{
    Records records;
    for (const char* key : {kHeaderRecordKey, kCodebookRecordKey})
        if (auto record = maProperties.readRecord(key))
            records.emplace(key, std::move(*record));
    PayloadReadResult result = pt::readPayload(records);
    if (result.newerVersion)
        lcl_badArgument("This document's codings were written by a newer version of Power Triangle. "
                        "Update Power Triangle to change them.",
                        0);
    return result;
}

Codebook DocumentStore::codebook() const
{
    Records records;
    for (const char* key : {kHeaderRecordKey, kCodebookRecordKey})
        if (auto record = maProperties.readRecord(key))
            records.emplace(key, std::move(*record));
    return pt::readPayload(records).payload.codebook;
}

PayloadReadResult DocumentStore::readPayload() const
{
    Problems chunkProblems;
    const Records records = maProperties.readRecords(kRecordKeyPrefix, chunkProblems);
    PayloadReadResult result = pt::readPayload(records);
    result.problems.insert(result.problems.begin(), chunkProblems.begin(), chunkProblems.end());
    return result;
}

Reference<text::XTextContent> DocumentStore::findAnchor(const std::string& codingId) const
{
    Reference<text::XBookmarksSupplier> supplier(mxDocument, UNO_QUERY_THROW);
    const Reference<container::XNameAccess> bookmarks = supplier->getBookmarks();
    const OUString name = toOUString(anchorName(codingId));
    if (!bookmarks->hasByName(name))
        return nullptr;
    return Reference<text::XTextContent>(bookmarks->getByName(name), UNO_QUERY);
}

CodingListing DocumentStore::listCodings() const
{
    PayloadReadResult read = readPayload();
    std::unordered_map<std::string, Coding*> byId;
    for (Coding& coding : read.payload.codings)
        byId.emplace(coding.id, &coding);

    // Writer keeps bookmarks sorted by position, so walking them by index gives document order.
    std::vector<CodingListEntry> entries;
    std::set<std::string> anchored;
    Reference<text::XBookmarksSupplier> supplier(mxDocument, UNO_QUERY_THROW);
    Reference<container::XIndexAccess> bookmarks(supplier->getBookmarks(), UNO_QUERY_THROW);
    const sal_Int32 count = bookmarks->getCount();
    for (sal_Int32 i = 0; i < count; ++i) {
        Reference<container::XNamed> named(bookmarks->getByIndex(i), UNO_QUERY);
        if (!named.is())
            continue;
        const auto codingId = codingIdFromAnchor(toUtf8(named->getName()));
        if (!codingId)
            continue;
        const auto coding = byId.find(*codingId);
        if (coding == byId.end())
            continue;
        Reference<text::XTextContent> anchor(named, UNO_QUERY_THROW);
        const std::string text = toUtf8(anchor->getAnchor()->getString());
        if (text.empty())
            continue; // a collapsed anchor marks a deleted passage: orphaned below
        entries.push_back({*coding->second, text});
        anchored.insert(*codingId);
    }
    for (const Coding& coding : read.payload.codings)
        if (!anchored.count(coding.id))
            entries.push_back({coding, std::nullopt});
    return {std::move(read.payload.codebook), std::move(entries), std::move(read.problems)};
}

std::vector<std::string> DocumentStore::addCodings(const std::vector<Reference<text::XTextRange>>& ranges,
                                                   const std::string& codeId, const std::string& memo,
                                                   const std::string& coder)
{
    const PayloadReadResult frame = readFrameForChange();
    const Codebook& codebook = frame.payload.codebook;
    const Code* code = codebook.find(normalizedGuid(codeId));
    if (!code)
        lcl_badArgument("\"" + codeId + "\" is not a code of this document's codebook.", 2);
    if (!code->codable)
        lcl_badArgument("\"" + code->name + "\" groups other codes and cannot be assigned to a passage.", 2);
    if (code->retired)
        lcl_badArgument("\"" + code->name + "\" is retired and takes no new codings.", 2);
    if (ranges.empty())
        lcl_badArgument("No passage was given to code.", 1);
    Reference<text::XTextRangeCompare> compare(mxTextDocument->getText(), UNO_QUERY_THROW);
    std::vector<Coding> codings;
    for (const Reference<text::XTextRange>& range : ranges) {
        if (!range.is())
            lcl_badArgument("No passage was given to code.", 1);
        try {
            // Throws for a range of another document, or of a header, footnote or frame of this one.
            compare->compareRegionStarts(range, range);
        } catch (const lang::IllegalArgumentException&) {
            lcl_badArgument("The passage is not in the main text of this document.", 1);
        }
        const OUString passage = range->getString();
        if (passage.isEmpty())
            lcl_badArgument("The passage is empty: select the text to code.", 1);
        Coding coding;
        coding.id = newGuid();
        coding.codeId = code->id;
        coding.coder = coder;
        coding.time = utcTimestamp();
        coding.memo = memo;
        coding.text = toUtf8(passage);
        codings.push_back(std::move(coding));
    }

    UndoableChange change(mxDocument, toOUString("Code as " + code->name));
    Reference<lang::XMultiServiceFactory> factory(mxDocument, UNO_QUERY_THROW);
    if (!frame.present) {
        change.writeRecord(kHeaderRecordKey, headerRecord());
        change.writeRecord(kCodebookRecordKey, codebookRecord(codebook));
    }
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < codings.size(); ++i) {
        Reference<text::XTextContent> anchor(factory->createInstance("com.sun.star.text.Bookmark"), UNO_QUERY_THROW);
        Reference<container::XNamed>(anchor, UNO_QUERY_THROW)->setName(toOUString(anchorName(codings[i].id)));
        ranges[i]->getText()->insertTextContent(ranges[i], anchor, true);
        change.writeRecord(codingRecordKey(codings[i].id), codingRecord(codings[i]));
        ids.push_back(codings[i].id);
    }
    change.commit();
    return ids;
}

void DocumentStore::removeCoding(const std::string& codingId)
{
    readFrameForChange();
    const std::string id = normalizedGuid(codingId);
    const std::string key = codingRecordKey(id);
    if (!isGuid(id) || !maProperties.readRecord(key))
        lcl_badArgument("This document has no coding \"" + codingId + "\".", 1);

    UndoableChange change(mxDocument, "Remove coding");
    if (const Reference<text::XTextContent> anchor = findAnchor(id); anchor.is())
        anchor->getAnchor()->getText()->removeTextContent(anchor);
    change.writeRecord(key, std::nullopt);
    change.commit();
}

void DocumentStore::replaceCodebook(const Codebook& codebook)
{
    if (const Problems problems = validateCodebook(codebook); !problems.empty())
        lcl_badArgument("The codebook was not accepted:\n" + describe(problems), 1);
    PayloadReadResult current = readPayload();
    if (current.newerVersion)
        readFrameForChange(); // throws the explanation
    std::set<std::string> missing;
    for (const Coding& coding : current.payload.codings)
        if (!codebook.find(coding.codeId) && current.payload.codebook.find(coding.codeId))
            missing.insert(current.payload.codebook.find(coding.codeId)->name);
    if (!missing.empty()) {
        std::string names;
        for (const std::string& name : missing)
            names += (names.empty() ? "\"" : ", \"") + name + "\"";
        lcl_badArgument("The codebook leaves out codes that codings use: " + names
                            + ". Retire a code instead of removing it.",
                        1);
    }

    UndoableChange change(mxDocument, "Edit codebook");
    if (!current.present)
        change.writeRecord(kHeaderRecordKey, headerRecord());
    change.writeRecord(kCodebookRecordKey, codebookRecord(codebook));
    change.commit();
}

} // namespace pt::extension
