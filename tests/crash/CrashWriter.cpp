// The child of the crash and concurrency tests: records complaints in a loop and prints
// each complaint's number on stdout only after its commit has returned. Whatever it has
// printed must be in the database, however it dies.
//
//   countercare-crash-writer DB CUSTOMER_ID COUNT    (COUNT 0: until killed)
#include <accounts/AccountService.h>
#include <base/AppInfo.h>
#include <base/Clock.h>
#include <complaints/ComplaintService.h>
#include <services/Services.h>
#include <storage/Database.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    cc::applyApplicationIdentity();
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: countercare-crash-writer DB CUSTOMER_ID COUNT\n");
        return 2;
    }
    cc::Result<std::unique_ptr<cc::Database>> opened = cc::Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    cc::Database& db = *opened.value();
    cc::SystemClock clock;
    cc::Result<cc::User> boss = cc::AccountService(db, clock).findUser(QStringLiteral("boss"));
    if (!boss) {
        std::fprintf(stderr, "%s\n", qPrintable(boss.error().message));
        return 1;
    }
    const int count = args.at(3).toInt();
    cc::ComplaintService complaints = cc::Services(db, clock).complaints();
    for (int made = 0; count == 0 || made < count;) {
        cc::ComplaintDraft draft;
        draft.customerId = args.at(2).toLongLong();
        draft.channel = cc::ComplaintChannel::WalkIn;
        draft.category = cc::ComplaintCategory::Quality;
        draft.description = QStringLiteral("鞋底开胶，第%1次登记。").arg(made + 1);
        draft.demand = cc::ComplaintDemand::Repair;
        draft.product = QStringLiteral("运动鞋 42码");
        cc::Result<cc::Complaint> logged = complaints.add(boss->actor(), draft);
        if (!logged) {
            if (logged.error().code == cc::ErrorCode::Busy)
                continue; // the other counter held the lock past the timeout: try again
            std::fprintf(stderr, "%s\n", qPrintable(logged.error().message));
            return 1;
        }
        // One write(2) of a short line: a kill cannot split it.
        std::printf("%s\n", qPrintable(logged->number));
        std::fflush(stdout);
        ++made;
    }
    return 0;
}
