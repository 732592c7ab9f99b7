#include "GuardedDialog.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace cc::ui {

void GuardedDialog::reject()
{
    if (hasInput() && QMessageBox::question(
                          this, tr("Discard what you typed?"),
                          tr("Closing this window throws away what you typed in it. Close anyway?"),
                          QMessageBox::Discard | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

QDialogButtonBox* GuardedDialog::saveButtons(const QString& saveText,
                                             const std::function<void()>& onSave)
{
    auto* save = new QPushButton(saveText, this);
    save->setObjectName(QStringLiteral("save"));
    save->setProperty("primary", true);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save (Ctrl+S)"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(save, &QPushButton::clicked, this, onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &GuardedDialog::reject);
    return buttons;
}

} // namespace cc::ui
