#pragma once

#include "document/WriterStyles.hxx"

#include "core/AgreementDocument.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>
#include <vector>

namespace pt::extension {

/// A new Writer document that a report is written into, paragraph by paragraph and table by table.
/// Not marked modified when done: a report can be closed without a question, or saved.
class ReportDocument {
public:
    /// Opens the new document in a window, or hidden.
    ReportDocument(const css::uno::Reference<css::uno::XComponentContext>& context, bool hidden);

    void paragraph(ParagraphStyle style, const std::string& text);
    /// A table whose first row and first column are bold, the header repeated on each page.
    void table(const std::vector<std::vector<std::string>>& rows);
    /// A table of cells with lines; a line quoting a coding links to `linkBase` + "#" + its anchor's name
    /// (no link when `linkBase` is empty). The header row is bold, and the first column if it holds labels.
    void table(const ReportTable& rows, const std::string& linkBase, bool labelledRows);
    /// A report's title, introduction and sections (a heading, its paragraphs, its captioned tables).
    /// `underFirstHeading` runs once, right after the first heading (to put pictures there).
    void content(const ReportContent& report, const std::string& linkBase, const std::function<void()>& underFirstHeading = {});
    css::uno::Reference<css::frame::XModel> model() const;
    /// Where the next paragraph goes.
    css::uno::Reference<css::text::XTextRange> end() const;
    /// Finishes the document and returns it.
    css::uno::Reference<css::lang::XComponent> done();

private:
    css::uno::Reference<css::text::XTextDocument> mxDocument;
};

} // namespace pt::extension
