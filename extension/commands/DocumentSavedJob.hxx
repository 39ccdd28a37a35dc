#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace pt::extension {

/// Run after a document is saved (registry/Jobs.xcu, events OnSaveDone and OnSaveAsDone): what a transcript of
/// a study changed in its codebook becomes the study's (StudyCodebookChecks).
class DocumentSavedJob : public ::cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo> {
public:
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);
    static ::rtl::OUString implementationName();
    static css::uno::Sequence<::rtl::OUString> serviceNames();

    // XJob
    css::uno::Any SAL_CALL execute(const css::uno::Sequence<css::beans::NamedValue>& arguments) override;

    // XServiceInfo
    ::rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const ::rtl::OUString& serviceName) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    explicit DocumentSavedJob(const css::uno::Reference<css::uno::XComponentContext>& context);

    css::uno::Reference<css::uno::XComponentContext> mxContext;
};

} // namespace pt::extension
