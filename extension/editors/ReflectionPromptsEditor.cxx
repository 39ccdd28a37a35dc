#include "editors/ReflectionPromptsEditor.hxx"

#include "common/CallbackListeners.hxx"
#include "common/ControlValues.hxx"
#include "reports/ReflectionTables.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"

#include "core/Json.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <nlohmann/json.hpp>
#include <osl/file.hxx>

#include <fstream>
#include <sstream>
#include <tuple>
#include <vector>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

struct Cell {
    TableLanguage language;
    Step step;
    Dimension dimension;
};

std::vector<Cell> lcl_cells()
{
    std::vector<Cell> cells;
    for (const TableLanguage language : {TableLanguage::English, TableLanguage::Swedish})
        for (const Step step : kSteps)
            for (const Dimension dimension : kDimensions)
                cells.push_back({language, step, dimension});
    return cells;
}

/// "English · Reaction · Resources", in the table's own words.
OUString lcl_cellName(const Cell& cell)
{
    const ReflectionWords& words = reflectionWords(cell.language);
    const auto index = [](auto value) { return static_cast<std::size_t>(value); };
    return toOUString(std::string(cell.language == TableLanguage::Swedish ? "Svenska" : "English") + " \xc2\xb7 "
                      + words.steps[index(cell.step)] + " \xc2\xb7 " + words.dimensions[index(cell.dimension)]);
}

std::string lcl_systemPath(const OUString& url)
{
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        throw uno::RuntimeException("Not a local file: " + url, nullptr);
    return toUtf8(path);
}

} // namespace

void ReflectionPromptsEditor::run(const Reference<uno::XComponentContext>& context)
{
    const UiText text(context);
    const std::vector<Cell> cells = lcl_cells();
    ReflectionPrompts prompts = loadReflectionPrompts(context);
    Reference<awt::XControlContainer> controls;
    const auto control = [&](const char* name) { return controls->getControl(OUString::createFromAscii(name)); };
    const auto field = [&] { return Reference<awt::XTextComponent>(control("PromptField"), UNO_QUERY_THROW); };
    const auto chosen = [&]() -> const Cell* {
        const sal_Int16 position = Reference<awt::XListBox>(control("PromptList"), UNO_QUERY_THROW)->getSelectedItemPos();
        return position >= 0 && static_cast<std::size_t>(position) < cells.size() ? &cells[static_cast<std::size_t>(position)] : nullptr;
    };
    const auto showChosen = [&] {
        if (const Cell* cell = chosen())
            field()->setText(toOUString(prompts.prompt(cell->language, cell->step, cell->dimension)));
    };
    const auto status = [&](const OUString& message) { setLabelText(control("StatusText"), message); };

    const auto handle = [&](const OUString& method) {
        try {
            if (method == "promptChosen")
                showChosen();
            else if (method == "keepPrompt") {
                if (const Cell* cell = chosen()) {
                    prompts.set(cell->language, cell->step, cell->dimension, toUtf8(field()->getText()));
                    saveReflectionPrompts(context, prompts);
                    status(text.get("PromptKept"));
                }
            } else if (method == "oursAgain") {
                prompts = ReflectionPrompts();
                saveReflectionPrompts(context, prompts);
                showChosen();
                status(text.get("PromptsOurs"));
            } else if (method == "importPrompts" || method == "exportPrompts") {
                const bool importing = method == "importPrompts";
                const Reference<ui::dialogs::XFilePicker3> picker = ui::dialogs::FilePicker::createWithMode(
                    context, importing ? ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE
                                       : ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
                picker->appendFilter(text.get("PromptFiles"), "*.json");
                if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK || picker->getSelectedFiles().getLength() < 1)
                    return;
                const std::string path = lcl_systemPath(picker->getSelectedFiles()[0]);
                if (importing) {
                    std::ifstream in(path, std::ios::binary);
                    std::stringstream content;
                    content << in.rdbuf();
                    Problems notes;
                    prompts = reflectionPromptsFromJson(content.str(), notes);
                    saveReflectionPrompts(context, prompts);
                    showChosen();
                    status(text.get("PromptsImported", {toOUString(describe(notes))}));
                } else {
                    std::ofstream out(path, std::ios::binary | std::ios::trunc);
                    out << dumpJsonForPeople(reflectionPromptsToJson(prompts)) << "\n";
                    if (!out.flush())
                        throw std::runtime_error("cannot write " + path);
                    status(text.get("PromptsExported", {toOUString(path)}));
                }
            }
        } catch (const InvalidInput& error) {
            status(toOUString(std::string(error.what()) + "\n" + describe(error.problems())));
        } catch (const uno::Exception& error) {
            status(error.Message);
        } catch (const std::exception& error) {
            status(toOUString(error.what()));
        }
    };

    const Reference<awt::XDialogEventHandler> events(
        new DialogEventCallback({"promptChosen", "keepPrompt", "oursAgain", "importPrompts", "exportPrompts"}, handle));
    const Reference<awt::XDialog> dialog = awt::DialogProvider2::create(context)->createDialogWithHandler(
        extensionLocation(context) + "/dialogs/ReflectionPrompts.xdl", events);
    controls.set(dialog, UNO_QUERY_THROW);
    std::vector<OUString> items;
    for (const Cell& cell : cells)
        items.push_back(lcl_cellName(cell));
    setListItems(control("PromptList"), items);
    Reference<awt::XListBox>(control("PromptList"), UNO_QUERY_THROW)->selectItemPos(0, true);
    showChosen();
    dialog->execute();
    Reference<lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
}

} // namespace pt::extension
