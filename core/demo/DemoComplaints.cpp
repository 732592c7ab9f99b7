// The demo store's complaints with their timelines, compensation and calls.
#include "DemoGenerator.h"
#include "base/ChineseText.h"
#include "base/Clock.h"
#include "base/SearchKeys.h"
#include "complaints/Complaint.h"
#include "customers/CustomerService.h"

#include <algorithm>
#include <limits>

namespace cc::demo {

namespace {

// "%1 broke within a month": the product named where the customer's words name it.
QString describe(const QString& words, const QString& product)
{
    return words.contains(QLatin1String("%1")) ? words.arg(product) : words;
}

} // namespace

// One step of a case's timeline, as the complaint service writes it.
struct Step {
    qint64 at;
    ComplaintStatus from;
    ComplaintStatus to;
    const StaffMember* actor;
    QString note;
};

Status Generator::complaints(DemoReport& report)
{
    const qint64 count = m_options.complaints;
    if (count == 0)
        return checkpoint(85);
    Statement complaint(m_writer, R"sql(
        INSERT INTO complaints (id, number, day, seq, customer_id, channel, category,
            description, demand, product, receipt_no, purchase_date, price_fen, about_staff_id,
            flags, severity, severity_reasons, status, handler_id, received_at, reply_due,
            resolve_due, escalate_due, escalated_at, resolution, satisfaction, created_by,
            created_at, updated_at, resolved_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?20, ?28, ?29))sql");
    Statement event(m_writer, R"sql(
        INSERT INTO complaint_events (complaint_id, at, actor_id, actor, kind, from_status,
            to_status, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    Statement custody(m_writer, R"sql(
        INSERT INTO custody_items (complaint_id, item, condition, sent_to, taken_at, taken_by,
            returned_at, returned_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    Statement compensation(m_writer, R"sql(
        INSERT INTO compensations (complaint_id, customer_id, kind, amount_fen, reason,
            requested_by, requested_at, status, approver_role, decided_by, decided_at,
            granted_fen, comment, authority_version)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))sql");
    Statement callback(m_writer, R"sql(
        INSERT INTO callbacks (id, customer_id, reason, source, complaint_id, due_at, status,
            assignee_id, attempts, note, outcome, satisfaction, created_at, created_by,
            finished_at, finished_by)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16))sql");
    Statement contact(m_writer, R"sql(
        INSERT INTO contacts (customer_id, at, channel, user_id, note, callback_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");

    // Received in opening hours on days spread over three years, numbered in order.
    std::vector<qint64> times(static_cast<size_t>(count));
    for (qint64& at : times) {
        at = openingTime(m_random.below(spanDays + 1));
        if (at > m_nowMs)
            at = m_nowMs - m_random.below(6 * hourMs) - 60'000;
    }
    std::sort(times.begin(), times.end());
    std::vector<qint64> lastComplaint(m_customers.size(), std::numeric_limits<qint64>::min() / 2);

    // Demands by category (none, refund, exchange, repair, compensation, apology, other).
    static const std::initializer_list<int> demandWeights[] = {
        {5, 20, 25, 40, 5, 3, 2}, {10, 5, 5, 40, 25, 10, 5}, {10, 60, 0, 0, 25, 0, 5},
        {20, 0, 0, 0, 5, 70, 5},  {10, 10, 30, 0, 40, 5, 5}, {30, 0, 0, 0, 10, 30, 30}};
    const QString cancelNote = m_words.withdrawn;
    const QString escalationNote = m_words.reported;
    const QString receivedKey = ComplaintRules::statusKey(ComplaintStatus::Received);
    const qint64 followupsFrom = m_nowMs - 180 * dayMs;

    QString day;
    int sequence = 0;
    for (qint64 j = 0; j < count; ++j) {
        const qint64 id = m_firstComplaintId + j;
        const qint64 at = times[size_t(j)];
        const qint64 span = qint64(customerSpanDays) * dayMs;
        const qint64 known = std::clamp<qint64>(
            qint64(double(m_customers.size()) * double(at - (m_nowMs - span)) / double(span)), 1,
            qint64(m_customers.size()));
        const qint64 customer = m_random.below(known);
        const qint64 customerId = m_firstCustomerId + customer;
        const auto category =
            static_cast<ComplaintCategory>(m_random.weighted({35, 20, 12, 13, 12, 8}));
        const auto channel = static_cast<ComplaintChannel>(m_random.weighted({45, 35, 5, 12, 3}));
        const auto demand =
            static_cast<ComplaintDemand>(m_random.weighted(demandWeights[int(category)]));
        const PurchaseSeed* bought = m_random.chance(0.8) ? purchaseBefore(customer, at) : nullptr;
        const DemoVocabulary::Product& product = m_words.products.at(
            bought ? bought->product : m_random.skewed(m_words.products.size()));
        QList<ComplaintFlag> flags;
        if (m_random.chance(0.006))
            flags << static_cast<ComplaintFlag>(m_random.below(5));
        const StaffMember* about = category == ComplaintCategory::Attitude && m_random.chance(0.6)
                                       ? &m_random.pick(m_clerks)
                                       : nullptr;

        SeverityFacts facts;
        facts.flags = flags;
        facts.repeatWithin90Days = at - lastComplaint[size_t(customer)] <= 90 * dayMs;
        facts.demand = demand;
        facts.priceFen = bought ? bought->priceFen : 0;
        facts.majorAmountFen = m_majorAmountFen;
        QStringList reasons;
        const Severity severity = ComplaintRules::severity(facts, &reasons);
        lastComplaint[size_t(customer)] = at;

        const StaffMember* handler = nullptr;
        do {
            handler = severity == Severity::Major ? &m_random.pick(m_supervisors)
                                                  : &m_random.pick(m_clerks);
        } while (handler == about);
        const StaffMember* receiver = m_random.chance(0.7) ? handler : &m_random.pick(m_clerks);
        if (receiver == about)
            receiver = handler;

        const QString today = localDay(at, "yyyyMMdd");
        sequence = today == day ? sequence + 1 : 1;
        day = today;
        const QString number =
            QStringLiteral("TS-%1-%2").arg(day).arg(sequence, 4, 10, QLatin1Char('0'));

        // Where the case ends up, and how far it has got by now.
        enum Fate { Closed, Cancelled, StuckResolved, StuckInProgress, StuckReceived };
        // Cases left open are recent ones: older cases were closed or withdrawn long ago.
        auto fate = static_cast<Fate>(m_random.weighted({930, 40, 15, 10, 5}));
        if (fate > Cancelled && at < m_nowMs - 45 * dayMs)
            fate = Closed;
        QList<Step> steps;
        const qint64 started = at + m_random.between(hourMs / 2, 30 * hourMs);
        qint64 resolveFrom = started;

        // Compensation asked for while the case is handled.
        bool compensated = false;
        CompensationKind kind = CompensationKind::Gift;
        qint64 amount = 0;
        std::optional<Role> approver;
        qint64 requestedAt = 0;
        qint64 decidedAt = 0;
        bool approved = true;
        bool within = false;
        const bool handled = fate == Closed || fate == StuckResolved || fate == StuckInProgress;
        if (handled && demand != ComplaintDemand::None && demand != ComplaintDemand::Apology &&
            demand != ComplaintDemand::Other && m_random.chance(0.2)) {
            switch (demand) {
            case ComplaintDemand::Refund:
                kind = CompensationKind::Refund;
                amount = bought ? bought->priceFen : qint64(product.priceYuan) * 100;
                break;
            case ComplaintDemand::Exchange:
                kind = CompensationKind::Exchange;
                amount = bought ? bought->priceFen : qint64(product.priceYuan) * 100;
                break;
            case ComplaintDemand::Repair:
                kind = CompensationKind::Repair;
                amount = m_random.between(100, 800) * 100;
                break;
            default:
                kind = m_random.chance(0.5) ? CompensationKind::Voucher
                                            : (m_random.chance(0.6) ? CompensationKind::Gift
                                                                    : CompensationKind::Cash);
                amount = m_random.between(20, 300) * 100;
                break;
            }
            approver = m_authority.lowestCovering(kind, amount);
            if (approver) {
                requestedAt = started + m_random.between(hourMs, 24 * hourMs);
                within = m_authority.covers(kind, handler->role, amount);
                decidedAt =
                    within ? requestedAt : requestedAt + m_random.between(2 * hourMs, 48 * hourMs);
                approved = within || !m_random.chance(0.15);
                resolveFrom = decidedAt;
            }
            compensated = approver.has_value();
        }

        // Most within the promise; one in ten takes longer.
        const qint64 resolved =
            resolveFrom + (m_random.chance(0.9) ? m_random.between(2 * hourMs, 50 * hourMs)
                                                : m_random.between(50 * hourMs, 120 * hourMs));
        const qint64 followupDue = nextMorning(resolved);
        const qint64 closed = followupDue + m_random.between(10 * 60'000, 6 * hourMs);
        const int satisfaction = 5 - m_random.weighted({45, 30, 13, 7, 5});
        const QString resolution = m_random.pick(m_words.resolutions);
        if (fate == Cancelled) {
            steps.append({at + m_random.between(hourMs, 48 * hourMs), ComplaintStatus::Received,
                          ComplaintStatus::Cancelled, handler, cancelNote});
        } else if (fate != StuckReceived) {
            steps.append(
                {started, ComplaintStatus::Received, ComplaintStatus::InProgress, handler, {}});
            if (compensated && !within) {
                steps.append({requestedAt,
                              ComplaintStatus::InProgress,
                              ComplaintStatus::AwaitingApproval,
                              handler,
                              {}});
                steps.append({decidedAt,
                              ComplaintStatus::AwaitingApproval,
                              ComplaintStatus::InProgress,
                              handler,
                              {}});
            }
            if (fate != StuckInProgress)
                steps.append({resolved, ComplaintStatus::InProgress, ComplaintStatus::Resolved,
                              handler, resolution});
            if (fate == Closed)
                steps.append(
                    {closed, ComplaintStatus::Resolved, ComplaintStatus::Closed, handler, {}});
        }
        while (!steps.isEmpty() && steps.constLast().at > m_nowMs)
            steps.removeLast();
        const ComplaintStatus status =
            steps.isEmpty() ? ComplaintStatus::Received : steps.constLast().to;
        const bool reachedResolve =
            status == ComplaintStatus::Resolved || status == ComplaintStatus::Closed;
        const qint64 escalatedAt = at + m_random.between(hourMs, 20 * hourMs);
        const bool escalated =
            severity == Severity::Major && escalatedAt <= m_nowMs && m_random.chance(0.95);

        const QDateTime receivedUtc = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        QStringList flagKeys;
        for (ComplaintFlag flag : flags)
            flagKeys << ComplaintKeys::key(flag);
        complaint.bind(1, id)
            .bind(2, number)
            .bind(3, day)
            .bind(4, qint64(sequence))
            .bind(5, customerId)
            .bind(6, ComplaintKeys::key(channel))
            .bind(7, ComplaintKeys::key(category))
            .bind(8, describe(m_random.pick(m_words.descriptions.at(int(category))), product.name))
            .bind(9, ComplaintKeys::key(demand))
            .bind(10, product.name)
            .bind(11, bought ? receipt(*bought) : QString())
            .bind(12, bought ? localDay(bought->at, "yyyy-MM-dd") : QString())
            .bind(13, bought ? std::optional<qint64>(bought->priceFen) : std::nullopt)
            .bind(14, about ? std::optional<qint64>(about->id) : std::nullopt)
            .bind(15, flagKeys.join(QLatin1Char(',')))
            .bind(16, ComplaintKeys::key(severity))
            .bind(17, reasons.join(QLatin1Char('\n')))
            .bind(18, ComplaintRules::statusKey(status))
            .bind(19, handler->id)
            .bind(20, toStoredTime(at))
            .bind(21, toStoredTime(ComplaintRules::replyDue(receivedUtc, m_promise)))
            .bind(22, toStoredTime(ComplaintRules::resolveDue(receivedUtc, m_promise)))
            .bind(23, toStoredTime(ComplaintRules::escalateDue(receivedUtc, m_promise)))
            .bind(25, reachedResolve ? resolution : QString())
            .bind(26, reachedResolve ? std::optional<qint64>(satisfaction) : std::nullopt)
            .bind(27, receiver->id)
            .bind(28, toStoredTime(steps.isEmpty() ? at : steps.constLast().at));
        if (!bought)
            complaint.bindNull(12);
        if (reachedResolve)
            complaint.bind(29, toStoredTime(resolved));
        else
            complaint.bindNull(29);
        if (escalated)
            complaint.bind(24, toStoredTime(escalatedAt));
        else
            complaint.bindNull(24);
        complaint.run();

        const auto record = [&](qint64 when, const StaffMember& actor, const char* what,
                                const QString& from, const QString& to, const QString& note) {
            event.bind(1, id)
                .bind(2, toStoredTime(when))
                .bind(3, actor.id)
                .bind(4, actor.username)
                .bind(5, QString::fromLatin1(what))
                .bind(6, from)
                .bind(7, to)
                .bind(8, note)
                .run();
        };
        record(at, *receiver, "received", QString(), receivedKey,
               severity == Severity::Major
                   ? m_words.majorReasons.arg(reasons.join(QStringLiteral("; ")))
                   : QString());
        if (escalated)
            record(escalatedAt, *handler, "escalation", QString(), QString(), escalationNote);
        for (const Step& step : steps)
            record(step.at, *step.actor, "transition", ComplaintRules::statusKey(step.from),
                   ComplaintRules::statusKey(step.to), step.note);

        // Boots kept for the technical department (seed 000), returned once resolved.
        if (category == ComplaintCategory::Quality && demand == ComplaintDemand::Repair &&
            status != ComplaintStatus::Received && status != ComplaintStatus::Cancelled &&
            m_random.chance(0.5)) {
            const QString sentTo =
                m_random.chance(0.6) ? m_words.custodyPlaces.at(0) : m_words.custodyPlaces.at(1);
            custody.bind(1, id)
                .bind(2, m_words.custodyItem.arg(product.name))
                .bind(3, m_words.custodyCondition)
                .bind(4, sentTo)
                .bind(5, toStoredTime(started))
                .bind(6, handler->id);
            if (reachedResolve)
                custody.bind(7, toStoredTime(resolved)).bind(8, handler->id);
            else
                custody.bindNull(7).bindNull(8);
            custody.run();
            record(started, *handler, "custody", QString(), QString(),
                   m_words.custodyNote.arg(product.name, sentTo));
        }

        if (compensated && requestedAt <= m_nowMs) {
            const bool decided = decidedAt <= m_nowMs;
            const StaffMember* decider = within ? handler
                                         : *approver == Role::Manager
                                             ? &m_manager
                                             : &m_random.pick(m_supervisors);
            const bool halved = approved && !within && m_random.chance(0.2);
            compensation.bind(1, id)
                .bind(2, customerId)
                .bind(3, CompensationKeys::key(kind))
                .bind(4, amount)
                .bind(5, m_random.pick(m_words.compensationReasons))
                .bind(6, handler->id)
                .bind(7, toStoredTime(requestedAt))
                .bind(8, !decided   ? QStringLiteral("pending")
                         : approved ? QStringLiteral("approved")
                                    : QStringLiteral("rejected"))
                .bind(9, Roles::key(*approver))
                .bind(14, qint64(m_authority.version));
            if (decided)
                compensation.bind(10, decider->id)
                    .bind(11, toStoredTime(decidedAt))
                    .bind(12, approved ? std::optional<qint64>(halved ? amount / 2 : amount)
                                       : std::nullopt)
                    .bind(13, within      ? m_words.withinLimit
                              : !approved ? m_words.decisionComments.constLast()
                              : halved    ? m_words.decisionComments.at(3)
                                          : m_words.decisionComments.at(m_random.below(3)));
            else
                compensation.bindNull(10).bindNull(11).bindNull(12).bind(13, QString());
            compensation.run();
            ++report.compensations;
        }

        // The follow-up call the day after the resolve; the case closes after it.
        if (reachedResolve && resolved >= followupsFrom && m_customers[size_t(customer)].calls) {
            const qint64 owner = m_customers[size_t(customer)].ownerId;
            const StaffMember& caller = about && owner == about->id ? *handler : staff(owner);
            const bool done = status == ComplaintStatus::Closed;
            const bool missed = !done && followupDue < m_nowMs - 3 * dayMs;
            const qint64 callbackId = m_nextCallbackId++;
            const QString outcome = done ? m_random.pick(m_words.callbackOutcomes) : QString();
            const qint64 finished = closed - m_random.between(60'000, 10 * 60'000);
            callback.bind(1, callbackId)
                .bind(2, customerId)
                .bind(3, QStringLiteral("complaint_followup"))
                .bind(4, QStringLiteral("complaint:%1:1").arg(id))
                .bind(5, id)
                .bind(6, toStoredTime(followupDue))
                .bind(7, done ? QStringLiteral("done")
                              : (missed ? QStringLiteral("missed") : QStringLiteral("pending")))
                .bind(8, caller.id)
                .bind(9, qint64(done ? 1 : (missed ? 3 : 0)))
                .bind(10, QString())
                .bind(11, outcome)
                .bind(12, done ? std::optional<qint64>(satisfaction) : std::nullopt)
                .bind(13, toStoredTime(resolved))
                .bind(14, handler->id);
            if (done || missed)
                callback.bind(15, toStoredTime(done ? finished : followupDue + 2 * dayMs))
                    .bind(16, caller.id);
            else
                callback.bindNull(15).bindNull(16);
            callback.run();
            ++report.callbacks;
            if (done) {
                contact.bind(1, customerId)
                    .bind(2, toStoredTime(finished))
                    .bind(3, QStringLiteral("phone"))
                    .bind(4, caller.id)
                    .bind(5, outcome)
                    .bind(6, callbackId)
                    .run();
                ++report.contacts;
            }
        }
        ++report.complaints;
        if (j % 20'000 == 0) {
            if (Status going = checkpoint(45 + int(40 * j / count)); !going)
                return going;
        }
    }
    return checkpoint(85);
}

// Calls 3, 30 and 60 days after each recent purchase, as the purchase rule schedules them.
Status Generator::purchaseCallbacks(DemoReport& report)
{
    Statement callback(m_writer, R"sql(
        INSERT INTO callbacks (id, customer_id, reason, source, due_at, status, assignee_id,
            attempts, note, outcome, satisfaction, created_at, created_by, finished_at,
            finished_by)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15))sql");
    Statement contact(m_writer, R"sql(
        INSERT INTO contacts (customer_id, at, channel, user_id, note, callback_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");
    const QString declined = m_words.callDeclined;
    const qint64 from = m_nowMs - 75 * dayMs;
    for (const PurchaseSeed& seed : m_purchaseSeeds) {
        const CustomerSeed& customer = m_customers[size_t(seed.customer)];
        if (seed.at < from || !customer.calls)
            continue;
        const qint64 customerId = m_firstCustomerId + seed.customer;
        for (const auto& [days, reason] :
             {std::pair{3, "purchase_3d"}, std::pair{30, "purchase_30d"},
              std::pair{60, "purchase_60d"}}) {
            const qint64 due = nextMorning(seed.at + (days - 1) * dayMs);
            const int fate = due >= m_nowMs ? 0 : 1 + m_random.weighted({80, 12, 8});
            static const char* const statuses[] = {"pending", "done", "missed", "cancelled"};
            const qint64 id = m_nextCallbackId++;
            const qint64 finished = due + m_random.between(10 * 60'000, 8 * hourMs);
            const QString outcome = fate == 1 ? m_random.pick(m_words.callbackOutcomes) : QString();
            callback.bind(1, id)
                .bind(2, customerId)
                .bind(3, QString::fromLatin1(reason))
                .bind(4, QStringLiteral("purchase:%1").arg(seed.id))
                .bind(5, toStoredTime(due))
                .bind(6, QString::fromLatin1(statuses[fate]))
                .bind(7, customer.ownerId)
                .bind(8, qint64(fate == 1 ? 1 : (fate == 2 ? 3 : 0)))
                .bind(9, fate == 3 ? declined : QString())
                .bind(10, outcome)
                .bind(11, fate == 1
                              ? std::optional<qint64>(5 - m_random.weighted({50, 30, 12, 5, 3}))
                              : std::nullopt)
                .bind(12, toStoredTime(seed.at))
                .bindNull(13);
            if (fate == 0)
                callback.bindNull(14).bindNull(15);
            else
                callback.bind(14, toStoredTime(fate == 2 ? due + 2 * dayMs : finished))
                    .bind(15, customer.ownerId);
            callback.run();
            ++report.callbacks;
            if (fate == 1) {
                contact.bind(1, customerId)
                    .bind(2, toStoredTime(finished))
                    .bind(3, QStringLiteral("phone"))
                    .bind(4, customer.ownerId)
                    .bind(5, outcome)
                    .bind(6, id)
                    .run();
                ++report.contacts;
            }
        }
    }
    return checkpoint(88);
}

// Visits and calls without a purchase, written on the contact log.
Status Generator::visits(DemoReport& report)
{
    Statement contact(m_writer, R"sql(
        INSERT INTO contacts (customer_id, at, channel, user_id, note)
        VALUES (?1, ?2, ?3, ?4, ?5))sql");
    const qint64 count = qint64(m_customers.size());
    for (qint64 i = 0; i < count; ++i) {
        if (!m_random.chance(0.25))
            continue;
        const qint64 created = createdAt(i);
        contact.bind(1, m_firstCustomerId + i)
            .bind(2, toStoredTime(created + m_random.below(std::max<qint64>(1, m_nowMs - created))))
            .bind(3, m_random.chance(0.6) ? QStringLiteral("visit") : QStringLiteral("phone"))
            .bind(4, m_customers[size_t(i)].ownerId)
            .bind(5, m_random.pick(m_words.visitNotes))
            .run();
        ++report.contacts;
    }
    return checkpoint(90);
}

} // namespace cc::demo
