#include "FormSupport.h"

#include "Theme.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace cc::ui {

FigureCard makeFigureCard(QWidget* parent, const QString& title)
{
    auto* card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card"));
    auto* heading = new QLabel(title, card);
    heading->setObjectName(QStringLiteral("cardTitle"));
    auto* value = new QLabel(card);
    value->setObjectName(QStringLiteral("cardValue"));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addStretch();
    return {card, value};
}

QLabel* makeFieldError(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void setFieldError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void showOutcome(QLabel* label, const QString& message, bool refused)
{
    label->setStyleSheet(
        QStringLiteral("color:%1").arg(QLatin1String(refused ? colors::overdue : colors::ok)));
    label->setText(message);
}

bool showFieldStatus(const QLineEdit* edit, QLabel* label, const Status& status)
{
    setFieldError(label, !status && !edit->text().isEmpty() ? status.error().message : QString());
    return status.ok();
}

Status confirmMatches(const QString& password, const QString& repeated)
{
    if (password == repeated)
        return {};
    return makeError(ErrorCode::Validation,
                     QCoreApplication::translate("cc::ui::FormSupport",
                                                 "Repeat password: the two passwords differ."));
}

void addChips(QWidget* parent, QHBoxLayout* row, QButtonGroup* group, const QList<Chip>& chips)
{
    for (const Chip& chip : chips) {
        auto* button = new QPushButton(chip.text, parent);
        button->setObjectName(chip.objectName);
        button->setCheckable(true);
        group->addButton(button, chip.id);
        row->addWidget(button);
    }
    group->setExclusive(true);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool notGiven = !specialValueText().isEmpty() && date() == minimumDate();
    if (notGiven && !event->text().isEmpty() && event->text().front().isDigit()) {
        // Today's date as the frame the typed digits overwrite, from the first part on.
        setDate(QDate::currentDate());
        setSelectedSection(sectionAt(0));
    }
    QDateEdit::keyPressEvent(event);
}

void setTabOrderOf(const QList<QWidget*>& widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace cc::ui
