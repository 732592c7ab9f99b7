#include "CallbackSettings.h"

#include "accounts/Permissions.h"

namespace cc {

namespace {
const QString purchaseDaysKey = QStringLiteral("callback_purchase_days");
const QString visitDaysKey = QStringLiteral("callback_visit_days");
const QString followupDaysKey = QStringLiteral("callback_followup_days");
const QString callAtKey = QStringLiteral("callback_call_at");
const QString birthdaysKey = QStringLiteral("callback_birthdays");
const QString holidaysKey = QStringLiteral("callback_holidays");
const QString maxTriesKey = QStringLiteral("callback_max_tries");
} // namespace

CallbackSettings::CallbackSettings(Database& database, const Clock& clock)
    : m_settings(database, clock)
{}

Result<CallbackRules> CallbackSettings::callbackRules()
{
    CallbackRules rules;
    // A copy of the untouched rules (a second construction trips a GCC 12 -O2 false warning).
    const CallbackRules defaults = rules;
    QList<Result<QString>> stored;
    for (const QString& key : {purchaseDaysKey, visitDaysKey, followupDaysKey, callAtKey,
                               birthdaysKey, holidaysKey, maxTriesKey}) {
        stored.append(m_settings.value(key));
        if (!stored.constLast())
            return stored.constLast().error();
    }
    if (const QList<int> days = CallbackRules::parseDays(stored.at(0).value()); !days.isEmpty())
        rules.purchaseDays = days;
    if (const QList<int> days = CallbackRules::parseDays(stored.at(1).value()); !days.isEmpty())
        rules.visitDays = days;
    rules.followupDays = StoreSettings::storedInt(stored.at(2), 0, 30, defaults.followupDays);
    if (const QTime at = QTime::fromString(stored.at(3).value(), QStringLiteral("HH:mm"));
        at.isValid())
        rules.callAt = at;
    rules.birthdays = stored.at(4).value() != QLatin1String("0");
    rules.holidays = stored.at(5).value() != QLatin1String("0");
    rules.maxTries = StoreSettings::storedInt(stored.at(6), 1, 10, defaults.maxTries);
    // Stored rules that are no longer sound fall back to the defaults as a whole.
    return rules.problem().isEmpty() ? rules : defaults;
}

Status CallbackSettings::setCallbackRules(const Actor& by, const CallbackRules& rules)
{
    if (Status allowed = Permissions::require(by, Action::EditCallbackRules); !allowed)
        return allowed;
    if (const QString problem = rules.problem(); !problem.isEmpty())
        return makeError(ErrorCode::Validation, problem);
    return m_settings.setValues(
        by,
        {{purchaseDaysKey, CallbackRules::joinDays(rules.purchaseDays)},
         {visitDaysKey, CallbackRules::joinDays(rules.visitDays)},
         {followupDaysKey, QString::number(rules.followupDays)},
         {callAtKey, rules.callAt.toString(QStringLiteral("HH:mm"))},
         {birthdaysKey, rules.birthdays ? QStringLiteral("1") : QStringLiteral("0")},
         {holidaysKey, rules.holidays ? QStringLiteral("1") : QStringLiteral("0")},
         {maxTriesKey, QString::number(rules.maxTries)}},
        Action::EditCallbackRules);
}

} // namespace cc
