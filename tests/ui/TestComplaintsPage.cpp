#include "TestStore.h"
#include "UiTestSupport.h"

#include <MainWindow.h>
#include <Session.h>
#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>
#include <callbacks/CallbackListModel.h>
#include <callbacks/CallbacksPage.h>
#include <complaints/CaseActionDialog.h>
#include <complaints/ComplaintForm.h>
#include <complaints/ComplaintListModel.h>
#include <complaints/ComplaintService.h>
#include <complaints/ComplaintView.h>
#include <complaints/ComplaintsPage.h>
#include <customers/CustomerService.h>
#include <customers/CustomerTimelineModel.h>
#include <customers/CustomerView.h>
#include <customers/CustomersPage.h>
#include <demo/DemoData.h>
#include <overview/CustomerFiles.h>
#include <store/DraftStore.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

/// Seed 000: 刘女士 bought boots for 1,498 yuan on 26 November; on 2 December she is back.
struct BootsCounter {
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    Customer customer;

    BootsCounter()
    {
        store.clock().set(QDateTime(QDate(2026, 11, 26), QTime(11, 0), Qt::UTC));
        CustomerDraft draft;
        draft.name = QStringLiteral("刘女士");
        draft.phones = {QStringLiteral("13800138000")};
        CustomerService customers = Services(store.db(), store.clock()).customers();
        customer = customers.create(clerk.actor(), draft).value();
        REQUIRE(customers
                    .addPurchase(clerk.actor(), customer.id, QStringLiteral("R20261126-07"),
                                 QDate(2026, 11, 26),
                                 {PurchaseLine{QStringLiteral("女靴 38码"), 1, 149800, 90000}})
                    .ok());
        store.clock().set(QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
    }
};

void pressDown(QWidget* widget, int times)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(widget, Qt::Key_Down);
}

int indexOfData(QComboBox* box, const QString& data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    return index;
}

} // namespace

TEST_CASE("Seed 000 at the counter: the boots complaint typed in, kept, handled and closed")
{
    BootsCounter counter;
    ui::Session session(Services(counter.store.db(), counter.store.clock()));
    session.setUser(counter.supervisor);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    ui::ComplaintsPage* page = window.complaintsPage();
    QAbstractItemModelTester tester(page->model());

    // Ctrl+N: the form, the cursor in the customer box.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    ui::ComplaintForm* form = page->form();
    REQUIRE(page->isShowingForm());
    auto* query = test::child<QLineEdit>(form, QStringLiteral("customerQuery"));
    REQUIRE(query->hasFocus());
    // The last four digits, then Enter picks her.
    auto* matches = test::child<QListWidget>(form, QStringLiteral("customerMatches"));
    test::typeText(query, QStringLiteral("8000"));
    REQUIRE(QTest::qWaitFor([&] { return matches->count() > 0; }, 3000));
    QTest::keyClick(query, Qt::Key_Return);
    auto* chosen = test::child<QLabel>(form, QStringLiteral("chosenCustomer"));
    REQUIRE(chosen->text().contains(QStringLiteral("刘女士")));

    // The keyboard walks the form in reading order.
    auto* category = test::child<QComboBox>(form, QStringLiteral("category"));
    REQUIRE(category->hasFocus());
    pressDown(category, indexOfData(category, QStringLiteral("attitude")));
    QTest::keyClick(category, Qt::Key_Tab);
    auto* channel = test::child<QComboBox>(form, QStringLiteral("channel"));
    REQUIRE(channel->hasFocus());
    CHECK(channel->currentData().toString() == QStringLiteral("walk_in"));
    QTest::keyClick(channel, Qt::Key_Tab);
    auto* description = test::child<QPlainTextEdit>(form, QStringLiteral("description"));
    REQUIRE(description->hasFocus());
    test::typeText(description,
                   QStringLiteral("11月26日买的靴子鞋跟发黑，店员说是牛仔裤染的，态度很差。"));
    QTest::keyClick(description, Qt::Key_Tab);
    auto* demand = test::child<QComboBox>(form, QStringLiteral("demand"));
    REQUIRE(demand->hasFocus());
    pressDown(demand, indexOfData(demand, QStringLiteral("repair")));
    QTest::keyClick(demand, Qt::Key_Tab);
    // Her receipt is offered; picking it fills product, date and price.
    auto* receipt = test::child<QComboBox>(form, QStringLiteral("receipt"));
    REQUIRE(receipt->hasFocus());
    REQUIRE(receipt->count() == 1);
    QTest::keyClick(receipt, Qt::Key_Down);
    CHECK(receipt->currentText() == QStringLiteral("R20261126-07"));
    CHECK(test::child<QLineEdit>(form, QStringLiteral("product"))->text() ==
          QStringLiteral("女靴 38码"));
    CHECK(test::child<QLineEdit>(form, QStringLiteral("price"))->text() ==
          QStringLiteral("1498.00"));
    auto* staff = test::child<QComboBox>(form, QStringLiteral("staffInvolved"));
    staff->setFocus();
    pressDown(staff, indexOfData(staff, QStringLiteral("xiaoli")));
    QTest::keyClick(staff, Qt::Key_S, Qt::ControlModifier);
    test::settle(250); // a shortcut clicks the button after a short animation

    // Logged: the case opens with its number, and the clerk named does not handle it.
    ui::ComplaintView* view = page->view();
    INFO(test::child<QLabel>(form, QStringLiteral("formError"))->text().toStdString());
    REQUIRE_FALSE(page->isShowingForm());
    REQUIRE(view->complaint().number == QStringLiteral("TS-20261202-0001"));
    CHECK(view->complaint().handler == QStringLiteral("zhang"));
    CHECK(view->complaint().aboutStaff == QStringLiteral("xiaoli"));
    CHECK(view->complaint().receiptNo == QStringLiteral("R20261126-07"));
    CHECK(view->complaint().purchaseDate == QDate(2026, 11, 26));
    CHECK(view->complaint().priceFen == 149800);
    CHECK(view->complaint().category == ComplaintCategory::Attitude);
    CHECK(view->complaint().demand == ComplaintDemand::Repair);
    CHECK(!ui::ComplaintForm::hasDraft(session));

    // The supervisor keeps the boots for the technical department.
    test::onNextModal([](QWidget* dialog) {
        test::typeText(test::child<QLineEdit>(dialog, QStringLiteral("item")),
                       QStringLiteral("女靴一双"));
        test::typeText(test::child<QLineEdit>(dialog, QStringLiteral("sentTo")),
                       QStringLiteral("技术部"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::mouseClick(test::child<QPushButton>(view, QStringLiteral("keepItem")), Qt::LeftButton);
    REQUIRE(view->complaint().custody.size() == 1);
    CHECK(view->complaint().custody.first().sentTo == QStringLiteral("技术部"));

    QTest::mouseClick(test::child<QPushButton>(view, QStringLiteral("start")), Qt::LeftButton);
    CHECK(view->complaint().status == ComplaintStatus::InProgress);
    for (const char* check : {"check_listen", "check_ask", "check_follow", "check_reply"})
        QTest::mouseClick(test::child<QCheckBox>(view, QLatin1String(check)), Qt::LeftButton, {},
                          QPoint(8, 8));
    CHECK(view->complaint().checks.size() == 4);

    // Closing before resolving is refused, on the page, and changes nothing.
    auto* closeButton = test::child<QPushButton>(view, QStringLiteral("closeCase"));
    CHECK(closeButton->isHidden());

    test::onNextModal([](QWidget* dialog) {
        // A resolution is required: saving without one is refused in the dialog.
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        test::settle(250);
        CHECK(test::child<QLabel>(dialog, QStringLiteral("formError"))
                  ->text()
                  .startsWith(QStringLiteral("Resolution")));
        test::typeText(test::child<QPlainTextEdit>(dialog, QStringLiteral("text")),
                       QStringLiteral("技术部检测为皮革质量问题，免费更换同款。"));
        auto* satisfaction = test::child<QComboBox>(dialog, QStringLiteral("satisfaction"));
        satisfaction->setFocus();
        QTest::keyClick(satisfaction, Qt::Key_Down); // 5 of 5
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::mouseClick(test::child<QPushButton>(view, QStringLiteral("resolve")), Qt::LeftButton);
    REQUIRE(view->complaint().status == ComplaintStatus::Resolved);
    CHECK(view->complaint().satisfaction == 5);
    REQUIRE(closeButton->isVisible());
    // Closing waits for the follow-up call; the message says so and the case stays resolved.
    QTest::mouseClick(closeButton, Qt::LeftButton);
    CHECK(view->complaint().status == ComplaintStatus::Resolved);
    CHECK(test::child<QLabel>(view, QStringLiteral("complaintMessage"))
              ->text()
              .contains(QStringLiteral("follow-up")));

    // The next morning the call is on zhang's list (xiaoli, complained about, owns the file
    // but may not make it). zhang works it from the list to done.
    counter.store.clock().set(QDateTime(QDate(2026, 12, 3), QTime(10, 30), Qt::UTC));
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    QListWidgetItem* callbacksItem = nullptr;
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text().startsWith(QStringLiteral("Callbacks")))
            callbacksItem = navigation->item(row);
    }
    REQUIRE(callbacksItem != nullptr);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(callbacksItem).center());
    ui::CallbacksPage* calls = window.callbacksPage();
    REQUIRE(calls->isVisible());
    REQUIRE(calls->model()->rowCount() == 1);
    CHECK(calls->model()->callbackAt(0).reason == CallbackReason::ComplaintFollowup);
    CHECK(test::child<QLabel>(calls, QStringLiteral("callScript"))
              ->text()
              .contains(QStringLiteral("satisfied")));
    CHECK(test::child<QLabel>(calls, QStringLiteral("callPhone"))
              ->text()
              .contains(QStringLiteral("8000")));
    test::onNextModal([](QWidget* dialog) {
        test::typeText(test::child<QPlainTextEdit>(dialog, QStringLiteral("text")),
                       QStringLiteral("新靴已穿两天，很合脚，谢谢店里处理"));
        auto* satisfaction = test::child<QComboBox>(dialog, QStringLiteral("satisfaction"));
        REQUIRE(satisfaction->isVisible());
        satisfaction->setFocus();
        QTest::keyClick(satisfaction, Qt::Key_Down); // 5 of 5
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    calls->table()->setFocus();
    QTest::keyClick(calls->table(), Qt::Key_Return);
    CHECK(calls->model()->rowCount() == 0);
    CHECK(test::child<QLabel>(calls, QStringLiteral("emptyState"))->isVisible());

    // On the customer's file the same moment.
    Result<CustomerFile> file = CustomerFiles(counter.store.db(), counter.store.clock())
                                    .open(counter.supervisor.actor(), counter.customer.id);
    REQUIRE(file.ok());
    REQUIRE_FALSE(file->contacts.isEmpty());
    CHECK(file->contacts.first().note.contains(QStringLiteral("很合脚")));
    window.customersPage()->openCustomer(counter.customer.id);
    auto* history = test::child<QTableView>(window.customersPage(), QStringLiteral("timeline"));
    bool onFile = false;
    for (int row = 0; row < history->model()->rowCount(); ++row)
        onFile = onFile || history->model()
                               ->index(row, int(ui::CustomerTimelineModel::Column::What))
                               .data()
                               .toString()
                               .contains(QStringLiteral("很合脚"));
    CHECK(onFile);

    // Back to the case: now it closes.
    REQUIRE(page->openComplaint(QStringLiteral("TS-20261202-0001")));
    navigation->setCurrentRow(2);
    QTest::mouseClick(closeButton, Qt::LeftButton);
    CHECK(view->complaint().status == ComplaintStatus::Closed);

    // Stored, with the whole story on the timeline, newest first.
    Complaint stored = Services(counter.store.db(), counter.store.clock())
                           .complaints()
                           .show(counter.supervisor.actor(), QStringLiteral("TS-20261202-0001"))
                           .value();
    CHECK(stored.status == ComplaintStatus::Closed);
    auto* timeline = test::child<QTableWidget>(view, QStringLiteral("complaintTimeline"));
    CHECK(timeline->rowCount() == stored.timeline.size());
    CHECK(timeline->item(0, 2)->text().contains(QStringLiteral("Closed")));
    CHECK(timeline->item(timeline->rowCount() - 1, 2)->text() ==
          QStringLiteral("Complaint received"));

    // Back on the list of recent cases, grey; a scanned receipt number opens it again.
    QTest::keyClick(view, Qt::Key_Escape);
    QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("listRecent")), Qt::LeftButton);
    REQUIRE(page->model()->rowCount() == 1);
    test::typeText(window.searchBox(), QStringLiteral("ts-20261202-0001"));
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    CHECK(view->isVisible());
}

TEST_CASE("The intake draft survives the lock screen and a crash, and is offered back")
{
    BootsCounter counter;
    ui::Session session(Services(counter.store.db(), counter.store.clock()));
    session.setUser(counter.clerk);
    const QString words = QStringLiteral("拉链坏了，要求换货");
    {
        ui::MainWindow window(session);
        window.show();
        test::activate(&window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        ui::ComplaintForm* form = window.complaintsPage()->form();
        auto* description = test::child<QPlainTextEdit>(form, QStringLiteral("description"));
        test::typeText(description, words);
        // Ctrl+L: the form is behind the lock, and its content is on disk.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        REQUIRE(window.isLocked());
        Result<std::optional<Draft>> kept =
            DraftStore(counter.store.db(), counter.store.clock())
                .load(counter.clerk.actor(), QLatin1String(ui::ComplaintForm::draftKind));
        REQUIRE(kept->has_value());
        CHECK((*kept)->content.value(QStringLiteral("description")).toString() == words);
        // The window goes away without saving or quitting properly: a crash.
    }
    counter.store.reopen();
    ui::Session next(Services(counter.store.db(), counter.store.clock()));
    next.setUser(counter.clerk);
    ui::MainWindow window(next);
    window.show();
    ui::ComplaintsPage* page = window.complaintsPage();
    REQUIRE(page->isShowingForm());
    CHECK(test::child<QPlainTextEdit>(page->form(), QStringLiteral("description"))->toPlainText() ==
          words);
    auto* notice = test::child<QLabel>(page->form(), QStringLiteral("draftNotice"));
    CHECK(notice->isVisible());
    // Another clerk does not get it.
    ui::Session other(Services(counter.store.db(), counter.store.clock()));
    other.setUser(counter.supervisor);
    CHECK(!ui::ComplaintForm::hasDraft(other));
    // Discarding throws it away for good.
    QTest::mouseClick(test::child<QPushButton>(page->form(), QStringLiteral("discard")),
                      Qt::LeftButton);
    CHECK(test::child<QPlainTextEdit>(page->form(), QStringLiteral("description"))
              ->toPlainText()
              .isEmpty());
    CHECK(!ui::ComplaintForm::hasDraft(next));
}

TEST_CASE("A new customer is created inline, and a refused intake keeps the form as typed")
{
    BootsCounter counter;
    ui::Session session(Services(counter.store.db(), counter.store.clock()));
    session.setUser(counter.clerk);
    ui::MainWindow window(session);
    window.show();
    test::activate(&window);
    ui::ComplaintsPage* page = window.complaintsPage();
    window.newComplaint();
    ui::ComplaintForm* form = page->form();
    auto* error = test::child<QLabel>(form, QStringLiteral("formError"));
    // Nothing typed: refused, naming the field.
    QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
    test::settle(250); // a shortcut clicks the button after a short animation
    CHECK(error->text().startsWith(QStringLiteral("What happened")));
    test::typeText(test::child<QPlainTextEdit>(form, QStringLiteral("description")),
                   QStringLiteral("送货迟到三天"));
    QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
    test::settle(250); // a shortcut clicks the button after a short animation
    CHECK(error->text().startsWith(QStringLiteral("Customer")));
    test::typeText(test::child<QLineEdit>(form, QStringLiteral("newName")),
                   QStringLiteral("王先生"));
    test::typeText(test::child<QLineEdit>(form, QStringLiteral("newPhone")),
                   QStringLiteral("12345"));
    QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
    test::settle(250); // a shortcut clicks the button after a short animation
    CHECK(error->text().startsWith(QStringLiteral("Phone")));
    CHECK(page->isShowingForm());
    CHECK(test::child<QPlainTextEdit>(form, QStringLiteral("description"))->toPlainText() ==
          QStringLiteral("送货迟到三天"));
    auto* phone = test::child<QLineEdit>(form, QStringLiteral("newPhone"));
    phone->clear();
    test::typeText(phone, QStringLiteral("139 0000 1234"));
    QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
    test::settle(250); // a shortcut clicks the button after a short animation
    REQUIRE_FALSE(page->isShowingForm());
    CHECK(page->view()->complaint().customerName == QStringLiteral("王先生"));
    CHECK(page->view()->complaint().handler == QStringLiteral("xiaoli"));
}

TEST_CASE("The complaint list reads a hundred cases at a time as the clerk scrolls down")
{
    test::TestStore store;
    store.clock().set(QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()));
    DemoOptions options;
    options.customers = 60;
    options.complaints = 250;
    REQUIRE(DemoData(store.db(), store.clock()).fill(store.admin().actor(), options));
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    test::activate(&window);
    ui::ComplaintsPage* page = window.complaintsPage();
    test::showPage(&window, page);
    QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("listRecent")), Qt::LeftButton);
    auto* table = test::child<QTableView>(page, QStringLiteral("complaintTable"));
    auto* model = qobject_cast<ui::ComplaintListModel*>(table->model());
    REQUIRE(model);
    CHECK(model->rowCount() == ui::ComplaintListModel::pageSize);
    auto* count = test::child<QLabel>(page, QStringLiteral("complaintCount"));
    CHECK(count->text().contains(QStringLiteral("more as you scroll")));
    // Newest first, and the pages join without a gap or a repeat.
    QStringList numbers;
    for (int pass = 0; pass < 5 && model->canFetchMore({}); ++pass) {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        test::settle(50);
    }
    CHECK(model->rowCount() == 250);
    CHECK_FALSE(model->canFetchMore({}));
    CHECK(count->text() == QStringLiteral("250 cases"));
    for (int row = 0; row < model->rowCount(); ++row)
        numbers << model->complaintAt(row).number;
    QStringList sorted = numbers;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    CHECK(numbers == sorted);
    sorted.removeDuplicates();
    CHECK(sorted.size() == 250);
    // Attached last: Qt 6.4's tester fetches everything when it is attached.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("Staff are named as they know each other: 张敏 handles the case, 黄丽 took the call")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    const User zhangmin =
        accounts
            .addUser(store.admin().actor(), QStringLiteral("zhangmin"), QStringLiteral("张敏"),
                     Role::Supervisor, test::staffPassword)
            .value();
    const User huangli = accounts
                             .addUser(store.admin().actor(), QStringLiteral("huangli"),
                                      QStringLiteral("黄丽"), Role::Clerk, test::staffPassword)
                             .value();
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.phones = {QStringLiteral("13800138000")};
    CustomerService customers = Services(store.db(), store.clock()).customers();
    const Customer customer = customers.create(huangli.actor(), draft).value();
    REQUIRE(customers
                .addContact(huangli.actor(), customer.id, ContactChannel::Phone,
                            QStringLiteral("询问退货政策"))
                .ok());
    ComplaintDraft complaint;
    complaint.customerId = customer.id;
    complaint.description = QStringLiteral("鞋跟开胶");
    complaint.aboutStaff = QStringLiteral("huangli");
    const QString number =
        Services(store.db(), store.clock()).complaints().add(zhangmin.actor(), complaint)->number;

    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(zhangmin);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    ui::ComplaintsPage* page = window.complaintsPage();
    test::showPage(&window, page);
    page->showList(ui::ComplaintsPage::List::Open);
    REQUIRE(page->model()->rowCount() == 1);
    const auto handlerColumn = int(ui::ComplaintListModel::Column::Handler);
    CHECK(page->model()->index(0, handlerColumn).data().toString() == QStringLiteral("张敏"));

    REQUIRE(page->openComplaint(number));
    const QString details =
        test::child<QLabel>(page->view(), QStringLiteral("complaintDetails"))->text();
    CHECK(details.contains(QStringLiteral("张敏")));
    CHECK(details.contains(QStringLiteral("黄丽")));
    CHECK_FALSE(details.contains(QStringLiteral("zhangmin")));
    CHECK_FALSE(details.contains(QStringLiteral("huangli")));
    auto* timeline = test::child<QTableWidget>(page->view(), QStringLiteral("complaintTimeline"));
    REQUIRE(timeline->rowCount() >= 1);
    CHECK(timeline->item(timeline->rowCount() - 1, 1)->text() == QStringLiteral("张敏"));

    ui::CustomersPage* files = window.customersPage();
    test::showPage(&window, files);
    files->openCustomer(customer.id);
    auto* history = test::child<QTableView>(files->view(), QStringLiteral("timeline"));
    QStringList by;
    for (int row = 0; row < history->model()->rowCount(); ++row)
        by << history->model()
                  ->index(row, int(ui::CustomerTimelineModel::Column::By))
                  .data()
                  .toString();
    CHECK(by.contains(QStringLiteral("黄丽")));
    CHECK(by.contains(QStringLiteral("张敏")));
    CHECK_FALSE(by.contains(QStringLiteral("huangli")));
    CHECK_FALSE(by.contains(QStringLiteral("zhangmin")));
}

TEST_CASE("The walk-in complaint is typed from the keyboard alone, every field in reading order")
{
    BootsCounter counter;
    ui::Session session(Services(counter.store.db(), counter.store.clock()));
    session.setUser(counter.supervisor);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);

    // F2, the last four digits, Enter: her file. Ctrl+N: a complaint for her.
    QTest::keyClick(&window, Qt::Key_F2);
    REQUIRE(window.searchBox()->hasFocus());
    test::typeText(window.searchBox(), QStringLiteral("8000"));
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return window.customersPage()->view()->customerId() == counter.customer.id; }, 3000));
    QTest::keyClick(test::focused(), Qt::Key_N, Qt::ControlModifier);
    ui::ComplaintForm* form = window.complaintsPage()->form();
    REQUIRE(window.complaintsPage()->isShowingForm());
    REQUIRE(test::child<QLabel>(form, QStringLiteral("chosenCustomer"))
                ->text()
                .contains(QStringLiteral("刘女士")));

    // Type, then Tab: each field in the order it is read, the typing only.
    REQUIRE(test::focused()->objectName() == QStringLiteral("category"));
    CHECK(test::tab() == "channel");
    CHECK(test::tab() == "description");
    test::typeText(test::focused(), QStringLiteral("靴子鞋跟发黑，店员态度很差。"));
    CHECK(test::tab() == "demand");
    pressDown(test::focused(), 2); // 换货
    CHECK(test::tab() == "receipt");
    test::typeText(test::focused(), QStringLiteral("R-8812"));
    CHECK(test::tab() == "product");
    test::typeText(test::focused(), QStringLiteral("黑色牛皮短靴"));
    CHECK(test::tab() == "purchaseDate");
    QTest::keyClicks(test::focused(), QStringLiteral("20261125"));
    CHECK(test::tab() == "price");
    QTest::keyClicks(test::focused(), QStringLiteral("899.00"));
    CHECK(test::tab() == "staffInvolved");
    pressDown(test::focused(), 1);
    for (const char* flag :
         {"flag_media", "flag_regulator", "flag_group", "flag_manufacturer", "flag_safety"})
        CHECK(test::tab() == std::string(flag));
    CHECK(test::tab() == "receivedAt");
    // One Tab leaves the date and time, whichever part the cursor is in.
    CHECK(test::tab() == "save");
    CHECK(test::tab() == "back");
    CHECK(test::tab() == "discard");
    // And Shift+Tab walks back the same way.
    CHECK(test::tab(true) == "back");
    CHECK(test::tab(true) == "save");
    CHECK(test::tab(true) == "receivedAt");
    CHECK(test::tab(true) == "flag_safety");
    QTest::keyClick(test::focused(), Qt::Key_Space); // a safety issue: major

    // Ctrl+S logs it, as typed.
    QTest::keyClick(test::focused(), Qt::Key_S, Qt::ControlModifier);
    test::settle(250);
    ui::ComplaintView* view = window.complaintsPage()->view();
    INFO(test::child<QLabel>(form, QStringLiteral("formError"))->text().toStdString());
    REQUIRE_FALSE(window.complaintsPage()->isShowingForm());
    const Complaint logged = view->complaint();
    CHECK(logged.number == QStringLiteral("TS-20261202-0001"));
    CHECK(logged.customerId == counter.customer.id);
    CHECK(logged.description == QStringLiteral("靴子鞋跟发黑，店员态度很差。"));
    CHECK(logged.demand == ComplaintDemand::Exchange);
    CHECK(logged.receiptNo == QStringLiteral("R-8812"));
    CHECK(logged.product == QStringLiteral("黑色牛皮短靴"));
    CHECK(logged.purchaseDate == QDate(2026, 11, 25));
    CHECK(logged.priceFen == 89900);
    CHECK_FALSE(logged.aboutStaff.isEmpty());
    CHECK(logged.flags.contains(ComplaintFlag::Safety));

    // Ctrl+P: the receipt for the customer goes to the printer dialog.
    QString printing;
    test::onNextModal([&](QWidget* dialog) {
        if (auto* print = qobject_cast<QPrintDialog*>(dialog))
            printing = print->printer()->docName();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(test::focused(), Qt::Key_P, Qt::ControlModifier);
    CHECK(printing.contains(QStringLiteral("TS-20261202-0001")));
}

TEST_CASE("A refusal the counter shows is written to the audit log - who, what, on which case "
          "and why - and the note typed stays in the form")
{
    BootsCounter counter;
    ComplaintDraft draft;
    draft.customerId = counter.customer.id;
    draft.description = QStringLiteral("店员态度不好");
    draft.category = ComplaintCategory::Service;
    draft.aboutStaff = QStringLiteral("xiaoli");
    const Complaint complaint = Services(counter.store.db(), counter.store.clock())
                                    .complaints()
                                    .add(counter.supervisor.actor(), draft)
                                    .value();

    // xiaoli, the clerk complained about, has the note dialog open (opened before the case
    // named her, or by any other way in): core refuses, and the counter records it.
    ui::Session session(Services(counter.store.db(), counter.store.clock()));
    session.setUser(counter.clerk);
    ui::CaseActionDialog dialog(session, ui::CaseActionDialog::Kind::Note, complaint);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* text = test::child<QPlainTextEdit>(&dialog, QStringLiteral("text"));
    CHECK(QApplication::focusWidget() == text);
    test::typeText(text, QStringLiteral("顾客说得不对"));
    QTest::keySequence(&dialog, QKeySequence::Save);
    test::settle(250); // a shortcut clicks the button after a short animation

    const QString shown = test::child<QLabel>(&dialog, QStringLiteral("formError"))->text();
    CHECK_FALSE(shown.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(text->toPlainText() == QStringLiteral("顾客说得不对"));
    const QString path = counter.store.path();
    CHECK(test::rawScalar(path, QStringLiteral("SELECT count(*) FROM complaint_events WHERE "
                                               "kind = 'note'"))
              .toInt() == 0);
    CHECK(test::rawScalar(path, QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                               "'access.refused'"))
              .toString() == QStringLiteral("xiaoli"));
    const QMap<QString, QString> detail = AuditLog::parseDetails(
        test::rawScalar(path, QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                             "'access.refused'"))
            .toString());
    CHECK(detail.value(QStringLiteral("what")) == QStringLiteral("complaint note"));
    CHECK(detail.value(QStringLiteral("why")) == shown);
    CHECK(test::rawScalar(path, QStringLiteral("SELECT entity_id FROM audit_log WHERE action = "
                                               "'access.refused'"))
              .toString() == complaint.number);
    CHECK_FALSE(detail.value(QStringLiteral("why")).contains(QStringLiteral("刘女士")));
}
