#include "common/Shortcuts.hxx"

#include "common/Commands.hxx"
#include "common/Workbench.hxx"
#include "common/UnoStrings.hxx"

#include "core/Problem.hpp"

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/theUICommandDescription.hpp>
#include <com/sun/star/ui/GlobalAcceleratorConfiguration.hpp>
#include <com/sun/star/ui/XUIConfigurationManager.hpp>
#include <com/sun/star/ui/XUIConfigurationPersistence.hpp>
#include <com/sun/star/ui/theModuleUIConfigurationManagerSupplier.hpp>

#include <algorithm>
#include <optional>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

awt::KeyEvent lcl_event(const KeyChord& chord)
{
    awt::KeyEvent event;
    const char first = chord.key[0];
    if (chord.key.size() > 1)
        event.KeyCode = static_cast<sal_Int16>(awt::Key::F1 + std::stoi(chord.key.substr(1)) - 1);
    else if (first >= '0' && first <= '9')
        event.KeyCode = static_cast<sal_Int16>(awt::Key::NUM0 + (first - '0'));
    else
        event.KeyCode = static_cast<sal_Int16>(awt::Key::A + (first - 'A'));
    event.Modifiers = static_cast<sal_Int16>((chord.shift ? awt::KeyModifier::SHIFT : 0) | (chord.ctrl ? awt::KeyModifier::MOD1 : 0)
                                             | (chord.alt ? awt::KeyModifier::MOD2 : 0));
    return event;
}

/// The chord of a key event, if it is one a user could have given here.
std::optional<KeyChord> lcl_chord(const awt::KeyEvent& event)
{
    KeyChord chord;
    if (event.KeyCode >= awt::Key::A && event.KeyCode <= awt::Key::Z)
        chord.key = std::string(1, static_cast<char>('A' + event.KeyCode - awt::Key::A));
    else if (event.KeyCode >= awt::Key::NUM0 && event.KeyCode <= awt::Key::NUM9)
        chord.key = std::string(1, static_cast<char>('0' + event.KeyCode - awt::Key::NUM0));
    else if (event.KeyCode >= awt::Key::F1 && event.KeyCode <= awt::Key::F12)
        chord.key = "F" + std::to_string(event.KeyCode - awt::Key::F1 + 1);
    else
        return std::nullopt;
    chord.shift = (event.Modifiers & awt::KeyModifier::SHIFT) != 0;
    chord.ctrl = (event.Modifiers & awt::KeyModifier::MOD1) != 0;
    chord.alt = (event.Modifiers & awt::KeyModifier::MOD2) != 0;
    return chord;
}

OUString lcl_commandIn(const Reference<ui::XAcceleratorConfiguration>& configuration, const awt::KeyEvent& event)
{
    try {
        return configuration->getCommandByKeyEvent(event);
    } catch (const container::NoSuchElementException&) {
        return OUString();
    }
}

/// What a command is called in menus ("Bold" for .uno:Bold), or the command itself.
std::string lcl_label(const Reference<uno::XComponentContext>& context, const OUString& command)
{
    try {
        Reference<container::XNameAccess> commands(
            frame::theUICommandDescription::get(context)->getByName("com.sun.star.text.TextDocument"), UNO_QUERY_THROW);
        uno::Sequence<beans::PropertyValue> properties;
        if (commands->getByName(command) >>= properties)
            for (const beans::PropertyValue& property : properties) {
                OUString label;
                if (property.Name == "Label" && (property.Value >>= label) && !label.isEmpty())
                    return toUtf8(label.replaceAll("~", ""));
            }
    } catch (const uno::Exception&) {
    }
    return toUtf8(command);
}

std::vector<std::string> lcl_keysOf(const std::map<OUString, std::vector<std::string>>& chords, const OUString& command)
{
    const auto found = chords.find(command);
    return found == chords.end() ? std::vector<std::string>{} : found->second;
}

void lcl_store(const Reference<ui::XAcceleratorConfiguration>& configuration)
{
    Reference<ui::XUIConfigurationPersistence>(configuration, UNO_QUERY_THROW)->store();
}

} // namespace

Shortcuts::Shortcuts(const Reference<uno::XComponentContext>& context)
    : mxContext(context)
    , mxWriter(ui::theModuleUIConfigurationManagerSupplier::get(context)
                   ->getUIConfigurationManager("com.sun.star.text.TextDocument")
                   ->getShortCutManager(),
               UNO_QUERY_THROW)
    , mxGlobal(ui::GlobalAcceleratorConfiguration::create(context))
{
}

std::vector<Shortcuts::Entry> Shortcuts::entries(const Codebook& codebook, const UiText& text) const
{
    const auto chords = ourChords();
    std::vector<Entry> found;
    for (int slot = 1; slot <= static_cast<int>(Workbench::kRecentCodes); ++slot) {
        const OUString command = recentCodeCommand(slot);
        found.push_back({command, text.get(slot == 1 ? "ShortcutMostRecent" : "ShortcutRecent", {OUString::number(slot)}),
                         lcl_keysOf(chords, command)});
    }
    for (const Code& code : codebook.codes())
        if (code.codable && !code.retired) {
            const OUString command = codeAsCommand(code.id);
            found.push_back({command, text.get("ShortcutCodeAs", {toOUString(code.name)}), lcl_keysOf(chords, command)});
        }
    return found;
}

bool Shortcuts::isOurs(const OUString& command)
{
    return command.startsWith(OUString::createFromAscii(kCodeWithRecentCommand)) || command.startsWith(OUString::createFromAscii(kCodeAsCommand));
}

std::map<OUString, std::vector<std::string>> Shortcuts::ourChords() const
{
    // Not getKeyEventsByCommand: in LibreOffice 7.4 it throws for a command that has primary keys only.
    std::map<OUString, std::vector<std::string>> found;
    for (const awt::KeyEvent& event : mxWriter->getAllKeyEvents()) {
        const OUString command = lcl_commandIn(mxWriter, event);
        if (isOurs(command))
            if (const auto chord = lcl_chord(event))
                found[command].push_back(chord->text());
    }
    for (auto& [command, chords] : found)
        std::sort(chords.begin(), chords.end());
    return found;
}

std::vector<std::string> Shortcuts::chordsOf(const OUString& command) const
{
    return lcl_keysOf(ourChords(), command);
}

OUString Shortcuts::commandOf(const KeyChord& chord) const
{
    const awt::KeyEvent event = lcl_event(chord);
    const OUString writer = lcl_commandIn(mxWriter, event);
    return writer.isEmpty() ? lcl_commandIn(mxGlobal, event) : writer;
}

void Shortcuts::assign(const OUString& command, const KeyChord& chord)
{
    if (!isOurs(command))
        throw InvalidInput(Problem{"command", "only the Power Triangle's own commands get shortcuts here"});
    const OUString current = commandOf(chord);
    if (current == command && chordsOf(command).size() == 1)
        return;
    if (!current.isEmpty() && !isOurs(current))
        throw InvalidInput(Problem{"shortcut " + chord.text(),
                                   "LibreOffice uses it for \u201c" + lcl_label(mxContext, current) + "\u201d"
                                       + ": choose another, or free it in Tools > Customize > Keyboard first"});
    clear(command);
    mxWriter->setKeyEvent(lcl_event(chord), command); // replaces the binding of another command of ours
    lcl_store(mxWriter);
}

void Shortcuts::clear(const OUString& command)
{
    // Key by key: removeCommandFromAllKeyEvents has the same fault as getKeyEventsByCommand.
    bool removed = false;
    for (const awt::KeyEvent& event : mxWriter->getAllKeyEvents())
        if (lcl_commandIn(mxWriter, event) == command) {
            mxWriter->removeKeyEvent(event);
            removed = true;
        }
    if (removed)
        lcl_store(mxWriter);
}

} // namespace pt::extension
