#include "reports/ReflectionTables.hxx"

#include "document/DocumentStore.hxx"
#include "common/UiText.hxx"
#include "document/WriterStyles.hxx"
#include "common/UnoStrings.hxx"
#include "common/UserProfile.hxx"

#include "core/Anchor.hpp"
#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/Problem.hpp"
#include "core/Timestamp.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/PlaceholderType.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <map>
#include <optional>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr sal_Int32 kLabelColour = 0xE8EEF4; // a light blue-grey: labels stand apart, also in print

OUString cellName(std::size_t column, std::size_t row)
{
    return OUString(sal_Unicode('A' + column)) + OUString::number(static_cast<sal_Int64>(row + 1));
}

/// "B12" to (1, 11); nullopt for the names of split cells ("A1.1.1").
std::optional<std::pair<std::size_t, std::size_t>> cellPosition(const std::string& name)
{
    std::size_t column = 0;
    std::size_t i = 0;
    for (; i < name.size() && std::isalpha(static_cast<unsigned char>(name[i])); ++i) {
        const char c = name[i];
        column = column * 52 + static_cast<std::size_t>(std::isupper(static_cast<unsigned char>(c)) ? c - 'A' : c - 'a' + 26) + (i > 0 ? 1 : 0);
    }
    if (i == 0 || i == name.size() || name.find_first_not_of("0123456789", i) != std::string::npos)
        return std::nullopt;
    return std::make_pair(column, static_cast<std::size_t>(std::stoul(name.substr(i))) - 1);
}

/// The table as rows of cell texts (paragraphs joined by "\n"), in the layout Writer numbers its cells.
TableRows rowsOf(const Reference<text::XTextTable>& table)
{
    std::map<std::size_t, std::map<std::size_t, std::string>> cells;
    for (const OUString& name : table->getCellNames()) {
        const auto position = cellPosition(toUtf8(name));
        if (!position)
            continue;
        std::string text = toUtf8(Reference<text::XTextRange>(table->getCellByName(name), UNO_QUERY_THROW)->getString());
        text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
        cells[position->second][position->first] = std::move(text);
    }
    TableRows rows;
    for (auto& [row, columns] : cells) {
        std::vector<std::string> texts;
        for (auto& [column, text] : columns)
            texts.push_back(std::move(text));
        rows.push_back(std::move(texts));
    }
    return rows;
}

void setText(const Reference<text::XTextTable>& table, const OUString& cell, const std::string& text, bool label)
{
    Reference<text::XText> cellText(table->getCellByName(cell), UNO_QUERY_THROW);
    cellText->setString(toOUString(text));
    if (label) {
        Reference<beans::XPropertySet>(cellText, UNO_QUERY_THROW)->setPropertyValue("BackColor", uno::Any(kLabelColour));
        Reference<beans::XPropertySet> cursor(cellText->createTextCursorByRange(Reference<text::XTextRange>(cellText, UNO_QUERY_THROW)), UNO_QUERY_THROW);
        cursor->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::BOLD));
    }
}

/// Appends evidence to a cell as paragraphs: headings in bold, each quote a link to its passage's anchor.
void addEvidence(const Reference<uno::XInterface>& cell, const std::vector<EvidenceLine>& lines)
{
    const Reference<text::XText> text(cell, UNO_QUERY_THROW);
    const Reference<text::XTextCursor> cursor = text->createTextCursorByRange(text->getEnd());
    const Reference<text::XTextRange> at(cursor, UNO_QUERY_THROW);
    bool first = text->getString().isEmpty();
    for (const EvidenceLine& line : lines) {
        if (!first)
            text->insertControlCharacter(at, text::ControlCharacter::PARAGRAPH_BREAK, false);
        first = false;
        const Reference<text::XTextRange> start = cursor->getStart();
        text->insertString(at, toOUString(line.text), false);
        const Reference<text::XTextCursor> inserted = text->createTextCursorByRange(start);
        inserted->gotoRange(cursor->getEnd(), true);
        Reference<beans::XPropertySet> properties(inserted, UNO_QUERY_THROW);
        if (line.codingId.empty())
            properties->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::BOLD));
        else
            properties->setPropertyValue("HyperLinkURL", uno::Any(toOUString("#" + anchorName(line.codingId))));
    }
}

} // namespace

ReflectionTables::ReflectionTables(const Reference<frame::XModel>& document, ReflectionPrompts prompts)
    : mxDocument(document)
    , maPrompts(std::move(prompts))
{
}

OUString ReflectionTables::insert(const Reference<text::XTextRange>& at, const NewTableOptions& options,
                                  const Evidence& evidence)
{
    Reference<text::XTextRange> position = at;
    if (!position.is()) {
        Reference<text::XTextViewCursorSupplier> view(mxDocument->getCurrentController(), UNO_QUERY);
        if (!view.is())
            throw Refusal("position", "The document has no view: give the place to insert the table.");
        position = view->getViewCursor()->getStart();
    }
    const Reference<text::XText> mainText = Reference<text::XTextDocument>(mxDocument, UNO_QUERY_THROW)->getText();
    if (position->getText() != mainText)
        throw Refusal("position", "A reflection table goes in the main text, not in a table, frame or note.");

    const TableRows rows = reflectionTableRows(options.cycle);
    const Reference<document::XUndoManager> undo = Reference<document::XUndoManagerSupplier>(mxDocument, UNO_QUERY_THROW)->getUndoManager();
    undo->enterUndoContext(toOUString(reflectionWords(options.cycle.language).cycle + " " + std::to_string(options.cycle.cycle)));
    try {
        Reference<lang::XMultiServiceFactory> factory(mxDocument, UNO_QUERY_THROW);
        Reference<text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
        const std::vector<Dimension>& dimensions = options.cycle.dimensions;
        const std::size_t header = headerRows(dimensions.size());
        table->initialize(static_cast<sal_Int32>(rows.size()), static_cast<sal_Int32>(dimensions.size() + 1));
        mainText->insertTextContent(position, Reference<text::XTextContent>(table, UNO_QUERY_THROW), false);
        // In print: the header block and the dimensions repeat on each page, a step's row is never cut, and
        // every cell is plain table text (Writer makes a new table's first row a centred heading).
        Reference<beans::XPropertySet> tableProperties(table, UNO_QUERY_THROW);
        tableProperties->setPropertyValue("RepeatHeadline", uno::Any(true));
        tableProperties->setPropertyValue("HeaderRowCount", uno::Any(static_cast<sal_Int32>(header + 1)));
        const Reference<container::XIndexAccess> tableRows(table->getRows(), UNO_QUERY_THROW);
        for (sal_Int32 r = 0; r < tableRows->getCount(); ++r)
            Reference<beans::XPropertySet>(tableRows->getByIndex(r), UNO_QUERY_THROW)->setPropertyValue("IsSplitAllowed", uno::Any(false));
        for (const OUString& name : table->getCellNames()) {
            const Reference<text::XText> cellText(table->getCellByName(name), UNO_QUERY_THROW);
            Reference<beans::XPropertySet>(cellText->createTextCursor(), UNO_QUERY_THROW)
                ->setPropertyValue("ParaStyleName", uno::Any(styleName(ParagraphStyle::TableContents)));
        }
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                const bool label = c == 0 || r == header || (r < header && c == 2 && header == 2);
                if (!rows[r][c].empty() || label)
                    setText(table, cellName(c, r), rows[r][c], label);
            }
        if (dimensions.size() < kDimensions.size()) {
            // The mark of a narrower table, in its corner cell (see dimensionsMark).
            Reference<text::XTextContent> mark(factory->createInstance("com.sun.star.text.Bookmark"), UNO_QUERY_THROW);
            Reference<container::XNamed>(mark, UNO_QUERY_THROW)->setName(toOUString(dimensionsMark(dimensions, newGuid().substr(0, 8))));
            Reference<text::XText> corner(table->getCellByName(cellName(0, header)), UNO_QUERY_THROW);
            corner->insertTextContent(corner->getStart(), mark, false);
        }
        for (std::size_t d = 0; d < dimensions.size(); ++d)
            if (const auto lines = evidence.find(dimensions[d]); lines != evidence.end())
                addEvidence(table->getCellByName(cellName(d + 1, header + 1)), lines->second);
        if (options.prompts)
            for (std::size_t s = 0; s < kSteps.size(); ++s)
                for (std::size_t d = 0; d < dimensions.size(); ++d) {
                    const bool evidenced = s == 0 && evidence.count(dimensions[d]) && !evidence.at(dimensions[d]).empty();
                    if (!options.cycle.cell(kSteps[s], dimensions[d]).empty() || evidenced)
                        continue;
                    // A placeholder: clicking it selects it, typing replaces it.
                    Reference<text::XTextContent> prompt(factory->createInstance("com.sun.star.text.TextField.JumpEdit"), UNO_QUERY_THROW);
                    Reference<beans::XPropertySet> properties(prompt, UNO_QUERY_THROW);
                    const OUString text = toOUString(maPrompts.prompt(options.cycle.language, kSteps[s], dimensions[d]));
                    properties->setPropertyValue("PlaceHolder", uno::Any(text));
                    properties->setPropertyValue("Hint", uno::Any(text));
                    properties->setPropertyValue("PlaceHolderType", uno::Any(text::PlaceholderType::TEXT));
                    Reference<text::XText> cell(table->getCellByName(cellName(d + 1, header + 1 + s)), UNO_QUERY_THROW);
                    cell->insertTextContent(cell->getStart(), prompt, false);
                }
        undo->leaveUndoContext();
        return Reference<container::XNamed>(table, UNO_QUERY_THROW)->getName();
    } catch (...) {
        undo->leaveUndoContext();
        throw;
    }
}

std::vector<ReflectionTables::Found> ReflectionTables::readAll() const
{
    std::vector<Found> found;
    // The marks of narrower tables, by the table they are in.
    std::map<std::string, std::vector<Dimension>> marks;
    const Reference<container::XNameAccess> bookmarks = Reference<text::XBookmarksSupplier>(mxDocument, UNO_QUERY_THROW)->getBookmarks();
    for (const OUString& bookmarkName : bookmarks->getElementNames())
        if (const auto dimensions = dimensionsOfMark(toUtf8(bookmarkName))) {
            Reference<beans::XPropertySet> at(Reference<text::XTextContent>(bookmarks->getByName(bookmarkName), UNO_QUERY_THROW)->getAnchor(), UNO_QUERY);
            Reference<container::XNamed> inTable(at.is() ? at->getPropertyValue("TextTable") : uno::Any(), UNO_QUERY);
            if (inTable.is())
                marks.emplace(toUtf8(inTable->getName()), *dimensions);
        }
    // The document's tables, not its paragraphs: a transcript has thousands of these and few of those.
    const Reference<text::XText> mainText = Reference<text::XTextDocument>(mxDocument, UNO_QUERY_THROW)->getText();
    const Reference<text::XTextRangeCompare> compare(mainText, UNO_QUERY_THROW);
    const Reference<container::XIndexAccess> all(
        Reference<text::XTextTablesSupplier>(mxDocument, UNO_QUERY_THROW)->getTextTables(), UNO_QUERY_THROW);
    std::vector<std::pair<Reference<text::XTextTable>, Reference<text::XTextRange>>> tables;
    for (sal_Int32 i = 0; i < all->getCount(); ++i) {
        Reference<text::XTextTable> table(all->getByIndex(i), UNO_QUERY_THROW);
        const Reference<text::XTextRange> anchor = table->getAnchor(); // its getText() is empty
        try {
            compare->compareRegionStarts(anchor, mainText->getStart());
            tables.emplace_back(table, anchor);
        } catch (const lang::IllegalArgumentException&) {
            // in a frame, a header or another table's cell: not of the main text
        }
    }
    std::sort(tables.begin(), tables.end(),
              [&](const auto& a, const auto& b) { return compare->compareRegionStarts(a.second, b.second) > 0; });
    std::size_t number = 0;
    for (const auto& [table, anchor] : tables) {
        ++number;
        const TableRows rows = rowsOf(table);
        if (!isReflectionTable(rows))
            continue;
        const std::string name = toUtf8(Reference<container::XNamed>(table, UNO_QUERY_THROW)->getName());
        const auto mark = marks.find(name);
        found.push_back({name, readReflectionTable(rows, "table " + std::to_string(number) + " (" + name + ")", maPrompts,
                                                   mark == marks.end() ? std::nullopt : std::optional(mark->second))});
    }
    return found;
}

std::vector<ReflectionCycle> ReflectionTables::cycles() const
{
    std::vector<ReflectionCycle> readable;
    for (Found& table : readAll())
        if (table.read.cycle)
            readable.push_back(std::move(*table.read.cycle));
    return readable;
}

ReflectionPrompts loadReflectionPrompts(const Reference<uno::XComponentContext>& context)
{
    const std::filesystem::path file = reflectionPromptsFile(context);
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return ReflectionPrompts();
    std::ostringstream text;
    text << in.rdbuf();
    try {
        Problems notes; // what a file leaves out keeps ours: nothing to tell each time a table is inserted
        return reflectionPromptsFromJson(text.str(), notes);
    } catch (const InvalidInput& error) {
        throw InvalidInput("The prompts in " + file.string() + " cannot be read; set them again or remove the file:",
                           error.problems());
    }
}

void saveReflectionPrompts(const Reference<uno::XComponentContext>& context, const ReflectionPrompts& prompts)
{
    const std::filesystem::path file = reflectionPromptsFile(context);
    if (prompts == ReflectionPrompts()) {
        std::filesystem::remove(file);
        return;
    }
    std::filesystem::create_directories(file.parent_path());
    // Written whole next to it, then put in its place: a failure leaves the old prompts as they were.
    const std::filesystem::path written = file.string() + ".new";
    {
        std::ofstream out(written, std::ios::binary | std::ios::trunc);
        out << dumpJsonForPeople(reflectionPromptsToJson(prompts)) << "\n";
        if (!out.flush())
            throw std::runtime_error("cannot write " + written.string());
    }
    std::filesystem::rename(written, file);
}

InsertedTable insertReflectionTable(const Reference<uno::XComponentContext>& context, const DocumentStore& store,
                                    ReflectionTables& tables, const std::vector<ReflectionCycle>& cycles,
                                    const Reference<text::XTextRange>& at, const std::string& options)
{
    const TableLanguage language = uiLocale(context).Language == "sv" ? TableLanguage::Swedish : TableLanguage::English;
    const NewTableOptions chosen = newTableOptionsFromJson(options, language, nextCycleNumber(cycles), localDate(),
                                                           cycles.empty() ? std::nullopt : std::optional(cycles.back()));
    ReflectionTables::Evidence evidence;
    if (chosen.evidence) {
        const std::vector<std::string> order = store.anchors().inOrder();
        evidence = store.read([&](const CodingSet& codings) {
            std::vector<const Coding*> inOrder;
            for (const std::string& id : order)
                if (const Coding* coding = codings.find(id))
                    inOrder.push_back(coding);
            return evidenceByDimension(inOrder, codings.codebook(), chosen.cycle.language);
        });
    }
    return {tables.insert(at, chosen, evidence), chosen.cycle.cycle};
}

} // namespace pt::extension
