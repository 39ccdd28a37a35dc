#include "CodingService.hxx"

#include "DocumentStore.hxx"
#include "OfficeUser.hxx"
#include "UnoErrors.hxx"
#include "UnoStrings.hxx"

#include "core/Json.hpp"

#include <cppuhelper/supportsservice.hxx>
#include <nlohmann/json.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::rtl::OUString;

namespace pt::extension {

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
