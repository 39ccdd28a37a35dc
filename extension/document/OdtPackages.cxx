#include "document/OdtPackages.hxx"

#include "common/UnoStrings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentInsertable.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/embed/ElementModes.hpp>
#include <com/sun/star/embed/StorageFactory.hpp>
#include <com/sun/star/embed/XStorage.hpp>
#include <com/sun/star/embed/XTransactedObject.hpp>
#include <com/sun/star/io/TempFile.hpp>
#include <com/sun/star/io/XOutputStream.hpp>
#include <com/sun/star/io/XStream.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XModifiable.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

/// Writes the parts into a storage opened on `arguments` (a stream or a URL, and the mode).
void lcl_writeParts(const Reference<uno::XComponentContext>& context, const Sequence<uno::Any>& arguments, const OdtParts& parts)
{
    // The storage factory's only way in is XSingleServiceFactory, which the SDK marks deprecated.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    const Reference<embed::XStorage> storage(embed::StorageFactory::create(context)->createInstanceWithArguments(arguments), UNO_QUERY_THROW);
#pragma GCC diagnostic pop
    Reference<beans::XPropertySet>(storage, UNO_QUERY_THROW)->setPropertyValue("MediaType", uno::Any(OUString("application/vnd.oasis.opendocument.text")));
    for (const auto& [name, bytes] : parts) {
        if (name == "mimetype" || name.rfind("META-INF/", 0) == 0)
            continue; // the storage writes its own
        const Reference<io::XStream> stream = storage->openStreamElement(toOUString(name), embed::ElementModes::WRITE);
        Reference<beans::XPropertySet>(stream, UNO_QUERY_THROW)->setPropertyValue("MediaType", uno::Any(OUString("text/xml")));
        const Reference<io::XOutputStream> out = stream->getOutputStream();
        out->writeBytes(Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(bytes.data()), static_cast<sal_Int32>(bytes.size())));
        out->closeOutput();
    }
    Reference<embed::XTransactedObject>(storage, UNO_QUERY_THROW)->commit();
    Reference<lang::XComponent>(storage, UNO_QUERY_THROW)->dispose();
}

} // namespace

void writeOdt(const Reference<uno::XComponentContext>& context, const OUString& url, const OdtParts& parts)
{
    const uno::Any arguments[] = {uno::Any(url), uno::Any(embed::ElementModes::READWRITE | embed::ElementModes::TRUNCATE)};
    lcl_writeParts(context, Sequence<uno::Any>(arguments, 2), parts);
}

void insertOdt(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document,
               const Reference<text::XTextRange>& at, const OdtParts& parts, const OUString& title)
{
    const Reference<io::XTempFile> file = io::TempFile::create(context); // removed when the last reference goes
    const uno::Any arguments[] = {uno::Any(Reference<io::XStream>(file, UNO_QUERY_THROW)), uno::Any(embed::ElementModes::READWRITE)};
    lcl_writeParts(context, Sequence<uno::Any>(arguments, 2), parts);
    const Reference<document::XUndoManager> undo = Reference<document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    undo->enterUndoContext(title);
    try {
        const Reference<text::XText> text = at->getText();
        Reference<text::XParagraphCursor> cursor(text->createTextCursorByRange(at->getEnd()), UNO_QUERY_THROW);
        cursor->gotoStartOfParagraph(false);
        cursor->gotoEndOfParagraph(true);
        if (!cursor->getString().isEmpty()) {
            cursor->collapseToEnd();
            text->insertControlCharacter(Reference<text::XTextRange>(cursor, UNO_QUERY_THROW), text::ControlCharacter::PARAGRAPH_BREAK, false);
        }
        Reference<document::XDocumentInsertable>(cursor, UNO_QUERY_THROW)->insertDocumentFromURL(file->getUri(), {});
    } catch (...) {
        undo->leaveUndoContext();
        undo->undo(); // nothing half-made stays behind
        throw;
    }
    undo->leaveUndoContext();
    Reference<util::XModifiable>(document, UNO_QUERY_THROW)->setModified(true);
}

} // namespace pt::extension
