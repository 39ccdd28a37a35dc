#pragma once

namespace pt::extension {

/// The extension's dispatch commands (ProtocolHandler.xcu routes the protocol to CommandHandler).
/// Code the selection with the N-th most recently used code (N = 1 … 9): "…Slot=N".
constexpr char kCodeWithRecentCommand[] = "vnd.powertriangle:CodeWithRecent?Slot=";
/// Code the selection as a given code: "…Code=<id>".
constexpr char kCodeAsCommand[] = "vnd.powertriangle:CodeAs?Code=";

} // namespace pt::extension
