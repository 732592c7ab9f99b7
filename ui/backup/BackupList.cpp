#include "BackupList.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace cc::ui {

void BackupList::setUp(QTableWidget* table)
{
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Made"), tr("Size"), tr("Manifest"), tr("Folder")});
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

void BackupList::fill(QTableWidget* table, const QList<BackupEntry>& entries)
{
    const QLocale locale;
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const BackupEntry& entry = entries.at(row);
        auto* made = new QTableWidgetItem(
            locale.toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm (ddd)")));
        made->setData(Qt::UserRole, entry.path);
        made->setToolTip(QDir::toNativeSeparators(entry.path));
        auto* size = new QTableWidgetItem(locale.formattedDataSize(entry.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* manifest =
            new QTableWidgetItem(entry.hasManifest ? tr("Checked when made") : tr("No manifest"));
        auto* folder =
            new QTableWidgetItem(QDir::toNativeSeparators(QFileInfo(entry.path).absolutePath()));
        table->setItem(row, 0, made);
        table->setItem(row, 1, size);
        table->setItem(row, 2, manifest);
        table->setItem(row, 3, folder);
    }
    if (!entries.isEmpty())
        table->selectRow(0);
}

QString BackupList::selected(const QTableWidget* table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return {};
    return table->item(row, 0)->data(Qt::UserRole).toString();
}

} // namespace cc::ui
