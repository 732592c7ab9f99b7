#pragma once

class QApplication;

namespace cc::ui {

/// The look of the counter screens: Fusion, a calm palette, CJK-friendly sizes.
void applyTheme(QApplication& app);

/// The colours that carry meaning, with text always beside them.
namespace colors {
inline constexpr const char* overdue = "#c62828";
inline constexpr const char* dueToday = "#b26a00";
inline constexpr const char* closed = "#757575";
inline constexpr const char* ok = "#2e7d32";
inline constexpr const char* accent = "#1f5fa8";
} // namespace colors

} // namespace cc::ui
