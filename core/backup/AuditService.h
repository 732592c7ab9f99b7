#pragma once

#include "accounts/AuditLog.h"

#include <QCoreApplication>

namespace cc {

/// The audit log as people use it: reading and exporting are a manager's, and an
/// export is itself audited.
class AuditService {
    Q_DECLARE_TR_FUNCTIONS(cc::AuditService)

public:
    AuditService(Database& database, const Clock& clock);

    Result<QList<AuditEntry>> list(const Actor& by, const AuditFilter& filter);
    /// The same entries one at a time (a script's copy of the whole log).
    Status each(const Actor& by, const AuditFilter& filter,
                const std::function<void(const AuditEntry&)>& visit);
    Result<AuditVerification> verify();
    /// Writes every entry matching `filter` (oldest first) to `path` as UTF-8 CSV with a
    /// BOM, then records the export. Returns the number of entries written.
    Result<qint64> exportCsv(const Actor& by, AuditFilter filter, const QString& path);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
