#include "common/JobArguments.hxx"

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;

namespace pt::extension {

Reference<frame::XModel> jobDocument(const Sequence<beans::NamedValue>& arguments)
{
    Sequence<beans::NamedValue> environment;
    for (const beans::NamedValue& argument : arguments)
        if (argument.Name == "Environment")
            argument.Value >>= environment;
    Reference<frame::XModel> model;
    for (const beans::NamedValue& value : environment)
        if (value.Name == "Model")
            value.Value >>= model;
    return model;
}

} // namespace pt::extension
