#include "TestStore.h"
#include "UiTestSupport.h"

#include <MainWindow.h>
#include <Session.h>
#include <customers/CustomerMatchModel.h>
#include <customers/CustomerService.h>
#include <customers/CustomerTimelineModel.h>
#include <customers/CustomerView.h>
#include <customers/CustomersPage.h>
#include <customers/ImportDialog.h>
#include <overview/CustomerFiles.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

Customer addCustomer(test::TestStore& store, const QString& name, const QString& phone,
                     Confidentiality level = Confidentiality::Normal)
{
    CustomerDraft draft;
    draft.name = name;
    draft.phones = {phone};
    draft.confidentiality = level;
    return Services(store.db(), store.clock())
        .customers()
        .create(store.admin().actor(), draft)
        .value();
}

// Types into the window's search box the way a clerk does and waits for the answer.
void search(ui::MainWindow& window, const QString& text)
{
    QLineEdit* box = window.searchBox();
    box->clear();
    QSignalSpy answered(window.customersPage(), &ui::CustomersPage::searchFinished);
    test::typeText(box, text);
    REQUIRE(answered.wait(3000));
}

} // namespace

TEST_CASE("Counter workflow: search, open the file, record a purchase and a conversation")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("張偉"), QStringLiteral("13800138000"));
    addCustomer(store, QStringLiteral("李伟"), QStringLiteral("13900008000"));
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    test::activate(&window);

    // F2 puts the cursor in the search box from anywhere.
    QTest::keyClick(&window, Qt::Key_F2);
    CHECK(window.searchBox()->hasFocus());

    search(window, QStringLiteral("8000"));
    ui::CustomerMatchModel* results = window.customersPage()->results();
    QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(results->rowCount() == 2);
    CHECK(results->index(0, int(ui::CustomerMatchModel::Column::FileNo)).data().toString() ==
          QStringLiteral("KH-000001"));

    // Down arrow moves into the list; arrows and Enter work it.
    QTest::keyClick(window.searchBox(), Qt::Key_Down);
    auto* list = test::child<QTableView>(window.customersPage(), QStringLiteral("customerResults"));
    REQUIRE(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(window.customersPage()->view()->customerId() == 2);

    // A simplified-character name finds the traditional one; Enter opens the best match.
    search(window, QStringLiteral("张伟"));
    REQUIRE(results->rowCount() == 1);
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    ui::CustomerView* view = window.customersPage()->view();
    REQUIRE(view->customerId() == 1);
    CHECK(test::child<QLabel>(view, QStringLiteral("customerName"))->text() ==
          QStringLiteral("張偉"));

    test::onNextModal([](QWidget* dialog) {
        test::typeText(test::child<QLineEdit>(dialog, QStringLiteral("receipt")),
                       QStringLiteral("R20261120-0042"));
        auto* lines = test::child<QTableWidget>(dialog, QStringLiteral("lines"));
        lines->item(0, 1)->setText(QStringLiteral("1"));
        lines->setItem(0, 0, new QTableWidgetItem(QStringLiteral("女靴 38码")));
        lines->item(0, 2)->setText(QStringLiteral("1498"));
        lines->item(0, 3)->setText(QStringLiteral("890"));
        CHECK(test::child<QLabel>(dialog, QStringLiteral("total"))
                  ->text()
                  .contains(QStringLiteral("1,498.00")));
        QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("save")), Qt::LeftButton);
    });
    QTest::mouseClick(test::child<QPushButton>(view, QStringLiteral("addPurchase")),
                      Qt::LeftButton);

    test::onNextModal([](QWidget* dialog) {
        auto* note = test::child<QPlainTextEdit>(dialog, QStringLiteral("note"));
        test::typeText(note, QStringLiteral("顾客询问靴子保养方法，已告知用专用护理剂"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::mouseClick(test::child<QPushButton>(view, QStringLiteral("addContact")), Qt::LeftButton);

    auto* timeline = test::child<QTableView>(view, QStringLiteral("timeline"));
    // The purchase, the conversation, and the calls the purchase scheduled.
    REQUIRE(timeline->model()->rowCount() >= 3);
    QStringList kinds;
    for (int row = 0; row < timeline->model()->rowCount(); ++row)
        kinds << timeline->model()
                     ->index(row, int(ui::CustomerTimelineModel::Column::What))
                     .data()
                     .toString();
    CHECK(kinds.join(QLatin1Char('|')).contains(QStringLiteral("R20261120-0042")));
    CHECK(kinds.join(QLatin1Char('|')).contains(QStringLiteral("保养")));
    CHECK(kinds.join(QLatin1Char('|')).contains(QStringLiteral("After purchase: third call")));
    CHECK(test::child<QLabel>(view, QStringLiteral("customerProfit"))
              ->text()
              .contains(QStringLiteral("608.00")));

    // Both are on the file for the next clerk.
    Result<CustomerFile> file =
        CustomerFiles(store.db(), store.clock()).open(store.admin().actor(), 1);
    REQUIRE(file.ok());
    CHECK(file->purchases.size() == 1);
    CHECK(file->contacts.size() == 1);
}

TEST_CASE("A bad purchase line is refused in the dialog, naming the line, and nothing is saved")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("张伟"), QStringLiteral("13800138000"));
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::CustomersPage page(session);
    page.show();
    page.openCustomer(1);

    QString error;
    test::onNextModal([&error](QWidget* dialog) {
        test::typeText(test::child<QLineEdit>(dialog, QStringLiteral("receipt")),
                       QStringLiteral("R1"));
        auto* lines = test::child<QTableWidget>(dialog, QStringLiteral("lines"));
        lines->setItem(0, 0, new QTableWidgetItem(QStringLiteral("袜子")));
        lines->item(0, 2)->setText(QStringLiteral("12.345"));
        QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("save")), Qt::LeftButton);
        error = test::child<QLabel>(dialog, QStringLiteral("formError"))->text();
        CHECK(dialog->isVisible());
        test::onNextModal([](QWidget* box) {
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(test::child<QPushButton>(page.view(), QStringLiteral("addPurchase")),
                      Qt::LeftButton);
    CHECK(error.startsWith(QStringLiteral("Line 1")));
    CHECK(CustomerFiles(store.db(), store.clock())
              .open(store.admin().actor(), 1)
              ->purchases.isEmpty());
}

TEST_CASE("New customer from the keyboard: the typed phone is normalised and the file opens")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    test::activate(&window);
    search(window, QStringLiteral("139 0013 9000"));
    CHECK(window.customersPage()->results()->rowCount() == 0);

    QString hint;
    test::onNextModal([&hint](QWidget* dialog) {
        // The number typed in the search box is already in the mobile field.
        CHECK(test::child<QLineEdit>(dialog, QStringLiteral("mobile"))->text() ==
              QStringLiteral("139 0013 9000"));
        auto* save = test::child<QPushButton>(dialog, QStringLiteral("save"));
        CHECK_FALSE(save->isEnabled());
        test::typeText(test::child<QLineEdit>(dialog, QStringLiteral("name")),
                       QStringLiteral("王芳"));
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().startsWith(QStringLiteral("→")))
                hint = label->text();
        }
        REQUIRE(save->isEnabled());
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(hint == QStringLiteral("→ +86 139 0013 9000"));
    CHECK(window.customersPage()->view()->customerId() == 1);
    CHECK(CustomerFiles(store.db(), store.clock())
              .open(store.admin().actor(), 1)
              ->customer.phones.first()
              .e164 == QStringLiteral("+8613900139000"));
}

TEST_CASE("A protected file asks for the purpose before it opens")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("陈律师"), QStringLiteral("13600136000"),
                Confidentiality::Confidential);
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::CustomersPage page(session);
    page.show();

    test::onNextModal([](QWidget* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        REQUIRE(input);
        input->reject();
    });
    page.openCustomer(1);
    CHECK(page.view()->customerId() == 0);

    test::onNextModal([](QWidget* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("处理投诉"));
        input->accept();
    });
    page.openCustomer(1);
    CHECK(page.view()->customerId() == 1);
}

TEST_CASE("The import wizard lists every bad line and imports nothing from a bad file")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::CustomersPage page(session);
    page.show();
    const QString bad = store.dir() + QStringLiteral("/bad.csv");
    const QString good = store.dir() + QStringLiteral("/good.csv");
    for (const auto& [path, text] :
         {std::pair{
              bad,
              QByteArrayLiteral(
                  "姓名,手机,生日\n张伟,13800138000,\n李娜,12345,\n王芳,13700137000,1990-99-01\n")},
          std::pair{good, QByteArrayLiteral("姓名,手机\n张伟,13800138000\n李娜,13900139000\n")}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    QStringList problems;
    bool importEnabled = true;
    test::onNextModal([&](QWidget* dialog) {
        auto* path = test::child<QLineEdit>(dialog, QStringLiteral("importPath"));
        test::typeText(path, bad);
        QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("checkImport")),
                          Qt::LeftButton);
        auto* list = test::child<QListWidget>(dialog, QStringLiteral("importProblems"));
        // The check runs in the background; the list fills when it is done.
        REQUIRE(QTest::qWaitFor([&] { return list->count() > 0; }, 10'000));
        for (int i = 0; i < list->count(); ++i)
            problems << list->item(i)->text();
        importEnabled = test::child<QPushButton>(dialog, QStringLiteral("runImport"))->isEnabled();
        qobject_cast<QDialog*>(dialog)->reject();
    });
    QTest::mouseClick(test::child<QPushButton>(&page, QStringLiteral("importCustomers")),
                      Qt::LeftButton);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].startsWith(QStringLiteral("Line 3")));
    CHECK(problems[1].startsWith(QStringLiteral("Line 4")));
    CHECK_FALSE(importEnabled);
    CHECK(store.db().scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt() == 0);

    test::onNextModal([&](QWidget* dialog) {
        test::typeText(test::child<QLineEdit>(dialog, QStringLiteral("importPath")), good);
        QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("checkImport")),
                          Qt::LeftButton);
        auto* run = test::child<QPushButton>(dialog, QStringLiteral("runImport"));
        REQUIRE(QTest::qWaitFor([&] { return run->isEnabled(); }, 10'000));
        QTest::mouseClick(run, Qt::LeftButton);
    });
    QTest::mouseClick(test::child<QPushButton>(&page, QStringLiteral("importCustomers")),
                      Qt::LeftButton);
    CHECK(store.db().scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt() == 2);
    CHECK(test::child<QLabel>(&page, QStringLiteral("resultCount"))
              ->text()
              .contains(QStringLiteral("2")));
}

TEST_CASE("A large import runs in the background with progress, and Stop keeps nothing")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    const QString path = store.dir() + QStringLiteral("/big.csv");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机,地址\n");
        for (int i = 0; i < 30'000; ++i)
            file.write(QStringLiteral("客户%1,1390%2,深圳市南山区科技园路%3号\n")
                           .arg(i)
                           .arg(i, 7, 10, QLatin1Char('0'))
                           .arg(i % 300)
                           .toUtf8());
    }
    const auto customers = [&] {
        return store.db().scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt();
    };

    ui::ImportDialog dialog(session);
    dialog.show();
    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("importPath")), path);
    auto* progress = test::child<QProgressBar>(&dialog, QStringLiteral("importProgress"));
    auto* stop = test::child<QPushButton>(&dialog, QStringLiteral("stopImport"));
    auto* run = test::child<QPushButton>(&dialog, QStringLiteral("runImport"));
    QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("checkImport")),
                      Qt::LeftButton);
    // The window answers while the file is read: the bar is shown and moves.
    CHECK(progress->isVisible());
    CHECK(stop->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return run->isEnabled(); }, 60'000));
    CHECK_FALSE(progress->isVisible());
    CHECK(test::child<QLabel>(&dialog, QStringLiteral("importSummary"))
              ->text()
              .contains(QStringLiteral("30000")));

    QTest::mouseClick(run, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return progress->value() > 0; }, 60'000));
    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !progress->isVisible(); }, 60'000));
    CHECK(dialog.isVisible());
    CHECK(dialog.imported() == 0);
    CHECK(test::child<QLabel>(&dialog, QStringLiteral("importSummary"))
              ->text()
              .contains(QStringLiteral("cancelled")));
    CHECK(customers() == 0);

    // Checked again, the import runs to its end and the dialog closes with the count.
    QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("checkImport")),
                      Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return run->isEnabled(); }, 60'000));
    QTest::mouseClick(run, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 120'000));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.imported() == 30'000);
    CHECK(customers() == 30'000);
}

TEST_CASE("Editing a file from the 360 view saves it and shows the change")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("张伟"), QStringLiteral("13800138000"));
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::CustomersPage page(session);
    page.show();
    page.openCustomer(1);
    test::onNextModal([](QWidget* dialog) {
        auto* address = test::child<QLineEdit>(dialog, QStringLiteral("address"));
        test::typeText(address, QStringLiteral("北京市朝阳区建国路88号"));
        QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("save")), Qt::LeftButton);
    });
    QTest::mouseClick(test::child<QPushButton>(page.view(), QStringLiteral("editCustomer")),
                      Qt::LeftButton);
    CHECK(test::child<QLabel>(page.view(), QStringLiteral("customerDetails"))
              ->text()
              .contains(QStringLiteral("建国路88号")));
    CHECK(
        CustomerFiles(store.db(), store.clock()).open(store.admin().actor(), 1)->customer.address ==
        QStringLiteral("北京市朝阳区建国路88号"));
}

TEST_CASE("A search with more matches than shown says so, and every phone number is read whole")
{
    test::TestStore store;
    // 55 customers end in 8000; two of them have two numbers.
    for (int i = 0; i < 55; ++i) {
        CustomerDraft draft;
        draft.name = QStringLiteral("顾客%1").arg(i);
        draft.phones = {QStringLiteral("1575%1%2").arg(i, 3, 10, QLatin1Char('0')).arg(8000)};
        if (i < 2)
            draft.phones << QStringLiteral("1390000%1").arg(1000 + i);
        REQUIRE(
            Services(store.db(), store.clock()).customers().create(store.admin().actor(), draft));
    }
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);

    search(window, QStringLiteral("8000"));
    ui::CustomerMatchModel* results = window.customersPage()->results();
    CHECK(results->rowCount() == 50);
    const QString count =
        test::child<QLabel>(window.customersPage(), QStringLiteral("resultCount"))->text();
    CHECK(count.contains(QStringLiteral("first 50 of more than 50")));

    auto* list = test::child<QTableView>(window.customersPage(), QStringLiteral("customerResults"));
    const int phones = int(ui::CustomerMatchModel::Column::Phones);
    QHeaderView* header = list->horizontalHeader();
    const QAbstractItemView* cells = list; // sizeHintForColumn is public here
    // The column is as wide as its widest number, and the whole row fits the panel.
    CHECK(header->sectionSize(phones) >= cells->sizeHintForColumn(phones));
    int needed = 0;
    for (int column = 0; column < results->columnCount(); ++column)
        needed += std::max(cells->sizeHintForColumn(column), header->sectionSizeHint(column));
    CHECK(needed <= list->viewport()->width());

    // Fewer than a page: the plain count.
    search(window, QStringLiteral("顾客1"));
    CHECK(test::child<QLabel>(window.customersPage(), QStringLiteral("resultCount"))
              ->text()
              .contains(QStringLiteral("found")));
}

TEST_CASE("The customer editor is filled from the keyboard alone, field by field in reading order")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    test::activate(&window);

    std::vector<std::string> walked;
    std::vector<std::string> walkedBack;
    test::onNextModal([&](QWidget* dialog) {
        REQUIRE(test::focused()->objectName() == QStringLiteral("name"));
        test::typeText(test::focused(), QStringLiteral("王芳"));
        walked.push_back(test::tab());
        QTest::keyClicks(test::focused(), QStringLiteral("13900139000"));
        walked.push_back(test::tab());
        walked.push_back(test::tab());
        walked.push_back(test::tab());
        QTest::keyClick(test::focused(), Qt::Key_Down); // gender
        walked.push_back(test::tab());
        QTest::keyClicks(test::focused(), QStringLiteral("19880312"));
        walked.push_back(test::tab());
        test::typeText(test::focused(), QStringLiteral("上海市浦东新区世纪大道100号"));
        for (const std::string& step : test::tabs(9))
            walked.push_back(step);
        for (const std::string& step : test::tabs(3))
            walked.push_back(step);
        walkedBack = test::tabs(3, true);
        QTest::keyClick(test::focused(), Qt::Key_S, Qt::ControlModifier);
        test::settle(250); // a shortcut clicks the button after a short animation
        if (dialog->isVisible())
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(walked == std::vector<std::string>{
                        "mobile", "homePhone", "officePhone", "gender", "birthday", "address",
                        "company", "category", "confidentiality", "tags", "preferences", "source",
                        "contactHours", "noCalls", "note", "family", "save", "cancel"});
    CHECK(walkedBack == std::vector<std::string>{"save", "family", "note"});

    Result<CustomerFile> file =
        CustomerFiles(store.db(), store.clock()).open(store.admin().actor(), 1);
    REQUIRE(file.ok());
    CHECK(file->customer.name == QStringLiteral("王芳"));
    CHECK(file->customer.birthday == QDate(1988, 3, 12));
    CHECK(file->customer.address == QStringLiteral("上海市浦东新区世纪大道100号"));

    // Editing it shows its standing too, after the family, before the buttons.
    walked.clear();
    test::onNextModal([&](QWidget* dialog) {
        test::child<QPlainTextEdit>(dialog, QStringLiteral("note"))->setFocus();
        walked = test::tabs(6);
        static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
    });
    QTest::mouseClick(
        test::child<QPushButton>(window.customersPage()->view(), QStringLiteral("editCustomer")),
        Qt::LeftButton);
    CHECK(walked ==
          std::vector<std::string>{"family", "stage", "status", "owner", "save", "cancel"});
}
