#include "StoreSettingsTab.h"

#include "Session.h"
#include "Theme.h"

#include <StoreSettings.h>

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cc::ui {

StoreSettingsTab::StoreSettingsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_idleMinutes(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("storeSettingsTab"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(StoreSettings::minIdleLockMinutes, StoreSettings::maxIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setMinimumWidth(110);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto* storeName = new QLabel(session.store().name, this);
    storeName->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    form->addRow(tr("Store"), storeName);
    form->addRow(tr("Lock the screen after"), m_idleMinutes);
    form->addRow(QString(), hint);

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
    Result<int> minutes = StoreSettings(m_session.database(), m_session.clock()).idleLockMinutes();
    m_idleMinutes->setValue(minutes ? minutes.value() : StoreSettings::defaultIdleLockMinutes);
    m_message->clear();
}

void StoreSettingsTab::save()
{
    Status saved = StoreSettings(m_session.database(), m_session.clock())
                       .setIdleLockMinutes(m_session.user().actor(), m_idleMinutes->value());
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
