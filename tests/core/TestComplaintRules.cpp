#include <complaints/ComplaintRules.h>

#include <catch2/catch.hpp>

#include <map>
#include <utility>

using namespace cc;
using S = ComplaintStatus;
using E = ComplaintEvent;

// The whole state machine written out by hand: every (status, event) pair, allowed or not.
TEST_CASE("Complaint state machine: every move, allowed and refused")
{
    const std::map<std::pair<S, E>, S> allowed{
        {{S::Received, E::Start}, S::InProgress},
        {{S::Received, E::RequestApproval}, S::AwaitingApproval},
        {{S::InProgress, E::RequestApproval}, S::AwaitingApproval},
        {{S::AwaitingApproval, E::ApprovalDecided}, S::InProgress},
        {{S::Received, E::Resolve}, S::Resolved},
        {{S::InProgress, E::Resolve}, S::Resolved},
        {{S::Resolved, E::Close}, S::Closed},
        {{S::Resolved, E::Reopen}, S::InProgress},
        {{S::Closed, E::Reopen}, S::InProgress},
        {{S::Received, E::Cancel}, S::Cancelled},
        {{S::InProgress, E::Cancel}, S::Cancelled},
    };
    int refusals = 0;
    for (S from : ComplaintRules::allStatuses()) {
        for (E event : ComplaintRules::allEvents()) {
            INFO(ComplaintRules::statusKey(from).toStdString()
                 << " + " << ComplaintRules::eventName(event).toStdString());
            Result<S> to = ComplaintRules::next(from, event);
            const auto expected = allowed.find({from, event});
            if (expected != allowed.end()) {
                REQUIRE(to.ok());
                CHECK(to.value() == expected->second);
            } else {
                REQUIRE_FALSE(to.ok());
                CHECK(to.error().code == ErrorCode::Conflict);
                // The refusal says what was tried and why.
                CHECK(to.error().message.startsWith(QStringLiteral("Cannot ")));
                CHECK(to.error().message.contains(QLatin1Char(':')));
                ++refusals;
            }
        }
    }
    CHECK(refusals == 6 * 7 - 11);
    CHECK(ComplaintRules::next(S::AwaitingApproval, E::Resolve)
              .error()
              .message.contains(QStringLiteral("waiting for approval")));
    CHECK(ComplaintRules::next(S::Cancelled, E::Reopen)
              .error()
              .message.contains(QStringLiteral("cancelled")));
}

TEST_CASE("A complaint is major for each circumstance of seed 003, and general otherwise")
{
    CHECK(ComplaintRules::severity({}) == Severity::General);
    for (ComplaintFlag flag : {ComplaintFlag::Media, ComplaintFlag::Regulator, ComplaintFlag::Group,
                               ComplaintFlag::Manufacturer, ComplaintFlag::Safety}) {
        SeverityFacts facts;
        facts.flags = {flag};
        QStringList reasons;
        CHECK(ComplaintRules::severity(facts, &reasons) == Severity::Major);
        CHECK(reasons.size() == 1);
    }
    SeverityFacts repeat;
    repeat.repeatWithin90Days = true;
    CHECK(ComplaintRules::severity(repeat) == Severity::Major);

    // Seed 000's boots: 1,498 yuan, the manager's line at 1,000 yuan.
    SeverityFacts boots;
    boots.priceFen = 149800;
    boots.majorAmountFen = 100000;
    boots.demand = ComplaintDemand::Refund;
    CHECK(ComplaintRules::severity(boots) == Severity::Major);
    boots.demand = ComplaintDemand::Exchange;
    CHECK(ComplaintRules::severity(boots) == Severity::Major);
    boots.demand = ComplaintDemand::Repair;
    CHECK(ComplaintRules::severity(boots) == Severity::General);
    boots.demand = ComplaintDemand::Refund;
    boots.priceFen = 100000; // exactly at the line is not above it
    CHECK(ComplaintRules::severity(boots) == Severity::General);
}

TEST_CASE("The service promise: reply by, resolve by, and the 24-hour escalation clock")
{
    const QDateTime received(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    const ServicePromise promise; // 24 hours, 3 days, escalate in 24 hours
    CHECK(ComplaintRules::replyDue(received, promise) == received.addSecs(24 * 3600));
    CHECK(ComplaintRules::resolveDue(received, promise) == received.addDays(3));

    const auto overdue = [&](S status, Severity severity, bool escalated, const QDateTime& asOf) {
        return ComplaintRules::isOverdue(status, severity, escalated, received, promise, asOf);
    };
    // A general case turns overdue after its resolve-by time only while open.
    CHECK_FALSE(overdue(S::InProgress, Severity::General, false, received.addDays(3)));
    CHECK(overdue(S::InProgress, Severity::General, false, received.addDays(3).addSecs(1)));
    CHECK_FALSE(overdue(S::Resolved, Severity::General, false, received.addDays(10)));
    CHECK_FALSE(overdue(S::Cancelled, Severity::General, false, received.addDays(10)));
    // A major case not escalated is overdue after 24 hours, escalated it follows the normal clock.
    CHECK_FALSE(overdue(S::Received, Severity::Major, false, received.addSecs(24 * 3600)));
    CHECK(overdue(S::Received, Severity::Major, false, received.addSecs(24 * 3600 + 1)));
    CHECK_FALSE(overdue(S::Received, Severity::Major, true, received.addSecs(25 * 3600)));
    CHECK(overdue(S::AwaitingApproval, Severity::Major, true, received.addDays(4)));
}
