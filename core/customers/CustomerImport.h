#pragma once

#include "accounts/Roles.h"
#include "base/CsvReader.h"
#include "base/Progress.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

class Clock;
class Database;

struct ImportProblem {
    int line = 0;
    QString message;
};

struct ImportReport {
    int rows = 0;     ///< data rows read
    int imported = 0; ///< files created (0 on a dry run or when anything is wrong)
    bool dryRun = false;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QList<ImportProblem> errors; ///< every bad line; any error means nothing is imported
    QStringList ignoredColumns;  ///< header cells that map to no field
};

/// Customer files from a CSV file (the till's export, or a sheet saved from Excel).
/// All or nothing: every bad line is reported, and one bad line imports nothing.
class CustomerImport {
    Q_DECLARE_TR_FUNCTIONS(cc::CustomerImport)

public:
    CustomerImport(Database& database, const Clock& clock);

    /// Reads, checks and (unless `dryRun`) imports. A file that cannot be read or has no
    /// name and phone columns is an error; bad rows come back in the report.
    /// `progress` hears the share done and may cancel: a cancelled import keeps nothing.
    Result<ImportReport> run(const Actor& by, const QString& path, CsvEncoding encoding,
                             bool dryRun, const Progress& progress = {});

    /// The same on bytes already in memory (the GUI wizard previews before importing).
    Result<ImportReport> runOnBytes(const Actor& by, const QByteArray& bytes,
                                    const QString& sourceName, CsvEncoding encoding, bool dryRun,
                                    const Progress& progress = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
