#pragma once

#include "core/ReflectionCycles.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pt::extension {

class DocumentStore;

/// The reflection-cycle tables of a Writer document: native Writer tables, found again by their labels
/// (also after a DOCX round trip), never by a name or a mark of ours.
class ReflectionTables {
public:
    /// `document` is a Writer document (see DocumentStore::canStore).
    /// `prompts`: the ones new tables get, and that read as empty besides ours.
    explicit ReflectionTables(const css::uno::Reference<css::frame::XModel>& document,
                              ReflectionPrompts prompts = ReflectionPrompts());

    using Evidence = std::map<Dimension, std::vector<EvidenceLine>>;

    /// Inserts a table for `options` at `at` (a collapsed range in the main text), or at the view cursor when
    /// `at` is empty: one undo step. `evidence` goes into the Reaction row, each quote linked to its
    /// passage. Returns the table's name.
    ::rtl::OUString insert(const css::uno::Reference<css::text::XTextRange>& at, const NewTableOptions& options,
                           const Evidence& evidence = {});

    struct Found {
        std::string name; ///< the Writer table's name
        ReflectionTableRead read;
    };
    /// Every reflection table of the main text, in document order.
    std::vector<Found> readAll() const;

    /// The cycles that can be read, in document order: the last is where "Next cycle" starts from.
    std::vector<ReflectionCycle> cycles() const;

private:
    css::uno::Reference<css::frame::XModel> mxDocument;
    ReflectionPrompts maPrompts;
};

/// The prompts new tables get: the user's (reflectionPromptsFile), or ours. Throws InvalidInput, naming
/// the file, when the user's cannot be read.
ReflectionPrompts loadReflectionPrompts(const css::uno::Reference<css::uno::XComponentContext>& context);
/// Keeps `prompts` as the user's; ours again (the file removed) when they are ours.
void saveReflectionPrompts(const css::uno::Reference<css::uno::XComponentContext>& context, const ReflectionPrompts& prompts);

struct InsertedTable {
    ::rtl::OUString name; ///< the Writer table's
    int cycle;
};

/// Inserts a table into `tables`' document for options as the API takes them
/// (XCodingService::insertReflectionTable), with the defaults a user expects: the user interface's
/// language, today's date, numbered after `cycles` (what tables.cycles() gives); the evidence from the
/// codings of `store` (the same document).
InsertedTable insertReflectionTable(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    const DocumentStore& store, ReflectionTables& tables,
                                    const std::vector<ReflectionCycle>& cycles,
                                    const css::uno::Reference<css::text::XTextRange>& at, const std::string& options);

} // namespace pt::extension
