#include "AuthorityTab.h"

#include "Session.h"
#include "Theme.h"

#include <base/Money.h>
#include <compensation/CompensationService.h>

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc::ui {

AuthorityTab::AuthorityTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_version(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("authorityTab"));
    m_table->setObjectName(QStringLiteral("authorityTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_version->setObjectName(QStringLiteral("pageSubtitle"));
    m_version->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("authorityMessage"));
    m_message->setWordWrap(true);
    auto* save = new QPushButton(tr("Save the table"), this);
    save->setObjectName(QStringLiteral("saveAuthority"));
    save->setProperty("primary", true);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save (Ctrl+S)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 12, 4, 4);
    layout->addWidget(m_version);
    layout->addWidget(m_table);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(save, &QPushButton::clicked, this, &AuthorityTab::save);
    refresh();
}

void AuthorityTab::refresh()
{
    Result<AuthorityTable> table =
        m_session.services().compensations().authority(m_session.user().actor());
    m_shown = table ? table.value() : AuthorityTable{};
    const QList<CompensationKind> kinds = CompensationKeys::allKinds();
    const QList<Role> roles = Roles::all();
    m_table->clear();
    m_table->setRowCount(int(kinds.size()));
    m_table->setColumnCount(int(roles.size()));
    QStringList headers;
    for (Role role : roles)
        headers << tr("%1 may grant (¥)").arg(Roles::displayName(role));
    m_table->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (CompensationKind kind : kinds)
        rows << CompensationKeys::displayName(kind);
    m_table->setVerticalHeaderLabels(rows);
    for (int r = 0; r < kinds.size(); ++r) {
        for (int c = 0; c < roles.size(); ++c) {
            const std::optional<qint64> most = m_shown.limit(kinds.at(r), roles.at(c));
            auto* item = new QTableWidgetItem(most ? Money::formatFen(*most) : tr("no limit"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!most)
                item->setForeground(QColor(QLatin1String(colors::closed)));
            item->setToolTip(tr("Empty or \"%1\": no limit").arg(tr("no limit")));
            m_table->setItem(r, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setFixedHeight(m_table->horizontalHeader()->height() +
                            m_table->verticalHeader()->length() + 2 * m_table->frameWidth() + 2);
    m_version->setText(tr("The most each role may grant alone, by kind (权限核决表). Version %1: "
                          "each decision records the version it applied.")
                           .arg(m_shown.version));
}

void AuthorityTab::save()
{
    const QList<CompensationKind> kinds = CompensationKeys::allKinds();
    const QList<Role> roles = Roles::all();
    struct Change {
        CompensationKind kind;
        Role role;
        std::optional<qint64> maxFen;
        int row;
        int column;
    };
    QList<Change> changes;
    for (int r = 0; r < kinds.size(); ++r) {
        for (int c = 0; c < roles.size(); ++c) {
            const QString text = m_table->item(r, c)->text().trimmed();
            std::optional<qint64> wanted;
            if (!text.isEmpty() && text != tr("no limit")) {
                Result<qint64> amount = Money::parseYuan(
                    text, QStringLiteral("%1 / %2").arg(CompensationKeys::displayName(kinds.at(r)),
                                                        Roles::displayName(roles.at(c))));
                if (!amount) {
                    m_message->setStyleSheet(
                        QStringLiteral("color:%1").arg(QLatin1String(colors::overdue)));
                    m_message->setText(amount.error().message);
                    m_table->setCurrentCell(r, c);
                    return;
                }
                wanted = amount.value();
            }
            if (wanted != m_shown.limit(kinds.at(r), roles.at(c)))
                changes.append({kinds.at(r), roles.at(c), wanted, r, c});
        }
    }
    // Roles are nested, so one change may wait for another (raise the supervisor before the
    // clerk): apply what can be applied until nothing more can.
    CompensationService compensations = m_session.services().compensations();
    QString lastError;
    for (int pass = 0; pass < 3 && !changes.isEmpty(); ++pass) {
        QList<Change> waiting;
        for (const Change& change : changes) {
            Result<AuthorityTable> set = compensations.setLimit(
                m_session.user().actor(), change.kind, change.role, change.maxFen);
            if (!set) {
                lastError = set.error().message;
                waiting.append(change);
            }
        }
        changes = waiting;
    }
    const int saved = m_shown.version;
    refresh();
    if (!changes.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::overdue)));
        m_message->setText(lastError);
        m_table->setCurrentCell(changes.first().row, changes.first().column);
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::ok)));
    m_message->setText(m_shown.version == saved ? tr("Nothing changed.")
                                                : tr("Saved as version %1.").arg(m_shown.version));
}

} // namespace cc::ui
