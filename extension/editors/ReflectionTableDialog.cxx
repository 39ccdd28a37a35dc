#include "editors/ReflectionTableDialog.hxx"

#include "common/CallbackListeners.hxx"
#include "common/ControlValues.hxx"
#include "document/DocumentStore.hxx"
#include "common/MessageBoxes.hxx"
#include "editors/ReflectionPromptsEditor.hxx"
#include "reports/ReflectionTables.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"

#include "core/Json.hpp"
#include "core/Timestamp.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

void lcl_showFailure(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                     const OUString& message)
{
    showMessageBox(context, Reference<awt::XWindowPeer>(frame->getContainerWindow(), UNO_QUERY),
                   awt::MessageBoxType_ERRORBOX, UiText(context).get("CouldNotInsertTable"), message);
}

/// Inserts at the view cursor; `cycles`: the document's, as `tables` read them just now.
OUString lcl_insert(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                    ReflectionTables& tables, const std::vector<ReflectionCycle>& cycles, const nlohmann::json& options)
{
    try {
        const DocumentStore store(DocumentStore::documentIn(frame));
        const InsertedTable inserted = insertReflectionTable(context, store, tables, cycles, nullptr, dumpJson(options));
        return UiText(context).get("ReflectionTableInserted", {OUString::number(static_cast<sal_Int64>(inserted.cycle))});
    } catch (const uno::Exception& error) {
        lcl_showFailure(context, frame, error.Message);
        return error.Message;
    } catch (const std::exception& error) {
        lcl_showFailure(context, frame, toOUString(error.what()));
        return toOUString(error.what());
    }
}

} // namespace

OUString ReflectionTableDialog::run(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame)
{
    const DocumentStore store(DocumentStore::documentIn(frame));
    const std::vector<ReflectionCycle> cycles = ReflectionTables(store.document(), loadReflectionPrompts(context)).cycles();
    const std::optional<ReflectionCycle> last = cycles.empty() ? std::nullopt : std::optional(cycles.back());
    const Reference<awt::XDialogProvider2> provider = awt::DialogProvider2::create(context);
    const Reference<awt::XDialogEventHandler> events(new DialogEventCallback({"editPrompts"}, [context, frame](const OUString&) {
        try {
            ReflectionPromptsEditor::run(context);
        } catch (const uno::Exception& error) {
            lcl_showFailure(context, frame, error.Message); // a prompts file that cannot be read, say
        } catch (const std::exception& error) {
            lcl_showFailure(context, frame, toOUString(error.what()));
        }
    }));
    const Reference<awt::XDialog> dialog
        = provider->createDialogWithHandler(extensionLocation(context) + "/dialogs/ReflectionTableDialog.xdl", events);
    const Reference<awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
    const auto control = [&](const char* name) { return controls->getControl(OUString::createFromAscii(name)); };
    const auto field = [&](const char* name) { return Reference<awt::XTextComponent>(control(name), UNO_QUERY_THROW); };
    const auto box = [&](const char* name) { return Reference<awt::XCheckBox>(control(name), UNO_QUERY_THROW); };

    field("DateField")->setText(toOUString(localDate()));
    if (last) {
        field("WorkField")->setText(toOUString(last->improvementWork));
        field("ParticipantsField")->setText(toOUString(last->participants));
    }
    setListItems(control("LanguageList"), {"English", "Svenska"});
    const bool swedish = last ? last->language == TableLanguage::Swedish : uiLocale(context).Language == "sv";
    Reference<awt::XListBox>(control("LanguageList"), UNO_QUERY_THROW)->selectItemPos(swedish ? 1 : 0, true);
    Reference<awt::XWindow>(control("ContinueCheck"), UNO_QUERY_THROW)->setEnable(last.has_value());
    if (last) // the dimensions the work has been reflecting on
        for (const auto& [check, dimension] : {std::pair("ResourcesCheck", Dimension::Resources),
                                               std::pair("DiscoursesCheck", Dimension::Discourses),
                                               std::pair("ContextsCheck", Dimension::Contexts)})
            box(check)->setState(std::count(last->dimensions.begin(), last->dimensions.end(), dimension) ? 1 : 0);

    const bool inserting = dialog->execute() == ui::dialogs::ExecutableDialogResults::OK;
    nlohmann::json options = nlohmann::json::object();
    if (inserting) {
        options["improvementWork"] = toUtf8(field("WorkField")->getText());
        options["participants"] = toUtf8(field("ParticipantsField")->getText());
        options["date"] = toUtf8(field("DateField")->getText());
        options["language"] = Reference<awt::XListBox>(control("LanguageList"), UNO_QUERY_THROW)->getSelectedItemPos() == 1 ? "sv" : "en";
        options["prompts"] = box("PromptsCheck")->getState() == 1;
        options["evidence"] = box("EvidenceCheck")->getState() == 1;
        options["continue"] = last.has_value() && box("ContinueCheck")->getState() == 1;
        nlohmann::json dimensions = nlohmann::json::array();
        for (const auto& [check, dimension] : {std::pair("ResourcesCheck", "resources"), std::pair("DiscoursesCheck", "discourses"),
                                               std::pair("ContextsCheck", "contexts")})
            if (box(check)->getState() == 1)
                dimensions.push_back(dimension);
        options["dimensions"] = dimensions; // none chosen: refused with the reason
    }
    Reference<lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
    if (!inserting)
        return OUString();
    // Read again: the prompts may have been edited in the dialog, and the document changed meanwhile.
    ReflectionTables tables(store.document(), loadReflectionPrompts(context));
    return lcl_insert(context, frame, tables, tables.cycles(), options);
}

OUString insertNextReflectionCycle(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame)
{
    const DocumentStore store(DocumentStore::documentIn(frame));
    ReflectionTables tables(store.document(), loadReflectionPrompts(context));
    const std::vector<ReflectionCycle> cycles = tables.cycles();
    if (cycles.empty()) {
        const OUString message = UiText(context).get("NoReflectionCycle");
        lcl_showFailure(context, frame, message);
        return message;
    }
    return lcl_insert(context, frame, tables, cycles, {{"continue", true}});
}

} // namespace pt::extension
