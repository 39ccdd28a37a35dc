#include "common/UnoErrors.hxx"

#include "common/UnoStrings.hxx"

#include "core/Problem.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>

using namespace ::com::sun::star;

namespace pt::extension {

sal_Int16 ArgumentPositions::of(std::string_view field) const
{
    for (const auto& [name, position] : fields)
        if (name == field)
            return position;
    return otherwise;
}

void rethrowAsUnoException(const uno::Reference<uno::XInterface>& context, const ArgumentPositions& positions)
{
    try {
        throw;
    } catch (const uno::Exception&) {
        throw;
    } catch (const Refusal& refusal) {
        throw lang::IllegalArgumentException(toOUString(refusal.what()), context, positions.of(refusal.field()));
    } catch (const InvalidInput& error) {
        throw lang::IllegalArgumentException(toOUString(error.what()), context, positions.otherwise);
    } catch (const std::exception& error) {
        throw uno::RuntimeException("Power Triangle: " + toOUString(error.what()), context);
    } catch (...) {
        throw uno::RuntimeException("Power Triangle: unexpected error", context);
    }
}

} // namespace pt::extension
