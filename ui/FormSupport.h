#pragma once

#include <base/Result.h>

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QTimeEdit>

class QButtonGroup;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace cc::ui {

/// A figure in a card, as the dashboard and the reports show one: its title above, its
/// value below in large type (styled by the theme through the object names `card`,
/// `cardTitle` and `cardValue`). The caller places `card` and fills `value`.
struct FigureCard {
    QFrame* card;
    QLabel* value;
};
FigureCard makeFigureCard(QWidget* parent, const QString& title);

/// A red line under a form field that says what is wrong with it (hidden when empty).
QLabel* makeFieldError(QWidget* parent);
/// Shows `message` in a field-error label, or hides it when empty.
void setFieldError(QLabel* label, const QString& message);
/// The line under a form or tab that says how a save went: red when refused, green when done.
void showOutcome(QLabel* label, const QString& message, bool refused);
/// Validation as the user types: shows the status's message under the field once the
/// field holds text (an untouched empty field stays quiet) and returns status.ok().
bool showFieldStatus(const QLineEdit* edit, QLabel* label, const Status& status);
/// One chip of a list's filter row: its button-group id, its text and object name.
struct Chip {
    int id;
    QString text;
    QString objectName;
};
/// Adds exclusive, checkable chips to `row` and `group`.
void addChips(QWidget* parent, QHBoxLayout* row, QButtonGroup* group, const QList<Chip>& chips);
/// A date field that one Tab leaves, as every other field: Qt's own moves from day to
/// month to year first. Typing fills the parts in turn; ← and → move between them. When it
/// shows its "not given" text, typing a digit starts a date instead of being ignored.
class DateEdit : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
    void keyPressEvent(QKeyEvent* event) override;
};
/// A date-and-time field that one Tab leaves (see DateEdit).
class DateTimeEdit : public QDateTimeEdit {
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};
/// A time field that one Tab leaves (see DateEdit).
class TimeEdit : public QTimeEdit {
public:
    using QTimeEdit::QTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

/// Sets the Tab order of a form to `widgets`, in that order (Qt 6.4 has no list overload);
/// null entries, fields a variant of the form does not have, are left out.
void setTabOrderOf(const QList<QWidget*>& widgets);
/// The "repeat password" rule of every password form.
Status confirmMatches(const QString& password, const QString& repeated);

} // namespace cc::ui
