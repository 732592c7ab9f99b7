#include "ComplaintView.h"

#include "CaseActionDialog.h"
#include "ComplaintListModel.h"
#include "Session.h"
#include "Theme.h"
#include "compensation/CompensationDialog.h"

#include <CompensationSlip.h>
#include <ComplaintSlip.h>
#include <accounts/Permissions.h>
#include <base/Money.h>
#include <compensation/CompensationService.h>
#include <complaints/ComplaintService.h>

#include <QCheckBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPageLayout>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QString chip(const QString& text, const QString& colour)
{
    return QStringLiteral("<span style='background:%1;color:white;'>&nbsp;%2&nbsp;</span>")
        .arg(colour, text.toHtmlEscaped());
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QString flagName(ComplaintFlag flag)
{
    switch (flag) {
    case ComplaintFlag::Media:
        return ComplaintView::tr("media");
    case ComplaintFlag::Regulator:
        return ComplaintView::tr("regulator");
    case ComplaintFlag::Group:
        return ComplaintView::tr("group of three or more");
    case ComplaintFlag::Manufacturer:
        return ComplaintView::tr("manufacturer / head office");
    case ComplaintFlag::Safety:
        return ComplaintView::tr("safety");
    }
    return {};
}

QString eventText(const ComplaintEventEntry& event)
{
    QString what;
    if (event.kind == QLatin1String("received"))
        what = ComplaintView::tr("Complaint received");
    else if (event.kind == QLatin1String("transition")) {
        const std::optional<ComplaintStatus> to = ComplaintRules::statusFromKey(event.toStatus);
        what = ComplaintView::tr("Status: %1")
                   .arg(to ? ComplaintRules::statusName(*to) : event.toStatus);
    } else if (event.kind == QLatin1String("escalation"))
        what = ComplaintView::tr("Reported as a major case");
    else if (event.kind == QLatin1String("assignment"))
        what = ComplaintView::tr("Assignment");
    else if (event.kind == QLatin1String("custody"))
        what = ComplaintView::tr("Items in custody");
    else
        what = ComplaintView::tr("Note");
    return event.note.isEmpty() ? what : QStringLiteral("%1 — %2").arg(what, event.note);
}

constexpr auto slipSizeKey = "print/complaintSlip";

} // namespace

ComplaintView::ComplaintView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_chips(new QLabel(this))
    , m_details(new QLabel(this))
    , m_description(new QLabel(this))
    , m_promise(new QLabel(this))
    , m_message(new QLabel(this))
    , m_timeline(new QTableWidget(this))
    , m_start(new QPushButton(tr("Start handling"), this))
    , m_note(new QPushButton(tr("Add note…"), this))
    , m_custody(new QPushButton(tr("Keep an item…"), this))
    , m_returned(new QPushButton(tr("Items returned"), this))
    , m_escalate(new QPushButton(tr("Report major case…"), this))
    , m_raise(new QPushButton(tr("Raise to major…"), this))
    , m_compensate(new QPushButton(tr("Compensation…"), this))
    , m_assign(new QPushButton(tr("Assign…"), this))
    , m_resolve(new QPushButton(tr("Resolve…"), this))
    , m_close(new QPushButton(tr("Close case"), this))
    , m_closeWithout(new QPushButton(tr("Close without the call…"), this))
    , m_reopen(new QPushButton(tr("Reopen…"), this))
    , m_cancel(new QPushButton(tr("Cancel complaint…"), this))
    , m_print(new QPushButton(tr("Print receipt"), this))
    , m_customer(new QPushButton(tr("Customer file"), this))
{
    setObjectName(QStringLiteral("complaintView"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chips->setObjectName(QStringLiteral("complaintChips"));
    m_details->setObjectName(QStringLiteral("complaintDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setObjectName(QStringLiteral("complaintDescription"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_promise->setObjectName(QStringLiteral("complaintPromise"));
    m_promise->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("complaintMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    const QList<QPair<QPushButton*, const char*>> named{{m_start, "start"},
                                                        {m_note, "addNote"},
                                                        {m_custody, "keepItem"},
                                                        {m_returned, "returned"},
                                                        {m_escalate, "escalate"},
                                                        {m_raise, "raise"},
                                                        {m_compensate, "requestCompensation"},
                                                        {m_assign, "assign"},
                                                        {m_resolve, "resolve"},
                                                        {m_close, "closeCase"},
                                                        {m_closeWithout, "closeWithoutCallback"},
                                                        {m_reopen, "reopen"},
                                                        {m_cancel, "cancelCase"},
                                                        {m_print, "printReceipt"},
                                                        {m_customer, "openCustomer"}};
    for (const auto& [button, name] : named)
        button->setObjectName(QLatin1String(name));
    m_start->setProperty("primary", true);
    m_resolve->setProperty("primary", true);
    m_close->setProperty("primary", true);
    m_print->setToolTip(tr("Print the customer's receipt slip (Ctrl+P)"));
    auto* printMenu = new QMenu(m_print);
    m_printMenu = printMenu;
    printMenu->addAction(tr("Print on A5"), this, [this] {
        QSettings().setValue(QLatin1String(slipSizeKey), QStringLiteral("a5"));
        printReceipt();
    });
    printMenu->addAction(tr("Print on the 80 mm receipt printer"), this, [this] {
        QSettings().setValue(QLatin1String(slipSizeKey), QStringLiteral("80mm"));
        printReceipt();
    });
    printMenu->addAction(tr("Save as PDF…"), this, &ComplaintView::saveReceiptPdf);
    m_print->setMenu(printMenu);
    auto* printShortcut =
        new QShortcut(QKeySequence::Print, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, this, &ComplaintView::printReceipt);

    // Header: number, chips, the customer's file and the slip.
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_chips);
    header->addStretch();
    header->addWidget(m_customer);
    header->addWidget(m_print);

    auto* caseBox = new QGroupBox(tr("The complaint"), this);
    auto* caseLayout = new QVBoxLayout(caseBox);
    caseLayout->addWidget(m_details);
    auto* said = new QLabel(tr("In the customer's words:"), caseBox);
    said->setObjectName(QStringLiteral("pageSubtitle"));
    caseLayout->addWidget(said);
    caseLayout->addWidget(m_description);
    caseLayout->addStretch();

    auto* promiseBox = new QGroupBox(tr("Service promise"), this);
    auto* promiseLayout = new QVBoxLayout(promiseBox);
    promiseLayout->addWidget(m_promise);

    auto* checksBox = new QGroupBox(tr("Five clears"), this);
    checksBox->setObjectName(QStringLiteral("fiveClears"));
    auto* checksLayout = new QVBoxLayout(checksBox);
    const QList<HandlingCheck> checks = ComplaintRules::allChecks();
    for (int i = 0; i < checks.size(); ++i) {
        auto* box = new QCheckBox(ComplaintRules::checkName(checks[i]), checksBox);
        box->setObjectName(QStringLiteral("check_%1").arg(ComplaintRules::checkKey(checks[i])));
        connect(box, &QCheckBox::clicked, this, [this, i](bool done) { toggleCheck(i, done); });
        checksLayout->addWidget(box);
        m_checks.append(box);
    }

    m_actions = new QGridLayout;
    m_actionButtons = {m_start,  m_resolve, m_close,    m_closeWithout, m_escalate,
                       m_note,   m_custody, m_returned, m_compensate,   m_raise,
                       m_assign, m_reopen,  m_cancel};
    QGridLayout* actions = m_actions;

    auto* right = new QVBoxLayout;
    right->addWidget(promiseBox);
    right->addWidget(checksBox);
    right->addLayout(actions);
    right->addStretch();

    auto* columns = new QHBoxLayout;
    columns->addWidget(caseBox, 3);
    columns->addLayout(right, 2);

    m_timeline->setObjectName(QStringLiteral("complaintTimeline"));
    m_timeline->setColumnCount(3);
    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(true);
    m_timeline->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* timelineTitle = new QLabel(tr("Timeline"), this);
    timelineTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addLayout(columns);
    layout->addWidget(timelineTitle);
    layout->addWidget(m_timeline, 1);

    connect(m_start, &QPushButton::clicked, this, &ComplaintView::start);
    connect(m_close, &QPushButton::clicked, this, &ComplaintView::close);
    connect(m_returned, &QPushButton::clicked, this, &ComplaintView::returnCustody);
    const QList<QPair<QPushButton*, CaseActionDialog::Kind>> dialogs{
        {m_note, CaseActionDialog::Kind::Note},
        {m_custody, CaseActionDialog::Kind::Custody},
        {m_escalate, CaseActionDialog::Kind::Escalate},
        {m_raise, CaseActionDialog::Kind::Raise},
        {m_assign, CaseActionDialog::Kind::Assign},
        {m_resolve, CaseActionDialog::Kind::Resolve},
        {m_reopen, CaseActionDialog::Kind::Reopen},
        {m_cancel, CaseActionDialog::Kind::Cancel},
        {m_closeWithout, CaseActionDialog::Kind::CloseWithoutCallback}};
    for (const auto& [button, kind] : dialogs)
        connect(button, &QPushButton::clicked, this,
                [this, kind = kind] { runDialog(static_cast<int>(kind)); });
    connect(m_customer, &QPushButton::clicked, this,
            [this] { Q_EMIT openCustomer(m_complaint.customerId); });
    connect(m_compensate, &QPushButton::clicked, this, [this] {
        Compensation about;
        about.complaintNumber = m_complaint.number;
        about.customerId = m_complaint.customerId;
        CompensationDialog dialog(m_session, CompensationDialog::Kind::Request, about, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            Q_EMIT changed(m_complaint.number);
        }
    });
    clear();
}

void ComplaintView::clear()
{
    m_complaint = Complaint();
    m_title->clear();
    m_chips->clear();
    m_details->clear();
    m_description->clear();
    m_promise->clear();
    m_message->hide();
    m_timeline->setRowCount(0);
    updateActions();
}

void ComplaintView::reload()
{
    if (m_complaint.number.isEmpty())
        return;
    Result<Complaint> found =
        m_session.services().complaints().show(m_session.user().actor(), m_complaint.number);
    if (found)
        showComplaint(found.value());
}

void ComplaintView::showComplaint(const Complaint& c)
{
    m_complaint = c;
    const QDateTime now = m_session.clock().nowUtc();
    const bool open = ComplaintRules::isOpen(c.status);
    m_title->setText(c.number);

    QStringList chips;
    const QString statusColour =
        open ? QLatin1String(colors::accent) : QLatin1String(colors::closed);
    chips << chip(ComplaintRules::statusName(c.status), statusColour);
    if (c.severity == Severity::Major)
        chips << chip(ComplaintKeys::displayName(Severity::Major), QLatin1String(colors::overdue));
    const bool replyLate = ComplaintRules::isReplyLate(c.status, c.replyDue, now);
    const bool resolveLate = ComplaintRules::isResolveLate(c.status, c.resolveDue, now);
    const bool reportLate = ComplaintRules::isEscalationLate(
        c.status, c.severity, c.escalatedAt.isValid(), c.escalateDue, now);
    if (replyLate || resolveLate || reportLate)
        chips << chip(tr("Overdue"), QLatin1String(colors::overdue));
    m_chips->setText(chips.join(QStringLiteral("&nbsp;")));

    // What the case is about, as label: value lines.
    QStringList rows;
    const auto row = [&rows](const QString& label, const QString& value) {
        if (!value.isEmpty())
            rows << QStringLiteral("<tr><td style='color:#5b6b7a;padding-right:12px;'>%1</td>"
                                   "<td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Customer"), c.customerName);
    row(tr("Type"), ComplaintKeys::displayName(c.category));
    row(tr("Channel"), ComplaintKeys::displayName(c.channel));
    row(tr("Product"), c.product);
    row(tr("Receipt"), c.receiptNo);
    row(tr("Bought on"),
        c.purchaseDate.isValid() ? c.purchaseDate.toString(Qt::ISODate) : QString());
    row(tr("Price"), c.priceFen ? Money::displayFen(*c.priceFen) : QString());
    row(tr("Wants"),
        c.demand == ComplaintDemand::None ? QString() : ComplaintKeys::displayName(c.demand));
    row(tr("Staff involved"), m_session.personName(c.aboutStaff));
    QStringList flags;
    for (ComplaintFlag flag : c.flags)
        flags << flagName(flag);
    row(tr("Flags"), flags.join(QStringLiteral(", ")));
    if (c.severity == Severity::Major)
        row(tr("Major because"), c.severityReasons.join(QStringLiteral("; ")));
    row(tr("Handler"), c.handler.isEmpty() ? tr("(unassigned)") : m_session.personName(c.handler));
    for (const CustodyItem& item : c.custody) {
        QStringList parts{item.item};
        if (!item.condition.isEmpty())
            parts << item.condition;
        if (!item.sentTo.isEmpty())
            parts << tr("sent to %1").arg(item.sentTo);
        parts << (item.returnedAt.isValid() ? tr("returned %1").arg(localTime(item.returnedAt))
                                            : tr("held since %1").arg(localTime(item.takenAt)));
        row(tr("Kept"), parts.join(QStringLiteral("; ")));
    }
    CompensationFilter ofCase;
    ofCase.complaintId = c.id;
    Result<QList<Compensation>> compensations =
        m_session.services().compensations().list(m_session.user().actor(), ofCase);
    for (const Compensation& p : compensations ? compensations.value() : QList<Compensation>()) {
        const QString what = QStringLiteral("%1 %2").arg(CompensationKeys::displayName(p.kind),
                                                         Money::displayFen(p.amountFen));
        QString state;
        if (p.status == CompensationStatus::Pending)
            state =
                tr("%1 — waiting for a %2").arg(what, Roles::displayName(p.approverRole).toLower());
        else if (p.status == CompensationStatus::Approved)
            state = tr("%1 — %2 granted by %3")
                        .arg(what, Money::displayFen(p.grantedFen.value_or(0)),
                             p.decidedByName.isEmpty() ? p.decidedBy : p.decidedByName);
        else
            state = tr("%1 — rejected by %2")
                        .arg(what, p.decidedByName.isEmpty() ? p.decidedBy : p.decidedByName);
        row(tr("Compensation"), state);
    }
    // Each decision has its slip for the customer.
    qDeleteAll(m_compensationActions);
    m_compensationActions.clear();
    for (const Compensation& p : compensations ? compensations.value() : QList<Compensation>()) {
        if (p.status == CompensationStatus::Pending)
            continue;
        QAction* action = m_printMenu->addAction(
            tr("Print the compensation slip: %1 %2")
                .arg(CompensationKeys::displayName(p.kind),
                     p.status == CompensationStatus::Approved
                         ? Money::displayFen(p.grantedFen.value_or(0))
                         : CompensationKeys::displayName(p.status).toLower()));
        const qint64 id = p.id;
        connect(action, &QAction::triggered, this, [this, id] { printCompensationSlip(id); });
        m_compensationActions.append(action);
    }
    if (!c.resolution.isEmpty())
        row(tr("Resolution"), c.resolution);
    if (c.satisfaction)
        row(tr("Satisfaction"),
            *c.satisfaction == 0 ? tr("declined to say") : tr("%1 of 5").arg(*c.satisfaction));
    m_details->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    m_description->setText(c.description);

    // The promise clock: each line red when late, amber when due today.
    const auto dueLine = [&](const QString& label, const QDateTime& due, bool late, bool done) {
        const QString colour =
            done ? QLatin1String(colors::ok) : ComplaintListModel::dueColour(due, late, now);
        const QString text = done   ? tr("%1: %2 (done)").arg(label, localTime(due))
                             : late ? tr("%1: %2 — late").arg(label, localTime(due))
                                    : tr("%1: %2").arg(label, localTime(due));
        return colour.isEmpty()
                   ? text.toHtmlEscaped()
                   : QStringLiteral("<span style='color:%1;font-weight:600;'>%2</span>")
                         .arg(colour, text.toHtmlEscaped());
    };
    QStringList promise;
    promise << tr("Received: %1").arg(localTime(c.receivedAt)).toHtmlEscaped();
    promise << dueLine(tr("Reply by"), c.replyDue, replyLate,
                       c.status != ComplaintStatus::Received);
    promise << dueLine(tr("Resolve by"), c.resolveDue, resolveLate, !open);
    if (c.severity == Severity::Major) {
        promise << (c.escalatedAt.isValid()
                        ? tr("Reported: %1").arg(localTime(c.escalatedAt)).toHtmlEscaped()
                        : dueLine(tr("Report by"), c.escalateDue, reportLate, false));
    }
    m_promise->setText(promise.join(QStringLiteral("<br>")));

    const QList<HandlingCheck> checks = ComplaintRules::allChecks();
    for (int i = 0; i < checks.size(); ++i)
        m_checks[i]->setChecked(c.checks.contains(checks[i]));

    m_timeline->setRowCount(int(c.timeline.size()));
    for (int i = 0; i < c.timeline.size(); ++i) {
        // Newest first, as on the customer's file.
        const ComplaintEventEntry& event = c.timeline.at(c.timeline.size() - 1 - i);
        m_timeline->setItem(i, 0, new QTableWidgetItem(localTime(event.at)));
        m_timeline->setItem(i, 1, new QTableWidgetItem(m_session.personName(event.actor)));
        m_timeline->setItem(i, 2, new QTableWidgetItem(eventText(event)));
    }
    updateActions();
}

void ComplaintView::updateActions()
{
    const Complaint& c = m_complaint;
    const bool loaded = !c.number.isEmpty();
    const bool open = loaded && ComplaintRules::isOpen(c.status);
    const Role role = m_session.user().role;
    const auto allowed = [&](ComplaintEvent event) {
        return loaded && ComplaintRules::next(c.status, event).ok();
    };
    bool holding = false;
    for (const CustodyItem& item : c.custody)
        holding = holding || !item.returnedAt.isValid();
    m_start->setVisible(allowed(ComplaintEvent::Start));
    m_resolve->setVisible(allowed(ComplaintEvent::Resolve));
    m_close->setVisible(allowed(ComplaintEvent::Close));
    m_closeWithout->setVisible(allowed(ComplaintEvent::Close) &&
                               Permissions::allows(role, Action::CloseWithoutCallback));
    m_closeWithout->setToolTip(tr("Close although the follow-up call is not done, saying why"));
    m_reopen->setVisible(allowed(ComplaintEvent::Reopen));
    m_cancel->setVisible(allowed(ComplaintEvent::Cancel));
    m_note->setVisible(loaded);
    m_custody->setVisible(open);
    m_returned->setVisible(loaded && holding);
    m_escalate->setVisible(open && c.severity == Severity::Major && !c.escalatedAt.isValid());
    const bool aboutMe = c.aboutStaffId && *c.aboutStaffId == m_session.user().id;
    m_compensate->setVisible(open && c.status != ComplaintStatus::Resolved && !aboutMe);
    m_raise->setVisible(open && c.severity == Severity::General &&
                        Permissions::allows(role, Action::RaiseSeverity));
    m_assign->setVisible(open && Permissions::allows(role, Action::AssignComplaint));
    m_print->setEnabled(loaded);
    m_customer->setEnabled(loaded);
    for (QCheckBox* box : m_checks)
        box->setEnabled(open);
    // The buttons the case allows, packed three to a row without holes.
    for (QPushButton* button : m_actionButtons)
        m_actions->removeWidget(button);
    int placed = 0;
    for (QPushButton* button : m_actionButtons) {
        if (!button->isHidden()) {
            m_actions->addWidget(button, placed / 3, placed % 3);
            ++placed;
        }
    }
}

void ComplaintView::applied(const Result<Complaint>& result, const QString& what)
{
    if (!result) {
        m_message->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::overdue)));
        m_message->setText(what.isEmpty()
                               ? result.error().message
                               : m_session.shown(result.error(), what, QStringLiteral("complaint"),
                                                 m_complaint.number));
        m_message->show();
        reload(); // the checkboxes and buttons show what is really stored
        m_message->show();
        return;
    }
    m_message->hide();
    showComplaint(result.value());
    Q_EMIT changed(result->number);
}

void ComplaintView::start()
{
    applied(m_session.services().complaints().start(m_session.user().actor(), m_complaint.number),
            QStringLiteral("complaint start"));
}

void ComplaintView::close()
{
    applied(m_session.services().complaints().close(m_session.user().actor(), m_complaint.number),
            QStringLiteral("complaint close"));
}

void ComplaintView::returnCustody()
{
    applied(m_session.services().complaints().returnCustody(m_session.user().actor(),
                                                            m_complaint.number),
            QStringLiteral("complaint custody"));
}

void ComplaintView::toggleCheck(int index, bool done)
{
    applied(m_session.services().complaints().check(m_session.user().actor(), m_complaint.number,
                                                    ComplaintRules::allChecks().at(index), done),
            QStringLiteral("complaint check"));
}

void ComplaintView::runDialog(int kind)
{
    CaseActionDialog dialog(m_session, static_cast<CaseActionDialog::Kind>(kind), m_complaint,
                            this);
    if (dialog.exec() == QDialog::Accepted)
        applied(dialog.complaint());
}

void ComplaintView::printReceipt()
{
    if (m_complaint.number.isEmpty())
        return;
    Result<ComplaintReceipt> receipt =
        m_session.services().complaints().receipt(m_session.user().actor(), m_complaint.number);
    if (!receipt) {
        applied(receipt.error());
        return;
    }
    printSlip(print::ComplaintSlip(receipt.value()),
              tr("Complaint receipt %1").arg(m_complaint.number));
}

void ComplaintView::printCompensationSlip(qint64 compensationId)
{
    Result<CompensationSlipData> slip =
        m_session.services().compensations().slip(m_session.user().actor(), compensationId);
    if (!slip) {
        applied(slip.error());
        return;
    }
    printSlip(print::CompensationSlip(slip.value()),
              tr("Compensation slip %1").arg(m_complaint.number));
}

void ComplaintView::printSlip(const print::Slip& slip, const QString& documentName)
{
    const print::SlipSize size =
        print::Slip::sizeFromKey(QSettings().value(QLatin1String(slipSizeKey)).toString())
            .value_or(print::SlipSize::A5);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(
        QPageSize(slip.pageSizeMm(size), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF()));
    printer.setFullPage(true);
    printer.setDocName(documentName);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        // "Print to file": the slip's own PDF, whose text extracts as shown.
        if (Status written = slip.writePdf(printer.outputFileName(), size); !written)
            applied(written.error());
        return;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        applied(makeError(ErrorCode::Validation, tr("The printer could not be opened.")));
        return;
    }
    slip.paint(painter, size);
    painter.end();
}

void ComplaintView::saveReceiptPdf()
{
    if (m_complaint.number.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the receipt as PDF"),
                                                      m_complaint.number + QStringLiteral(".pdf"),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    Result<ComplaintReceipt> receipt =
        m_session.services().complaints().receipt(m_session.user().actor(), m_complaint.number);
    Status written = receipt
                         ? print::ComplaintSlip(receipt.value()).writePdf(path, print::SlipSize::A5)
                         : Status(receipt.error());
    if (!written) {
        applied(written.error());
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::ok)));
    m_message->setText(tr("Saved the receipt to %1.").arg(path));
    m_message->show();
}

} // namespace cc::ui
