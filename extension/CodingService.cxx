#include "CodingService.hxx"

#include "AgreementReports.hxx"
#include "CodebookActions.hxx"
#include "CodingReports.hxx"
#include "CodingsMerge.hxx"
#include "DocumentFiles.hxx"
#include "DocumentStore.hxx"
#include "ProjectExchange.hxx"
#include "Highlighter.hxx"
#include "OfficeUser.hxx"
#include "ReflectionTables.hxx"
#include "Shortcuts.hxx"
#include "TranscriptText.hxx"
#include "UnoErrors.hxx"
#include "UiText.hxx"
#include "UnoStrings.hxx"

#include "core/AgreementDocument.hpp"
#include "core/CodebookEditing.hpp"
#include "core/CodingsCsv.hpp"
#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/KeyChord.hpp"

#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <nlohmann/json.hpp>
#include <rtl/uri.hxx>

#include <set>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::rtl::OUString;

namespace pt::extension {

namespace {

[[noreturn]] void lcl_badArgument(const std::string& message, sal_Int16 position)
{
    throw lang::IllegalArgumentException(toOUString(message), nullptr, position);
}

SearchQuery lcl_searchQuery(const OUString& text, const OUString& optionsJson)
{
    SearchQuery query;
    query.text = toUtf8(text);
    const std::string options = toUtf8(optionsJson);
    if (options.find_first_not_of(" \t\r\n") == std::string::npos)
        return query;
    Problems problems;
    const nlohmann::json json = parseJson(options, "options");
    JsonFields fields(json, "options", problems);
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

OUString SAL_CALL CodingService::addCoding(const Reference<lang::XComponent>& document,
                                           const Reference<text::XTextRange>& range, const OUString& codeId,
                                           const OUString& memo)
{
    try {
        DocumentStore store(document);
        return toOUString(store.addCodings({range}, toUtf8(codeId), toUtf8(memo), currentCoderName(mxContext)).front());
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::getCodingsJson(const Reference<lang::XComponent>& document)
{
    try {
        return toOUString(dumpJson(codingListToJson(DocumentStore(document).listCodings())));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

void SAL_CALL CodingService::removeCoding(const Reference<lang::XComponent>& document, const OUString& codingId)
{
    try {
        DocumentStore(document).removeCoding(toUtf8(codingId));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::getCodebookJson(const Reference<lang::XComponent>& document)
{
    try {
        return toOUString(dumpJson(codebookToJson(DocumentStore(document).codebook())));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

void SAL_CALL CodingService::setCodebookJson(const Reference<lang::XComponent>& document, const OUString& json)
{
    try {
        DocumentStore store(document);
        store.replaceCodebook(parseCodebookJson(toUtf8(json)), "Edit codebook");
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::getCodingsAtJson(const Reference<lang::XComponent>& document,
                                                  const Reference<text::XTextRange>& position)
{
    try {
        DocumentStore store(document);
        if (!position.is())
            lcl_badArgument("No position was given.", 1);
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
            entry.anchoredText = store.anchoredText(entry.coding.id);
        return toOUString(dumpJson(codingListToJson(listing)));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

void SAL_CALL CodingService::setCodingMemo(const Reference<lang::XComponent>& document, const OUString& codingId,
                                           const OUString& memo)
{
    try {
        DocumentStore(document).changeCoding(toUtf8(codingId), std::nullopt, toUtf8(memo));
    } catch (...) {
        rethrowAsUnoException(*this, 2);
    }
}

void SAL_CALL CodingService::setCodingCode(const Reference<lang::XComponent>& document, const OUString& codingId,
                                           const OUString& codeId)
{
    try {
        DocumentStore(document).changeCoding(toUtf8(codingId), toUtf8(codeId), std::nullopt);
    } catch (...) {
        rethrowAsUnoException(*this, 2);
    }
}

void SAL_CALL CodingService::reanchorCoding(const Reference<lang::XComponent>& document, const OUString& codingId,
                                            const Reference<text::XTextRange>& range)
{
    try {
        DocumentStore(document).reanchorCoding(toUtf8(codingId), range);
    } catch (...) {
        rethrowAsUnoException(*this, 2);
    }
}

void SAL_CALL CodingService::selectCoding(const Reference<lang::XComponent>& document, const OUString& codingId)
{
    try {
        DocumentStore store(document);
        const Reference<text::XTextRange> range = store.anchorRange(normalizedGuid(toUtf8(codingId)));
        if (!range.is())
            lcl_badArgument("The coding \"" + toUtf8(codingId) + "\" has no passage to select (it is orphaned or unknown).", 1);
        Reference<view::XSelectionSupplier> selection(store.document()->getCurrentController(), uno::UNO_QUERY);
        if (!selection.is())
            lcl_badArgument("The document is not shown in a window.", 0);
        selection->select(uno::Any(range));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::addCode(const Reference<lang::XComponent>& document, const OUString& codeJson)
{
    try {
        DocumentStore store(document);
        const nlohmann::json json = parseJson(toUtf8(codeJson), "code");
        Code code = withFields(Code(), json);
        if (json.is_object() && json.contains("id"))
            code.id = normalizedGuid(json["id"].get<std::string>());
        const Codebook current = store.codebook();
        if (const Code* parent = current.find(code.parentId); parent && !(json.is_object() && json.contains("polarity")))
            code.polarity = parent->polarity;
        const Codebook changed = withCodeAdded(current, code);
        std::string id = changed.codes().back().id;
        store.replaceCodebook(changed, toOUString("Add code " + code.name));
        return toOUString(id);
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

void SAL_CALL CodingService::updateCode(const Reference<lang::XComponent>& document, const OUString& codeJson)
{
    try {
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
            lcl_badArgument("\"" + id + "\" is not a code of this document's codebook.", 1);
        store.replaceCodebook(withCodeChanged(current, withFields(*existing, json)),
                              toOUString("Change code " + existing->name));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::exportCodebook(const Reference<lang::XComponent>& document, const OUString& format)
{
    try {
        return toOUString(pt::extension::exportCodebook(DocumentStore(document), toUtf8(format)));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::importCodebook(const Reference<lang::XComponent>& document, const OUString& content,
                                                const OUString& format)
{
    try {
        DocumentStore store(document);
        const CodebookImport imported = pt::extension::importCodebook(store, toUtf8(content), toUtf8(format));
        nlohmann::json report{{"added", imported.merge.added}, {"updated", imported.merge.updated},
                              {"kept", imported.merge.kept}, {"notes", nlohmann::json::array()}};
        for (const Problem& note : imported.notes)
            report["notes"].push_back(note.describe());
        return toOUString(dumpJson(report));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

void SAL_CALL CodingService::saveCodebookTemplate(const Reference<lang::XComponent>& document, const OUString& name)
{
    try {
        pt::extension::saveCodebookTemplate(mxContext, DocumentStore(document), toUtf8(name));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::getCodebookTemplatesJson()
{
    try {
        return toOUString(dumpJson(codebookTemplates(mxContext)));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

void SAL_CALL CodingService::applyCodebookTemplate(const Reference<lang::XComponent>& document, const OUString& name)
{
    try {
        DocumentStore store(document);
        pt::extension::applyCodebookTemplate(mxContext, store, toUtf8(name));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::getSpeakersJson(const Reference<lang::XComponent>& document)
{
    try {
        DocumentStore store(document);
        const SpeakerRecognizer speakers(store.settings().speakerPatterns);
        nlohmann::json list = nlohmann::json::array();
        for (const auto& [name, turns] :
             TranscriptText(Reference<text::XTextDocument>(store.document(), uno::UNO_QUERY_THROW), speakers).speakers())
            list.push_back({{"name", name}, {"turns", turns}});
        return toOUString(dumpJson(list));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::getSettingsJson(const Reference<lang::XComponent>& document)
{
    try {
        return toOUString(dumpJson(settingsToJson(DocumentStore(document).settings())));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

void SAL_CALL CodingService::setSettingsJson(const Reference<lang::XComponent>& document, const OUString& json)
{
    try {
        DocumentStore store(document);
        store.replaceSettings(parseSettingsJson(toUtf8(json)));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

void SAL_CALL CodingService::setHighlighting(const Reference<lang::XComponent>& document, sal_Bool shown)
{
    try {
        Highlighter::forDocument(mxContext, DocumentStore(document).document())->show(shown);
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

void SAL_CALL CodingService::setHighlightedCoders(const Reference<lang::XComponent>& document,
                                                  const uno::Sequence<OUString>& coders)
{
    try {
        std::set<std::string> names;
        for (const OUString& coder : coders)
            names.insert(toUtf8(coder));
        Highlighter::forDocument(mxContext, DocumentStore(document).document())->showCoders(names);
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

uno::Sequence<OUString> SAL_CALL CodingService::getHighlightedCoders(const Reference<lang::XComponent>& document)
{
    try {
        const std::set<std::string> names = Highlighter::forDocument(mxContext, DocumentStore(document).document())->shownCoders();
        uno::Sequence<OUString> coders(static_cast<sal_Int32>(names.size()));
        sal_Int32 i = 0;
        for (const std::string& name : names)
            coders.getArray()[i++] = toOUString(name);
        return coders;
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

sal_Bool SAL_CALL CodingService::isHighlighting(const Reference<lang::XComponent>& document)
{
    try {
        return Highlighter::forDocument(mxContext, DocumentStore(document).document())->isShown();
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::getShortcutsJson(const Reference<lang::XComponent>& document)
{
    try {
        const Codebook codebook = DocumentStore(document).codebook();
        nlohmann::json entries = nlohmann::json::array();
        for (const Shortcuts::Entry& entry : Shortcuts(mxContext).entries(codebook, UiText(mxContext)))
            entries.push_back({{"command", toUtf8(entry.command)}, {"title", toUtf8(entry.title)}, {"keys", entry.chords}});
        return toOUString(entries.dump());
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

void SAL_CALL CodingService::setShortcut(const OUString& command, const OUString& keys)
{
    try {
        Shortcuts shortcuts(mxContext);
        if (!Shortcuts::isOurs(command))
            lcl_badArgument("\"" + toUtf8(command) + "\" is not a command of the Power Triangle.", 0);
        if (keys.trim().isEmpty())
            shortcuts.clear(command);
        else
            shortcuts.assign(command, parseKeyChord(toUtf8(keys)));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::findJson(const Reference<lang::XComponent>& document, const OUString& query,
                                          const OUString& optionsJson)
{
    try {
        DocumentStore store(document);
        nlohmann::json list = nlohmann::json::array();
        std::size_t index = 0;
        for (const SearchHit& hit : lcl_find(store, query, optionsJson))
            list.push_back({{"index", index++}, {"text", hit.text}, {"before", hit.context.before},
                            {"after", hit.context.after}, {"speaker", hit.speaker}});
        return toOUString(dumpJson(list));
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

uno::Sequence<OUString> SAL_CALL CodingService::codeHits(const Reference<lang::XComponent>& document,
                                                         const OUString& query, const OUString& optionsJson,
                                                         const uno::Sequence<sal_Int32>& hitIndexes,
                                                         const OUString& codeId, const OUString& memo)
{
    try {
        DocumentStore store(document);
        const std::vector<SearchHit> hits = lcl_find(store, query, optionsJson);
        std::vector<Reference<text::XTextRange>> ranges;
        std::set<sal_Int32> chosen;
        for (sal_Int32 index : hitIndexes) {
            if (index < 0 || static_cast<std::size_t>(index) >= hits.size())
                lcl_badArgument("There is no hit " + std::to_string(index) + " (the search finds "
                                    + std::to_string(hits.size()) + ").", 3);
            if (chosen.insert(index).second)
                ranges.push_back(hits[static_cast<std::size_t>(index)].range);
        }
        const std::vector<std::string> ids = store.addCodings(ranges, toUtf8(codeId), toUtf8(memo), currentCoderName(mxContext));
        uno::Sequence<OUString> result(static_cast<sal_Int32>(ids.size()));
        for (std::size_t i = 0; i < ids.size(); ++i)
            result[static_cast<sal_Int32>(i)] = toOUString(ids[i]);
        return result;
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::insertReflectionTable(const Reference<lang::XComponent>& document,
                                                       const Reference<text::XTextRange>& at, const OUString& options)
{
    try {
        const DocumentStore store(document);
        ReflectionTables tables(store.document(), loadReflectionPrompts(mxContext));
        return pt::extension::insertReflectionTable(mxContext, store, tables, tables.cycles(), at, toUtf8(options)).name;
    } catch (...) {
        rethrowAsUnoException(*this, 2);
    }
}

OUString SAL_CALL CodingService::getReflectionTablesJson(const Reference<lang::XComponent>& document)
{
    try {
        nlohmann::json tables = nlohmann::json::array();
        for (const ReflectionTables::Found& found : ReflectionTables(DocumentStore(document).document(), loadReflectionPrompts(mxContext)).readAll()) {
            nlohmann::json problems = nlohmann::json::array();
            for (const Problem& problem : found.read.problems)
                problems.push_back(problem.describe());
            tables.push_back({{"table", found.name},
                              {"cycle", found.read.cycle ? reflectionCycleToJson(*found.read.cycle) : nlohmann::json()},
                              {"problems", problems}});
        }
        return toOUString(tables.dump());
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::getCodingsCsv(const Reference<lang::XComponent>& document)
{
    try {
        const DocumentStore store(document);
        const CodingListing listing = store.listCodings();
        std::vector<const Coding*> codings;
        for (const CodingListEntry& entry : listing.entries)
            codings.push_back(&entry.coding);
        return toOUString(codingsCsv(documentName(store.document()), codings, listing.codebook));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::mergeCodingsFrom(const Reference<lang::XComponent>& document, const OUString& url)
{
    try {
        DocumentStore store(document);
        const MergePlan plan = extension::mergeCodingsFrom(mxContext, store, url);
        return toOUString(mergePlanToJson(plan, describeMerge(plan, fileNameOf(url))));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::getAgreementJson(const Reference<lang::XComponent>& document)
{
    try {
        const MeasuredAgreement measured = extension::measureAgreement(DocumentStore(document));
        return toOUString(agreementToJson(measured.codebook, measured.report, measured.disagreements));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

Reference<lang::XComponent> SAL_CALL CodingService::createAgreementReport(const Reference<lang::XComponent>& document)
{
    try {
        return openAgreementReport(mxContext, DocumentStore(document));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

namespace {

CodingReport lcl_report(const uno::Sequence<Reference<lang::XComponent>>& documents, const OUString& options)
{
    if (!documents.hasElements())
        throw lang::IllegalArgumentException("No document was given.", nullptr, 0);
    std::set<std::string> codes;
    if (const std::string text = toUtf8(options); text.find_first_not_of(" \t\r\n") != std::string::npos) {
        const nlohmann::json json = parseJson(text, "options");
        if (!json.is_object() || (json.contains("codes") && !json["codes"].is_array()) || json.size() > json.count("codes"))
            throw InvalidInput(Problem{"options", "must be an object with only \"codes\", an array of code ids"});
        for (const nlohmann::json& code : json.value("codes", nlohmann::json::array()))
            if (code.is_string())
                codes.insert(normalizedGuid(code.get<std::string>()));
    }
    return codingReportOf(std::vector<Reference<lang::XComponent>>(documents.begin(), documents.end()), codes);
}

} // namespace

OUString SAL_CALL CodingService::getCodingReportJson(const uno::Sequence<Reference<lang::XComponent>>& documents,
                                                    const OUString& options)
{
    try {
        return toOUString(codingReportToJson(lcl_report(documents, options)));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

Reference<lang::XComponent> SAL_CALL CodingService::createCodingReport(const uno::Sequence<Reference<lang::XComponent>>& documents,
                                                                      const OUString& options)
{
    try {
        return openCodingReport(mxContext, lcl_report(documents, options));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::insertPowerTriangleFigure(const Reference<lang::XComponent>& document,
                                                          const Reference<text::XTextRange>& at)
{
    try {
        return insertReportPicture(mxContext, DocumentStore(document), at, ReportPicture::TriangleFigure);
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::insertFrequencyChart(const Reference<lang::XComponent>& document,
                                                     const Reference<text::XTextRange>& at)
{
    try {
        return insertReportPicture(mxContext, DocumentStore(document), at, ReportPicture::FrequencyChart);
    } catch (...) {
        rethrowAsUnoException(*this, 1);
    }
}

OUString SAL_CALL CodingService::exportProject(const uno::Sequence<Reference<lang::XComponent>>& documents, const OUString& url,
                                              const OUString& options)
{
    try {
        ProjectExportOptions exportOptions;
        if (const std::string text = toUtf8(options); text.find_first_not_of(" \t\r\n") != std::string::npos) {
            Problems problems;
            const nlohmann::json json = parseJson(text, "options");
            JsonFields fields(json, "options", problems);
            exportOptions.crlf = fields.optionalBool("crlf", false);
            exportOptions.richText = fields.optionalBool("richText", true);
            fields.refuseOthers({"crlf", "richText"});
            if (!problems.empty())
                throw InvalidInput("The export options were not accepted:", std::move(problems));
        }
        const ProjectExport done = extension::exportProject(
            mxContext, std::vector<Reference<lang::XComponent>>(documents.begin(), documents.end()), url, exportOptions);
        nlohmann::json notes = nlohmann::json::array();
        for (const Problem& note : done.notes)
            notes.push_back(note.describe());
        return toOUString(nlohmann::json{{"sources", done.sources}, {"codings", done.codings}, {"notes", notes}}.dump());
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::importProject(const Reference<lang::XComponent>& document, const OUString& url)
{
    try {
        DocumentStore store(document);
        const ProjectImport imported = extension::importProject(mxContext, store, url);
        nlohmann::json result = nlohmann::json::parse(mergePlanToJson(imported.plan, describeImport(imported, fileNameOf(url))));
        result["source"] = imported.source;
        result["matchedBy"] = imported.matchedBy;
        nlohmann::json notCarried = nlohmann::json::array();
        for (const Problem& note : imported.notCarried)
            notCarried.push_back(note.describe());
        result["notCarriedOver"] = notCarried;
        return toOUString(result.dump());
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::getReflectionPromptsJson()
{
    try {
        return toOUString(reflectionPromptsToJson(loadReflectionPrompts(mxContext)).dump(2));
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
}

OUString SAL_CALL CodingService::setReflectionPromptsJson(const OUString& prompts)
{
    try {
        Problems notes;
        saveReflectionPrompts(mxContext, prompts.trim().isEmpty() ? ReflectionPrompts()
                                                                  : reflectionPromptsFromJson(toUtf8(prompts), notes));
        nlohmann::json messages = nlohmann::json::array();
        for (const Problem& note : notes)
            messages.push_back(note.describe());
        return toOUString(messages.dump());
    } catch (...) {
        rethrowAsUnoException(*this, 0);
    }
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
