#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <string>
#include <vector>

namespace cc::test {

/// Runs `step` on the next modal dialog that opens (QDialog::exec blocks the test),
/// after it is shown and laid out. The step must close the dialog.
void onNextModal(const std::function<void(QWidget* dialog)>& step);

/// The child of `root` with this object name, failing the test when there is none.
template <typename T>
T* child(QWidget* root, const QString& name)
{
    T* found = root->findChild<T*>(name);
    if (!found)
        throw std::runtime_error("no child named " + name.toStdString());
    return found;
}

/// Types text as a clerk would: ASCII key by key, Chinese through the input method
/// (an IME commit), since QTest::keyClicks handles only ASCII.
void typeText(QWidget* widget, const QString& text);

/// Makes `window` the active window and waits until it is (window shortcuts need it).
void activate(QWidget* window);

/// Selects `page` in the window's navigation list, as a click on its entry would.
void showPage(QWidget* window, QWidget* page);

/// Lets queued events and timers run for a moment.
void settle(int msecs = 20);

/// The widget that has the keyboard focus now (never null: fails the test when none has).
QWidget* focused();

/// Presses Tab (Shift+Tab when `backwards`) in the focused widget, as the clerk does, and
/// returns the object name of the widget that has the focus then (a std::string, so that
/// a failed check prints it).
std::string tab(bool backwards = false);
/// Presses Tab `count` times and returns the object name of the focused widget after each.
std::vector<std::string> tabs(int count, bool backwards = false);

} // namespace cc::test
