#include "Complaint.h"

#include "base/KeyTable.h"
#include "customers/ProtectedFiles.h"

namespace cc {

namespace {

constexpr auto keysContext = "cc::ComplaintKeys";

const QList<KeyName<ComplaintChannel>> channels{
    {ComplaintChannel::WalkIn, "walk_in", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Walk-in")},
    {ComplaintChannel::Phone, "phone", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Phone")},
    {ComplaintChannel::Written, "written", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Written")},
    {ComplaintChannel::Online, "online", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Online")},
    {ComplaintChannel::HeadOffice, "head_office",
     QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Head-office referral")},
};
const QList<KeyName<ComplaintCategory>> categories{
    {ComplaintCategory::Quality, "quality",
     QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Product quality")},
    {ComplaintCategory::Service, "service",
     QT_TRANSLATE_NOOP("cc::ComplaintKeys", "After-sales service")},
    {ComplaintCategory::Price, "price", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Price")},
    {ComplaintCategory::Attitude, "attitude",
     QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Staff attitude")},
    {ComplaintCategory::Delivery, "delivery", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Delivery")},
    {ComplaintCategory::Other, "other", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Other")},
};
const QList<KeyName<ComplaintDemand>> demands{
    {ComplaintDemand::None, "", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Not said")},
    {ComplaintDemand::Refund, "refund", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Refund")},
    {ComplaintDemand::Exchange, "exchange", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Exchange")},
    {ComplaintDemand::Repair, "repair", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Repair")},
    {ComplaintDemand::Compensation, "compensation",
     QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Compensation")},
    {ComplaintDemand::Apology, "apology", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Apology")},
    {ComplaintDemand::Other, "other", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Other")},
};
const QList<KeyName<ComplaintFlag>> flags{
    {ComplaintFlag::Media, "media", ""},   {ComplaintFlag::Regulator, "regulator", ""},
    {ComplaintFlag::Group, "group", ""},   {ComplaintFlag::Manufacturer, "manufacturer", ""},
    {ComplaintFlag::Safety, "safety", ""},
};
const QList<KeyName<Severity>> severities{
    {Severity::General, "general", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "General case")},
    {Severity::Major, "major", QT_TRANSLATE_NOOP("cc::ComplaintKeys", "Major")},
};

} // namespace

QString ComplaintKeys::key(ComplaintChannel value)
{
    return keyIn(channels, value);
}
QString ComplaintKeys::key(ComplaintCategory value)
{
    return keyIn(categories, value);
}
QString ComplaintKeys::key(ComplaintDemand value)
{
    return keyIn(demands, value);
}
QString ComplaintKeys::key(ComplaintFlag value)
{
    return keyIn(flags, value);
}
QString ComplaintKeys::key(Severity value)
{
    return keyIn(severities, value);
}
std::optional<ComplaintChannel> ComplaintKeys::channel(const QString& key)
{
    return valueIn(channels, key);
}
std::optional<ComplaintCategory> ComplaintKeys::category(const QString& key)
{
    return valueIn(categories, key);
}
std::optional<ComplaintDemand> ComplaintKeys::demand(const QString& key)
{
    return valueIn(demands, key);
}
std::optional<ComplaintFlag> ComplaintKeys::flag(const QString& key)
{
    return valueIn(flags, key);
}
std::optional<Severity> ComplaintKeys::severity(const QString& key)
{
    return valueIn(severities, key);
}
QString ComplaintKeys::displayName(ComplaintChannel value)
{
    return nameIn(channels, value, keysContext);
}
QString ComplaintKeys::displayName(ComplaintCategory value)
{
    return nameIn(categories, value, keysContext);
}
QString ComplaintKeys::displayName(ComplaintDemand value)
{
    return nameIn(demands, value, keysContext);
}
QString ComplaintKeys::displayName(Severity value)
{
    return nameIn(severities, value, keysContext);
}

bool screen(const Actor& by, Complaint& complaint)
{
    const ProtectedFiles::Sight sight = ProtectedFiles::sight(by, complaint.customerGuard);
    if (sight != ProtectedFiles::Sight::Masked)
        return sight == ProtectedFiles::Sight::Recorded;
    complaint.customerName = ProtectedFiles::maskName(complaint.customerName);
    complaint.customerMasked = true;
    return false;
}

} // namespace cc
