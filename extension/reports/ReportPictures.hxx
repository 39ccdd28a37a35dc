#pragma once

#include "core/CodingReport.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace pt::extension {

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
