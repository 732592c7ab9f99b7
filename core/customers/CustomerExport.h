#pragma once

#include "accounts/Roles.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

class Clock;
class Database;

/// All customer files to a CSV that Excel opens (UTF-8 with BOM), with headers the import
/// reads back. Managers only; recorded in the audit log (seed 003: customer data leaving
/// the store needs the manager).
class CustomerExport {
    Q_DECLARE_TR_FUNCTIONS(cc::CustomerExport)

public:
    CustomerExport(Database& database, const Clock& clock);

    /// Returns the number of files written. Nothing is left behind on failure.
    Result<qint64> toCsv(const Actor& by, const QString& path);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
