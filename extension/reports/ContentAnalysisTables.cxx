#include "reports/ContentAnalysisTables.hxx"

#include "reports/ReportDocument.hxx"

namespace pt::extension {

css::uno::Reference<css::lang::XComponent> openContentAnalysisTable(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                                    const std::vector<CodedDocument>& documents,
                                                                    const std::string& title, const ContentAnalysisOptions& options)
{
    const std::vector<ContentAnalysisRow> rows = contentAnalysisRows(documents, options);
    ReportDocument out(context, false);
    out.content(contentAnalysisReport(title, rows, options, true), std::string());
    return out.done();
}

} // namespace pt::extension
