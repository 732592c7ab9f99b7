// Protected files leak through no list (#26): a role that may not open a file sees its
// customer as the search shows them (史* +86150****6797), in cases, calls and requests; a
// role that may sees them, and that view is on the record.
#include "TestStore.h"

#include <accounts/AuditLog.h>
#include <callbacks/CallbackService.h>
#include <compensation/CompensationRepository.h>
#include <compensation/CompensationService.h>
#include <complaints/ComplaintService.h>
#include <customers/CustomerService.h>
#include <services/Services.h>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

struct SecretFile {
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    User manager = store.admin();
    Customer customer;
    QString number;

    SecretFile()
    {
        store.clock().set(QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
        CustomerDraft draft;
        draft.name = QStringLiteral("史娟");
        draft.phones = {QStringLiteral("15000876797")};
        draft.confidentiality = Confidentiality::Secret;
        customer =
            Services(store.db(), store.clock()).customers().create(manager.actor(), draft).value();
        ComplaintDraft complaint;
        complaint.customerId = customer.id;
        complaint.channel = ComplaintChannel::Phone;
        complaint.category = ComplaintCategory::Service;
        complaint.description = QStringLiteral("送货晚了两天");
        number = Services(store.db(), store.clock())
                     .complaints()
                     .add(manager.actor(), complaint)
                     .value()
                     .number;
        REQUIRE(CallbackService(store.db(), store.clock())
                    .add(manager.actor(), customer.id, store.clock().nowUtc().addSecs(3600),
                         QStringLiteral("问送货"))
                    .ok());
        REQUIRE(CompensationService(store.db(), store.clock())
                    .request(manager.actor(), number, CompensationKind::Voucher, 5000,
                             QStringLiteral("送货延误"))
                    .ok());
    }

    QList<AuditEntry> views()
    {
        AuditFilter filter;
        filter.entityKind = QStringLiteral("customer");
        QList<AuditEntry> found;
        for (const AuditEntry& entry : AuditLog(store.db(), store.clock()).list(filter).value()) {
            if (entry.action == QStringLiteral("customer.view_protected"))
                found << entry;
        }
        return found;
    }
    int protectedViews() { return int(views().size()); }
};

} // namespace

TEST_CASE("A clerk sees a secret file's customer masked in the call list, the case list and "
          "the case, as the search shows them")
{
    SecretFile s;
    const int viewsBefore = s.protectedViews();
    CallbackFilter all;
    all.dueBy = s.store.clock().nowUtc().toLocalTime().date().addDays(1);
    Result<QList<Callback>> calls =
        CallbackService(s.store.db(), s.store.clock()).list(s.clerk.actor(), all);
    REQUIRE(calls.ok());
    REQUIRE(calls->size() == 1);
    CHECK(calls->first().customerName == QStringLiteral("史*"));
    CHECK(calls->first().phone == QStringLiteral("+86150****6797"));
    CHECK(calls->first().customerMasked);

    ComplaintService complaints = Services(s.store.db(), s.store.clock()).complaints();
    Result<QList<Complaint>> cases =
        complaints.list(s.clerk.actor(), ComplaintFilter{}, s.store.clock().nowUtc());
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 1);
    CHECK(cases->first().customerName == QStringLiteral("史*"));
    Result<Complaint> shown = complaints.show(s.clerk.actor(), s.number);
    REQUIRE(shown.ok());
    CHECK(shown->customerName == QStringLiteral("史*"));
    Result<ComplaintReceipt> slip = complaints.receipt(s.clerk.actor(), s.number);
    REQUIRE(slip.ok());
    CHECK(slip->complaint.customerName == QStringLiteral("史*"));
    int streamed = 0;
    REQUIRE(complaints
                .each(s.clerk.actor(), ComplaintFilter{}, s.store.clock().nowUtc(),
                      [&](const Complaint& c) {
                          ++streamed;
                          CHECK(c.customerName == QStringLiteral("史*"));
                      })
                .ok());
    CHECK(streamed == 1);

    // A supervisor may not open a secret file either: the request shows masked.
    Result<QList<Compensation>> requests = CompensationService(s.store.db(), s.store.clock())
                                               .list(s.supervisor.actor(), CompensationFilter{});
    REQUIRE(requests.ok());
    REQUIRE(requests->size() == 1);
    CHECK(requests->first().customerName == QStringLiteral("史*"));
    CHECK(s.protectedViews() == viewsBefore); // nothing protected was shown
}

TEST_CASE("The manager sees the secret file's customer in the lists and each view is recorded "
          "once per refresh window")
{
    SecretFile s;
    const int viewsBefore = s.protectedViews();
    CallbackFilter all;
    all.dueBy = s.store.clock().nowUtc().toLocalTime().date().addDays(1);
    CallbackService callbacks(s.store.db(), s.store.clock());
    Result<QList<Callback>> calls = callbacks.list(s.manager.actor(), all);
    REQUIRE(calls.ok());
    CHECK(calls->first().customerName == QStringLiteral("史娟"));
    CHECK(calls->first().phone == QStringLiteral("+8615000876797"));
    CHECK(s.protectedViews() == viewsBefore + 1);
    // A refresh a minute later is the same view; the next one after ten minutes is recorded.
    s.store.clock().advanceSecs(60);
    REQUIRE(callbacks.list(s.manager.actor(), all).ok());
    CHECK(s.protectedViews() == viewsBefore + 1);
    s.store.clock().advanceSecs(11 * 60);
    REQUIRE(callbacks.list(s.manager.actor(), all).ok());
    CHECK(s.protectedViews() == viewsBefore + 2);

    Result<Complaint> shown =
        Services(s.store.db(), s.store.clock()).complaints().show(s.manager.actor(), s.number);
    REQUIRE(shown.ok());
    CHECK(shown->customerName == QStringLiteral("史娟"));
    const QList<AuditEntry> views = s.views();
    REQUIRE(views.size() == viewsBefore + 3);
    CHECK(views.first().actor == s.manager.username);
    CHECK(views.first().detail.contains(s.customer.fileNo));
    CHECK_FALSE(views.first().detail.contains(QStringLiteral("史")));
}
