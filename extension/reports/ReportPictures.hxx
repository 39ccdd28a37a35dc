#pragma once

#include "core/CodingReport.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace pt::extension {

/// A bar chart: a row of bars per row label, a bar (or a stacked part) per series.
struct BarChart {
    std::string name;  ///< the object's name in the document
    std::string title;
    std::vector<std::string> rows;
    std::vector<std::string> series;
    std::vector<std::vector<double>> values; ///< [row][series]
    std::vector<sal_Int32> colours;          ///< per series; LibreOffice's own where left out
    bool stacked = true;
};

/// A native LibreOffice chart, inserted as its own paragraph at `at`: editable like any chart (its data
/// table too). Returns the chart object's name.
::rtl::OUString insertBarChart(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XModel>& document,
                               const css::uno::Reference<css::text::XTextRange>& at, const BarChart& bars);

/// A native LibreOffice chart of the codings by dimension, split into enablers, barriers and either
/// (stacked bars), inserted as its own paragraph at `at`: editable like any chart (its data table too).
/// Returns the chart object's name.
::rtl::OUString insertFrequencyChart(const css::uno::Reference<css::uno::XComponentContext>& context,
                                     const css::uno::Reference<css::frame::XModel>& document,
                                     const css::uno::Reference<css::text::XTextRange>& at, const CodingReport& report);

/// The power triangle drawn with Writer's own shapes, all anchored to one new paragraph at `at`: resources
/// at the top, discourses and contexts at the base, each corner annotated with its codings and their
/// balance of enablers and barriers, the overall balance in the middle. Shapes are named "Power Triangle:
/// …"; returns the triangle's name.
::rtl::OUString insertTriangleFigure(const css::uno::Reference<css::frame::XModel>& document,
                                     const css::uno::Reference<css::text::XTextRange>& at, const CodingReport& report);

} // namespace pt::extension
