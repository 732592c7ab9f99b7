#include "ProtectedFiles.h"

#include "accounts/AuditLog.h"
#include "accounts/Permissions.h"
#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace cc {

bool ProtectedFiles::maySee(const Actor& by, const FileGuard& guard)
{
    switch (guard.confidentiality) {
    case Confidentiality::Normal:
        return Permissions::allows(by.role, Action::ViewCustomers);
    case Confidentiality::Confidential:
        return Permissions::allows(by.role, Action::ViewConfidentialFiles) ||
               (by.userId && *by.userId == guard.ownerId);
    case Confidentiality::Secret:
        return Permissions::allows(by.role, Action::ViewSecretFiles);
    }
    return false;
}

QString ProtectedFiles::maskName(const QString& name)
{
    const QList<uint> chars = name.toUcs4();
    if (chars.isEmpty())
        return name;
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()), 1) +
           QString(std::max<qsizetype>(chars.size() - 1, 1), QLatin1Char('*'));
}

QString ProtectedFiles::maskPhone(const QString& e164)
{
    if (e164.size() <= 8)
        return QString(e164.size(), QLatin1Char('*'));
    return e164.left(6) + QString(e164.size() - 10, QLatin1Char('*')) + e164.right(4);
}

ProtectedFiles::Sight ProtectedFiles::sight(const Actor& by, const FileGuard& guard)
{
    if (guard.confidentiality == Confidentiality::Normal)
        return Sight::Open;
    return maySee(by, guard) ? Sight::Recorded : Sight::Masked;
}

void ProtectedFiles::recordViews(Database& database, const Clock& clock, const Actor& by,
                                 const QString& where, QStringList fileNos)
{
    if (fileNos.isEmpty() || database.isReadOnly())
        return;
    std::sort(fileNos.begin(), fileNos.end());
    fileNos.erase(std::unique(fileNos.begin(), fileNos.end()), fileNos.end());
    // A refresh of the same list is the same view.
    static QMutex mutex;
    static QHash<QString, QDateTime> recent;
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(database.path(), QString::number(by.userId.value_or(0)), where,
                                 fileNos.join(QLatin1Char(',')));
    const QDateTime now = clock.nowUtc();
    {
        QMutexLocker locked(&mutex);
        const auto seen = recent.constFind(key);
        if (seen != recent.constEnd() && seen.value() <= now && seen.value().secsTo(now) < 600)
            return;
        if (recent.size() > 1000)
            recent.clear();
        recent.insert(key, now);
    }
    WriteTransaction transaction(database);
    if (!transaction.begin())
        return;
    const QStringList shown = fileNos.mid(0, 50);
    QString files = shown.join(QLatin1Char(' '));
    if (fileNos.size() > shown.size())
        files += QStringLiteral(" …");
    if (!AuditLog(database, clock)
             .append(
                 by, QStringLiteral("customer.view_protected"), QStringLiteral("customer"),
                 fileNos.size() == 1 ? fileNos.constFirst() : QString(),
                 AuditLog::details({{QStringLiteral("where"), where},
                                    {QStringLiteral("files"), files},
                                    {QStringLiteral("count"), QString::number(fileNos.size())}})))
        return;
    (void)transaction.commit();
}

} // namespace cc
