#pragma once

#include "document/UserDefinedProperties.hxx"

#include "core/Payload.hpp"
#include "core/Problem.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pt::extension {

/// Payload records by key; nullopt where the document has no such record.
using RecordStates = std::map<std::string, std::optional<std::string>>;

/// The payload's records as readPayload and the undo steps see them, kept in the document's user-defined
/// properties: coding records in their packs (core/RecordPacks.hpp), the others on their own. Records a
/// document has from before packs are read, and move into their pack when next written.
class PayloadRecords {
public:
    explicit PayloadRecords(const css::uno::Reference<css::frame::XModel>& document);

    /// Every record; what cannot be read is reported in `problems` and left out.
    Records readAll(Problems& problems) const;
    /// Some records. Costs their packs (each read once), not the document.
    RecordStates read(const std::vector<std::string>& keys) const;
    std::optional<std::string> read(const std::string& key) const;
    /// Replaces records (nullopt removes one); each pack they touch is rewritten once. A pack that cannot be
    /// read is not rewritten (that would lose the codings in it): this throws InvalidInput instead.
    void write(const RecordStates& records);

private:
    Records readPack(const std::string& packKey) const;

    UserDefinedProperties maProperties;
};

} // namespace pt::extension
