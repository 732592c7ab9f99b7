#include "StoreSettingsTab.h"

#include "Session.h"
#include "Theme.h"

#include <base/Money.h>
#include <store/StoreService.h>
#include <store/StoreSettings.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <complaints/ComplaintSettings.h>

namespace cc::ui {

StoreSettingsTab::StoreSettingsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_idleMinutes(new QSpinBox(this))
    , m_silver(new QLineEdit(this))
    , m_gold(new QLineEdit(this))
    , m_vip(new QLineEdit(this))
    , m_storeName(new QLineEdit(this))
    , m_hotline(new QLineEdit(this))
    , m_replyHours(new QSpinBox(this))
    , m_resolveDays(new QSpinBox(this))
    , m_majorAmount(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_storeName->setMaximumWidth(360);
    m_hotline->setObjectName(QStringLiteral("hotline"));
    m_hotline->setMaximumWidth(200);
    m_hotline->setPlaceholderText(tr("printed on every receipt slip"));
    m_replyHours->setObjectName(QStringLiteral("replyHours"));
    m_replyHours->setRange(1, 168);
    m_replyHours->setSuffix(tr(" hours"));
    m_resolveDays->setObjectName(QStringLiteral("resolveDays"));
    m_resolveDays->setRange(1, 30);
    m_resolveDays->setSuffix(tr(" days"));
    for (QSpinBox* box : {m_replyHours, m_resolveDays}) {
        box->setMinimumWidth(110);
        box->setMaximumWidth(160);
    }
    m_majorAmount->setObjectName(QStringLiteral("majorAmount"));
    m_majorAmount->setAlignment(Qt::AlignRight);
    m_majorAmount->setMaximumWidth(160);
    for (QLineEdit* edit : {m_silver, m_gold, m_vip}) {
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(160);
    }
    m_silver->setObjectName(QStringLiteral("tierSilver"));
    m_gold->setObjectName(QStringLiteral("tierGold"));
    m_vip->setObjectName(QStringLiteral("tierVip"));
    setObjectName(QStringLiteral("storeSettingsTab"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(StoreSettings::minIdleLockMinutes, StoreSettings::maxIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setMinimumWidth(110);
    m_idleMinutes->setMaximumWidth(160);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto* hint = new QLabel(tr("A counter PC left alone locks itself, so customer files are never "
                               "shown to the next person at the counter."),
                            this);
    hint->setObjectName(QStringLiteral("pageSubtitle"));
    hint->setWordWrap(true);

    auto* save = new QPushButton(tr("Save settings"), this);
    save->setObjectName(QStringLiteral("saveSettings"));
    save->setProperty("primary", true);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save (Ctrl+S)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Store name"), m_storeName);
    form->addRow(tr("Service hotline"), m_hotline);
    form->addRow(tr("Lock the screen after"), m_idleMinutes);
    form->addRow(QString(), hint);
    auto* tiers = new QLabel(
        tr("Customer tiers go by the gross profit a customer has brought, not by the number "
           "of orders. Lifetime profit in yuan from which a customer is:"),
        this);
    tiers->setObjectName(QStringLiteral("pageSubtitle"));
    tiers->setWordWrap(true);
    form->addRow(QString(), tiers);
    form->addRow(tr("Silver from ¥"), m_silver);
    form->addRow(tr("Gold from ¥"), m_gold);
    form->addRow(tr("VIP from ¥"), m_vip);
    auto* promise = new QLabel(tr("The service promise to every complainant: the reply and the "
                                  "resolution are due within these times (new cases)."),
                               this);
    promise->setObjectName(QStringLiteral("pageSubtitle"));
    promise->setWordWrap(true);
    form->addRow(QString(), promise);
    form->addRow(tr("Reply within"), m_replyHours);
    form->addRow(tr("Resolve within"), m_resolveDays);
    form->addRow(tr("Refund or exchange is major above ¥"), m_majorAmount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 16, 4, 4);
    layout->addLayout(form);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(save, &QPushButton::clicked, this, &StoreSettingsTab::save);
    refresh();
}

void StoreSettingsTab::refresh()
{
    Result<int> minutes = m_session.services().settings().idleLockMinutes();
    m_idleMinutes->setValue(minutes ? minutes.value() : StoreSettings::defaultIdleLockMinutes);
    Result<StoreSettings::TierThresholds> tiers = m_session.services().settings().tierThresholds();
    const StoreSettings::TierThresholds shown =
        tiers ? tiers.value() : StoreSettings::TierThresholds{};
    m_silver->setText(Money::formatFen(shown.silverFen));
    m_gold->setText(Money::formatFen(shown.goldFen));
    m_vip->setText(Money::formatFen(shown.vipFen));
    StoreSettings settings = m_session.services().settings();
    Result<ServicePromise> stored = m_session.services().complaintSettings().servicePromise();
    const ServicePromise promise = stored ? stored.value() : ServicePromise{};
    m_replyHours->setValue(promise.replyWithinHours);
    m_resolveDays->setValue(promise.resolveWithinDays);
    Result<qint64> major = settings.majorAmountFen();
    m_majorAmount->setText(
        Money::formatFen(major ? major.value() : StoreSettings::defaultMajorAmountFen));
    m_session.reloadStore();
    m_storeName->setText(m_session.store().name);
    m_hotline->setText(m_session.store().hotline);
    m_message->clear();
}

void StoreSettingsTab::save()
{
    StoreSettings settings = m_session.services().settings();
    Status saved;
    StoreSettings::TierThresholds tiers;
    const QList<QPair<QLineEdit*, qint64*>> amounts{
        {m_silver, &tiers.silverFen}, {m_gold, &tiers.goldFen}, {m_vip, &tiers.vipFen}};
    const QStringList names{tr("Silver from"), tr("Gold from"), tr("VIP from")};
    for (qsizetype i = 0; i < amounts.size() && saved; ++i) {
        Result<qint64> fen = Money::parseYuan(amounts[i].first->text(), names[i]);
        if (!fen)
            saved = fen.error();
        else
            *amounts[i].second = fen.value();
    }
    if (saved)
        saved = settings.setTierThresholds(m_session.user().actor(), tiers);
    if (saved)
        saved = settings.setIdleLockMinutes(m_session.user().actor(), m_idleMinutes->value());
    if (saved)
        saved = m_session.services().store().updateStore(m_session.user().actor(),
                                                         m_storeName->text(), m_hotline->text());
    if (saved)
        saved = m_session.services().complaintSettings().setServicePromise(
            m_session.user().actor(),
            ServicePromise{m_replyHours->value(), m_resolveDays->value()});
    if (saved) {
        Result<qint64> major = Money::parseYuan(m_majorAmount->text(), tr("Major from"));
        saved = major ? settings.setMajorAmountFen(m_session.user().actor(), major.value())
                      : Status(major.error());
    }
    m_session.reloadStore();
    if (!saved) {
        m_message->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::overdue)));
        m_message->setText(saved.error().message);
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::ok)));
    m_message->setText(tr("Saved. The screen now locks after %n minute(s) without use.", nullptr,
                          m_idleMinutes->value()));
    Q_EMIT idleTimeoutChanged();
}

} // namespace cc::ui
