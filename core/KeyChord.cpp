#include "KeyChord.hpp"

#include "Problem.hpp"
#include "Whitespace.hpp"

#include <algorithm>
#include <cctype>

namespace pt {

namespace {

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

bool isFunctionKey(const std::string& key)
{
    if (key.size() < 2 || key.size() > 3 || key[0] != 'F' || !std::all_of(key.begin() + 1, key.end(), ::isdigit))
        return false;
    const int number = std::stoi(key.substr(1));
    return number >= 1 && number <= 12 && key[1] != '0';
}

[[noreturn]] void reject(const std::string& text, const std::string& why)
{
    throw InvalidInput(Problem{"shortcut \"" + text + "\"", why});
}

} // namespace

std::string KeyChord::text() const
{
    std::string spelled;
    if (ctrl)
        spelled += "Ctrl+";
    if (alt)
        spelled += "Alt+";
    if (shift)
        spelled += "Shift+";
    return spelled + key;
}

bool KeyChord::operator==(const KeyChord& other) const
{
    return key == other.key && ctrl == other.ctrl && alt == other.alt && shift == other.shift;
}

KeyChord parseKeyChord(const std::string& text)
{
    KeyChord chord;
    std::string rest = text;
    bool keySeen = false;
    while (true) {
        const auto plus = rest.find('+', 1); // a lone "+" would be the key itself: refused below
        const std::string part = upper(trimmed(rest.substr(0, plus)));
        if (part.empty())
            reject(text, "a part between \"+\" signs is empty");
        if (keySeen)
            reject(text, "the key must come last, after Ctrl, Alt and Shift");
        if (part == "CTRL" || part == "CONTROL")
            chord.ctrl = true;
        else if (part == "ALT")
            chord.alt = true;
        else if (part == "SHIFT")
            chord.shift = true;
        else {
            const bool letterOrDigit = part.size() == 1 && std::isalnum(static_cast<unsigned char>(part[0]));
            if (!letterOrDigit && !isFunctionKey(part))
                reject(text, "\"" + part + "\" is not a key that can be used: use a letter, a digit or F1 to F12");
            chord.key = part;
            keySeen = true;
        }
        if (plus == std::string::npos)
            break;
        rest = rest.substr(plus + 1);
    }
    if (!keySeen)
        reject(text, "no key: add a letter, a digit or F1 to F12 after the modifiers");
    if (chord.key.size() == 1 && !chord.ctrl && !chord.alt)
        reject(text, "a letter or digit needs Ctrl or Alt, or it would be typed instead");
    return chord;
}

} // namespace pt
