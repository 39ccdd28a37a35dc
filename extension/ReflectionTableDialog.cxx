#include "ReflectionTableDialog.hxx"

#include "CallbackListeners.hxx"
#include "ControlValues.hxx"
#include "DocumentStore.hxx"
#include "ReflectionPromptsEditor.hxx"
#include "ReflectionTables.hxx"
#include "UiText.hxx"
#include "UnoStrings.hxx"

#include "core/Timestamp.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
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

Reference<lang::XComponent> lcl_document(const Reference<frame::XFrame>& frame)
{
    const Reference<frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    return Reference<lang::XComponent>(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
}

void lcl_showFailure(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                     const OUString& message)
{
    const UiText text(context);
    const Reference<awt::XMessageBoxFactory> boxes(awt::Toolkit::create(context), UNO_QUERY_THROW);
    const Reference<awt::XWindowPeer> parent(frame->getContainerWindow(), UNO_QUERY);
    boxes->createMessageBox(parent, awt::MessageBoxType_ERRORBOX, awt::MessageBoxButtons::BUTTONS_OK,
                            text.get("CouldNotInsertTable"), message)
        ->execute();
}

OUString lcl_insert(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                    const nlohmann::json& options)
{
    const UiText text(context);
    try {
        const DocumentStore store(lcl_document(frame));
        insertReflectionTable(context, store, nullptr, options.dump());
        const std::optional<ReflectionCycle> last = ReflectionTables(store.document(), loadReflectionPrompts(context)).lastCycle();
        return text.get("ReflectionTableInserted", {OUString::number(last ? last->cycle : 0)});
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
    const DocumentStore store(lcl_document(frame));
    const std::optional<ReflectionCycle> last = ReflectionTables(store.document(), loadReflectionPrompts(context)).lastCycle();
    const Reference<awt::XDialogProvider2> provider = awt::DialogProvider2::create(context);
    const Reference<awt::XDialogEventHandler> events(new DialogEventCallback({"editPrompts"}, [context](const OUString&) {
        ReflectionPromptsEditor::run(context);
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
    return inserting ? lcl_insert(context, frame, options) : OUString();
}

OUString insertNextReflectionCycle(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame)
{
    const DocumentStore store(lcl_document(frame));
    if (!ReflectionTables(store.document(), loadReflectionPrompts(context)).lastCycle()) {
        const OUString message = UiText(context).get("NoReflectionCycle");
        lcl_showFailure(context, frame, message);
        return message;
    }
    return lcl_insert(context, frame, {{"continue", true}});
}

} // namespace pt::extension
