#include "TestStore.h"
#include "UiTestSupport.h"

#include <MainWindow.h>
#include <Session.h>
#include <admin/AdminPage.h>
#include <compensation/ApprovalsPage.h>
#include <compensation/CompensationDialog.h>
#include <compensation/CompensationService.h>
#include <complaints/ComplaintService.h>
#include <complaints/ComplaintView.h>
#include <complaints/ComplaintsPage.h>
#include <customers/CustomerService.h>
#include <customers/CustomerTimelineModel.h>
#include <customers/CustomersPage.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

QListWidgetItem* navigationItem(ui::MainWindow& window, const QString& startsWith)
{
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text().startsWith(startsWith))
            return navigation->item(row);
    }
    return nullptr;
}

void clickNavigation(ui::MainWindow& window, const QString& startsWith)
{
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    QListWidgetItem* item = navigationItem(window, startsWith);
    REQUIRE(item != nullptr);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(item).center());
}

} // namespace

TEST_CASE("A clerk requests 300 yuan, a supervisor approves 200 in the queue, the timeline shows "
          "it")
{
    test::TestStore store;
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    const User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.phones = {QStringLiteral("13800138000")};
    const Customer customer =
        Services(store.db(), store.clock()).customers().create(clerk.actor(), draft).value();
    ComplaintDraft complaint;
    complaint.customerId = customer.id;
    complaint.channel = ComplaintChannel::WalkIn;
    complaint.category = ComplaintCategory::Quality;
    complaint.description = QStringLiteral("羊绒大衣洗了一次就起球严重");
    const QString number =
        Services(store.db(), store.clock()).complaints().add(clerk.actor(), complaint)->number;

    {
        // The clerk, at the counter, asks for a 300-yuan voucher: above her 50-yuan limit.
        ui::Session session(Services(store.db(), store.clock()));
        session.setUser(clerk);
        ui::MainWindow window(session);
        window.resize(1366, 768);
        window.show();
        test::activate(&window);
        CHECK(navigationItem(window, QStringLiteral("Approvals")) == nullptr);
        test::typeText(window.searchBox(), number);
        QTest::keyClick(window.searchBox(), Qt::Key_Return);
        ui::ComplaintView* view = window.complaintsPage()->view();
        REQUIRE(view->isVisible());
        test::onNextModal([](QWidget* dialog) {
            auto* kind = test::child<QComboBox>(dialog, QStringLiteral("kind"));
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_Down); // exchange
            QTest::keyClick(kind, Qt::Key_Down); // free repair
            QTest::keyClick(kind, Qt::Key_Down); // voucher
            REQUIRE(kind->currentText() == QStringLiteral("Voucher"));
            auto* amount = test::child<QLineEdit>(dialog, QStringLiteral("amount"));
            test::typeText(amount, QStringLiteral("300"));
            CHECK(test::child<QLabel>(dialog, QStringLiteral("limitHint"))
                      ->text()
                      .contains(QStringLiteral("a supervisor decides")));
            // No reason: refused in the dialog, which stays open with what was typed.
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            test::settle(250);
            CHECK(test::child<QLabel>(dialog, QStringLiteral("formError"))
                      ->text()
                      .startsWith(QStringLiteral("Reason")));
            CHECK(amount->text() == QStringLiteral("300"));
            test::typeText(test::child<QPlainTextEdit>(dialog, QStringLiteral("text")),
                           QStringLiteral("大衣质量问题，顾客是老顾客"));
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        });
        QTest::mouseClick(test::child<QPushButton>(view, QStringLiteral("requestCompensation")),
                          Qt::LeftButton);
        CHECK(view->complaint().status == ComplaintStatus::AwaitingApproval);
        CHECK(test::child<QLabel>(view, QStringLiteral("complaintDetails"))
                  ->text()
                  .contains(QStringLiteral("waiting for a supervisor")));
        CHECK(test::child<QPushButton>(view, QStringLiteral("resolve"))->isHidden());
    }

    // The supervisor finds it in the queue, with the badge, and approves 200 from the keyboard.
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(supervisor);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    REQUIRE(navigationItem(window, QStringLiteral("Approvals")) != nullptr);
    CHECK(navigationItem(window, QStringLiteral("Approvals"))->text() ==
          QStringLiteral("Approvals (1)"));
    clickNavigation(window, QStringLiteral("Approvals"));
    ui::ApprovalsPage* page = window.approvalsPage();
    REQUIRE(page->isVisible());
    REQUIRE(page->table()->rowCount() == 1);
    CHECK(page->table()->item(0, 1)->text() == number);
    CHECK(test::child<QLabel>(page, QStringLiteral("approvalLimit"))
              ->text()
              .contains(QStringLiteral("¥500.00")));
    test::onNextModal([](QWidget* dialog) {
        auto* amount = test::child<QLineEdit>(dialog, QStringLiteral("amount"));
        CHECK(amount->text() == QStringLiteral("300.00"));
        amount->setFocus();
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("200"));
        test::typeText(test::child<QPlainTextEdit>(dialog, QStringLiteral("text")),
                       QStringLiteral("按店规给200元代金券"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    CHECK(page->table()->isHidden());
    CHECK(test::child<QLabel>(page, QStringLiteral("emptyState"))->isVisible());
    CHECK(navigationItem(window, QStringLiteral("Approvals"))->text() ==
          QStringLiteral("Approvals"));

    // The case is back in progress, and its timeline says who granted what.
    REQUIRE(window.complaintsPage()->openComplaint(number));
    ui::ComplaintView* view = window.complaintsPage()->view();
    CHECK(view->complaint().status == ComplaintStatus::InProgress);
    auto* timeline = test::child<QTableWidget>(view, QStringLiteral("complaintTimeline"));
    bool shown = false;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        for (int column = 0; column < timeline->columnCount(); ++column) {
            const QTableWidgetItem* item = timeline->item(row, column);
            shown = shown || (item && item->text().contains(QStringLiteral("¥200.00")) &&
                              item->text().contains(QStringLiteral("zhang")));
        }
    }
    CHECK(shown);
    CompensationFilter all;
    Result<QList<Compensation>> stored =
        CompensationService(store.db(), store.clock()).list(supervisor.actor(), all);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().grantedFen == 20000);

    // And on the customer's file, under her complaints.
    window.customersPage()->openCustomer(customer.id);
    auto* history = test::child<QTableView>(window.customersPage(), QStringLiteral("timeline"));
    bool onFile = false;
    for (int row = 0; row < history->model()->rowCount(); ++row)
        onFile = onFile || history->model()
                               ->index(row, int(ui::CustomerTimelineModel::Column::What))
                               .data()
                               .toString()
                               .contains(QStringLiteral("granted ¥200.00"));
    CHECK(onFile);
}

TEST_CASE("The manager edits the authority table, a bad cell is named and nothing is saved")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    clickNavigation(window, QStringLiteral("Admin"));
    auto* tabs = test::child<QTabWidget>(&window, QStringLiteral("adminTabs"));
    QWidget* tab = test::child<QWidget>(tabs, QStringLiteral("authorityTab"));
    tabs->setCurrentWidget(tab);
    auto* table = test::child<QTableWidget>(tab, QStringLiteral("authorityTable"));
    auto* message = test::child<QLabel>(tab, QStringLiteral("authorityMessage"));
    REQUIRE(table->rowCount() == 7);
    CHECK(table->item(4, 0)->text() == QStringLiteral("50.00"));    // clerk, gift
    CHECK(table->item(4, 2)->text() == QStringLiteral("no limit")); // manager

    table->item(4, 0)->setText(QStringLiteral("abc"));
    QTest::keyClick(tab, Qt::Key_S, Qt::ControlModifier);
    test::settle(250);
    CHECK(message->text().contains(QStringLiteral("Gift")));
    CHECK(
        CompensationService(store.db(), store.clock()).authority(store.admin().actor())->version ==
        1);

    // Raise the supervisor's and the clerk's gift limits together: the order is worked out.
    table->item(4, 0)->setText(QStringLiteral("600"));
    table->item(4, 1)->setText(QStringLiteral("800"));
    QTest::keyClick(tab, Qt::Key_S, Qt::ControlModifier);
    test::settle(250);
    CHECK(message->text().startsWith(QStringLiteral("Saved")));
    Result<AuthorityTable> saved =
        CompensationService(store.db(), store.clock()).authority(store.admin().actor());
    CHECK(saved->limit(CompensationKind::Gift, Role::Clerk) == 60000);
    CHECK(saved->limit(CompensationKind::Gift, Role::Supervisor) == 80000);
    CHECK(saved->version == 3);
}

TEST_CASE("Compensation is requested from the keyboard alone: kind, amount, reason, in that order")
{
    test::TestStore store;
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.phones = {QStringLiteral("13800138000")};
    const Customer customer =
        Services(store.db(), store.clock()).customers().create(clerk.actor(), draft).value();
    ComplaintDraft complaint;
    complaint.customerId = customer.id;
    complaint.channel = ComplaintChannel::WalkIn;
    complaint.category = ComplaintCategory::Quality;
    complaint.description = QStringLiteral("羊绒大衣洗了一次就起球严重");
    const Complaint logged =
        Services(store.db(), store.clock()).complaints().add(clerk.actor(), complaint).value();
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(clerk);
    Compensation about;
    about.complaintNumber = logged.number;
    about.customerId = customer.id;

    ui::CompensationDialog request(session, ui::CompensationDialog::Kind::Request, about);
    std::vector<std::string> walked;
    std::vector<std::string> walkedBack;
    test::onNextModal([&](QWidget* dialog) {
        REQUIRE(test::focused()->objectName() == QStringLiteral("kind"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(test::focused(), Qt::Key_Down); // exchange, repair, voucher
        walked.push_back(test::tab());
        QTest::keyClicks(test::focused(), QStringLiteral("300"));
        walked.push_back(test::tab());
        test::typeText(test::focused(), QStringLiteral("大衣质量问题，顾客是老顾客"));
        for (const std::string& step : test::tabs(2))
            walked.push_back(step);
        walkedBack = test::tabs(4, true);
        QTest::keyClick(test::focused(), Qt::Key_S, Qt::ControlModifier);
        test::settle(250); // a shortcut clicks the button after a short animation
        if (dialog->isVisible())
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
    });
    REQUIRE(request.exec() == QDialog::Accepted);
    CHECK(walked == std::vector<std::string>{"amount", "text", "save", "cancel"});
    CHECK(walkedBack == std::vector<std::string>{"save", "text", "amount", "kind"});
    CHECK(request.compensation().kind == CompensationKind::Voucher);
    CHECK(request.compensation().amountFen == 30000);
    CHECK(request.compensation().reason == QStringLiteral("大衣质量问题，顾客是老顾客"));
}
