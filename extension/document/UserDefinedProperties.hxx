#pragma once

#include "core/PropertyChunks.hpp"

#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>

namespace pt::extension {

/// A document's user-defined properties (File ▸ Properties ▸ Custom Properties), where the payload records
/// are kept in chunks. They survive ODT and DOCX; Writer's undo does not cover them (see RecordsUndoAction).
class UserDefinedProperties {
public:
    explicit UserDefinedProperties(const css::uno::Reference<css::frame::XModel>& document);

    /// Every record whose key starts with `keyPrefix`, chunks joined; faults are appended to `problems`.
    std::map<std::string, std::string> readRecords(const std::string& keyPrefix, Problems& problems) const;
    /// One record, or nullopt when the document does not have it. Costs the record's chunks, not the document's.
    std::optional<std::string> readRecord(const std::string& key) const;
    /// Replaces a record's chunks; nullopt removes the record.
    void writeRecord(const std::string& key, const std::optional<std::string>& text);

private:
    css::uno::Reference<css::beans::XPropertyContainer> mxContainer;
    css::uno::Reference<css::beans::XPropertySet> mxValues;
};

} // namespace pt::extension
