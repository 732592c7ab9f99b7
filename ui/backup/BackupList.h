#pragma once

#include <backup/AutoBackup.h>

#include <QCoreApplication>

class QTableWidget;

namespace cc::ui {

/// The table of backups shared by Admin → Backups and the damaged-file screen.
class BackupList {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::BackupList)

public:
    /// A table ready for fill(): whole rows selected, read-only, sized to its text.
    static void setUp(QTableWidget* table);
    /// Fills the table newest first: when made, size, whether a manifest vouches for it,
    /// and the folder. Each row's first item carries the file's path (Qt::UserRole).
    static void fill(QTableWidget* table, const QList<BackupEntry>& entries);
    /// The path of the selected row, or "" when none.
    static QString selected(const QTableWidget* table);
};

} // namespace cc::ui
