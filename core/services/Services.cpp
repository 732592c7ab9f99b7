#include "Services.h"

#include "accounts/AccountService.h"
#include "accounts/AuditLog.h"
#include "backup/AuditService.h"
#include "backup/AutoBackup.h"
#include "backup/BackupService.h"
#include "callbacks/CallbackScheduler.h"
#include "callbacks/CallbackService.h"
#include "callbacks/CallbackSettings.h"
#include "compensation/CompensationService.h"
#include "complaints/ComplaintService.h"
#include "complaints/ComplaintSettings.h"
#include "customers/CustomerExport.h"
#include "customers/CustomerImport.h"
#include "customers/CustomerService.h"
#include "overview/CustomerFiles.h"
#include "reports/ReportService.h"
#include "storage/Database.h"
#include "storage/FileCheckSchedule.h"
#include "storage/StorageCheck.h"
#include "store/DraftStore.h"
#include "store/StoreService.h"
#include "store/StoreSettings.h"

namespace cc {

Services::Services(Database& database, const Clock& clock)
    : m_database(&database)
    , m_clock(&clock)
{}

AccountService Services::accounts() const
{
    return AccountService(*m_database, *m_clock);
}
AuditLog Services::auditLog() const
{
    return AuditLog(*m_database, *m_clock);
}
AuditService Services::audit() const
{
    return AuditService(*m_database, *m_clock);
}
StoreService Services::store() const
{
    return StoreService(*m_database, *m_clock);
}
StoreSettings Services::settings() const
{
    return StoreSettings(*m_database, *m_clock);
}
ComplaintSettings Services::complaintSettings() const
{
    return ComplaintSettings(*m_database, *m_clock);
}
CallbackSettings Services::callbackSettings() const
{
    return CallbackSettings(*m_database, *m_clock);
}
DraftStore Services::drafts() const
{
    return DraftStore(*m_database, *m_clock);
}
CustomerService Services::customers() const
{
    return CustomerService(*m_database, *m_clock,
                           std::make_shared<CallbackScheduler>(*m_database, *m_clock));
}
CustomerFiles Services::customerFiles() const
{
    return CustomerFiles(*m_database, *m_clock);
}
CustomerImport Services::customerImport() const
{
    return CustomerImport(*m_database, *m_clock);
}
CustomerExport Services::customerExport() const
{
    return CustomerExport(*m_database, *m_clock);
}
ComplaintService Services::complaints() const
{
    return ComplaintService(*m_database, *m_clock,
                            std::make_shared<CallbackScheduler>(*m_database, *m_clock));
}
CompensationService Services::compensations() const
{
    return CompensationService(*m_database, *m_clock);
}
CallbackService Services::callbacks() const
{
    return CallbackService(*m_database, *m_clock);
}
ReportService Services::reports() const
{
    return ReportService(*m_database, *m_clock);
}
BackupService Services::backups() const
{
    return BackupService(*m_database, *m_clock);
}
AutoBackup Services::autoBackup() const
{
    return AutoBackup(*m_database, *m_clock);
}

QString Services::location() const
{
    return m_database->path();
}
int Services::schemaVersion() const
{
    return m_database->schemaVersion();
}
bool Services::isReadOnly() const
{
    return m_database->isReadOnly();
}
Status Services::stopWriting() const
{
    return m_database->stopWriting();
}

Status Services::recordCheckPassed(const QDateTime& atUtc) const
{
    return FileCheckSchedule::recordPassed(*m_database, atUtc);
}

QString Services::placeWarning() const
{
    return StorageCheck::networkShareWarning(m_database->path());
}

} // namespace cc
