#include "commands/OpeningChecks.hxx"

#include "common/Infobars.hxx"
#include "document/DocumentText.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"

#include "core/AnchorRepair.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/InfobarType.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

/// At most this many problems are named in the warning; the rest are counted.
constexpr std::size_t kProblemsNamed = 3;

/// True for a document read from OpenDocument, which keeps every anchor as it was written: only an import
/// from another format (DOCX above all) can have cut one short, so only then are the anchors read.
bool lcl_openedFromOpenDocument(const Reference<frame::XModel>& document)
{
    OUString filter;
    for (const beans::PropertyValue& argument : document->getArgs())
        if (argument.Name == "FilterName")
            argument.Value >>= filter;
    return filter.startsWith("writer8") || filter == "OpenDocument Text Flat XML";
}

std::size_t lcl_repairCutShortAnchors(DocumentStore& store, const OUString& undoTitle)
{
    const std::vector<std::pair<std::string, std::string>> coded = store.read([](const CodingSet& codings) {
        std::vector<std::pair<std::string, std::string>> all;
        for (const Coding* coding : codings.all())
            all.emplace_back(coding->id, coding->text);
        return all;
    });
    // A first look, one pass over the anchors: only an anchor showing a part of its coded text can have been
    // cut short. Reading the whole text is left for when there is one.
    const std::map<std::string, std::string> now = store.anchors().texts();
    std::vector<std::pair<std::string, std::u32string>> suspects;
    for (const auto& [id, text] : coded) {
        const auto anchored = now.find(id);
        if (anchored != now.end() && anchored->second != text && text.find(anchored->second) != std::string::npos)
            suspects.emplace_back(id, toCodePoints(text));
    }
    if (suspects.empty())
        return 0;
    const DocumentText text(Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW));
    std::vector<std::pair<std::string, Reference<text::XTextRange>>> repairs;
    for (const auto& [id, codedText] : suspects) {
        const auto anchor = text.anchors().find(id);
        if (anchor == text.anchors().end())
            continue;
        if (const auto repaired = repairedAnchor(text.text(), anchor->second, codedText))
            if (const Reference<text::XTextRange> range = text.range(*repaired); range.is())
                repairs.emplace_back(id, range);
    }
    if (!repairs.empty())
        store.moveAnchors(repairs, undoTitle);
    return repairs.size();
}

} // namespace

OpeningFindings checkOpenedDocument(const Reference<uno::XComponentContext>& context, DocumentStore& store)
{
    OpeningFindings findings;
    findings.newerVersion = store.writtenByNewerVersion();
    for (const Problem& problem : store.problems())
        if (!isNewerVersionNote(problem))
            findings.damage.push_back(problem);
    findings.codingsRead = store.read([](const CodingSet& codings) { return codings.size(); });
    if (!findings.newerVersion && findings.codingsRead > 0 && !lcl_openedFromOpenDocument(store.document()))
        findings.anchorsRepaired = lcl_repairCutShortAnchors(store, UiText(context).get("AnchorsRepairedUndo"));
    return findings;
}

void showOpeningFindings(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document,
                         const OpeningFindings& findings)
{
    const UiText text(context);
    if (!findings.damage.empty()) {
        std::string named;
        for (std::size_t i = 0; i < findings.damage.size() && i < kProblemsNamed; ++i)
            named += (i ? "; " : "") + findings.damage[i].describe();
        if (findings.damage.size() > kProblemsNamed)
            named += "; …";
        showInfobar(document, "org.powertriangle.damagedPayload", text.get("PayloadDamagedTitle"),
                        text.get("PayloadDamaged", {OUString::number(static_cast<sal_Int64>(findings.codingsRead)), toOUString(named)}),
                        frame::InfobarType::WARNING);
    }
    if (findings.newerVersion)
        showInfobar(document, "org.powertriangle.newerVersion", text.get("NewerVersionTitle"), text.get("NewerVersion"),
                        frame::InfobarType::INFO);
    if (findings.anchorsRepaired > 0)
        showInfobar(document, "org.powertriangle.anchorsRepaired", text.get("AnchorsRepairedTitle"),
                        text.get("AnchorsRepaired", {OUString::number(static_cast<sal_Int64>(findings.anchorsRepaired))}),
                        frame::InfobarType::INFO);
}

void showOpeningCheckFailed(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document,
                            const OUString& why)
{
    const UiText text(context);
    showInfobar(document, "org.powertriangle.checkFailed", text.get("OpeningCheckFailedTitle"),
                    text.get("OpeningCheckFailed", {why}), frame::InfobarType::WARNING);
}

} // namespace pt::extension
