#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace pt::extension {

/// A filter of a file dialog: its title and pattern ("CSV files", "*.csv").
struct FileFilter {
    ::rtl::OUString title;
    ::rtl::OUString pattern;
};

/// The file the user picks in LibreOffice's file dialog (to save, or to open), or empty when they cancel;
/// `chosenFilter` tells which filter was chosen.
::rtl::OUString pickFile(const css::uno::Reference<css::uno::XComponentContext>& context, bool save,
                         const std::vector<FileFilter>& filters, ::rtl::OUString* chosenFilter = nullptr);

} // namespace pt::extension
