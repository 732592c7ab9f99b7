#include "Customer.h"

#include <utility>

namespace cc {

namespace {

template <typename E>
struct Entry {
    E value;
    const char* key;
    const char* name; // translated in the CustomerKeys context
};

template <typename E>
const QList<Entry<E>>& table();

template <>
const QList<Entry<Gender>>& table()
{
    static const QList<Entry<Gender>> entries{
        {Gender::Unknown, "", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Not given")},
        {Gender::Female, "f", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Female")},
        {Gender::Male, "m", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Male")}};
    return entries;
}

template <>
const QList<Entry<CustomerCategory>>& table()
{
    static const QList<Entry<CustomerCategory>> entries{
        {CustomerCategory::General, "general", QT_TRANSLATE_NOOP("cc::CustomerKeys", "General")},
        {CustomerCategory::Special, "special", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Special")}};
    return entries;
}

template <>
const QList<Entry<LoyaltyStage>>& table()
{
    static const QList<Entry<LoyaltyStage>> entries{
        {LoyaltyStage::Potential, "potential", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Potential")},
        {LoyaltyStage::Target, "target", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Target")},
        {LoyaltyStage::FirstPurchase, "first_purchase",
         QT_TRANSLATE_NOOP("cc::CustomerKeys", "First purchase")},
        {LoyaltyStage::Repeat, "repeat", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Repeat buyer")},
        {LoyaltyStage::LongTerm, "long_term", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Long-term")},
        {LoyaltyStage::Advocate, "advocate", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Advocate")},
        {LoyaltyStage::Unqualified, "unqualified",
         QT_TRANSLATE_NOOP("cc::CustomerKeys", "Unqualified")}};
    return entries;
}

template <>
const QList<Entry<CustomerStatus>>& table()
{
    static const QList<Entry<CustomerStatus>> entries{
        {CustomerStatus::Active, "active", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Active")},
        {CustomerStatus::Lost, "lost", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Lost")},
        {CustomerStatus::WonBack, "won_back", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Won back")}};
    return entries;
}

template <>
const QList<Entry<Confidentiality>>& table()
{
    static const QList<Entry<Confidentiality>> entries{
        {Confidentiality::Normal, "normal", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Normal")},
        {Confidentiality::Confidential, "confidential",
         QT_TRANSLATE_NOOP("cc::CustomerKeys", "Confidential")},
        {Confidentiality::Secret, "secret", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Secret")}};
    return entries;
}

template <>
const QList<Entry<Tier>>& table()
{
    static const QList<Entry<Tier>> entries{
        {Tier::Regular, "regular", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Regular")},
        {Tier::Silver, "silver", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Silver")},
        {Tier::Gold, "gold", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Gold")},
        {Tier::Vip, "vip", QT_TRANSLATE_NOOP("cc::CustomerKeys", "VIP")}};
    return entries;
}

template <>
const QList<Entry<ContactChannel>>& table()
{
    static const QList<Entry<ContactChannel>> entries{
        {ContactChannel::Phone, "phone", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Phone")},
        {ContactChannel::Visit, "visit", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Visit")},
        {ContactChannel::Sms, "sms", QT_TRANSLATE_NOOP("cc::CustomerKeys", "SMS")},
        {ContactChannel::Wechat, "wechat", QT_TRANSLATE_NOOP("cc::CustomerKeys", "WeChat")},
        {ContactChannel::Email, "email", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Email")},
        {ContactChannel::Letter, "letter", QT_TRANSLATE_NOOP("cc::CustomerKeys", "Letter")}};
    return entries;
}

} // namespace

template <typename E>
QString CustomerKeys::key(E value)
{
    for (const Entry<E>& entry : table<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E>
std::optional<E> CustomerKeys::fromKey(const QString& key)
{
    for (const Entry<E>& entry : table<E>()) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QString CustomerKeys::displayName(E value)
{
    for (const Entry<E>& entry : table<E>()) {
        if (entry.value == value)
            return tr(entry.name);
    }
    return {};
}

template <typename E>
QList<E> CustomerKeys::all()
{
    QList<E> values;
    for (const Entry<E>& entry : table<E>())
        values.append(entry.value);
    return values;
}

#define CC_INSTANTIATE_KEYS(E)                                                                     \
    template QString CustomerKeys::key<E>(E);                                                      \
    template std::optional<E> CustomerKeys::fromKey<E>(const QString&);                            \
    template QString CustomerKeys::displayName<E>(E);                                              \
    template QList<E> CustomerKeys::all<E>();

CC_INSTANTIATE_KEYS(Gender)
CC_INSTANTIATE_KEYS(CustomerCategory)
CC_INSTANTIATE_KEYS(LoyaltyStage)
CC_INSTANTIATE_KEYS(CustomerStatus)
CC_INSTANTIATE_KEYS(Confidentiality)
CC_INSTANTIATE_KEYS(Tier)
CC_INSTANTIATE_KEYS(ContactChannel)

qint64 Purchase::totalFen() const
{
    qint64 total = 0;
    for (const PurchaseLine& line : lines)
        total += line.totalFen();
    return total;
}

qint64 Purchase::profitFen() const
{
    qint64 total = 0;
    for (const PurchaseLine& line : lines)
        total += line.profitFen();
    return total;
}

QString erasedName()
{
    return QStringLiteral("\u2014");
}

} // namespace cc
