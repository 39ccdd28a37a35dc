#pragma once

#include <string>

namespace pt {

/// A keyboard shortcut as users write it: "Ctrl+Alt+Shift+T", "Alt+5", "F9". Only chords that type nothing
/// by themselves are accepted: a letter or digit needs Ctrl or Alt, so a shortcut never steals typing.
struct KeyChord {
    std::string key; ///< "A"…"Z", "0"…"9" or "F1"…"F12"
    bool ctrl = false;
    bool alt = false;
    bool shift = false;

    /// The canonical spelling: modifiers in the order Ctrl, Alt, Shift, then the key.
    std::string text() const;
    bool operator==(const KeyChord& other) const;
};

/// Reads what a user typed, in any case and with spaces around "+"; "Control" is understood too.
/// Throws InvalidInput saying what is wrong.
KeyChord parseKeyChord(const std::string& text);

} // namespace pt
