#include "sidebar/StudyPanel.hxx"

#include "commands/StudyCommands.hxx"
#include "common/ControlValues.hxx"
#include "common/FileDialogs.hxx"
#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "document/DocumentStore.hxx"
#include "exchange/FileBytes.hxx"
#include "exchange/ProjectExchange.hxx"
#include "exchange/StudyAttributes.hxx"
#include "exchange/StudyFiles.hxx"
#include "reports/AgreementReports.hxx"
#include "reports/CodingReports.hxx"
#include "reports/MatrixReports.hxx"
#include "reports/ReportDocument.hxx"

#include "core/Whitespace.hpp"

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

StudyPanel::StudyPanel(const Reference<uno::XComponentContext>& context, const OUString& resourceUrl,
                       const Reference<frame::XFrame>& frame)
    : SidebarPanel(context, resourceUrl, frame,
                   {labelled("StudyLabel", "StudyField"),
                    line({{"OpenStudyButton", Fit::Text}, {"NewStudyButton", Fit::Text}, {"AddButton", Fit::Text}}),
                    line({{"TranscriptsList", Fit::Rows}}),
                    line({{"OpenTranscriptButton", Fit::Text, false}}),
                    line({{"AttributeLabel", Fit::Text, false}, {"AttributeBox", Fit::Field}}),
                    line({{"TypeLabel", Fit::Text, false}, {"TypeList", Fit::Text, false}}),
                    line({{"ValueLabel", Fit::Text, false}, {"ValueBox", Fit::Field}, {"SetValueButton", Fit::Text, false}}),
                    line({{"MatrixReportButton", Fit::Text}, {"CodingReportButton", Fit::Text}}),
                    line({{"AgreementReportButton", Fit::Text}, {"MatrixCsvButton", Fit::Text}}),
                    line({{"ExportProjectButton", Fit::Text}, {"SpeakerCasesCheck", Fit::Text}}),
                    line({{"CodeLabel", Fit::Text, false}, {"CodeField", Fit::Field}}),
                    line({{"NarrowLabel", Fit::Text, false}, {"NarrowField", Fit::Field}, {"FindButton", Fit::Text, false}}),
                    line({{"PassagesList", Fit::Rows}}),
                    line({{"GoToButton", Fit::Text}, {"ToDocumentButton", Fit::Text}, {"ToCsvButton", Fit::Text}}),
                    line({{"StatusText", Fit::Wrapping}})},
                   {"openStudy", "newStudy", "addTranscripts", "openTranscript", "transcriptChosen", "attributeChosen",
                    "typeChosen", "setValue", "matrixReport", "matrixCsv", "codingReport", "agreementReport", "exportProject",
                    "speakerCases", "find", "goToPassage", "passagesToDocument", "passagesToCsv"})
{
}

void StudyPanel::start()
{
    setListItems(control("TypeList"), {maText.get("AttributeTypeText"), maText.get("AttributeTypeNumber"),
                                       maText.get("AttributeTypeDate"), maText.get("AttributeTypeList")});
    selectListItem(control("TypeList"), 0);
    // A study file removed or damaged since it was chosen: the panel says so and the deck opens as ever.
    guarded([&] { show(studyOfWindow(mxContext, mxFrame)); });
}

int StudyPanel::rowsWanted(const char* control) const
{
    // A row more than the lines: a long line brings a horizontal scroll bar, which covers one.
    const std::size_t shown = std::string(control) == "TranscriptsList" ? maTranscripts.size() : maPassages.size();
    return std::clamp<int>(static_cast<int>(shown) + 1, 3, 12);
}

void StudyPanel::handleEvent(const OUString& method)
{
    if (method == "openStudy")
        openStudy();
    else if (method == "newStudy")
        newStudy();
    else if (method == "addTranscripts")
        addTranscripts();
    else if (method == "openTranscript")
        openTranscript();
    else if (method == "transcriptChosen" || method == "attributeChosen")
        showValue();
    else if (method == "typeChosen")
        setType();
    else if (method == "setValue")
        setValue();
    else if (method == "matrixCsv")
        matrixCsv();
    else if (method == "matrixReport")
        matrixReport();
    else if (method == "codingReport")
        codingReport();
    else if (method == "agreementReport")
        agreementReport();
    else if (method == "exportProject")
        exportProject();
    else if (method == "speakerCases")
        speakerCases();
    else if (method == "find")
        find();
    else if (method == "goToPassage")
        goToPassage();
    else if (method == "passagesToDocument")
        passagesToDocument();
    else if (method == "passagesToCsv")
        passagesToCsv();
}

void StudyPanel::show(const OUString& studyUrl)
{
    msStudy = studyUrl;
    maTranscripts.clear();
    maValues.clear();
    maDefinitions.clear();
    maPassages.clear();
    setListItems(control("PassagesList"), {});
    if (studyUrl.isEmpty()) {
        setListItems(control("TranscriptsList"), {});
        Reference<awt::XTextComponent>(control("StudyField"), UNO_QUERY_THROW)->setText(OUString());
        showStatus(maText.get("NoStudy"));
        relayout();
        return;
    }
    const StudyListing listing = readStudy(mxContext, studyUrl);
    Reference<awt::XTextComponent>(control("StudyField"), UNO_QUERY_THROW)->setText(toOUString(listing.study.name));
    Reference<awt::XCheckBox>(control("SpeakerCasesCheck"), UNO_QUERY_THROW)->setState(listing.study.cases == CasesPer::Speaker ? 1 : 0);
    maDefinitions = listing.study.attributes;
    std::set<std::string> attributeNames;
    for (const AttributeDefinition& definition : maDefinitions)
        attributeNames.insert(definition.name);
    std::vector<OUString> lines;
    std::size_t codings = 0;
    for (const StudyEntry& entry : listing.entries) {
        maTranscripts.push_back(entry.path);
        maValues.push_back(entry.attributes);
        for (const auto& [name, value] : entry.attributes)
            attributeNames.insert(name);
        std::string values;
        for (const auto& [name, value] : entry.attributes)
            values += (values.empty() ? "" : ", ") + attributeText(value);
        const OUString dash = toOUString(" \xe2\x80\x94 ");
        OUString line = toOUString(entry.name);
        if (entry.missing)
            line += dash + maText.get("StudyMissing");
        else if (!entry.problem.empty())
            line += dash + toOUString(entry.problem);
        else
            line += (values.empty() ? OUString() : dash + toOUString(values)) + dash
                    + (entry.codings == 1 ? maText.get("StudyCoding")
                                          : maText.get("StudyCodings", {OUString::number(static_cast<sal_Int64>(entry.codings))}));
        codings += entry.codings;
        lines.push_back(line);
    }
    setListItems(control("TranscriptsList"), lines);
    std::vector<OUString> names;
    for (const std::string& name : attributeNames)
        names.push_back(toOUString(name));
    setListItems(control("AttributeBox"), names);
    showStatus(maText.get("StudyListed", {toOUString(listing.study.name), OUString::number(static_cast<sal_Int64>(listing.entries.size())),
                                          OUString::number(static_cast<sal_Int64>(codings))}));
    relayout();
}

void StudyPanel::openStudy()
{
    if (const OUString study = pickStudy(mxContext); !study.isEmpty())
        show(study);
}

void StudyPanel::newStudy()
{
    if (const OUString study = extension::newStudy(mxContext, OUString()); !study.isEmpty())
        show(study);
}

void StudyPanel::addTranscripts()
{
    if (msStudy.isEmpty()) {
        showStatus(maText.get("NoStudy"));
        return;
    }
    Problems notes;
    const std::size_t added = addToStudy(mxContext, msStudy, {}, notes, mxFrame->getContainerWindow());
    show(msStudy);
    showStatus(maText.get("TranscriptsAdded", {OUString::number(static_cast<sal_Int64>(added))})
               + (notes.empty() ? OUString() : "\n" + toOUString(describe(notes))));
}

Reference<lang::XComponent> StudyPanel::open(const OUString& url)
{
    // "_default" brings the window of a document that is open already forward.
    const Reference<frame::XComponentLoader> loader(frame::Desktop::create(mxContext), UNO_QUERY_THROW);
    return loader->loadComponentFromURL(url, "_default", 0, {});
}

void StudyPanel::openTranscript()
{
    const sal_Int16 chosen = selectedListItem(control("TranscriptsList"));
    if (chosen < 0 || static_cast<std::size_t>(chosen) >= maTranscripts.size()) {
        showStatus(maText.get("ChooseTranscript"));
        return;
    }
    open(transcriptUrl(msStudy, maTranscripts[static_cast<std::size_t>(chosen)]));
}

void StudyPanel::showValue()
{
    const std::string name = chosenAttribute();
    std::vector<OUString> values;
    for (const std::string& value : valuesInUse(maDefinitions, maValues, name))
        values.push_back(toOUString(value));
    setListItems(control("ValueBox"), values);
    const sal_Int16 chosen = selectedListItem(control("TranscriptsList"));
    OUString current;
    if (chosen >= 0 && static_cast<std::size_t>(chosen) < maValues.size())
        if (const auto value = maValues[static_cast<std::size_t>(chosen)].find(name); value != maValues[static_cast<std::size_t>(chosen)].end())
            current = toOUString(attributeText(value->second));
    Reference<awt::XTextComponent>(control("ValueBox"), UNO_QUERY_THROW)->setText(current);
    const auto defined = std::find_if(maDefinitions.begin(), maDefinitions.end(), [&](const AttributeDefinition& d) { return d.name == name; });
    selectListItem(control("TypeList"), defined == maDefinitions.end() ? 0 : static_cast<sal_Int16>(defined->type));
}

std::string StudyPanel::chosenAttribute()
{
    return trimmed(toUtf8(Reference<awt::XTextComponent>(control("AttributeBox"), UNO_QUERY_THROW)->getText()));
}

void StudyPanel::setType()
{
    const std::string name = chosenAttribute();
    if (msStudy.isEmpty() || name.empty()) {
        showValue();
        showStatus(maText.get(msStudy.isEmpty() ? "NoStudy" : "ChooseAttribute"));
        return;
    }
    const sal_Int16 chosen = selectedListItem(control("TypeList"));
    const auto type = static_cast<AttributeType>(std::clamp<int>(chosen, 0, 3));
    try {
        setStudyAttributeDefinitions(mxContext, msStudy, withAttributeType(maDefinitions, name, type, valuesInUse({}, maValues, name)));
    } catch (...) {
        showValue(); // the type it keeps
        throw;
    }
    const OUString typeName = Reference<awt::XListBox>(control("TypeList"), UNO_QUERY_THROW)->getSelectedItem();
    show(msStudy);
    Reference<awt::XTextComponent>(control("AttributeBox"), UNO_QUERY_THROW)->setText(toOUString(name));
    showValue();
    showStatus(maText.get("AttributeTypeSet", {toOUString(name), typeName}));
}

void StudyPanel::matrixCsv()
{
    const std::string name = chosenAttribute();
    if (msStudy.isEmpty() || name.empty()) {
        showStatus(maText.get(msStudy.isEmpty() ? "NoStudy" : "ChooseAttribute"));
        return;
    }
    Problems unread;
    const std::string csv = attributeMatrixCsv(attributeMatrix(studyDocuments(mxContext, msStudy, unread), name), MatrixCount::Codings);
    const OUString url = pickFile(mxContext, true, {{maText.get("CsvFiles"), "*.csv"}});
    if (url.isEmpty())
        return;
    writeFileBytes(mxContext, url, csv);
    showStatus(maText.get("MatrixSaved", {toOUString(name), toOUString(fileNameOf(url))}));
}

void StudyPanel::exportProject()
{
    if (msStudy.isEmpty()) {
        showStatus(maText.get("NoStudy"));
        return;
    }
    OUString filter = maText.get("QdpxFiles");
    const OUString url = pickFile(mxContext, true, {{maText.get("QdpxFiles"), "*.qdpx"}, {maText.get("QdpxFilesCrlf"), "*.qdpx"}}, &filter);
    if (url.isEmpty())
        return;
    const ProjectExport done = exportStudyProject(mxContext, msStudy, url, filter == maText.get("QdpxFilesCrlf"), std::nullopt);
    const bool bySpeaker = readStudyFile(mxContext, msStudy).cases == CasesPer::Speaker;
    OUString message = maText.get(bySpeaker ? "StudyProjectBySpeaker" : "StudyProjectByTranscript",
                                  {toOUString(fileNameOf(url)), OUString::number(static_cast<sal_Int64>(done.sources)),
                                   OUString::number(static_cast<sal_Int64>(done.codings))});
    if (!done.notes.empty())
        message += "\n" + toOUString(describe(done.notes));
    showStatus(message);
}

void StudyPanel::speakerCases()
{
    if (msStudy.isEmpty()) {
        Reference<awt::XCheckBox>(control("SpeakerCasesCheck"), UNO_QUERY_THROW)->setState(0);
        showStatus(maText.get("NoStudy"));
        return;
    }
    const bool bySpeaker = Reference<awt::XCheckBox>(control("SpeakerCasesCheck"), UNO_QUERY_THROW)->getState() == 1;
    setStudyCases(mxContext, msStudy, bySpeaker ? CasesPer::Speaker : CasesPer::Transcript);
    showStatus(maText.get(bySpeaker ? "CasesBySpeaker" : "CasesByTranscript"));
}

void StudyPanel::setValue()
{
    const sal_Int16 chosen = selectedListItem(control("TranscriptsList"));
    if (chosen < 0 || static_cast<std::size_t>(chosen) >= maTranscripts.size()) {
        showStatus(maText.get("ChooseTranscript"));
        return;
    }
    const std::string name = chosenAttribute();
    if (name.empty()) {
        showStatus(maText.get("ChooseAttribute"));
        return;
    }
    const std::string path = maTranscripts[static_cast<std::size_t>(chosen)];
    const auto [kept, value] = setTranscriptAttribute(
        mxContext, msStudy, path, name, toUtf8(Reference<awt::XTextComponent>(control("ValueBox"), UNO_QUERY_THROW)->getText()));
    show(msStudy);
    selectListItem(control("TranscriptsList"), chosen);
    Reference<awt::XTextComponent>(control("AttributeBox"), UNO_QUERY_THROW)->setText(toOUString(name));
    showValue();
    const OUString file = toOUString(std::filesystem::path(path).filename().string());
    const char* message = kept == ValueKept::Saved ? (value ? "ValueSaved" : "ValueRemoved")
                                                   : (value ? "ValueSetInWindow" : "ValueRemovedInWindow");
    showStatus(maText.get(message, {file, toOUString(name), value ? toOUString(attributeText(*value)) : OUString()}));
}

void StudyPanel::matrixReport()
{
    if (msStudy.isEmpty()) {
        showStatus(maText.get("NoStudy"));
        return;
    }
    const std::string name = chosenAttribute();
    if (name.empty()) {
        showStatus(maText.get("ChooseAttribute"));
        return;
    }
    Problems unread;
    openMatrixReport(mxContext, attributeMatrix(studyDocuments(mxContext, msStudy, unread), name), MatrixCount::Codings);
    showStatus(maText.get("MatrixReportOpened"));
}

void StudyPanel::codingReport()
{
    if (msStudy.isEmpty()) {
        showStatus(maText.get("NoStudy"));
        return;
    }
    Problems unread;
    openCodingReport(mxContext, makeCodingReport(studyDocuments(mxContext, msStudy, unread), {}));
    showStatus(maText.get("CodingReportOpened"));
}

void StudyPanel::agreementReport()
{
    if (msStudy.isEmpty()) {
        showStatus(maText.get("NoStudy"));
        return;
    }
    Problems unread;
    const std::vector<CodedDocument> transcripts = studyDocuments(mxContext, msStudy, unread);
    openStudyAgreementReport(mxContext, toUtf8(Reference<awt::XTextComponent>(control("StudyField"), UNO_QUERY_THROW)->getText()),
                             transcripts);
    showStatus(maText.get("AgreementReportOpened"));
}

void StudyPanel::find()
{
    if (msStudy.isEmpty()) {
        showStatus(maText.get("NoStudy"));
        return;
    }
    RetrievalQuery query;
    query.code = trimmed(toUtf8(Reference<awt::XTextComponent>(control("CodeField"), UNO_QUERY_THROW)->getText()));
    narrowQuery(query, toUtf8(Reference<awt::XTextComponent>(control("NarrowField"), UNO_QUERY_THROW)->getText()));
    Problems unread;
    maPassages = retrievePassages(studyDocuments(mxContext, msStudy, unread), query);
    maQuery = query;
    std::vector<OUString> lines;
    for (const StudyPassage& passage : maPassages)
        lines.push_back(toOUString(passage.transcript + ": \xe2\x80\x9c" + passage.text + "\xe2\x80\x9d"
                                   + (passage.speaker.empty() ? std::string() : " (" + passage.speaker + ")")));
    setListItems(control("PassagesList"), lines);
    relayout();
    OUString status = maText.get("PassagesFound", {OUString::number(static_cast<sal_Int64>(maPassages.size())), toOUString(describeQuery(query))});
    if (!unread.empty())
        status += "\n" + maText.get("StudyUnread", {OUString::number(static_cast<sal_Int64>(unread.size())), toOUString(describe(unread))});
    showStatus(status);
}

void StudyPanel::passagesToDocument()
{
    if (maPassages.empty()) {
        showStatus(maText.get("FindPassagesFirst"));
        return;
    }
    ReportDocument report(mxContext, false);
    report.content(studyPassagesReport(maQuery, maPassages), std::string());
    report.done();
    showStatus(maText.get("PassagesReportOpened"));
}

void StudyPanel::passagesToCsv()
{
    if (maPassages.empty()) {
        showStatus(maText.get("FindPassagesFirst"));
        return;
    }
    const OUString url = pickFile(mxContext, true, {{maText.get("CsvFiles"), "*.csv"}});
    if (url.isEmpty())
        return;
    writeFileBytes(mxContext, url, studyPassagesCsv(maPassages));
    showStatus(maText.get("PassagesSaved", {OUString::number(static_cast<sal_Int64>(maPassages.size())), toOUString(fileNameOf(url))}));
}

void StudyPanel::goToPassage()
{
    const sal_Int16 chosen = selectedListItem(control("PassagesList"));
    if (chosen < 0 || static_cast<std::size_t>(chosen) >= maPassages.size()) {
        showStatus(maText.get("ChoosePassage"));
        return;
    }
    const StudyPassage passage = maPassages[static_cast<std::size_t>(chosen)];
    const Reference<lang::XComponent> document = open(toOUString(passage.location));
    const DocumentStore store(document);
    if (const Reference<text::XTextRange> range = store.anchors().range(passage.codingId); range.is())
        Reference<view::XSelectionSupplier>(store.document()->getCurrentController(), UNO_QUERY_THROW)->select(Any(range));
}

} // namespace pt::extension
