#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>

namespace pt::extension {

/// Where codebook templates are kept: a folder "powertriangle/codebooks" in the LibreOffice user profile.
std::filesystem::path codebookTemplateFolder(const css::uno::Reference<css::uno::XComponentContext>& context);

/// The prompts new reflection tables get, when the user has edited them: "powertriangle/prompts.json" in the
/// LibreOffice user profile.
std::filesystem::path reflectionPromptsFile(const css::uno::Reference<css::uno::XComponentContext>& context);

/// The team's list of identifying terms (staff, places) the pseudonymisation suggests:
/// "powertriangle/identifying-terms.csv" in the user profile (a key's form, replacements optional).
std::filesystem::path identifyingTermsFile(const css::uno::Reference<css::uno::XComponentContext>& context);

/// The coder name set in the sidebar: "powertriangle/coder.txt" in the user profile.
std::filesystem::path coderNameFile(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace pt::extension
