#include "ComplaintSettings.h"

namespace cc {

namespace {
const QString replyHoursKey = QStringLiteral("promise_reply_hours");
const QString resolveDaysKey = QStringLiteral("promise_resolve_days");
} // namespace

ComplaintSettings::ComplaintSettings(Database& database, const Clock& clock)
    : m_settings(database, clock)
{}

Result<ServicePromise> ComplaintSettings::servicePromise()
{
    Result<QString> reply = m_settings.value(replyHoursKey);
    if (!reply)
        return reply.error();
    Result<QString> resolve = m_settings.value(resolveDaysKey);
    if (!resolve)
        return resolve.error();
    ServicePromise promise;
    promise.replyWithinHours = StoreSettings::storedInt(reply, 1, 168, promise.replyWithinHours);
    promise.resolveWithinDays = StoreSettings::storedInt(resolve, 1, 30, promise.resolveWithinDays);
    return promise;
}

Status ComplaintSettings::setServicePromise(const Actor& by, const ServicePromise& promise)
{
    if (promise.replyWithinHours < 1 || promise.replyWithinHours > 168)
        return makeError(ErrorCode::Validation, tr("Reply within: 1 to 168 hours."));
    if (promise.resolveWithinDays < 1 || promise.resolveWithinDays > 30)
        return makeError(ErrorCode::Validation, tr("Resolve within: 1 to 30 days."));
    if (promise.resolveWithinDays * 24 < promise.replyWithinHours)
        return makeError(ErrorCode::Validation,
                         tr("Resolve within: cannot be sooner than the reply is due."));
    return m_settings.setValues(by, {{replyHoursKey, QString::number(promise.replyWithinHours)},
                                     {resolveDaysKey, QString::number(promise.resolveWithinDays)}});
}

} // namespace cc
