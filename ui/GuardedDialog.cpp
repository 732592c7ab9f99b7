#include "GuardedDialog.h"

#include <QMessageBox>

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

} // namespace cc::ui
