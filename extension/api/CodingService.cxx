#include "api/CodingService.hxx"

#include "reports/AgreementReports.hxx"
#include "exchange/CodebookActions.hxx"
#include "reports/CodingReports.hxx"
#include "reports/ContentAnalysisTables.hxx"
#include "editors/ContentAnalysisDialog.hxx"
#include "exchange/CodingsMerge.hxx"
#include "document/DocumentFiles.hxx"
#include "document/DocumentStore.hxx"
#include "document/Highlighter.hxx"
#include "document/Pseudonymiser.hxx"
#include "common/OfficeUser.hxx"
#include "exchange/ProjectExchange.hxx"
#include "exchange/StudyCodebookSync.hxx"
#include "exchange/StudyFiles.hxx"
#include "reports/MatrixReports.hxx"
#include "reports/ReflectionTables.hxx"
#include "common/Shortcuts.hxx"
#include "document/TranscriptText.hxx"
#include "common/UiText.hxx"
#include "common/UserProfile.hxx"
#include "common/UnoErrors.hxx"
#include "common/UnoStrings.hxx"

#include "core/AgreementDocument.hpp"
#include "core/CodebookEditing.hpp"
#include "core/CodebookHistory.hpp"
#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/StudyRetrieval.hpp"
#include "core/KeyChord.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <nlohmann/json.hpp>

#include <set>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::rtl::OUString;

namespace pt::extension {

namespace {

/// JSON text for the API: what documents hold may be invalid UTF-8, which dumpJson replaces.
OUString lcl_json(const nlohmann::json& json)
{
    return toOUString(dumpJson(json));
}

uno::Sequence<OUString> lcl_strings(const std::vector<std::string>& strings)
{
    uno::Sequence<OUString> sequence(static_cast<sal_Int32>(strings.size()));
    for (std::size_t i = 0; i < strings.size(); ++i)
        sequence.getArray()[i] = toOUString(strings[i]);
    return sequence;
}

SearchQuery lcl_searchQuery(const OUString& text, const OUString& optionsJson)
{
    SearchQuery query;
    query.text = toUtf8(text);
    const nlohmann::json options = parseOptions(toUtf8(optionsJson), "options");
    Problems problems;
    JsonFields fields(options, "options", problems);
    query.regularExpression = fields.optionalBool("regularExpression", false);
    query.caseSensitive = fields.optionalBool("caseSensitive", false);
    query.wholeWords = fields.optionalBool("wholeWords", false);
    query.speaker = fields.optionalString("speaker");
    fields.refuseOthers({"regularExpression", "caseSensitive", "wholeWords", "speaker"});
    if (!problems.empty())
        throw InvalidInput("The search options were not accepted:", std::move(problems));
    return query;
}

std::vector<SearchHit> lcl_find(const DocumentStore& store, const OUString& text, const OUString& optionsJson)
{
    const SpeakerRecognizer speakers(store.settings().speakerPatterns);
    return TranscriptText(Reference<text::XTextDocument>(store.document(), uno::UNO_QUERY_THROW), speakers)
        .find(lcl_searchQuery(text, optionsJson));
}

CodingReport lcl_report(const uno::Sequence<Reference<lang::XComponent>>& documents, const OUString& optionsJson)
{
    if (!documents.hasElements())
        throw Refusal("documents", "No document was given.");
    const nlohmann::json options = parseOptions(toUtf8(optionsJson), "options");
    Problems problems;
    JsonFields fields(options, "options", problems);
    std::set<std::string> codes;
    for (const std::string& code : fields.optionalStrings("codes"))
        codes.insert(normalizedGuid(code));
    fields.refuseOthers({"codes"});
    if (!problems.empty())
        throw InvalidInput("The report options were not accepted:", std::move(problems));
    return codingReportOf(std::vector<Reference<lang::XComponent>>(documents.begin(), documents.end()), codes);
}

} // namespace

CodingService::CodingService(const Reference<uno::XComponentContext>& context)
    : mxContext(context)
{
}

Reference<uno::XInterface> CodingService::create(const Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new CodingService(context));
}

OUString CodingService::implementationName()
{
    return "org.powertriangle.comp.CodingService";
}

uno::Sequence<OUString> CodingService::serviceNames()
{
    uno::Sequence<OUString> names(1);
    names[0] = "org.powertriangle.CodingService";
    return names;
}

// Each method runs its work through unoCall: nothing but a UNO exception leaves it, and a refusal names the
// argument it concerns by the part of the request it is about.

OUString SAL_CALL CodingService::addCoding(const Reference<lang::XComponent>& document,
                                           const Reference<text::XTextRange>& range, const OUString& codeId,
                                           const OUString& memo)
{
    return unoCall(*this, {0, {{"passage", 1}, {"code", 2}}}, [&] {
        DocumentStore store(document);
        return toOUString(store.addCodings({range}, toUtf8(codeId), toUtf8(memo), currentCoderName(mxContext)).front());
    });
}

OUString SAL_CALL CodingService::codeWithNewCode(const Reference<lang::XComponent>& document, const Reference<text::XTextRange>& passage,
                                                 const OUString& name)
{
    return unoCall(*this, {0, {{"passage", 1}, {"name", 2}}}, [&] {
        const Code code = DocumentStore(document).codeWithNewCode({passage}, toUtf8(name), currentCoderName(mxContext));
        return lcl_json({{"codeId", code.id}, {"name", code.name}});
    });
}

OUString SAL_CALL CodingService::getCodingsJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] { return lcl_json(codingListToJson(DocumentStore(document).listCodings())); });
}

void SAL_CALL CodingService::removeCoding(const Reference<lang::XComponent>& document, const OUString& codingId)
{
    unoCall(*this, {1, {{"document", 0}}}, [&] { DocumentStore(document).removeCoding(toUtf8(codingId)); });
}

OUString SAL_CALL CodingService::getCodebookJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] { return lcl_json(codebookToJson(DocumentStore(document).codebook())); });
}

void SAL_CALL CodingService::setCodebookJson(const Reference<lang::XComponent>& document, const OUString& json)
{
    unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        store.replaceCodebook(parseCodebookJson(toUtf8(json)), "Edit codebook", currentCoderName(mxContext));
    });
}

OUString SAL_CALL CodingService::getCodingsAtJson(const Reference<lang::XComponent>& document,
                                                  const Reference<text::XTextRange>& position)
{
    return unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        if (!position.is())
            throw Refusal("position", "No position was given.");
        const std::vector<std::string> ids = store.codingsAt(position);
        CodingListing listing = store.read([&](const CodingSet& codings) {
            CodingListing at;
            at.codebook = codings.codebook();
            for (const std::string& id : ids)
                if (const Coding* coding = codings.find(id))
                    at.entries.push_back({*coding, std::nullopt});
            return at;
        });
        for (CodingListEntry& entry : listing.entries)
            entry.anchoredText = store.anchors().text(entry.coding.id);
        return lcl_json(codingListToJson(listing));
    });
}

void SAL_CALL CodingService::setCodingMemo(const Reference<lang::XComponent>& document, const OUString& codingId,
                                           const OUString& memo)
{
    unoCall(*this, {2, {{"document", 0}, {"coding", 1}}},
            [&] { DocumentStore(document).changeCoding(toUtf8(codingId), std::nullopt, toUtf8(memo)); });
}

void SAL_CALL CodingService::mergeCodes(const Reference<lang::XComponent>& document, const OUString& fromCodeId,
                                        const OUString& intoCodeId)
{
    unoCall(*this, {1, {{"document", 0}, {"fromCodeId", 1}, {"intoCodeId", 2}}},
            [&] { DocumentStore(document).mergeCodes(toUtf8(fromCodeId), toUtf8(intoCodeId), currentCoderName(mxContext)); });
}

OUString SAL_CALL CodingService::getCodebookHistoryJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] { return lcl_json(codebookHistoryToJson(DocumentStore(document).codebookHistory())); });
}

void SAL_CALL CodingService::setCodingCondensed(const Reference<lang::XComponent>& document, const OUString& codingId,
                                                const OUString& text)
{
    unoCall(*this, {2, {{"document", 0}, {"coding", 1}}},
            [&] { DocumentStore(document).changeCoding(toUtf8(codingId), std::nullopt, std::nullopt, toUtf8(text)); });
}

void SAL_CALL CodingService::setCodingCode(const Reference<lang::XComponent>& document, const OUString& codingId,
                                           const OUString& codeId)
{
    unoCall(*this, {2, {{"document", 0}, {"coding", 1}, {"code", 2}}},
            [&] { DocumentStore(document).changeCoding(toUtf8(codingId), toUtf8(codeId), std::nullopt); });
}

void SAL_CALL CodingService::reanchorCoding(const Reference<lang::XComponent>& document, const OUString& codingId,
                                            const Reference<text::XTextRange>& range)
{
    unoCall(*this, {2, {{"document", 0}, {"coding", 1}, {"passage", 2}}},
            [&] { DocumentStore(document).reanchorCoding(toUtf8(codingId), range); });
}

void SAL_CALL CodingService::selectCoding(const Reference<lang::XComponent>& document, const OUString& codingId)
{
    unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        const Reference<text::XTextRange> range = store.anchors().range(normalizedGuid(toUtf8(codingId)));
        if (!range.is())
            throw Refusal("coding", "The coding \"" + toUtf8(codingId) + "\" has no passage to select (it is orphaned or unknown).");
        Reference<view::XSelectionSupplier> selection(store.document()->getCurrentController(), uno::UNO_QUERY);
        if (!selection.is())
            throw Refusal("document", "The document is not shown in a window.");
        selection->select(uno::Any(range));
    });
}

OUString SAL_CALL CodingService::addCode(const Reference<lang::XComponent>& document, const OUString& codeJson)
{
    return unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        const Codebook current = store.codebook();
        const Code code = newCodeFromJson(current, parseJson(toUtf8(codeJson), "code"));
        const Codebook changed = withCodeAdded(current, code);
        const std::string id = changed.codes().back().id;
        store.replaceCodebook(changed, toOUString("Add code " + code.name), currentCoderName(mxContext));
        return toOUString(id);
    });
}

void SAL_CALL CodingService::updateCode(const Reference<lang::XComponent>& document, const OUString& codeJson)
{
    unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        const nlohmann::json json = parseJson(toUtf8(codeJson), "code");
        Problems problems;
        JsonFields fields(json, "code", problems);
        const std::string id = normalizedGuid(fields.requiredString("id"));
        if (!problems.empty())
            throw InvalidInput("The code was not accepted:", std::move(problems));
        const Codebook current = store.codebook();
        const Code* existing = current.find(id);
        if (!existing)
            throw Refusal("code", "\"" + id + "\" is not a code of this document's codebook.");
        store.replaceCodebook(withCodeChanged(current, withFields(*existing, json)), toOUString("Change code " + existing->name),
                              currentCoderName(mxContext));
    });
}

OUString SAL_CALL CodingService::exportCodebook(const Reference<lang::XComponent>& document, const OUString& format)
{
    return unoCall(*this, {1, {{"document", 0}}},
                   [&] { return toOUString(pt::extension::exportCodebook(DocumentStore(document), toUtf8(format))); });
}

OUString SAL_CALL CodingService::importCodebook(const Reference<lang::XComponent>& document, const OUString& content,
                                                const OUString& format)
{
    return unoCall(*this, {1, {{"document", 0}, {"format", 2}}}, [&] {
        DocumentStore store(document);
        const CodebookImport imported = pt::extension::importCodebook(store, toUtf8(content), toUtf8(format),
                                                                                  currentCoderName(mxContext));
        return lcl_json({{"added", imported.merge.added},
                         {"updated", imported.merge.updated},
                         {"kept", imported.merge.kept},
                         {"notes", problemsToJson(imported.notes)}});
    });
}

void SAL_CALL CodingService::saveCodebookTemplate(const Reference<lang::XComponent>& document, const OUString& name)
{
    unoCall(*this, {1, {{"document", 0}}},
            [&] { pt::extension::saveCodebookTemplate(mxContext, DocumentStore(document), toUtf8(name)); });
}

OUString SAL_CALL CodingService::getCodebookTemplatesJson()
{
    return unoCall(*this, {0}, [&] { return lcl_json(codebookTemplates(mxContext)); });
}

void SAL_CALL CodingService::applyCodebookTemplate(const Reference<lang::XComponent>& document, const OUString& name)
{
    unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        pt::extension::applyCodebookTemplate(mxContext, store, toUtf8(name));
    });
}

OUString SAL_CALL CodingService::getSpeakersJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] {
        DocumentStore store(document);
        const SpeakerRecognizer speakers(store.settings().speakerPatterns);
        nlohmann::json list = nlohmann::json::array();
        const SpeakerTally tally = TranscriptText(Reference<text::XTextDocument>(store.document(), uno::UNO_QUERY_THROW), speakers).tally();
        for (std::size_t i = 0; i < tally.speakers().size(); ++i)
            list.push_back({{"name", tally.speakers()[i].first}, {"turns", tally.speakers()[i].second}, {"times", tally.turnTimes()[i]}});
        return lcl_json(list);
    });
}

OUString SAL_CALL CodingService::getSettingsJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] { return lcl_json(settingsToJson(DocumentStore(document).settings())); });
}

void SAL_CALL CodingService::setSettingsJson(const Reference<lang::XComponent>& document, const OUString& json)
{
    unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        store.replaceSettings(parseSettingsJson(toUtf8(json)));
    });
}

OUString SAL_CALL CodingService::getDocumentAttributesJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] { return lcl_json(attributesToJson(DocumentStore(document).attributes().values)); });
}

void SAL_CALL CodingService::setDocumentAttributesJson(const Reference<lang::XComponent>& document, const OUString& json)
{
    unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        DocumentAttributes attributes = store.attributes();
        attributes.values = parseAttributesJson(toUtf8(json), attributes.definitions);
        store.replaceAttributes(attributes, "Change the transcript's attributes");
    });
}

OUString SAL_CALL CodingService::getAttributeDefinitionsJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] { return lcl_json(definitionsToJson(DocumentStore(document).attributes().definitions)); });
}

void SAL_CALL CodingService::setAttributeDefinitionsJson(const Reference<lang::XComponent>& document, const OUString& json)
{
    unoCall(*this, {1, {{"document", 0}}}, [&] {
        DocumentStore store(document);
        DocumentAttributes attributes = store.attributes();
        attributes.definitions = parseDefinitionsJson(toUtf8(json));
        checkValuesFit(attributes.definitions, attributes.values);
        store.replaceAttributes(attributes, "Change the attributes' definitions");
    });
}

OUString SAL_CALL CodingService::createStudy(const OUString& folderUrl, const OUString& name)
{
    return unoCall(*this, {0, {{"name", 1}}}, [&] { return extension::createStudy(mxContext, folderUrl, toUtf8(name)); });
}

OUString SAL_CALL CodingService::addTranscriptsToStudy(const OUString& studyUrl, const uno::Sequence<OUString>& transcriptUrls)
{
    return unoCall(*this, {0, {{"transcripts", 1}, {"file", 1}}}, [&] {
        Problems notes;
        const std::size_t added = extension::addTranscriptsToStudy(
            mxContext, studyUrl, std::vector<OUString>(transcriptUrls.begin(), transcriptUrls.end()), notes);
        return lcl_json({{"added", added}, {"notes", problemsToJson(notes)}});
    });
}

OUString SAL_CALL CodingService::getStudyJson(const OUString& studyUrl)
{
    return unoCall(*this, {0}, [&] {
        const StudyListing listing = readStudy(mxContext, studyUrl);
        return lcl_json(studyListingToJson(listing.study, listing.entries));
    });
}

void SAL_CALL CodingService::setStudyAttributeDefinitionsJson(const OUString& studyUrl, const OUString& json)
{
    unoCall(*this, {1, {{"study", 0}}}, [&] { setStudyAttributeDefinitions(mxContext, studyUrl, parseDefinitionsJson(toUtf8(json))); });
}

void SAL_CALL CodingService::setStudyCases(const OUString& studyUrl, const OUString& cases)
{
    unoCall(*this, {1, {{"study", 0}}}, [&] {
        const auto chosen = casesNamed(toUtf8(cases));
        if (!chosen)
            throw Refusal("cases", "A study's cases are \"transcript\" or \"speaker\", not \"" + toUtf8(cases) + "\".");
        extension::setStudyCases(mxContext, studyUrl, *chosen);
    });
}

OUString SAL_CALL CodingService::exportStudyProject(const OUString& studyUrl, const OUString& url, const OUString& options)
{
    return unoCall(*this, {2, {{"study", 0}, {"file", 1}}}, [&] {
        const nlohmann::json json = parseOptions(toUtf8(options), "options");
        Problems problems;
        JsonFields fields(json, "options", problems);
        const bool crlf = fields.optionalBool("crlf", false);
        std::optional<CasesPer> cases;
        if (json.contains("cases")) {
            cases = json["cases"].is_string() ? casesNamed(json["cases"].get<std::string>()) : std::nullopt;
            if (!cases)
                problems.push_back({"options.cases", "is \"transcript\" or \"speaker\""});
        }
        fields.refuseOthers({"crlf", "cases"});
        if (!problems.empty())
            throw InvalidInput("The export options were not accepted:", std::move(problems));
        const ProjectExport done = extension::exportStudyProject(mxContext, studyUrl, url, crlf, cases);
        return lcl_json({{"sources", done.sources}, {"codings", done.codings}, {"notes", problemsToJson(done.notes)}});
    });
}

OUString SAL_CALL CodingService::synchroniseWithStudy(const Reference<lang::XComponent>& document, const OUString& choices)
{
    return unoCall(*this, {0, {{"study", 0}, {"choices", 1}, {"codebook", 0}}}, [&] {
        std::map<std::string, SyncChoice> settled;
        if (!choices.isEmpty()) {
            const nlohmann::json json = parseJson(toUtf8(choices), "choices");
            if (!json.is_object())
                throw Refusal("choices", "The choices are a JSON object {code id: \"transcript\" | \"study\"}.");
            for (const auto& [id, side] : json.items()) {
                if (side != "transcript" && side != "study")
                    throw Refusal("choices", "The choice for " + id + " is \"transcript\" or \"study\", not " + dumpJson(side) + ".");
                settled[id] = side == "transcript" ? SyncChoice::Transcript : SyncChoice::Study;
            }
        }
        DocumentStore store(document);
        const auto done = extension::synchroniseWithStudy(mxContext, store, settled, true);
        if (!done)
            throw Refusal("document", "The document is no transcript of a study that can be changed (in no study, read only, or written by a newer Power Triangle).");
        nlohmann::json summary = syncSummaryToJson(done->sync);
        summary["study"] = toUtf8(done->studyUrl);
        return lcl_json(summary);
    });
}

OUString SAL_CALL CodingService::retrieveFromStudy(const OUString& studyUrl, const OUString& query, const OUString& format)
{
    return unoCall(*this, {1, {{"study", 0}, {"format", 2}}}, [&] {
        if (format != "json" && format != "csv")
            throw Refusal("format", "The format is \"json\" or \"csv\", not \"" + toUtf8(format) + "\".");
        const RetrievalQuery parsed = parseRetrievalQuery(toUtf8(query));
        Problems unread;
        const std::vector<StudyPassage> passages = retrievePassages(studyDocuments(mxContext, studyUrl, unread), parsed);
        if (format == "csv")
            return toOUString(studyPassagesCsv(passages));
        return lcl_json({{"passages", studyPassagesToJson(passages)}, {"unread", problemsToJson(unread)}});
    });
}

Reference<lang::XComponent> SAL_CALL CodingService::createStudyMatrixReport(const OUString& studyUrl, const OUString& attribute,
                                                                           const OUString& options)
{
    return unoCall(*this, {1, {{"study", 0}, {"options", 2}}}, [&] {
        const nlohmann::json given = parseOptions(toUtf8(options), "options");
        Problems problems;
        JsonFields fields(given, "options", problems);
        fields.refuseOthers({"count"});
        const std::string count = fields.optionalString("count", "codings");
        if (count != "codings" && count != "transcripts")
            problems.push_back({"options.count", "is \"codings\" or \"transcripts\""});
        if (!problems.empty())
            throw Refusal("options", describe(problems));
        Problems unread;
        const AttributeMatrix matrix = attributeMatrix(studyDocuments(mxContext, studyUrl, unread), toUtf8(attribute));
        return openMatrixReport(mxContext, matrix, count == "transcripts" ? MatrixCount::Transcripts : MatrixCount::Codings);
    });
}

Reference<lang::XComponent> SAL_CALL CodingService::createStudyCodingReport(const OUString& studyUrl, const OUString& options)
{
    return unoCall(*this, {1, {{"study", 0}}}, [&] {
        const nlohmann::json given = parseOptions(toUtf8(options), "options");
        Problems problems;
        JsonFields fields(given, "options", problems);
        fields.refuseOthers({"codes", "where"});
        std::set<std::string> codes;
        for (const std::string& code : fields.optionalStrings("codes"))
            codes.insert(normalizedGuid(code));
        std::vector<AttributeCondition> where;
        for (const std::string& condition : fields.optionalStrings("where")) {
            try {
                where.push_back(parseCondition(condition));
            } catch (const InvalidInput& error) {
                for (const Problem& problem : error.problems())
                    problems.push_back({"options.where", problem.where + ": " + problem.what});
            }
        }
        if (!problems.empty())
            throw InvalidInput("The report options were not accepted:", std::move(problems));
        Problems unread;
        const std::vector<CodedDocument> documents = documentsWhere(studyDocuments(mxContext, studyUrl, unread), where);
        if (documents.empty())
            throw Refusal("options", "No transcript of the study meets the conditions given.");
        return openCodingReport(mxContext, makeCodingReport(documents, codes));
    });
}

Reference<lang::XComponent> SAL_CALL CodingService::createStudyAgreementReport(const OUString& studyUrl)
{
    return unoCall(*this, {0}, [&] {
        Problems unread;
        const std::vector<CodedDocument> transcripts = studyDocuments(mxContext, studyUrl, unread);
        return openStudyAgreementReport(mxContext, readStudy(mxContext, studyUrl).study.name, transcripts);
    });
}

void SAL_CALL CodingService::setHighlighting(const Reference<lang::XComponent>& document, sal_Bool shown)
{
    unoCall(*this, {0}, [&] { Highlighter::forDocument(mxContext, DocumentStore(document).document())->show(shown); });
}

void SAL_CALL CodingService::setHighlightedCoders(const Reference<lang::XComponent>& document,
                                                  const uno::Sequence<OUString>& coders)
{
    unoCall(*this, {0}, [&] {
        std::set<std::string> names;
        for (const OUString& coder : coders)
            names.insert(toUtf8(coder));
        Highlighter::forDocument(mxContext, DocumentStore(document).document())->showCoders(names);
    });
}

uno::Sequence<OUString> SAL_CALL CodingService::getHighlightedCoders(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] {
        const std::set<std::string> names = Highlighter::forDocument(mxContext, DocumentStore(document).document())->shownCoders();
        return lcl_strings({names.begin(), names.end()});
    });
}

sal_Bool SAL_CALL CodingService::isHighlighting(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] {
        return static_cast<sal_Bool>(Highlighter::forDocument(mxContext, DocumentStore(document).document())->isShown());
    });
}

OUString SAL_CALL CodingService::getShortcutsJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] {
        const Codebook codebook = DocumentStore(document).codebook();
        nlohmann::json entries = nlohmann::json::array();
        for (const Shortcuts::Entry& entry : Shortcuts(mxContext).entries(codebook, UiText(mxContext)))
            entries.push_back({{"command", toUtf8(entry.command)}, {"title", toUtf8(entry.title)}, {"keys", entry.chords}});
        return lcl_json(entries);
    });
}

void SAL_CALL CodingService::setShortcut(const OUString& command, const OUString& keys)
{
    unoCall(*this, {1, {{"command", 0}}}, [&] {
        Shortcuts shortcuts(mxContext);
        if (!Shortcuts::isOurs(command))
            throw Refusal("command", "\"" + toUtf8(command) + "\" is not a command of the Power Triangle.");
        if (keys.trim().isEmpty())
            shortcuts.clear(command);
        else
            shortcuts.assign(command, parseKeyChord(toUtf8(keys)));
    });
}

OUString SAL_CALL CodingService::findJson(const Reference<lang::XComponent>& document, const OUString& query,
                                          const OUString& optionsJson)
{
    return unoCall(*this, {1, {{"document", 0}, {"options", 2}}}, [&] {
        DocumentStore store(document);
        nlohmann::json list = nlohmann::json::array();
        std::size_t index = 0;
        for (const SearchHit& hit : lcl_find(store, query, optionsJson))
            list.push_back({{"index", index++}, {"text", hit.text}, {"before", hit.context.before},
                            {"after", hit.context.after}, {"speaker", hit.speaker}});
        return lcl_json(list);
    });
}

uno::Sequence<OUString> SAL_CALL CodingService::codeHits(const Reference<lang::XComponent>& document,
                                                         const OUString& query, const OUString& optionsJson,
                                                         const uno::Sequence<sal_Int32>& hitIndexes,
                                                         const OUString& codeId, const OUString& memo)
{
    return unoCall(*this, {1, {{"document", 0}, {"options", 2}, {"hits", 3}, {"passage", 3}, {"code", 4}}}, [&] {
        DocumentStore store(document);
        const std::vector<SearchHit> hits = lcl_find(store, query, optionsJson);
        std::vector<Reference<text::XTextRange>> ranges;
        std::set<sal_Int32> chosen;
        for (sal_Int32 index : hitIndexes) {
            if (index < 0 || static_cast<std::size_t>(index) >= hits.size())
                throw Refusal("hits", "There is no hit " + std::to_string(index) + " (the search finds "
                                          + std::to_string(hits.size()) + ").");
            if (chosen.insert(index).second)
                ranges.push_back(hits[static_cast<std::size_t>(index)].range);
        }
        return lcl_strings(store.addCodings(ranges, toUtf8(codeId), toUtf8(memo), currentCoderName(mxContext)));
    });
}

OUString SAL_CALL CodingService::insertReflectionTable(const Reference<lang::XComponent>& document,
                                                       const Reference<text::XTextRange>& at, const OUString& options)
{
    return unoCall(*this, {2, {{"document", 0}, {"position", 1}}}, [&] {
        const DocumentStore store(document);
        ReflectionTables tables(store.document(), loadReflectionPrompts(mxContext));
        return pt::extension::insertReflectionTable(mxContext, store, tables, tables.cycles(), at, toUtf8(options)).name;
    });
}

OUString SAL_CALL CodingService::getReflectionTablesJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] {
        nlohmann::json tables = nlohmann::json::array();
        for (const ReflectionTables::Found& found :
             ReflectionTables(DocumentStore(document).document(), loadReflectionPrompts(mxContext)).readAll())
            tables.push_back({{"table", found.name},
                              {"cycle", found.read.cycle ? reflectionCycleToJson(*found.read.cycle) : nlohmann::json()},
                              {"problems", problemsToJson(found.read.problems)}});
        return lcl_json(tables);
    });
}

OUString SAL_CALL CodingService::getCodingsCsv(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] {
        return toOUString(codingsCsvOf(DocumentStore(document)));
    });
}

OUString SAL_CALL CodingService::mergeCodingsFrom(const Reference<lang::XComponent>& document, const OUString& url)
{
    return unoCall(*this, {0, {{"file", 1}}}, [&] {
        DocumentStore store(document);
        const MergePlan plan = extension::mergeCodingsFrom(mxContext, store, url);
        return lcl_json(mergePlanToJson(plan, describeMerge(plan, fileNameOf(url))));
    });
}

OUString SAL_CALL CodingService::getAgreementJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] {
        const MeasuredAgreement measured = extension::measureAgreement(DocumentStore(document));
        return lcl_json(agreementToJson(measured.codebook, measured.report, measured.disagreements));
    });
}

Reference<lang::XComponent> SAL_CALL CodingService::createAgreementReport(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] { return openAgreementReport(mxContext, DocumentStore(document)); });
}

OUString SAL_CALL CodingService::getCodingReportJson(const uno::Sequence<Reference<lang::XComponent>>& documents,
                                                    const OUString& options)
{
    return unoCall(*this, {1, {{"document", 0}, {"documents", 0}}},
                   [&] { return lcl_json(codingReportToJson(lcl_report(documents, options))); });
}

Reference<lang::XComponent> SAL_CALL CodingService::createCodingReport(const uno::Sequence<Reference<lang::XComponent>>& documents,
                                                                      const OUString& options)
{
    return unoCall(*this, {1, {{"document", 0}, {"documents", 0}}},
                   [&] { return openCodingReport(mxContext, lcl_report(documents, options)); });
}

OUString SAL_CALL CodingService::insertPowerTriangleFigure(const Reference<lang::XComponent>& document,
                                                          const Reference<text::XTextRange>& at)
{
    return unoCall(*this, {1, {{"document", 0}}}, [&] {
        return insertReportPicture(mxContext, DocumentStore(document), at, ReportPicture::TriangleFigure);
    });
}

OUString SAL_CALL CodingService::insertFrequencyChart(const Reference<lang::XComponent>& document,
                                                     const Reference<text::XTextRange>& at)
{
    return unoCall(*this, {1, {{"document", 0}}}, [&] {
        return insertReportPicture(mxContext, DocumentStore(document), at, ReportPicture::FrequencyChart);
    });
}

namespace {
/// The table's source and options from the API's JSON: "study" says which documents, the rest the table.
std::pair<ContentAnalysisSource, ContentAnalysisOptions> lcl_contentAnalysis(const Reference<uno::XComponentContext>& context,
                                                                             const DocumentStore& store, const OUString& options)
{
    nlohmann::json json = parseOptions(toUtf8(options), "options");
    bool study = false;
    if (json.is_object() && json.contains("study")) {
        if (!json["study"].is_boolean())
            throw InvalidInput(Problem{"options.study", "is true or false"});
        study = json["study"].get<bool>();
        json.erase("study");
    }
    const ContentAnalysisOptions parsed = parseContentAnalysisOptions(json);
    return {contentAnalysisSource(context, store, study, parsed.language == TableLanguage::Swedish), parsed};
}
} // namespace

Reference<lang::XComponent> SAL_CALL CodingService::createContentAnalysisTable(const Reference<lang::XComponent>& document,
                                                                             const OUString& options)
{
    return unoCall(*this, {1, {{"document", 0}}}, [&] {
        const DocumentStore store(document);
        const auto [source, parsed] = lcl_contentAnalysis(mxContext, store, options);
        return openContentAnalysisTable(mxContext, source.documents, source.title, parsed);
    });
}

OUString SAL_CALL CodingService::getContentAnalysisTable(const Reference<lang::XComponent>& document, const OUString& options,
                                                         const OUString& format)
{
    return unoCall(*this, {1, {{"document", 0}, {"format", 2}}}, [&] {
        if (format != "json" && format != "csv")
            throw Refusal("format", "The format is \"json\" or \"csv\", not \"" + toUtf8(format) + "\".");
        const DocumentStore store(document);
        const auto [source, parsed] = lcl_contentAnalysis(mxContext, store, options);
        const std::vector<ContentAnalysisRow> rows = contentAnalysisRows(source.documents, parsed);
        return toOUString(format == "csv" ? contentAnalysisCsv(rows, parsed.language) : dumpJson(contentAnalysisToJson(rows)));
    });
}

OUString SAL_CALL CodingService::exportProject(const uno::Sequence<Reference<lang::XComponent>>& documents, const OUString& url,
                                              const OUString& options)
{
    return unoCall(*this, {2, {{"document", 0}, {"documents", 0}, {"file", 1}}}, [&] {
        const nlohmann::json json = parseOptions(toUtf8(options), "options");
        Problems problems;
        JsonFields fields(json, "options", problems);
        ProjectExportOptions exportOptions;
        exportOptions.crlf = fields.optionalBool("crlf", false);
        exportOptions.richText = fields.optionalBool("richText", true);
        fields.refuseOthers({"crlf", "richText"});
        if (!problems.empty())
            throw InvalidInput("The export options were not accepted:", std::move(problems));
        const ProjectExport done = extension::exportProject(
            mxContext, std::vector<Reference<lang::XComponent>>(documents.begin(), documents.end()), url, exportOptions);
        return lcl_json({{"sources", done.sources}, {"codings", done.codings}, {"notes", problemsToJson(done.notes)}});
    });
}

OUString SAL_CALL CodingService::importProject(const Reference<lang::XComponent>& document, const OUString& url)
{
    return unoCall(*this, {0, {{"file", 1}}}, [&] {
        DocumentStore store(document);
        const ProjectImport imported = extension::importProject(mxContext, store, url);
        nlohmann::json result = mergePlanToJson(imported.plan, describeImport(imported, fileNameOf(url)));
        result["source"] = imported.source;
        result["matchedBy"] = imported.matchedBy;
        result["notCarriedOver"] = problemsToJson(imported.notCarried);
        return lcl_json(result);
    });
}

OUString SAL_CALL CodingService::getReflectionPromptsJson()
{
    return unoCall(*this, {0}, [&] { return toOUString(dumpJsonForPeople(reflectionPromptsToJson(loadReflectionPrompts(mxContext)))); });
}

OUString SAL_CALL CodingService::setReflectionPromptsJson(const OUString& prompts)
{
    return unoCall(*this, {0}, [&] {
        Problems notes;
        saveReflectionPrompts(mxContext, prompts.trim().isEmpty() ? ReflectionPrompts()
                                                                  : reflectionPromptsFromJson(toUtf8(prompts), notes));
        return lcl_json(problemsToJson(notes));
    });
}

OUString SAL_CALL CodingService::pseudonymise(const Reference<lang::XComponent>& document, const OUString& keyJson)
{
    return unoCall(*this, {1, {{"document", 0}, {"key", 1}}}, [&] {
        DocumentStore store(document);
        const PseudonymKey key = keyFromJson(toUtf8(keyJson));
        return toOUString(countJson(pseudonymiseDocument(store, key, UiText(mxContext).get("PseudonymiseUndo"))));
    });
}

OUString SAL_CALL CodingService::findIdentifyingJson(const Reference<lang::XComponent>& document)
{
    return unoCall(*this, {0}, [&] {
        DocumentStore store(document);
        return toOUString(candidatesJson(identifyingCandidates(store, loadIdentifyingTerms(mxContext))));
    });
}

OUString SAL_CALL CodingService::findKeyTermsJson(const Reference<lang::XComponent>& document, const OUString& keyJson)
{
    return unoCall(*this, {1, {{"document", 0}, {"key", 1}}}, [&] {
        DocumentStore store(document);
        const PseudonymKey key = keyFromJson(toUtf8(keyJson));
        nlohmann::json byPlace = nlohmann::json::object();
        std::size_t total = 0;
        for (const auto& [place, count] : remainingTerms(store, key)) {
            byPlace[place] = count;
            total += count;
        }
        return lcl_json({{"remaining", total}, {"byPlace", byPlace}});
    });
}

OUString SAL_CALL CodingService::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL CodingService::supportsService(const OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

uno::Sequence<OUString> SAL_CALL CodingService::getSupportedServiceNames()
{
    return serviceNames();
}

} // namespace pt::extension
