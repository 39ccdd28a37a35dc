#include "exchange/ProjectExchange.hxx"

#include "reports/CodingReports.hxx"
#include "exchange/CodingsMerge.hxx"
#include "exchange/FileBytes.hxx"
#include "exchange/StudyFiles.hxx"
#include "document/DocumentFiles.hxx"
#include "document/DocumentText.hxx"
#include "common/OfficeUser.hxx"
#include "common/PropertyValues.hxx"
#include "common/UnoStrings.hxx"

#include "core/Guid.hpp"
#include "core/Problem.hpp"
#include "core/Qdpx.hpp"
#include "core/QdpxPackage.hpp"
#include "core/Timestamp.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/embed/ElementModes.hpp>
#include <com/sun/star/embed/StorageFactory.hpp>
#include <com/sun/star/embed/XStorage.hpp>
#include <com/sun/star/embed/XTransactedObject.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/TempFile.hpp>
#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <com/sun/star/packages/zip/ZipFileAccess.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>

#include <algorithm>
#include <set>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

namespace {

void lcl_writeStream(const Reference<embed::XStorage>& storage, const OUString& name, const std::string& bytes)
{
    const Reference<io::XStream> stream = storage->openStreamElement(name, embed::ElementModes::WRITE | embed::ElementModes::TRUNCATE);
    const Reference<io::XOutputStream> out = stream->getOutputStream();
    out->writeBytes(Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(bytes.data()), static_cast<sal_Int32>(bytes.size())));
    out->closeOutput();
}

/// The document as DOCX, through a temporary file.
std::string lcl_docxBytes(const Reference<uno::XComponentContext>& context, const Reference<lang::XComponent>& document)
{
    const Reference<io::XTempFile> temp = io::TempFile::create(context);
    temp->setRemoveFile(true);
    const OUString tempUrl = temp->getUri();
    const beans::PropertyValue arguments[] = {propertyValue("FilterName", uno::Any(OUString("MS Word 2007 XML"))),
                                              propertyValue("Overwrite", uno::Any(true))};
    Reference<frame::XStorable>(document, UNO_QUERY_THROW)->storeToURL(tempUrl, Sequence<beans::PropertyValue>(arguments, 2));
    const Reference<ucb::XSimpleFileAccess3> files = ucb::SimpleFileAccess::create(context);
    return readStream(files->openFileRead(tempUrl), "The DOCX copy");
}

/// Writes the project's ZIP package: project.qde, and the sources' plain text and DOCX copies (where given).
void lcl_writeProject(const Reference<uno::XComponentContext>& context, const OUString& url, const QdpxContent& content,
                      const QdpxProject& project, const std::vector<std::string>& docx)
{
    const Reference<lang::XSingleServiceFactory> factory = embed::StorageFactory::create(context);
    const beans::PropertyValue format[] = {propertyValue("StorageFormat", uno::Any(OUString("ZipFormat")))};
    const uno::Any arguments[] = {uno::Any(url), uno::Any(embed::ElementModes::READWRITE | embed::ElementModes::TRUNCATE),
                                  uno::Any(Sequence<beans::PropertyValue>(format, 1))};
    // XSingleServiceFactory is marked deprecated, yet it is the only way the storage API offers to open a
    // storage on a URL (LibreOffice's own code calls it the same way).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    const Reference<embed::XStorage> zip(factory->createInstanceWithArguments(Sequence<uno::Any>(arguments, 3)), UNO_QUERY_THROW);
#pragma GCC diagnostic pop
    lcl_writeStream(zip, "project.qde", content.projectXml);
    const Reference<embed::XStorage> sources = zip->openStorageElement("sources", embed::ElementModes::WRITE);
    for (const auto& [path, bytes] : content.files)
        lcl_writeStream(sources, toOUString(path.substr(path.find('/') + 1)), bytes);
    for (std::size_t i = 0; i < project.sources.size(); ++i)
        if (!docx[i].empty())
            lcl_writeStream(sources, toOUString(project.sources[i].guid + ".docx"), docx[i]);
    Reference<embed::XTransactedObject>(sources, UNO_QUERY_THROW)->commit();
    sources->dispose();
    Reference<embed::XTransactedObject>(zip, UNO_QUERY_THROW)->commit();
    zip->dispose();
}

} // namespace

ProjectExport exportProject(const Reference<uno::XComponentContext>& context,
                            const std::vector<Reference<lang::XComponent>>& documents, const OUString& url,
                            const ProjectExportOptions& options)
{
    if (documents.empty())
        throw Refusal("documents", "No document was given to export.");
    std::vector<CodedDocument> coded;
    std::vector<std::string> docx;
    for (const Reference<lang::XComponent>& document : documents) {
        coded.push_back(codedDocumentOf(DocumentStore(document)));
        docx.push_back(options.richText ? lcl_docxBytes(context, document) : std::string());
    }
    const QdpxProject project = projectOf(coded, std::vector<bool>(documents.size(), options.richText));
    const QdpxContent content = writeQdpx(project, {options.crlf, utcTimestamp()});
    try {
        lcl_writeProject(context, url, content, project, docx);
    } catch (const uno::Exception& error) {
        throw notWritten(url, error);
    }

    ProjectExport result;
    result.sources = project.sources.size();
    for (const QdpxSource& source : project.sources)
        result.codings += source.codings.size();
    result.codings -= content.notes.size();
    result.notes = content.notes;
    return result;
}

ProjectExport exportStudyProject(const Reference<uno::XComponentContext>& context, const OUString& studyUrl, const OUString& url,
                                 bool crlf, std::optional<CasesPer> cases)
{
    const Study study = readStudyFile(context, studyUrl);
    ProjectExport result;
    const std::vector<CodedDocument> documents = studyDocuments(context, studyUrl, result.notes);
    if (documents.empty())
        throw Refusal("study", "No transcript of the study \"" + study.name + "\" could be read; nothing was written.");
    std::vector<bool> richText;
    std::vector<std::string> docx;
    for (const CodedDocument& document : documents) {
        const OUString location = toOUString(document.location);
        richText.push_back(location.endsWithIgnoreAsciiCase(".docx"));
        docx.push_back(richText.back() ? readFileBytes(context, location) : std::string());
    }
    const QdpxProject project = projectOf(documents, richText, cases.value_or(study.cases));
    const QdpxContent content = writeQdpx(project, {crlf, utcTimestamp()});
    try {
        lcl_writeProject(context, url, content, project, docx);
    } catch (const uno::Exception& error) {
        throw notWritten(url, error);
    }
    result.sources = project.sources.size();
    for (const QdpxSource& source : project.sources)
        result.codings += source.codings.size();
    result.codings -= content.notes.size();
    result.notes.insert(result.notes.end(), content.notes.begin(), content.notes.end());
    return result;
}

ProjectImport importProject(const Reference<uno::XComponentContext>& context, DocumentStore& store, const OUString& url)
{
    const std::string fileName = fileNameOf(url);
    Reference<container::XNameAccess> zip;
    try {
        zip.set(packages::zip::ZipFileAccess::createWithURL(context, url), UNO_QUERY_THROW);
    } catch (const uno::Exception& error) {
        throw Refusal("file", "\"" + fileName + "\" is not a REFI-QDA project (a .qdpx ZIP file): " + toUtf8(error.Message));
    }
    std::vector<std::string> entries;
    for (const OUString& name : zip->getElementNames())
        entries.push_back(toUtf8(name));
    const QdpxPackage package(entries, [&](const std::string& entry) -> std::optional<std::string> {
        const OUString name = toOUString(entry);
        if (!zip->hasByName(name))
            return std::nullopt;
        return readStream(Reference<io::XInputStream>(zip->getByName(name), UNO_QUERY_THROW), entry);
    });
    QdpxRead read;
    try {
        read = package.readProject(utcTimestamp());
    } catch (const Refusal&) {
        throw; // it names the file of the package already (one too large)
    } catch (const InvalidInput& error) {
        throw Refusal("file", "\"" + fileName + "\" could not be read:\n" + describe(error.problems()));
    }

    const DocumentText text(Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW));
    const std::vector<ForeignCoding> present = codingsWithSpans(store, text);
    const Codebook codebook = store.codebook();
    ProjectImport imported = planProjectImport(read, {codebook, present, text.text()}, documentName(store.document()),
                                               store.attributes());
    applyMergePlan(store, text, imported.plan, toOUString("Import codings from " + fileName), currentCoderName(context));
    return imported;
}

} // namespace pt::extension
