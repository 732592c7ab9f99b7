#include "Callback.h"

#include "base/KeyTable.h"
#include "customers/ProtectedFiles.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cc {

namespace {

constexpr auto keysContext = "cc::CallbackKeys";

const QList<KeyName<CallbackReason>> reasons{
    {CallbackReason::Purchase3d, "purchase_3d",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "After purchase: first call")},
    {CallbackReason::Purchase30d, "purchase_30d",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "After purchase: second call")},
    {CallbackReason::Purchase60d, "purchase_60d",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "After purchase: third call")},
    {CallbackReason::Visit3d, "visit_3d",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "After a visit: first call")},
    {CallbackReason::Visit15d, "visit_15d",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "After a visit: second call")},
    {CallbackReason::ComplaintFollowup, "complaint_followup",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "Complaint follow-up")},
    {CallbackReason::Birthday, "birthday",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "Birthday greeting")},
    {CallbackReason::Holiday, "holiday", QT_TRANSLATE_NOOP("cc::CallbackKeys", "Holiday greeting")},
    {CallbackReason::Maintenance, "maintenance",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "Maintenance reminder")},
    {CallbackReason::Manual, "manual", QT_TRANSLATE_NOOP("cc::CallbackKeys", "Arranged call")},
};

const QList<KeyName<CallbackReason>> scripts{
    {CallbackReason::Purchase3d, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys",
                       "Ask how they are getting on with what they bought, and whether they "
                       "need help using it.")},
    {CallbackReason::Purchase30d, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys",
                       "Ask for their opinion of the product and of our service.")},
    {CallbackReason::Purchase60d, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys",
                       "Ask about the results after two months, and whether they would "
                       "recommend us.")},
    {CallbackReason::Visit3d, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys",
                       "Thank them for the visit and ask whether they found what they were "
                       "looking for.")},
    {CallbackReason::Visit15d, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys",
                       "Tell them about new arrivals or offers that match what they looked at.")},
    {CallbackReason::ComplaintFollowup, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys",
                       "Ask whether the way we resolved their complaint satisfied them, from 1 "
                       "to 5.")},
    {CallbackReason::Birthday, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "Wish them a happy birthday from the whole store.")},
    {CallbackReason::Holiday, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "Give them the store's greetings for the holiday.")},
    {CallbackReason::Maintenance, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys",
                       "Remind them that the product is due for servicing and offer a time.")},
    {CallbackReason::Manual, "",
     QT_TRANSLATE_NOOP("cc::CallbackKeys", "Call about what was arranged (see the note).")},
};

const QList<KeyName<CallbackStatus>> statuses{
    {CallbackStatus::Pending, "pending", QT_TRANSLATE_NOOP("cc::CallbackKeys", "To call")},
    {CallbackStatus::Done, "done", QT_TRANSLATE_NOOP("cc::CallbackKeys", "Done")},
    {CallbackStatus::Missed, "missed", QT_TRANSLATE_NOOP("cc::CallbackKeys", "Missed")},
    {CallbackStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("cc::CallbackKeys", "Cancelled")},
};

} // namespace

QString CallbackKeys::key(CallbackReason reason)
{
    return keyIn(reasons, reason);
}

QString CallbackKeys::key(CallbackStatus status)
{
    return keyIn(statuses, status);
}

std::optional<CallbackReason> CallbackKeys::reason(const QString& key)
{
    return valueIn(reasons, key);
}

std::optional<CallbackStatus> CallbackKeys::status(const QString& key)
{
    return valueIn(statuses, key);
}

QString CallbackKeys::displayName(CallbackReason reason)
{
    return nameIn(reasons, reason, keysContext);
}

QString CallbackKeys::displayName(CallbackStatus status)
{
    return nameIn(statuses, status, keysContext);
}

QString CallbackKeys::script(CallbackReason reason)
{
    return nameIn(scripts, reason, keysContext);
}

QList<CallbackReason> CallbackKeys::allReasons()
{
    QList<CallbackReason> all;
    for (const auto& entry : reasons)
        all.append(entry.value);
    return all;
}

bool CallbackKeys::asksSatisfaction(CallbackReason reason)
{
    return reason == CallbackReason::ComplaintFollowup || reason == CallbackReason::Purchase30d;
}

QDateTime CallbackRules::dueOn(const QDate& day, const std::optional<ContactHours>& hours) const
{
    QDate date = day;
    QTime time = callAt;
    if (hours) {
        if (time < hours->from) {
            time = hours->from;
        } else if (time > hours->until) {
            date = date.addDays(1);
            time = hours->from;
        }
    }
    return QDateTime(date, time, QTimeZone::systemTimeZone()).toUTC();
}

QString CallbackRules::problem() const
{
    const auto ascending = [](const QList<int>& days) {
        for (qsizetype i = 0; i < days.size(); ++i) {
            if (days.at(i) < 1 || days.at(i) > 730 || (i > 0 && days.at(i) <= days.at(i - 1)))
                return false;
        }
        return true;
    };
    if (purchaseDays.size() != 3 || !ascending(purchaseDays))
        return QCoreApplication::translate(
            keysContext, "After purchase: three numbers of days, each larger than the one "
                         "before (for example 3, 30, 60).");
    if (visitDays.size() != 2 || !ascending(visitDays))
        return QCoreApplication::translate(keysContext,
                                           "After a visit: two numbers of days, the second "
                                           "larger (for example 3, 15).");
    if (followupDays < 0 || followupDays > 30)
        return QCoreApplication::translate(keysContext,
                                           "Complaint follow-up: 0 to 30 days after resolving.");
    if (!callAt.isValid())
        return QCoreApplication::translate(keysContext, "Call at: a time of day such as 10:00.");
    if (maxTries < 1 || maxTries > 10)
        return QCoreApplication::translate(keysContext, "Tries: 1 to 10 calls without answer.");
    return {};
}

QList<int> CallbackRules::parseDays(const QString& text)
{
    QList<int> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok)
            return {};
        days.append(day);
    }
    return days;
}

QString CallbackRules::joinDays(const QList<int>& days)
{
    QStringList parts;
    for (int day : days)
        parts << QString::number(day);
    return parts.join(QLatin1Char(','));
}

int CallbackWorkload::onTimePercent() const
{
    const int finished = done30Days + missed30Days;
    return finished == 0 ? -1 : (onTime30Days * 100 + finished / 2) / finished;
}

bool screen(const Actor& by, Callback& callback)
{
    const ProtectedFiles::Sight sight = ProtectedFiles::sight(by, callback.customerGuard);
    if (sight != ProtectedFiles::Sight::Masked)
        return sight == ProtectedFiles::Sight::Recorded;
    callback.customerName = ProtectedFiles::maskName(callback.customerName);
    callback.phone = ProtectedFiles::maskPhone(callback.phone);
    callback.lastContact.clear(); // the file's own contact log
    callback.customerMasked = true;
    return false;
}

} // namespace cc
