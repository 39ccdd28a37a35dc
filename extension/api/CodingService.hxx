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
    ::rtl::OUString SAL_CALL codeWithNewCode(const css::uno::Reference<css::lang::XComponent>& document,
                                             const css::uno::Reference<css::text::XTextRange>& passage,
                                             const ::rtl::OUString& name) override;
    ::rtl::OUString SAL_CALL getCodingsJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    void SAL_CALL removeCoding(const css::uno::Reference<css::lang::XComponent>& document,
                               const ::rtl::OUString& codingId) override;
    ::rtl::OUString SAL_CALL getCodebookJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    void SAL_CALL setCodebookJson(const css::uno::Reference<css::lang::XComponent>& document,
                                  const ::rtl::OUString& json) override;
    ::rtl::OUString SAL_CALL getCodingsAtJson(const css::uno::Reference<css::lang::XComponent>& document,
                                              const css::uno::Reference<css::text::XTextRange>& position) override;
    void SAL_CALL mergeCodes(const css::uno::Reference<css::lang::XComponent>& document, const ::rtl::OUString& fromCodeId,
                             const ::rtl::OUString& intoCodeId) override;
    ::rtl::OUString SAL_CALL getCodebookHistoryJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    void SAL_CALL setCodingCondensed(const css::uno::Reference<css::lang::XComponent>& document,
                                     const ::rtl::OUString& codingId, const ::rtl::OUString& text) override;
    void SAL_CALL setCodingMemo(const css::uno::Reference<css::lang::XComponent>& document,
                                const ::rtl::OUString& codingId, const ::rtl::OUString& memo) override;
    void SAL_CALL setCodingCode(const css::uno::Reference<css::lang::XComponent>& document,
                                const ::rtl::OUString& codingId, const ::rtl::OUString& codeId) override;
    void SAL_CALL reanchorCoding(const css::uno::Reference<css::lang::XComponent>& document,
                                 const ::rtl::OUString& codingId,
                                 const css::uno::Reference<css::text::XTextRange>& range) override;
    void SAL_CALL selectCoding(const css::uno::Reference<css::lang::XComponent>& document,
                               const ::rtl::OUString& codingId) override;
    ::rtl::OUString SAL_CALL addCode(const css::uno::Reference<css::lang::XComponent>& document,
                                     const ::rtl::OUString& codeJson) override;
    void SAL_CALL updateCode(const css::uno::Reference<css::lang::XComponent>& document,
                             const ::rtl::OUString& codeJson) override;
    ::rtl::OUString SAL_CALL exportCodebook(const css::uno::Reference<css::lang::XComponent>& document,
                                            const ::rtl::OUString& format) override;
    ::rtl::OUString SAL_CALL importCodebook(const css::uno::Reference<css::lang::XComponent>& document,
                                            const ::rtl::OUString& content, const ::rtl::OUString& format) override;
    void SAL_CALL saveCodebookTemplate(const css::uno::Reference<css::lang::XComponent>& document,
                                       const ::rtl::OUString& name) override;
    ::rtl::OUString SAL_CALL getCodebookTemplatesJson() override;
    void SAL_CALL applyCodebookTemplate(const css::uno::Reference<css::lang::XComponent>& document,
                                        const ::rtl::OUString& name) override;
    ::rtl::OUString SAL_CALL getSpeakersJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    ::rtl::OUString SAL_CALL getSettingsJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    ::rtl::OUString SAL_CALL getDocumentAttributesJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    void SAL_CALL setDocumentAttributesJson(const css::uno::Reference<css::lang::XComponent>& document,
                                            const ::rtl::OUString& json) override;
    ::rtl::OUString SAL_CALL getAttributeDefinitionsJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    void SAL_CALL setAttributeDefinitionsJson(const css::uno::Reference<css::lang::XComponent>& document,
                                              const ::rtl::OUString& json) override;
    void SAL_CALL setSettingsJson(const css::uno::Reference<css::lang::XComponent>& document,
                                  const ::rtl::OUString& json) override;
    void SAL_CALL setHighlighting(const css::uno::Reference<css::lang::XComponent>& document, sal_Bool shown) override;
    void SAL_CALL setHighlightedCoders(const css::uno::Reference<css::lang::XComponent>& document,
                                       const css::uno::Sequence<::rtl::OUString>& coders) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL
    getHighlightedCoders(const css::uno::Reference<css::lang::XComponent>& document) override;
    sal_Bool SAL_CALL isHighlighting(const css::uno::Reference<css::lang::XComponent>& document) override;
    ::rtl::OUString SAL_CALL getShortcutsJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    void SAL_CALL setShortcut(const ::rtl::OUString& command, const ::rtl::OUString& keys) override;
    ::rtl::OUString SAL_CALL insertReflectionTable(const css::uno::Reference<css::lang::XComponent>& document,
                                                   const css::uno::Reference<css::text::XTextRange>& at,
                                                   const ::rtl::OUString& options) override;
    ::rtl::OUString SAL_CALL getReflectionTablesJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    ::rtl::OUString SAL_CALL getCodingsCsv(const css::uno::Reference<css::lang::XComponent>& document) override;
    ::rtl::OUString SAL_CALL mergeCodingsFrom(const css::uno::Reference<css::lang::XComponent>& document,
                                              const ::rtl::OUString& url) override;
    ::rtl::OUString SAL_CALL getAgreementJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    css::uno::Reference<css::lang::XComponent> SAL_CALL
    createAgreementReport(const css::uno::Reference<css::lang::XComponent>& document) override;
    ::rtl::OUString SAL_CALL getCodingReportJson(const css::uno::Sequence<css::uno::Reference<css::lang::XComponent>>& documents,
                                                 const ::rtl::OUString& options) override;
    css::uno::Reference<css::lang::XComponent> SAL_CALL
    createCodingReport(const css::uno::Sequence<css::uno::Reference<css::lang::XComponent>>& documents,
                       const ::rtl::OUString& options) override;
    ::rtl::OUString SAL_CALL insertPowerTriangleFigure(const css::uno::Reference<css::lang::XComponent>& document,
                                                       const css::uno::Reference<css::text::XTextRange>& at) override;
    ::rtl::OUString SAL_CALL insertFrequencyChart(const css::uno::Reference<css::lang::XComponent>& document,
                                                  const css::uno::Reference<css::text::XTextRange>& at) override;
    css::uno::Reference<css::lang::XComponent> SAL_CALL createContentAnalysisTable(const css::uno::Reference<css::lang::XComponent>& document,
                                                                                   const ::rtl::OUString& options) override;
    ::rtl::OUString SAL_CALL getContentAnalysisTable(const css::uno::Reference<css::lang::XComponent>& document,
                                                     const ::rtl::OUString& options, const ::rtl::OUString& format) override;
    ::rtl::OUString SAL_CALL exportProject(const css::uno::Sequence<css::uno::Reference<css::lang::XComponent>>& documents,
                                           const ::rtl::OUString& url, const ::rtl::OUString& options) override;
    ::rtl::OUString SAL_CALL createStudy(const ::rtl::OUString& folderUrl, const ::rtl::OUString& name) override;
    ::rtl::OUString SAL_CALL addTranscriptsToStudy(const ::rtl::OUString& studyUrl,
                                                   const css::uno::Sequence<::rtl::OUString>& transcriptUrls) override;
    ::rtl::OUString SAL_CALL getStudyJson(const ::rtl::OUString& studyUrl) override;
    void SAL_CALL setStudyCases(const ::rtl::OUString& studyUrl, const ::rtl::OUString& cases) override;
    ::rtl::OUString SAL_CALL exportStudyProject(const ::rtl::OUString& studyUrl, const ::rtl::OUString& url,
                                                const ::rtl::OUString& options) override;
    void SAL_CALL setStudyAttributeDefinitionsJson(const ::rtl::OUString& studyUrl, const ::rtl::OUString& json) override;
    ::rtl::OUString SAL_CALL synchroniseWithStudy(const css::uno::Reference<css::lang::XComponent>& document,
                                                  const ::rtl::OUString& choices) override;
    css::uno::Reference<css::lang::XComponent> SAL_CALL createStudyCodingReport(const ::rtl::OUString& studyUrl,
                                                                                const ::rtl::OUString& options) override;
    css::uno::Reference<css::lang::XComponent> SAL_CALL createStudyMatrixReport(const ::rtl::OUString& studyUrl,
                                                                                const ::rtl::OUString& attribute,
                                                                                const ::rtl::OUString& options) override;
    css::uno::Reference<css::lang::XComponent> SAL_CALL createStudyAgreementReport(const ::rtl::OUString& studyUrl) override;
    ::rtl::OUString SAL_CALL retrieveFromStudy(const ::rtl::OUString& studyUrl, const ::rtl::OUString& query,
                                               const ::rtl::OUString& format) override;
    ::rtl::OUString SAL_CALL importProject(const css::uno::Reference<css::lang::XComponent>& document,
                                           const ::rtl::OUString& url) override;
    ::rtl::OUString SAL_CALL getReflectionPromptsJson() override;
    ::rtl::OUString SAL_CALL setReflectionPromptsJson(const ::rtl::OUString& prompts) override;
    ::rtl::OUString SAL_CALL pseudonymise(const css::uno::Reference<css::lang::XComponent>& document,
                                          const ::rtl::OUString& keyJson) override;
    ::rtl::OUString SAL_CALL findIdentifyingJson(const css::uno::Reference<css::lang::XComponent>& document) override;
    ::rtl::OUString SAL_CALL findKeyTermsJson(const css::uno::Reference<css::lang::XComponent>& document,
                                              const ::rtl::OUString& keyJson) override;
    ::rtl::OUString SAL_CALL findJson(const css::uno::Reference<css::lang::XComponent>& document,
                                      const ::rtl::OUString& query, const ::rtl::OUString& optionsJson) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL codeHits(const css::uno::Reference<css::lang::XComponent>& document,
                                                          const ::rtl::OUString& query,
                                                          const ::rtl::OUString& optionsJson,
                                                          const css::uno::Sequence<sal_Int32>& hitIndexes,
                                                          const ::rtl::OUString& codeId,
                                                          const ::rtl::OUString& memo) override;

    // XServiceInfo
    ::rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const ::rtl::OUString& serviceName) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    explicit CodingService(const css::uno::Reference<css::uno::XComponentContext>& context);

    css::uno::Reference<css::uno::XComponentContext> mxContext;
};

} // namespace pt::extension
