#pragma once

#include <Result.h>

class QLabel;
class QLineEdit;
class QWidget;

namespace cc::ui {

/// A red line under a form field that says what is wrong with it (hidden when empty).
QLabel* makeFieldError(QWidget* parent);
/// Shows `message` in a field-error label, or hides it when empty.
void setFieldError(QLabel* label, const QString& message);
/// Validation as the user types: shows the status's message under the field once the
/// field holds text (an untouched empty field stays quiet) and returns status.ok().
bool showFieldStatus(const QLineEdit* edit, QLabel* label, const Status& status);
/// The "repeat password" rule of every password form.
Status confirmMatches(const QString& password, const QString& repeated);

} // namespace cc::ui
