#include "UnoErrors.hxx"

#include "UnoStrings.hxx"

#include "core/Problem.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>

using namespace ::com::sun::star;

namespace pt::extension {

void rethrowAsUnoException(const uno::Reference<uno::XInterface>& context, sal_Int16 argumentPosition)
{
    try {
        throw;
    } catch (const uno::Exception&) {
        throw;
    } catch (const InvalidInput& error) {
        throw lang::IllegalArgumentException(toOUString(error.what()), context, argumentPosition);
    } catch (const std::exception& error) {
        throw uno::RuntimeException("Power Triangle: " + toOUString(error.what()), context);
    } catch (...) {
        throw uno::RuntimeException("Power Triangle: unexpected error", context);
    }
}

} // namespace pt::extension
