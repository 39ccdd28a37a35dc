#pragma once

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace pt::extension {

/// The document a job was run for: the "Model" of the arguments' "Environment", or null.
css::uno::Reference<css::frame::XModel> jobDocument(const css::uno::Sequence<css::beans::NamedValue>& arguments);

} // namespace pt::extension
