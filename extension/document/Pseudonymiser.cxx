#include "document/Pseudonymiser.hxx"

#include "common/UnoStrings.hxx"
#include "common/UserProfile.hxx"
#include "document/Anchors.hxx"
#include "document/DocumentStore.hxx"
#include "document/DocumentText.hxx"
#include "document/StateUndoAction.hxx"
#include "document/TranscriptText.hxx"
#include "document/UndoableChange.hxx"
#include "document/ViewsLocked.hxx"

#include "core/Problem.hpp"
#include "core/Speakers.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XFootnotesSupplier.hpp>
#include <com/sun/star/text/XEndnotesSupplier.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextFramesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <algorithm>
#include <set>
#include <fstream>
#include <sstream>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

std::u32string codePointsOf(const OUString& text)
{
    return toCodePoints(toUtf8(text));
}

bool moveRight(const Reference<text::XTextCursor>& cursor, std::size_t steps, bool expand)
{
    // Writer's cursor moves by code points, as core counts them.
    for (std::size_t moved = 0; moved < steps; moved += 0x7fff)
        if (!cursor->goRight(static_cast<sal_Int16>(std::min<std::size_t>(steps - moved, 0x7fff)), expand))
            return false;
    return true;
}

/// Replaces an occurrence from inside: the pseudonym goes after its first character, then the term's own
/// characters around it are deleted, so that the pseudonym has the first character's formatting (replacing
/// the range as a whole, or its first character, lost it in 7.4).
void replaceFromInside(const Reference<text::XTextRange>& occurrence, const OUString& replacement, std::size_t replacementLength,
                       std::size_t length)
{
    const Reference<text::XText> text = occurrence->getText();
    const Reference<text::XTextRange> start = occurrence->getStart();
    Reference<text::XTextCursor> cursor = text->createTextCursorByRange(start);
    cursor->goRight(1, false);
    text->insertString(Reference<text::XTextRange>(cursor, UNO_QUERY_THROW), replacement, false);
    // The term's end first: a range at a deleted character is no longer valid in a table cell.
    cursor = text->createTextCursorByRange(start);
    moveRight(cursor, 1 + replacementLength, false);
    moveRight(cursor, length - 1, true);
    cursor->setString(OUString());
    cursor = text->createTextCursorByRange(start);
    cursor->goRight(1, true);
    cursor->setString(OUString());
}

struct Replacing {
    const PseudonymKey& key;
    std::vector<OUString> replacements;
    std::vector<std::size_t> replacementLengths;
    PseudonymisationCount count;

    explicit Replacing(const PseudonymKey& k)
        : key(k)
    {
        for (const PseudonymTerm& term : key.terms) {
            replacements.push_back(toOUString(term.replacement));
            replacementLengths.push_back(toCodePoints(term.replacement).size());
        }
    }

    /// Replaces the occurrence `match` of `text` found at `range`, when the range still says what the
    /// search found (a field can make a paragraph's text and the cursor's steps differ: then it is left,
    /// and the check after finds it).
    void replace(const Reference<text::XTextRange>& range, std::u32string_view text, const TermMatch& match)
    {
        const std::u32string_view found = text.substr(match.begin, match.end - match.begin);
        if (!range.is() || codePointsOf(range->getString()) != found)
            return;
        replaceFromInside(range, replacements[match.term], replacementLengths[match.term], found.size());
        ++count.byTerm[key.terms[match.term].term];
        ++count.replaced;
    }
};

/// The texts besides the main one: each page style's headers and footers, frames, footnotes and endnotes.
std::vector<Reference<text::XText>> otherTexts(const Reference<frame::XModel>& document)
{
    std::vector<Reference<text::XText>> texts;
    auto add = [&](const uno::Any& value) {
        Reference<text::XText> text;
        if ((value >>= text) && text.is() && std::find(texts.begin(), texts.end(), text) == texts.end())
            texts.push_back(text);
    };
    const Reference<style::XStyleFamiliesSupplier> families(document, UNO_QUERY);
    if (families.is()) {
        const Reference<container::XNameAccess> pageStyles(families->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
        for (const OUString& name : pageStyles->getElementNames()) {
            const Reference<beans::XPropertySet> style(pageStyles->getByName(name), UNO_QUERY_THROW);
            for (const char* part : {"Header", "Footer"}) {
                bool on = false;
                style->getPropertyValue(OUString::createFromAscii(part) + "IsOn") >>= on;
                if (!on)
                    continue;
                for (const char* which : {"Text", "TextLeft", "TextRight", "TextFirst"})
                    if (style->getPropertySetInfo()->hasPropertyByName(OUString::createFromAscii(part) + OUString::createFromAscii(which)))
                        add(style->getPropertyValue(OUString::createFromAscii(part) + OUString::createFromAscii(which)));
            }
        }
    }
    auto addAll = [&](const Reference<container::XIndexAccess>& list) {
        for (sal_Int32 i = 0; list.is() && i < list->getCount(); ++i)
            add(list->getByIndex(i));
    };
    if (const Reference<text::XFootnotesSupplier> notes(document, UNO_QUERY); notes.is())
        addAll(notes->getFootnotes());
    if (const Reference<text::XEndnotesSupplier> notes(document, UNO_QUERY); notes.is())
        addAll(notes->getEndnotes());
    if (const Reference<text::XTextFramesSupplier> frames(document, UNO_QUERY); frames.is())
        addAll(Reference<container::XIndexAccess>(frames->getTextFrames(), UNO_QUERY));
    return texts;
}

/// The paragraphs of a text (those in tables of headers and frames are not reached).
std::vector<Reference<text::XTextRange>> paragraphsOf(const Reference<text::XText>& text)
{
    std::vector<Reference<text::XTextRange>> paragraphs;
    const Reference<container::XEnumerationAccess> access(text, UNO_QUERY);
    if (!access.is())
        return paragraphs;
    const Reference<container::XEnumeration> items = access->createEnumeration();
    while (items->hasMoreElements()) {
        const Reference<lang::XServiceInfo> info(items->nextElement(), UNO_QUERY);
        if (info.is() && info->supportsService("com.sun.star.text.Paragraph"))
            paragraphs.emplace_back(info, UNO_QUERY);
    }
    return paragraphs;
}

void replaceInText(const Reference<text::XText>& text, Replacing& replacing)
{
    for (const Reference<text::XTextRange>& paragraph : paragraphsOf(text)) {
        const std::u32string content = codePointsOf(paragraph->getString());
        const auto matches = findTerms(content, replacing.key);
        for (auto match = matches.rbegin(); match != matches.rend(); ++match) {
            const Reference<text::XTextCursor> cursor = text->createTextCursorByRange(paragraph->getStart());
            if (moveRight(cursor, match->begin, false) && moveRight(cursor, match->end - match->begin, true))
                replacing.replace(Reference<text::XTextRange>(cursor, UNO_QUERY_THROW), content, *match);
        }
    }
}

std::vector<Reference<beans::XPropertySet>> commentsOf(const Reference<frame::XModel>& document)
{
    std::vector<Reference<beans::XPropertySet>> comments;
    const Reference<text::XTextFieldsSupplier> fields(document, UNO_QUERY);
    if (!fields.is())
        return comments;
    const Reference<container::XEnumeration> items = fields->getTextFields()->createEnumeration();
    while (items->hasMoreElements()) {
        const Reference<lang::XServiceInfo> info(items->nextElement(), UNO_QUERY);
        if (info.is() && info->supportsService("com.sun.star.text.textfield.Annotation"))
            comments.emplace_back(info, UNO_QUERY);
    }
    return comments;
}

/// What Writer's undo does not restore: the document's properties and the comments' text.
struct KeptState {
    std::vector<std::pair<Reference<beans::XPropertySet>, OUString>> comments;
    std::vector<OUString> properties; // title, subject, description, author, modified by, printed by
    uno::Sequence<OUString> keywords;
};

Reference<document::XDocumentProperties> propertiesOf(const Reference<frame::XModel>& document)
{
    return Reference<document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)->getDocumentProperties();
}

std::vector<OUString> propertyTexts(const Reference<document::XDocumentProperties>& properties)
{
    return {properties->getTitle(),  properties->getSubject(),    properties->getDescription(),
            properties->getAuthor(), properties->getModifiedBy(), properties->getPrintedBy()};
}

void restore(const Reference<frame::XModel>& document, const KeptState& state)
{
    const Reference<document::XDocumentProperties> properties = propertiesOf(document);
    properties->setTitle(state.properties[0]);
    properties->setSubject(state.properties[1]);
    properties->setDescription(state.properties[2]);
    properties->setAuthor(state.properties[3]);
    properties->setModifiedBy(state.properties[4]);
    properties->setPrintedBy(state.properties[5]);
    properties->setKeywords(state.keywords);
    for (const auto& [comment, content] : state.comments)
        comment->setPropertyValue("Content", uno::Any(content));
}

Payload payloadOf(const DocumentStore& store)
{
    return store.read([](const CodingSet& set) {
        Payload payload;
        payload.codebook = set.codebook();
        payload.settings = set.settings();
        payload.attributes = set.attributes();
        payload.history = set.history();
        for (const Coding* coding : set.all())
            payload.codings.push_back(*coding);
        return payload;
    });
}

bool sameTexts(const Coding& a, const Coding& b)
{
    return a.memo == b.memo && a.condensed == b.condensed && a.text == b.text && a.speaker == b.speaker;
}

bool sameHistory(const std::vector<CodebookChange>& a, const std::vector<CodebookChange>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const CodebookChange& x, const CodebookChange& y) { return x.details == y.details; });
}

std::size_t occurrencesIn(const OUString& text, const PseudonymKey& key)
{
    return findTerms(codePointsOf(text), key).size();
}

} // namespace

PseudonymisationCount pseudonymiseDocument(const DocumentStore& store, const PseudonymKey& key, const OUString& undoTitle)
{
    checkKey(key);
    if (store.writtenByNewerVersion())
        throw Refusal("document", "A newer release of Power Triangle wrote this document's codings: pseudonymise it there.");
    const Reference<frame::XModel>& document = store.document();
    // The view's selection collapsed first: after an undo of a change all over the text it covers the whole
    // text, and every read and edit then has Writer lay out all of it (a second run took 45 s, not 2.5 s).
    if (const Reference<text::XTextViewCursorSupplier> view(document->getCurrentController(), UNO_QUERY); view.is())
        view->getViewCursor()->collapseToStart();
    const DocumentText body(Reference<text::XTextDocument>(document, UNO_QUERY_THROW));
    const auto matches = findTerms(body.text(), key);

    // Every passage's place once the names are replaced (an empty one, a deleted passage, stays as it is).
    std::vector<std::string> anchored;
    std::vector<TextSpan> spans;
    for (const auto& [id, span] : body.anchors())
        if (span.end > span.begin) {
            anchored.push_back(id);
            spans.push_back(span);
        }
    const std::vector<TextSpan> landed = spansAfterReplacing(spans, matches, key);

    KeptState before;
    KeptState after;
    Replacing replacing(key);
    const Reference<document::XDocumentProperties> properties = propertiesOf(document);
    before.properties = propertyTexts(properties);
    before.keywords = properties->getKeywords();
    PseudonymisationCount metadata;
    for (const OUString& text : before.properties)
        after.properties.push_back(toOUString(pseudonymised(toUtf8(text), key, metadata)));
    after.keywords = before.keywords;
    for (sal_Int32 i = 0; i < after.keywords.getLength(); ++i)
        after.keywords.getArray()[i] = toOUString(pseudonymised(toUtf8(before.keywords[i]), key, metadata));
    for (const Reference<beans::XPropertySet>& comment : commentsOf(document)) {
        OUString content;
        comment->getPropertyValue("Content") >>= content;
        before.comments.emplace_back(comment, content);
        after.comments.emplace_back(comment, toOUString(pseudonymised(toUtf8(content), key, metadata)));
    }

    Payload payload = payloadOf(store);
    const Payload original = payload;
    PseudonymisationCount inPayload;
    pseudonymisePayload(payload, key, inPayload);

    const Reference<document::XUndoManager> undo = Reference<document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    UndoableChange change(store, undoTitle);
    const uno::WeakReference<frame::XModel> weak(document);
    // First in the step, so undone last: after Writer has put the text back.
    undo->addUndoAction(new StateUndoAction(undoTitle, [weak, before] {
        if (const Reference<frame::XModel> model(weak); model.is())
            restore(model, before);
    }, {}));
    {
        const ViewsLocked locked(document);
        // The anchors are taken off while the text is edited and put back where their passages now are:
        // Writer looks at every bookmark for each deletion (5,000 anchors made 2,800 replacements take
        // 53 s), and in 7.4 an anchor ending where a deletion ends came back one character off on undo.
        // Writer's undo puts removed bookmarks back exactly.
        const Anchors anchors(document);
        const std::set<std::string> lifting(anchored.begin(), anchored.end());
        for (const auto& [id, anchor] : anchors.all())
            if (lifting.count(id))
                anchor->getAnchor()->getText()->removeTextContent(anchor);
        for (auto match = matches.rbegin(); match != matches.rend(); ++match)
            replacing.replace(body.range({match->begin, match->end}), body.text(), *match);
        for (const Reference<text::XText>& text : otherTexts(document))
            replaceInText(text, replacing);
        const DocumentText edited(Reference<text::XTextDocument>(document, UNO_QUERY_THROW));
        for (std::size_t i = 0; i < anchored.size(); ++i)
            if (const Reference<text::XTextRange> range = edited.range(landed[i]); range.is())
                anchors.insert(anchored[i], range);
    }
    restore(document, after);
    replacing.count.add(metadata);

    RecordStates records;
    std::vector<Coding> changed;
    for (std::size_t i = 0; i < payload.codings.size(); ++i)
        if (!sameTexts(payload.codings[i], original.codings[i])) {
            records[codingRecordKey(payload.codings[i].id)] = codingRecord(payload.codings[i]);
            changed.push_back(payload.codings[i]);
        }
    const bool codebookChanged = !(payload.codebook.codes() == original.codebook.codes());
    if (codebookChanged)
        records[kCodebookRecordKey] = codebookRecord(payload.codebook);
    const bool historyChanged = !sameHistory(payload.history, original.history);
    if (historyChanged)
        records[kCodebookHistoryRecordKey] = codebookHistoryRecord(payload.history);
    const bool attributesChanged = !(payload.attributes == original.attributes);
    if (attributesChanged)
        records[kAttributesRecordKey] = attributesRecord(payload.attributes);
    if (!records.empty())
        change.writeRecords(records);
    // Last in the step, so redone last: after Writer has replaced the text again.
    undo->addUndoAction(new StateUndoAction(undoTitle, {}, [weak, after] {
        if (const Reference<frame::XModel> model(weak); model.is())
            restore(model, after);
    }));
    change.commit([&](CodingSet& set) {
        for (Coding& coding : changed)
            set.put(std::move(coding));
        if (codebookChanged)
            set.setCodebook(payload.codebook);
        if (historyChanged)
            set.setHistory(payload.history);
        if (attributesChanged)
            set.setAttributes(payload.attributes);
    });
    replacing.count.codingsTouched = inPayload.codingsTouched;
    return replacing.count;
}

std::map<std::string, std::size_t> remainingTerms(const DocumentStore& store, const PseudonymKey& key)
{
    const Reference<frame::XModel>& document = store.document();
    std::map<std::string, std::size_t> places;
    places["text"] = findTerms(DocumentText(Reference<text::XTextDocument>(document, UNO_QUERY_THROW)).text(), key).size();
    std::size_t others = 0;
    for (const Reference<text::XText>& text : otherTexts(document))
        others += occurrencesIn(text->getString(), key);
    places["headers, footers, frames and notes"] = others;
    std::size_t comments = 0;
    for (const Reference<beans::XPropertySet>& comment : commentsOf(document)) {
        OUString content;
        comment->getPropertyValue("Content") >>= content;
        comments += occurrencesIn(content, key);
    }
    places["comments"] = comments;
    const Reference<document::XDocumentProperties> properties = propertiesOf(document);
    std::size_t inProperties = 0;
    for (const OUString& text : propertyTexts(properties))
        inProperties += occurrencesIn(text, key);
    for (const OUString& keyword : properties->getKeywords())
        inProperties += occurrencesIn(keyword, key);
    places["properties"] = inProperties;
    Payload payload = payloadOf(store);
    PseudonymisationCount inCodings;
    Payload codingsOnly;
    codingsOnly.codings = payload.codings;
    pseudonymisePayload(codingsOnly, key, inCodings);
    places["codings"] = inCodings.replaced;
    payload.codings.clear();
    PseudonymisationCount inCodebook;
    pseudonymisePayload(payload, key, inCodebook);
    places["codebook and attributes"] = inCodebook.replaced;
    return places;
}

std::vector<IdentifyingCandidate> identifyingCandidates(const DocumentStore& store, const PseudonymKey& teamList,
                                                        const SuggestedPseudonyms& suggested)
{
    const Reference<text::XTextDocument> document(store.document(), UNO_QUERY_THROW);
    const SpeakerTally tally = TranscriptText(document, SpeakerRecognizer(store.settings().speakerPatterns)).tally();
    std::vector<std::string> speakers;
    for (const auto& [name, turns] : tally.speakers())
        speakers.push_back(name);
    return findIdentifying(DocumentText(document).text(), speakers, teamList, suggested);
}

PseudonymKey loadIdentifyingTerms(const Reference<uno::XComponentContext>& context)
{
    const std::filesystem::path file = identifyingTermsFile(context);
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return {};
    std::ostringstream content;
    content << in.rdbuf();
    return termListFromFile(content.str(), file.filename().string());
}

} // namespace pt::extension
