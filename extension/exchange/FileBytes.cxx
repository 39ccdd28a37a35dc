#include "exchange/FileBytes.hxx"

#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"

#include "core/Problem.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/io/XOutputStream.hpp>
#include <com/sun/star/packages/zip/ZipFileAccess.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

std::string readStream(const Reference<io::XInputStream>& stream, const std::string& what)
{
    std::string bytes;
    Sequence<sal_Int8> chunk;
    for (sal_Int32 read; (read = stream->readBytes(chunk, 1 << 20)) > 0;) {
        bytes.append(reinterpret_cast<const char*>(chunk.getConstArray()), static_cast<std::size_t>(read));
        if (bytes.size() > kLargestFile)
            throw Refusal("file", what + " is larger than 256 MB; refused.");
    }
    stream->closeInput();
    return bytes;
}

std::string readFileBytes(const Reference<uno::XComponentContext>& context, const OUString& url)
{
    try {
        return readStream(ucb::SimpleFileAccess::create(context)->openFileRead(url), fileNameOf(url));
    } catch (const uno::Exception& error) {
        throw Refusal("file", "\"" + fileNameOf(url) + "\" could not be read: " + toUtf8(error.Message));
    }
}

void writeFileBytes(const Reference<uno::XComponentContext>& context, const OUString& url, const std::string& bytes)
{
    try {
        const Reference<ucb::XSimpleFileAccess3> files = ucb::SimpleFileAccess::create(context);
        if (files->exists(url))
            files->kill(url);
        const Reference<io::XOutputStream> out = files->openFileWrite(url);
        out->writeBytes(Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(bytes.data()), static_cast<sal_Int32>(bytes.size())));
        out->closeOutput();
    } catch (const uno::Exception& error) {
        throw notWritten(url, error);
    }
}

PackageReader packageAt(const Reference<uno::XComponentContext>& context, const OUString& url, const std::string& notAPackage)
{
    Reference<container::XNameAccess> zip;
    try {
        zip.set(packages::zip::ZipFileAccess::createWithURL(context, url), UNO_QUERY_THROW);
    } catch (const uno::Exception& error) {
        throw Refusal("file", notAPackage + ": " + toUtf8(error.Message));
    }
    return [zip](const std::string& entry) -> std::optional<std::string> {
        const OUString entryName = toOUString(entry);
        if (!zip->hasByName(entryName))
            return std::nullopt;
        return readStream(Reference<io::XInputStream>(zip->getByName(entryName), UNO_QUERY_THROW), entry);
    };
}

} // namespace pt::extension
