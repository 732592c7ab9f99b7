// countercare-screenshots (env COUNTERCARE_SCREENSHOTS=DIR): PNGs of every window in zh_CN and en,
// at 1366×768, on a store with realistic staff and history, for people to look at.
#include "TestStore.h"
#include "UiTestSupport.h"

#include <CompensationSlip.h>
#include <ComplaintSlip.h>
#include <ExitBackup.h>
#include <FirstRunDialog.h>
#include <LockScreen.h>
#include <MainWindow.h>
#include <Session.h>
#include <SignInDialog.h>
#include <StartupCheck.h>
#include <Theme.h>
#include <accounts/AccountService.h>
#include <admin/AdminPage.h>
#include <admin/DeactivateDialog.h>
#include <admin/UserDialog.h>
#include <base/AppInfo.h>
#include <base/Translations.h>
#include <callbacks/CallbackDialog.h>
#include <callbacks/CallbackListModel.h>
#include <callbacks/CallbacksPage.h>
#include <compensation/ApprovalsPage.h>
#include <compensation/CompensationDialog.h>
#include <complaints/CaseActionDialog.h>
#include <complaints/ComplaintForm.h>
#include <complaints/ComplaintView.h>
#include <complaints/ComplaintsPage.h>
#include <customers/ContactDialog.h>
#include <customers/CustomerDialog.h>
#include <customers/CustomerView.h>
#include <customers/CustomersPage.h>
#include <customers/ImportDialog.h>
#include <customers/PurchaseDialog.h>
#include <reports/ReportsPage.h>
#include <storage/FileCheckSchedule.h>
#include <store/StoreService.h>

#include <QDateEdit>
#include <QTimeZone>
#include <demo/DemoData.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <accounts/AccountService.h>

#include <QSignalSpy>
#include <QTableWidget>
#include <callbacks/CallbackService.h>
#include <compensation/CompensationService.h>
#include <complaints/ComplaintService.h>
#include <customers/CustomerService.h>
#include <overview/CustomerFiles.h>

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#define CATCH_CONFIG_RUNNER
#include <admin/AdminPage.h>
#include <backup/AutoBackup.h>
#include <backup/BackupsTab.h>
#include <backup/DamagedStoreDialog.h>
#include <backup/RestoreDialog.h>
#include <store/StoreSettings.h>

#include <QFile>
#include <QLabel>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

void save(QWidget* widget, const QString& dir, const QString& name)
{
    widget->show();
    test::settle(80);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path);
    qInfo("%s", qPrintable(path));
}

void shoot(const QString& language, const QString& outDir)
{
    Translations::install(language);
    const QString dir = QDir(outDir).filePath(language);
    QDir().mkpath(dir);

    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    const QList<QPair<QString, Role>> staff{{QStringLiteral("lina"), Role::Clerk},
                                            {QStringLiteral("zhangwei"), Role::Clerk},
                                            {QStringLiteral("chenjing"), Role::Supervisor},
                                            {QStringLiteral("liuyang"), Role::Clerk}};
    const QStringList names{QStringLiteral("李娜"), QStringLiteral("张伟"), QStringLiteral("陈静"),
                            QStringLiteral("刘洋")};
    for (int i = 0; i < staff.size(); ++i) {
        (void)accounts.addUser(store.admin().actor(), staff[i].first, names[i], staff[i].second,
                               test::staffPassword);
        store.clock().advanceSecs(3600);
        (void)accounts.signIn(staff[i].first, test::staffPassword);
    }
    for (int i = 0; i < 5; ++i)
        (void)accounts.signIn(QStringLiteral("liuyang"), QStringLiteral("wrong-password"));

    // Customers with a real history: seed 000's boots among them.
    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerFiles files(store.db(), store.clock());
    const auto addCustomer = [&](const QString& name, const QStringList& phones,
                                 const QString& address, const QStringList& tags) {
        CustomerDraft draft;
        draft.name = name;
        draft.phones = phones;
        draft.address = address;
        draft.tags = tags;
        draft.birthday = QDate(1988, 11, 25);
        draft.preferences = QStringLiteral("偏爱黑色、棕色，鞋码38，工作日晚上6点后方便联系");
        return customers.create(store.admin().actor(), draft, true).value();
    };
    const Customer zhang = addCustomer(
        QStringLiteral("张丽华"), {QStringLiteral("13800138000"), QStringLiteral("010-6588-1234")},
        QStringLiteral("北京市朝阳区建国路88号"),
        {QStringLiteral("38码"), QStringLiteral("老顾客")});
    addCustomer(QStringLiteral("張偉"), {QStringLiteral("13900008000")},
                QStringLiteral("九龍彌敦道100號"), {});
    addCustomer(QStringLiteral("李伟"), {QStringLiteral("13700378000")}, QString(), {});
    (void)customers.addPurchase(store.admin().actor(), zhang.id, QStringLiteral("R20251103-0107"),
                                QDate(2025, 11, 3),
                                {{QStringLiteral("羊绒大衣"), 1, 399900, 210000}});
    (void)customers.addPurchase(store.admin().actor(), zhang.id, QStringLiteral("R20261120-0042"),
                                QDate(2026, 11, 20),
                                {{QStringLiteral("女靴 38码"), 1, 149800, 89000},
                                 {QStringLiteral("皮革护理剂"), 2, 3500, 1200}});
    (void)customers.addContact(
        store.admin().actor(), zhang.id, ContactChannel::Phone,
        QStringLiteral("购买后3天回访：靴子穿着舒适，已告知用专用护理剂保养"));
    store.clock().advanceSecs(3600);
    (void)customers.addContact(store.admin().actor(), zhang.id, ContactChannel::Visit,
                               QStringLiteral("到店反映鞋跟发黑，已登记，答应两天内答复"));

    (void)StoreService(store.db(), store.clock())
        .updateStore(store.admin().actor(), QStringLiteral("王府井旗舰店"),
                     QStringLiteral("400-820-8820"));
    ComplaintService complaints = Services(store.db(), store.clock()).complaints();
    const Actor chenjing = accounts.findUser(QStringLiteral("chenjing")).value().actor();
    QString bootsNumber;
    {
        // An older case, now overdue, and a few open ones around it.
        ComplaintDraft late;
        late.customerId = customers.find(store.admin().actor(), QStringLiteral("張偉"))->first().id;
        late.category = ComplaintCategory::Delivery;
        late.channel = ComplaintChannel::Phone;
        late.description = QStringLiteral("沙发约好周六送货，等了一天没人来，也没有电话通知");
        late.demand = ComplaintDemand::Apology;
        late.product = QStringLiteral("三人布艺沙发");
        late.receivedAt = store.clock().nowUtc().addDays(-4);
        (void)complaints.add(chenjing, late);
        ComplaintDraft price;
        price.customerId = late.customerId;
        price.category = ComplaintCategory::Price;
        price.description = QStringLiteral("买后第二天同款降价200元，要求退差价");
        price.demand = ComplaintDemand::Compensation;
        price.receivedAt = store.clock().nowUtc().addSecs(-20 * 3600);
        (void)complaints.add(store.admin().actor(), price);

        ComplaintDraft boots;
        boots.customerId = zhang.id;
        boots.category = ComplaintCategory::Attitude;
        boots.description = QStringLiteral(
            "11月20日买的女靴鞋跟发黑，来店反映时营业员说是牛仔裤染的，不是质量问题，态度很差。"
            "顾客要求检测并维修，并希望店里给个说法。");
        boots.demand = ComplaintDemand::Repair;
        boots.product = QStringLiteral("女靴 38码");
        boots.receiptNo = QStringLiteral("R20261120-0042");
        boots.purchaseDate = QDate(2026, 11, 20);
        boots.priceFen = 149800;
        boots.aboutStaff = QStringLiteral("zhangwei");
        boots.flags = {ComplaintFlag::Manufacturer};
        bootsNumber = complaints.add(chenjing, boots)->number;
        store.clock().advanceSecs(600);
        (void)complaints.takeIntoCustody(chenjing, bootsNumber, QStringLiteral("女靴一双"),
                                         QStringLiteral("鞋跟发黑，其余完好"),
                                         QStringLiteral("技术部"));
        (void)complaints.check(chenjing, bootsNumber, HandlingCheck::Listen, true);
        (void)complaints.check(chenjing, bootsNumber, HandlingCheck::Ask, true);
        (void)complaints.start(chenjing, bootsNumber);
        store.clock().advanceSecs(900);
        (void)complaints.escalate(chenjing, bootsNumber,
                                  QStringLiteral("已电话告知店长王总，并邮件报集团客服部"));
        (void)complaints.note(chenjing, bootsNumber,
                              QStringLiteral("已记下顾客电话，技术部检测结果出来后两天内回复"));
    }

    {
        // Calls: the boots purchase's first call is late, a coat bought a month ago is due
        // for its second, calls arranged for this afternoon, a follow-up tomorrow.
        const Actor lina = accounts.findUser(QStringLiteral("lina")).value().actor();
        const CustomerMatch li =
            customers.find(store.admin().actor(), QStringLiteral("李伟"))->first();
        const CustomerMatch wei =
            customers.find(store.admin().actor(), QStringLiteral("張偉"))->first();
        (void)customers.addPurchase(store.admin().actor(), li.id, QStringLiteral("R20261024-0031"),
                                    QDate(2026, 10, 24),
                                    {{QStringLiteral("智能净水器"), 1, 259900, 160000}});
        (void)customers.addContact(store.admin().actor(), li.id, ContactChannel::Phone,
                                   QStringLiteral("净水器安装完成，顾客问滤芯多久换一次"));
        CallbackService callbacks(store.db(), store.clock());
        const QDate today = store.clock().nowUtc().toLocalTime().date();
        (void)callbacks.add(store.admin().actor(), wei.id, QDateTime(today, QTime(17, 0)).toUTC(),
                            QStringLiteral("告知沙发改到周二上午送货"));
        (void)callbacks.add(lina, li.id, QDateTime(today, QTime(16, 30)).toUTC(),
                            QStringLiteral("确认滤芯到货后上门更换的时间"));
        (void)callbacks.addHoliday(store.admin().actor(), QStringLiteral("元旦"),
                                   QDate(2027, 1, 1));
        (void)callbacks.addHoliday(store.admin().actor(), QStringLiteral("春节"),
                                   QDate(2027, 2, 6));
        (void)callbacks.setServiceInterval(store.admin().actor(), QStringLiteral("净水器"), 180);
        ComplaintFilter open;
        open.openOnly = true;
        // Compensation waiting: lina's voucher for the late sofa, a refund above the
        // supervisor's limit that chenjing recommends.
        CompensationService compensation(store.db(), store.clock());
        for (const Complaint& c :
             complaints.list(store.admin().actor(), open, store.clock().nowUtc()).value()) {
            if (c.category == ComplaintCategory::Delivery) {
                (void)compensation.request(lina, c.number, CompensationKind::Voucher, 30000,
                                           QStringLiteral("送货爽约一整天，顾客请了假在家等"));
                const qint64 refund =
                    compensation
                        .request(lina, c.number, CompensationKind::Refund, 80000,
                                 QStringLiteral("顾客要求退还送货安装费和部分货款"))
                        ->id;
                (void)compensation.recommend(chenjing, refund,
                                             QStringLiteral("建议只退送货安装费 200 元"));
            }
        }
        for (const Complaint& c :
             complaints.list(store.admin().actor(), open, store.clock().nowUtc()).value()) {
            if (c.category == ComplaintCategory::Price)
                (void)complaints.resolve(store.admin().actor(), c.number,
                                         QStringLiteral("按价格保护退还差价200元"), 4);
        }
    }

    ui::Session session(Services(store.db(), store.clock()));

    {
        QTemporaryDir emptyDir;
        auto empty = Database::open(emptyDir.filePath(QStringLiteral("e.sqlite"))).value();
        ui::Session fresh(Services(*empty, store.clock()));
        ui::FirstRunDialog firstRun(fresh);
        test::typeText(firstRun.findChild<QLineEdit*>(QStringLiteral("storeName")),
                       QStringLiteral("王府井旗舰店"));
        test::typeText(firstRun.findChild<QLineEdit*>(QStringLiteral("adminUsername")),
                       QStringLiteral("wang"));
        test::typeText(firstRun.findChild<QLineEdit*>(QStringLiteral("adminPassword")),
                       QStringLiteral("short"));
        save(&firstRun, dir, QStringLiteral("first-run"));
    }
    {
        // As it shows while a large store is checked (the label ticks each 0.3 s): before an
        // upgrade or on its first start (a store closed properly: no log beside it), after a
        // crash (the log left with frames in it, nobody using the file), and after a check
        // that found damage.
        const auto shotChecking = [&](const QString& path, const QString& name) {
            ui::StartupCheck checking(path);
            checking.findChild<QLabel*>(QStringLiteral("checkElapsed"))
                ->setText(QStringLiteral("6.3 s"));
            save(&checking, dir, name);
        };
        QTemporaryDir closed;
        const QString daily = closed.filePath(QStringLiteral("countercare.sqlite"));
        QFile::copy(store.path(), daily);
        shotChecking(daily, QStringLiteral("startup-check"));
        QTemporaryDir cut;
        const QString crashed = cut.filePath(QStringLiteral("countercare.sqlite"));
        test::copyAsLeftByPowerCut(store.path(), crashed);
        shotChecking(crashed, QStringLiteral("startup-check-after-crash"));
        FileCheckSchedule::recordFailed(daily);
        shotChecking(daily, QStringLiteral("startup-check-after-damage"));
    }
    {
        // The day's check, behind the counter: under way, then finding the file damaged.
        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("countercare.sqlite"));
        test::copyAsLeftByPowerCut(store.path(), copy);
        OpenOptions settle;
        settle.quickCheck = QuickCheck::Never;
        (void)Database::open(copy, settle); // its log folded in and closed cleanly
        test::damageTable(copy, QStringLiteral("purchase_lines"));
        std::unique_ptr<Database> damagedDb = Database::open(copy, settle).value();
        ui::Session damagedSession(Services(*damagedDb, store.clock()));
        damagedSession.setUser(store.admin());
        ui::MainWindow counter(damagedSession);
        counter.resize(1366, 768);
        counter.show();
        test::settle(80);
        bool told = false;
        test::onNextModal([&](QWidget* box) {
            save(box, dir, QStringLiteral("file-damaged"));
            save(&counter, dir, QStringLiteral("dashboard-file-damaged"));
            told = true;
            qobject_cast<QDialog*>(box)->reject(); // "Keep the window open"
        });
        counter.checkFileInBackground();
        // Laid out, but not yet told the answer (which a store this small has at once).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        counter.grab().save(QDir(dir).filePath(QStringLiteral("dashboard-file-checking.png")));
        (void)QTest::qWaitFor([&] { return told; }, 30'000);
    }
    {
        // As it shows while a store of an earlier version is upgraded.
        ui::StartupCheck upgrading(store.path());
        upgrading.showUpgrading();
        upgrading.findChild<QLabel*>(QStringLiteral("checkElapsed"))
            ->setText(QStringLiteral("48.0 s"));
        save(&upgrading, dir, QStringLiteral("startup-upgrade"));
    }
    {
        // As it shows while a large store is backed up on exit.
        ui::ExitBackup exiting(store.path(), store.clock());
        exiting.findChild<QProgressBar*>(QStringLiteral("exitBackupProgress"))->setValue(42);
        save(&exiting, dir, QStringLiteral("exit-backup"));
    }
    {
        ui::SignInDialog signIn(session);
        test::typeText(signIn.findChild<QLineEdit*>(QStringLiteral("username")),
                       QStringLiteral("lina"));
        save(&signIn, dir, QStringLiteral("sign-in"));
    }

    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.resize(1366, 768);
    save(&window, dir, QStringLiteral("dashboard"));

    {
        QSignalSpy answered(window.customersPage(), &ui::CustomersPage::searchFinished);
        test::typeText(window.searchBox(), QStringLiteral("8000"));
        answered.wait(3000);
        save(&window, dir, QStringLiteral("customer-results"));
        window.customersPage()->openCustomer(zhang.id);
        save(&window, dir, QStringLiteral("customer-360"));
    }
    {
        ui::CustomerDialog editor(session);
        editor.prefill(QStringLiteral("138-0013-9000"));
        test::typeText(editor.findChild<QLineEdit*>(QStringLiteral("name")),
                       QStringLiteral("王芳"));
        test::typeText(editor.findChild<QLineEdit*>(QStringLiteral("homePhone")),
                       QStringLiteral("0755 8888"));
        save(&editor, dir, QStringLiteral("customer-editor"));
    }
    {
        ui::PurchaseDialog purchase(session, zhang.id);
        test::typeText(purchase.findChild<QLineEdit*>(QStringLiteral("receipt")),
                       QStringLiteral("R20261123-0008"));
        auto* lines = purchase.findChild<QTableWidget*>(QStringLiteral("lines"));
        lines->setItem(0, 0, new QTableWidgetItem(QStringLiteral("真皮手套")));
        lines->item(0, 2)->setText(QStringLiteral("299"));
        lines->item(0, 3)->setText(QStringLiteral("120"));
        save(&purchase, dir, QStringLiteral("purchase"));
    }

    {
        ui::CustomerDialog editor(session);
        editor.setCustomer(files.open(store.admin().actor(), zhang.id)->customer,
                           AccountService(store.db(), store.clock()).colleagues().value());
        save(&editor, dir, QStringLiteral("customer-edit"));
    }
    {
        const QString csv = store.dir() + QStringLiteral("/till-export.csv");
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArrayLiteral(
                "姓名,手机,性别,生日,备注\n赵敏,13611112222,女,1992-04-01,\n钱伟,1361111,男,,"
                "\n孙丽,13633334444,x,,\n"
                "周杰,13655556666,男,1990/13/01,\n吴芳,13611112222,女,,老顾客\n"));
        file.close();
        ui::ImportDialog importer(session);
        importer.setPath(csv);
        importer.findChild<QPushButton*>(QStringLiteral("checkImport"))->click();
        (void)QTest::qWaitFor(
            [&] {
                return importer.findChild<QListWidget*>(QStringLiteral("importProblems"))->count() >
                       0;
            },
            10'000);
        save(&importer, dir, QStringLiteral("import-wizard"));

        // A large file: checked in the background, with a bar and a Stop button.
        const QString big = store.dir() + QStringLiteral("/till-big.csv");
        QFile bigFile(big);
        if (bigFile.open(QIODevice::WriteOnly)) {
            bigFile.write("姓名,手机\n");
            for (int i = 0; i < 40'000; ++i)
                bigFile.write(QStringLiteral("客户%1,1390%2\n")
                                  .arg(i)
                                  .arg(i, 7, 10, QLatin1Char('0'))
                                  .toUtf8());
        }
        bigFile.close();
        importer.setPath(big);
        importer.findChild<QPushButton*>(QStringLiteral("checkImport"))->click();
        auto* bar = importer.findChild<QProgressBar*>(QStringLiteral("importProgress"));
        (void)QTest::qWaitFor([&] { return bar->value() >= 15; }, 10'000);
        save(&importer, dir, QStringLiteral("import-progress"));
        (void)QTest::qWaitFor([&] { return !bar->isVisible(); }, 60'000);
    }

    {
        // Complaints: the lists, a case with its timeline, the intake form, the receipt.
        ui::ComplaintsPage* page = window.complaintsPage();
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(2);
        page->showList(ui::ComplaintsPage::List::Open);
        save(&window, dir, QStringLiteral("complaints-open"));
        page->showList(ui::ComplaintsPage::List::Overdue);
        save(&window, dir, QStringLiteral("complaints-overdue"));
        page->openComplaint(bootsNumber);
        save(&window, dir, QStringLiteral("complaint-case"));
        {
            ui::CaseActionDialog resolve(session, ui::CaseActionDialog::Kind::Resolve,
                                         page->view()->complaint());
            test::typeText(resolve.findChild<QPlainTextEdit*>(QStringLiteral("text")),
                           QStringLiteral("技术部检测为皮革质量问题，免费更换同款"));
            save(&resolve, dir, QStringLiteral("complaint-resolve"));
        }
        Result<ComplaintReceipt> receipt = complaints.receipt(store.admin().actor(), bootsNumber);
        if (receipt) {
            const print::ComplaintSlip slip(receipt.value());
            slip.toImage(print::SlipSize::A5, 110)
                .save(QDir(dir).filePath(QStringLiteral("receipt-a5.png")));
            slip.toImage(print::SlipSize::Roll80, 160)
                .save(QDir(dir).filePath(QStringLiteral("receipt-80mm.png")));
        }
        window.newComplaint();
        ui::ComplaintForm* form = page->form();
        test::typeText(form->findChild<QLineEdit*>(QStringLiteral("customerQuery")),
                       QStringLiteral("8000"));
        (void)QTest::qWaitFor(
            [&] {
                return form->findChild<QListWidget*>(QStringLiteral("customerMatches"))->count() >
                       0;
            },
            3000);
        save(&window, dir, QStringLiteral("complaint-form-lookup"));
        QTest::keyClick(form->findChild<QLineEdit*>(QStringLiteral("customerQuery")),
                        Qt::Key_Return);
        test::typeText(form->findChild<QPlainTextEdit*>(QStringLiteral("description")),
                       QStringLiteral("羊绒大衣洗了一次就起球严重，要求退货"));
        save(&window, dir, QStringLiteral("complaint-form"));
        form->findChild<QPushButton*>(QStringLiteral("discard"))->click();
        page->showList(ui::ComplaintsPage::List::Mine);
    }

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    {
        // Callbacks: today's list with the call in hand, the done dialog, the week, the team.
        navigation->setCurrentRow(4);
        ui::CallbacksPage* calls = window.callbacksPage();
        calls->showView(ui::CallbacksPage::View::Today);
        calls->table()->setCurrentIndex(calls->model()->index(0, 0));
        save(&window, dir, QStringLiteral("callbacks-today"));
        if (calls->model()->rowCount() > 0) {
            ui::CallbackDialog done(session, ui::CallbackDialog::Kind::Done,
                                    calls->model()->callbackAt(0));
            test::typeText(done.findChild<QPlainTextEdit*>(QStringLiteral("text")),
                           QStringLiteral("靴子穿着舒适，问了护理剂怎么用"));
            save(&done, dir, QStringLiteral("callback-done"));
        }
        QSignalSpy read(calls, &ui::CallbacksPage::loaded);
        calls->showView(ui::CallbacksPage::View::Week);
        read.wait(10'000);
        save(&window, dir, QStringLiteral("callbacks-week"));
        calls->showView(ui::CallbacksPage::View::Team);
        read.wait(10'000);
        save(&window, dir, QStringLiteral("callbacks-team"));
        calls->showView(ui::CallbacksPage::View::Today);
    }
    {
        // Approvals: the manager's queue, the request dialog on the boots case.
        navigation->setCurrentRow(3);
        window.approvalsPage()->refresh();
        save(&window, dir, QStringLiteral("approvals"));
        Compensation about;
        about.complaintNumber = bootsNumber;
        about.customerId = zhang.id;
        ui::CompensationDialog request(session, ui::CompensationDialog::Kind::Request, about);
        auto* kind = request.findChild<QComboBox*>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(CompensationKind::Repair)));
        test::typeText(request.findChild<QLineEdit*>(QStringLiteral("amount")),
                       QStringLiteral("600"));
        test::typeText(request.findChild<QPlainTextEdit*>(QStringLiteral("text")),
                       QStringLiteral("技术部确认鞋跟质量问题，免费更换鞋跟并护理"));
        save(&request, dir, QStringLiteral("compensation-request"));
        // The slip of lina's voucher, once approved at 200.
        CompensationService compensation(store.db(), store.clock());
        CompensationFilter waiting;
        waiting.status = CompensationStatus::Pending;
        for (const Compensation& p : compensation.list(store.admin().actor(), waiting).value()) {
            if (p.kind != CompensationKind::Voucher)
                continue;
            Result<Compensation> decided =
                compensation.decide(store.admin().actor(), p.id, true, 20000,
                                    QStringLiteral("送货爽约，按店规补偿 200 元代金券"));
            if (decided) {
                const print::CompensationSlip slip(
                    compensation.slip(store.admin().actor(), p.id).value());
                slip.toImage(print::SlipSize::Roll80, 160)
                    .save(QDir(dir).filePath(QStringLiteral("compensation-slip-80mm.png")));
            }
        }
    }
    navigation->setCurrentRow(6);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    tabs->setCurrentIndex(0);
    save(&window, dir, QStringLiteral("admin-users"));
    tabs->setCurrentIndex(1);
    save(&window, dir, QStringLiteral("admin-audit"));
    tabs->setCurrentIndex(2);
    save(&window, dir, QStringLiteral("admin-settings"));
    tabs->setCurrentIndex(3);
    save(&window, dir, QStringLiteral("admin-callback-rules"));
    tabs->setCurrentIndex(4);
    save(&window, dir, QStringLiteral("admin-authority"));
    {
        // A week of daily backups, then the tab, the restore dialog and the damaged start.
        AutoBackup automatic(store.db(), store.clock());
        store.clock().advanceSecs(-9 * 24 * 3600);
        for (int day = 0; day < 9; ++day) {
            store.clock().advanceSecs(24 * 3600);
            (void)automatic.run(BackupTrigger::Exit);
        }
        window.backupsChanged();
        tabs->setCurrentIndex(5);
        window.adminPage()->backupsTab()->refresh();
        save(&window, dir, QStringLiteral("admin-backups"));
        const QString newest =
            AutoBackup::list(StoreSettings::defaultBackupFolder(store.path())).first().path;
        ui::RestoreDialog restore(session, newest);
        save(&restore, dir, QStringLiteral("restore-dialog"));
        // The same copy without its manifest: restoring it is a choice of its own.
        const QString bare = QDir(dir).filePath(QStringLiteral("copy-from-usb.sqlite"));
        QFile::remove(bare);
        (void)QFile::copy(newest, bare);
        {
            ui::RestoreDialog unverified(session, bare);
            save(&unverified, dir, QStringLiteral("restore-dialog-unverified"));
        }
        QFile::remove(bare);

        test::TestStore broken;
        (void)AutoBackup(broken.db(), broken.clock()).run(BackupTrigger::Exit);
        broken.clock().advanceSecs(-24 * 3600);
        (void)AutoBackup(broken.db(), broken.clock()).run(BackupTrigger::Exit);
        broken.close();
        test::damagePage(broken.path());
        ui::DamagedStoreDialog damaged(broken.path(), Database::examine(broken.path()),
                                       broken.clock());
        save(&damaged, dir, QStringLiteral("damaged-start"));
    }

    {
        ui::UserDialog add(session);
        test::typeText(add.findChild<QLineEdit*>(QStringLiteral("username")),
                       QStringLiteral("wu min"));
        test::typeText(add.findChild<QLineEdit*>(QStringLiteral("displayName")),
                       QStringLiteral("吴敏"));
        save(&add, dir, QStringLiteral("add-user"));
    }
    {
        ui::DeactivateDialog leave(session, accounts.findUser(QStringLiteral("zhangwei")).value(),
                                   accounts.listUsers(store.admin().actor()).value());
        save(&leave, dir, QStringLiteral("deactivate"));
    }

    window.lock();
    save(&window, dir, QStringLiteral("lock-screen"));
}

// The reports on a demo store: the manager's month and a year's churn.
void shootReports(const QString& language, const QString& outDir)
{
    Translations::install(language);
    const QString dir = QDir(outDir).filePath(language);
    test::TestStore store;
    store.clock().set(QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()));
    DemoOptions demo;
    demo.customers = 20'000;
    demo.complaints = 12'000;
    (void)DemoData(store.db(), store.clock()).fill(store.admin().actor(), demo);
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    ui::ReportsPage* reports = window.reportsPage();
    const auto done = [&](const char* report) {
        auto* show =
            reports->findChild<QPushButton*>(QLatin1String(report) + QStringLiteral("Show"));
        (void)QTest::qWaitFor([&] { return show->isEnabled(); }, 60'000);
    };
    test::showPage(&window, reports);
    done("monthly");
    reports->findChild<QDateEdit*>(QStringLiteral("reportMonth"))->setDate(QDate(2026, 10, 1));
    reports->showMonthly();
    done("monthly");
    save(&window, dir, QStringLiteral("reports-monthly"));
    reports->tabs()->setCurrentIndex(1);
    done("churn");
    save(&window, dir, QStringLiteral("reports-churn"));
}

} // namespace

// A Catch session, because TestStore reports through Catch; not registered with CTest.
TEST_CASE("screenshots")
{
    const QString out =
        qEnvironmentVariable("COUNTERCARE_SCREENSHOTS", QStringLiteral("screenshots"));
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        shoot(language, out);
        shootReports(language, out);
    }
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    applyApplicationIdentity();
    ui::applyTheme(app);
    return Catch::Session().run(argc, argv);
}
