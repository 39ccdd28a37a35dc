#pragma once

#include <com/sun/star/document/XExtendedFilterDetection.hpp>
#include <com/sun/star/document/XFilter.hpp>
#include <com/sun/star/document/XImporter.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace pt::extension {

/// File ▸ Open of a transcription tool's file whose type is its own (.srt, .vtt, .otr; registry/Types.xcu and
/// Filter.xcu): the new Writer document gets its turns, the tool's speaker labels as they are and each turn's
/// time (Insert ▸ Power Triangle ▸ Transcript from File names the speakers first). A file that cannot be
/// read does not open (LibreOffice says it could not be read; Transcript from File says why).
class TranscriptImportFilter
    : public ::cppu::WeakImplHelper4<css::document::XFilter, css::document::XImporter, css::document::XExtendedFilterDetection,
                                     css::lang::XServiceInfo> {
public:
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);
    static ::rtl::OUString implementationName();
    static css::uno::Sequence<::rtl::OUString> serviceNames();

    // XFilter
    sal_Bool SAL_CALL filter(const css::uno::Sequence<css::beans::PropertyValue>& descriptor) override;
    void SAL_CALL cancel() override {}
    // XImporter
    void SAL_CALL setTargetDocument(const css::uno::Reference<css::lang::XComponent>& document) override;

    // XExtendedFilterDetection: LibreOffice's plain-text detection claims any text file it is shown, so the
    // types confirm themselves, by the file's extension.
    ::rtl::OUString SAL_CALL detect(css::uno::Sequence<css::beans::PropertyValue>& descriptor) override;

    // XServiceInfo
    ::rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const ::rtl::OUString& serviceName) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    explicit TranscriptImportFilter(const css::uno::Reference<css::uno::XComponentContext>& context);

    css::uno::Reference<css::uno::XComponentContext> mxContext;
    css::uno::Reference<css::lang::XComponent> mxDocument;
};

} // namespace pt::extension
