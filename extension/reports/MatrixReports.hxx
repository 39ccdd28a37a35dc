#pragma once

#include "core/AttributeMatrix.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Codes against the values of an attribute, in a new Writer document: a native chart of each value's
/// codings by dimension under the first heading, the table of codes by value, and each dimension's
/// balance of enablers and barriers by value.
css::uno::Reference<css::lang::XComponent> openMatrixReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                            const AttributeMatrix& matrix, MatrixCount count);

} // namespace pt::extension
