#pragma once

#include "common/UiText.hxx"

#include "core/Codebook.hpp"
#include "core/KeyChord.hpp"

#include <com/sun/star/ui/XAcceleratorConfiguration.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <map>
#include <string>
#include <vector>

namespace pt::extension {

/// Writer's keyboard shortcuts for the extension's commands (coding with a recently used code, coding as a
/// given code), kept in the user's profile where Tools ▸ Customize ▸ Keyboard keeps its own: a shortcut
/// set here is listed there too and can be removed there. LibreOffice's own shortcuts are never taken over.
class Shortcuts {
public:
    explicit Shortcuts(const css::uno::Reference<css::uno::XComponentContext>& context);

    struct Entry {
        ::rtl::OUString command;
        ::rtl::OUString title;
        std::vector<std::string> chords;
    };
    /// What can have a shortcut: coding with the 1st … 9th most recently used code, then coding as each code
    /// of `codebook` that takes new codings.
    std::vector<Entry> entries(const Codebook& codebook, const UiText& text) const;

    /// Whether `command` is one of the extension's (CommandHandler makes them).
    static bool isOurs(const ::rtl::OUString& command);

    /// The chords that run `command` in Writer, canonical ("Ctrl+Alt+Shift+1").
    std::vector<std::string> chordsOf(const ::rtl::OUString& command) const;
    /// What `chord` runs now in Writer or in every module; empty when it is free.
    ::rtl::OUString commandOf(const KeyChord& chord) const;
    /// Makes `chord` the one shortcut of `command` (one of ours) and stores it. A chord of another of our
    /// commands moves over; a chord LibreOffice uses is refused (InvalidInput naming what it does).
    void assign(const ::rtl::OUString& command, const KeyChord& chord);
    /// Takes every shortcut off `command` and stores that.
    void clear(const ::rtl::OUString& command);

private:
    std::map<::rtl::OUString, std::vector<std::string>> ourChords() const;

    css::uno::Reference<css::uno::XComponentContext> mxContext;
    css::uno::Reference<css::ui::XAcceleratorConfiguration> mxWriter;
    css::uno::Reference<css::ui::XAcceleratorConfiguration> mxGlobal;
};

} // namespace pt::extension
