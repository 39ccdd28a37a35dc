#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/powertriangle/XCodingService.hpp>

namespace pt::extension {

/// org.powertriangle.CodingService: the public API, a thin translation to DocumentStore and core/.
class CodingService : public ::cppu::WeakImplHelper2<org::powertriangle::XCodingService, css::lang::XServiceInfo> {
public:
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);
    static ::rtl::OUString implementationName();
    static css::uno::Sequence<::rtl::OUString> serviceNames();

    // XCodingService
    ::rtl::OUString SAL_CALL addCoding(const css::uno::Reference<css::lang::XComponent>& document,
                                       const css::uno::Reference<css::text::XTextRange>& range,
                                       const ::rtl::OUString& codeId, const ::rtl::OUString& memo) override;
    ::rtl::OUString SAL_CALL getCodingsJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    void SAL_CALL removeCoding(const css::uno::Reference<css::lang::XComponent>& document,
                               const ::rtl::OUString& codingId) override;
    ::rtl::OUString SAL_CALL getCodebookJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    void SAL_CALL setCodebookJson(const css::uno::Reference<css::lang::XComponent>& document,
                                  const ::rtl::OUString& json) override;

    // XServiceInfo
    ::rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const ::rtl::OUString& serviceName) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    explicit CodingService(const css::uno::Reference<css::uno::XComponentContext>& context);

    css::uno::Reference<css::uno::XComponentContext> mxContext;
};

} // namespace pt::extension
