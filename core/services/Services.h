#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QString>

namespace cc {

class AccountService;
class AuditLog;
class AuditService;
class AutoBackup;
class BackupService;
class CallbackService;
class CallbackSettings;
class Clock;
class CompensationService;
class ComplaintService;
class ComplaintSettings;
class CustomerExport;
class CustomerImport;
class CustomerFiles;
class CustomerService;
class Database;
class DraftStore;
class ReportService;
class StoreService;
class StoreSettings;

/// One open store, as everything above core sees it: the services, each over the same
/// connection and clock, and what a screen shows of the store itself (where it lives,
/// whether it may be written). The GUI gets every service here instead of building it
/// from a connection, so no widget holds a Database.
///
/// A handle: copying it copies two references. The connection and the clock must outlive
/// it. Like the connection, it belongs to the thread that opened it; a background job
/// makes its own over its own connection.
class Services {
public:
    Services(Database& database, const Clock& clock);

    AccountService accounts() const;
    AuditLog auditLog() const;
    /// The audit chain: its verification and export.
    AuditService audit() const;
    StoreService store() const;
    StoreSettings settings() const;
    ComplaintSettings complaintSettings() const;
    CallbackSettings callbackSettings() const;
    DraftStore drafts() const;
    CustomerService customers() const;
    CustomerFiles customerFiles() const;
    CustomerImport customerImport() const;
    CustomerExport customerExport() const;
    ComplaintService complaints() const;
    CompensationService compensations() const;
    CallbackService callbacks() const;
    ReportService reports() const;
    BackupService backups() const;
    AutoBackup autoBackup() const;

    const Clock& clock() const { return *m_clock; }
    /// Where the store lives, as the user named it: what another connection to the same
    /// store (a background job's) opens.
    QString location() const;
    /// The schema version the store is at.
    int schemaVersion() const;
    /// Opened read-only, or writing stopped because the file was found damaged.
    bool isReadOnly() const;
    /// From now on nothing is written to the store (a check found it damaged).
    Status stopWriting() const;
    /// A whole-store check passed at `atUtc`: the next start need not repeat it.
    Status recordCheckPassed(const QDateTime& atUtc) const;
    /// The warning for a store on a network share, where SQLite's locking fails; "" when
    /// it is safe where it is.
    QString placeWarning() const;

private:
    Database* m_database;
    const Clock* m_clock;
};

} // namespace cc
