#include "Compensation.h"

#include "base/KeyTable.h"
#include "customers/ProtectedFiles.h"

namespace cc {

namespace {

constexpr auto keysContext = "cc::CompensationKeys";

const QList<KeyName<CompensationKind>> kinds{
    {CompensationKind::Refund, "refund", QT_TRANSLATE_NOOP("cc::CompensationKeys", "Refund")},
    {CompensationKind::Exchange, "exchange", QT_TRANSLATE_NOOP("cc::CompensationKeys", "Exchange")},
    {CompensationKind::Repair, "repair", QT_TRANSLATE_NOOP("cc::CompensationKeys", "Free repair")},
    {CompensationKind::Voucher, "voucher", QT_TRANSLATE_NOOP("cc::CompensationKeys", "Voucher")},
    {CompensationKind::Gift, "gift", QT_TRANSLATE_NOOP("cc::CompensationKeys", "Gift")},
    {CompensationKind::Cash, "cash", QT_TRANSLATE_NOOP("cc::CompensationKeys", "Cash")},
    {CompensationKind::Upgrade, "upgrade",
     QT_TRANSLATE_NOOP("cc::CompensationKeys", "Service upgrade")},
};

const QList<KeyName<CompensationStatus>> statuses{
    {CompensationStatus::Pending, "pending",
     QT_TRANSLATE_NOOP("cc::CompensationKeys", "Waiting for approval")},
    {CompensationStatus::Approved, "approved",
     QT_TRANSLATE_NOOP("cc::CompensationKeys", "Approved")},
    {CompensationStatus::Rejected, "rejected",
     QT_TRANSLATE_NOOP("cc::CompensationKeys", "Rejected")},
};

} // namespace

QString CompensationKeys::key(CompensationKind kind)
{
    return keyIn(kinds, kind);
}

QString CompensationKeys::key(CompensationStatus status)
{
    return keyIn(statuses, status);
}

std::optional<CompensationKind> CompensationKeys::kind(const QString& key)
{
    return valueIn(kinds, key);
}

std::optional<CompensationStatus> CompensationKeys::status(const QString& key)
{
    return valueIn(statuses, key);
}

QString CompensationKeys::displayName(CompensationKind kind)
{
    return nameIn(kinds, kind, keysContext);
}

QString CompensationKeys::displayName(CompensationStatus status)
{
    return nameIn(statuses, status, keysContext);
}

QList<CompensationKind> CompensationKeys::allKinds()
{
    QList<CompensationKind> all;
    for (const auto& entry : kinds)
        all.append(entry.value);
    return all;
}

std::optional<qint64> AuthorityTable::limit(CompensationKind kind, Role role) const
{
    for (const Limit& entry : limits) {
        if (entry.kind == kind && entry.role == role)
            return entry.maxFen;
    }
    return qint64(0); // a role missing from the table grants nothing
}

bool AuthorityTable::covers(CompensationKind kind, Role role, qint64 amountFen) const
{
    const std::optional<qint64> most = limit(kind, role);
    return !most || amountFen <= *most;
}

std::optional<Role> AuthorityTable::lowestCovering(CompensationKind kind, qint64 amountFen) const
{
    for (Role role : Roles::all()) {
        if (covers(kind, role, amountFen))
            return role;
    }
    return std::nullopt;
}

bool screen(const Actor& by, Compensation& compensation)
{
    const ProtectedFiles::Sight sight = ProtectedFiles::sight(by, compensation.customerGuard);
    if (sight != ProtectedFiles::Sight::Masked)
        return sight == ProtectedFiles::Sight::Recorded;
    compensation.customerName = ProtectedFiles::maskName(compensation.customerName);
    compensation.customerMasked = true;
    return false;
}

} // namespace cc
