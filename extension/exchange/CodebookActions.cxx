#include "exchange/CodebookActions.hxx"

#include "document/DocumentStore.hxx"
#include "common/OfficeUser.hxx"
#include "common/UnoStrings.hxx"
#include "common/UserProfile.hxx"

#include "core/CodebookTemplates.hpp"
#include "core/Problem.hpp"
#include "core/Qdc.hpp"

#include <nlohmann/json.hpp>

#include <set>

using namespace ::com::sun::star;

namespace pt::extension {

namespace {

[[noreturn]] void lcl_unknownFormat(const std::string& format)
{
    throw Refusal("format", "\"" + format + "\" is not a codebook format: use \"json\" or \"qdc\".");
}

} // namespace

std::string exportCodebook(const DocumentStore& store, const std::string& format)
{
    const Codebook codebook = store.codebook();
    if (format == "json")
        return codebookToJson(codebook).dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (format == "qdc")
        return exportQdc(codebook);
    lcl_unknownFormat(format);
}

CodebookImport importCodebook(DocumentStore& store, const std::string& content, const std::string& format,
                              const std::string& coder)
{
    CodebookImport result;
    Codebook incoming;
    if (format == "json") {
        incoming = parseCodebookJson(content);
    } else if (format == "qdc") {
        QdcImport imported = importQdc(content);
        incoming = std::move(imported.codebook);
        result.notes = std::move(imported.notes);
    } else {
        lcl_unknownFormat(format);
    }
    result.merge = mergeCodebooks(store.codebook(), incoming);
    result.notes.insert(result.notes.end(), result.merge.notes.begin(), result.merge.notes.end());
    store.replaceCodebook(result.merge.codebook, "Import codebook", coder);
    return result;
}

std::vector<std::string> codebookTemplates(const uno::Reference<uno::XComponentContext>& context)
{
    return CodebookTemplates(codebookTemplateFolder(context)).names();
}

void saveCodebookTemplate(const uno::Reference<uno::XComponentContext>& context, const DocumentStore& store,
                          const std::string& name)
{
    CodebookTemplates(codebookTemplateFolder(context)).save(name, store.codebook());
}

void applyCodebookTemplate(const uno::Reference<uno::XComponentContext>& context, DocumentStore& store,
                           const std::string& name)
{
    const Codebook replacement = CodebookTemplates(codebookTemplateFolder(context)).load(name);
    const auto [current, used] = store.read([](const CodingSet& codings) {
        std::set<std::string> ids;
        for (const auto& [codeId, count] : codings.countsByCode())
            ids.insert(codeId);
        return std::make_pair(codings.codebook(), ids);
    });
    store.replaceCodebook(withTemplateApplied(current, replacement, used), toOUString("Apply codebook template " + name),
                          currentCoderName(context));
}

} // namespace pt::extension
