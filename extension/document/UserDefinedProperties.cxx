#include "document/UserDefinedProperties.hxx"

#include "common/UnoStrings.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/UnknownPropertyException.hpp>
#include <com/sun/star/beans/XPropertyAccess.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

#include <vector>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

std::optional<std::string> stringValue(const Reference<beans::XPropertySet>& values, const OUString& name)
{
    try {
        OUString value;
        if (values->getPropertyValue(name) >>= value)
            return toUtf8(value);
        return std::nullopt;
    } catch (const beans::UnknownPropertyException&) {
        return std::nullopt;
    }
}

OUString chunkName(const std::string& key, std::size_t index)
{
    return toOUString(key + "." + std::to_string(index));
}

} // namespace

UserDefinedProperties::UserDefinedProperties(const Reference<frame::XModel>& document)
{
    Reference<document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    mxContainer = supplier->getDocumentProperties()->getUserDefinedProperties();
    mxValues.set(mxContainer, UNO_QUERY_THROW);
}

std::map<std::string, std::string> UserDefinedProperties::readRecords(const std::string& keyPrefix,
                                                                      Problems& problems) const
{
    PropertyMap ours;
    const OUString prefix = toOUString(keyPrefix);
    // All values in one call: thousands of records are read in one pass, not looked up one by one.
    const Reference<beans::XPropertyAccess> all(mxContainer, UNO_QUERY_THROW);
    for (const beans::PropertyValue& property : all->getPropertyValues()) {
        if (!property.Name.startsWith(prefix))
            continue;
        OUString value;
        if (property.Value >>= value)
            ours.emplace(toUtf8(property.Name), toUtf8(value));
        else
            problems.push_back({"document property " + toUtf8(property.Name), "is not text; it is ignored"});
    }
    return joinRecords(ours, keyPrefix, problems);
}

std::optional<std::string> UserDefinedProperties::readRecord(const std::string& key) const
{
    std::optional<std::string> record;
    for (std::size_t index = 0;; ++index) {
        const auto chunk = stringValue(mxValues, chunkName(key, index));
        if (!chunk)
            return record;
        record = record.value_or(std::string()) + *chunk;
    }
}

void UserDefinedProperties::writeRecord(const std::string& key, const std::optional<std::string>& text)
{
    std::size_t existing = 0;
    while (stringValue(mxValues, chunkName(key, existing)))
        ++existing;
    const PropertyMap chunks = text ? chunkRecord(key, *text) : PropertyMap();
    // Chunks that stay are set in one call: each single change is announced to every listener of the
    // document (the panels, LibreOffice's own), and a pack has dozens of chunks.
    std::vector<beans::PropertyValue> kept;
    for (std::size_t index = 0; index < existing && index < chunks.size(); ++index) {
        const OUString name = chunkName(key, index);
        kept.emplace_back(name, -1, uno::Any(toOUString(chunks.at(toUtf8(name)))), beans::PropertyState_DIRECT_VALUE);
    }
    if (!kept.empty())
        Reference<beans::XPropertyAccess>(mxContainer, UNO_QUERY_THROW)
            ->setPropertyValues(uno::Sequence<beans::PropertyValue>(kept.data(), static_cast<sal_Int32>(kept.size())));
    for (std::size_t index = existing; index < chunks.size(); ++index) {
        const OUString name = chunkName(key, index);
        mxContainer->addProperty(name, beans::PropertyAttribute::REMOVABLE, uno::Any(toOUString(chunks.at(toUtf8(name)))));
    }
    for (std::size_t index = chunks.size(); index < existing; ++index)
        mxContainer->removeProperty(chunkName(key, index));
}

} // namespace pt::extension
