#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Tools ▸ Power Triangle: the team's commands on the document in `frame`, and the report and its pictures. Each asks for a file (unless
/// the dispatch gives one as the argument "URL"), does its work, and says what it did: a short line is
/// returned for the status line; a summary someone must read (what a merge or an import left out, an
/// error) is shown in a message box.
enum class TeamCommand { MergeCodings, AgreementReport, ExportProject, ImportProject, ExportCsv, CodingReport,
                         InsertTriangleFigure, InsertFrequencyChart, NewStudy, AddToStudy };

::rtl::OUString runTeamCommand(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XFrame>& frame, TeamCommand command,
                               const css::uno::Sequence<css::beans::PropertyValue>& arguments);

} // namespace pt::extension
