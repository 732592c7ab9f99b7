#include "CustomersPage.h"

#include "CustomerDialog.h"
#include "CustomerMatchModel.h"
#include "CustomerSearch.h"
#include "CustomerView.h"
#include "ImportDialog.h"
#include "Session.h"

#include <accounts/Permissions.h>
#include <customers/CustomerExport.h>
#include <customers/CustomerService.h>
#include <overview/CustomerFiles.h>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

/// Matches listed at once; a clerk narrows a longer list by typing more.
constexpr int shownMatches = 50;

} // namespace

CustomersPage::CustomersPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new CustomerSearch(session.services().location(), session.clock(), this))
    , m_model(new CustomerMatchModel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_view(new CustomerView(session, this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_table->setObjectName(QStringLiteral("customerResults"));
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Every column as wide as its content: the clerk reads the whole number back to the
    // customer. The panel is wide enough for two numbers at 1366×768; a third scrolls.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* create = new QPushButton(tr("New customer file…"), this);
    create->setObjectName(QStringLiteral("newCustomer"));
    create->setToolTip(tr("Create a customer file (Ctrl+Shift+N)"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_count->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(create);
    // Import and export move customer data in bulk: managers only (seed 003 篇一).
    {
        auto* importButton = new QPushButton(tr("Import…"), this);
        m_importButton = importButton;
        importButton->setObjectName(QStringLiteral("importCustomers"));
        connect(importButton, &QPushButton::clicked, this, [this] {
            ImportDialog dialog(m_session, this);
            if (dialog.exec() == QDialog::Accepted)
                m_count->setText(tr("Imported %n customer file(s).", nullptr, dialog.imported()));
        });
        bar->addWidget(importButton);
    }
    {
        auto* exportButton = new QPushButton(tr("Export…"), this);
        m_exportButton = exportButton;
        exportButton->setObjectName(QStringLiteral("exportCustomers"));
        connect(exportButton, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export customer files"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                    QStringLiteral("/customers.csv"),
                tr("CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            Result<qint64> written =
                m_session.services().customerExport().toCsv(m_session.user().actor(), path);
            if (!written)
                QMessageBox::warning(this, tr("Export customer files"), written.error().message);
            else
                m_count->setText(
                    tr("Exported %n customer file(s).", nullptr, int(written.value())));
        });
        bar->addWidget(exportButton);
    }
    bar->addStretch();
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_table);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({560, 620});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(splitter);

    m_count->setText(tr("Type in the search box above to find customers."));
    applyRole();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this,
            [this] { m_search->search(m_session.user().actor(), m_query, shownMatches + 1); });
    connect(m_search, &CustomerSearch::resultsReady, this, &CustomersPage::showResults);
    connect(m_search, &CustomerSearch::failed, this,
            [this](const QString&, const QString& message) {
                m_count->setText(message);
                Q_EMIT searchFinished();
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        openCustomer(index.data(CustomerMatchModel::IdRole).toLongLong());
    });
    connect(create, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_view, &CustomerView::changed, this, &CustomersPage::openCustomer);
}

void CustomersPage::searchFor(const QString& text)
{
    m_query = text.simplified();
    m_openWhenAnswered = false;
    if (m_query.isEmpty()) {
        m_model->setMatches({});
        m_count->setText(tr("Type in the search box above to find customers."));
        return;
    }
    m_debounce.start();
}

void CustomersPage::showResults(const QString& query, const QList<CustomerMatch>& matches)
{
    m_answered = query;
    // One more than is shown is asked for: then the list knows there are more, without
    // counting a million rows.
    const bool more = matches.size() > shownMatches;
    m_model->setMatches(more ? matches.first(shownMatches) : matches);
    m_count->setText(
        matches.isEmpty()
            ? tr("No customer matches \"%1\". Create a new file with Ctrl+Shift+N.").arg(query)
        : more ? tr("The first %1 of more than %1 customers, best match first: type more of "
                    "the number or the name to narrow it.")
                     .arg(shownMatches)
               : tr("%n customer(s) found, best match first.", nullptr, int(matches.size())));
    if (!matches.isEmpty())
        m_table->selectRow(0);
    if (m_openWhenAnswered && !matches.isEmpty()) {
        m_openWhenAnswered = false;
        openCustomer(matches.first().id);
    }
    Q_EMIT searchFinished();
}

void CustomersPage::openBestMatch()
{
    if (m_answered == m_query && m_model->rowCount() > 0 && !m_debounce.isActive()) {
        openCustomer(m_model->matchAt(0)->id);
        return;
    }
    // The answer is still on its way: open it when it arrives.
    m_openWhenAnswered = true;
    if (!m_debounce.isActive() && !m_query.isEmpty())
        m_search->search(m_session.user().actor(), m_query, shownMatches + 1);
}

void CustomersPage::openCustomer(qint64 id)
{
    if (id <= 0)
        return;
    CustomerFiles files = m_session.services().customerFiles();
    Result<CustomerFile> file = files.open(m_session.user().actor(), id, m_reasons.value(id));
    if (!file && file.error().code == ErrorCode::Validation) {
        // A protected file: seed 003 asks for the purpose of every view.
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Protected customer file"),
                                  tr("This file is protected. Why do you open it? (recorded)"),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok || reason.trimmed().isEmpty())
            return;
        file = files.open(m_session.user().actor(), id, reason);
        if (file)
            m_reasons.insert(id, reason);
    }
    if (!file) {
        QMessageBox::warning(this, tr("Customer file"),
                             m_session.shown(file.error(), QStringLiteral("customer show"),
                                             QStringLiteral("customer"), QString::number(id)));
        return;
    }
    m_view->showFile(file.value());
}

void CustomersPage::newCustomer()
{
    CustomerDialog dialog(m_session, this);
    dialog.prefill(m_answered == m_query && m_model->rowCount() > 0 ? QString() : m_query);
    dialog.exec();
    if (dialog.existingChosen())
        openCustomer(dialog.existingChosen());
    else if (dialog.created().id)
        openCustomer(dialog.created().id);
}

void CustomersPage::refresh()
{
    if (m_view->customerId())
        openCustomer(m_view->customerId());
    if (!m_query.isEmpty())
        m_search->search(m_session.user().actor(), m_query, shownMatches + 1);
}

} // namespace cc::ui

namespace cc::ui {

void CustomersPage::reset()
{
    m_query.clear();
    m_answered.clear();
    m_openWhenAnswered = false;
    m_reasons.clear();
    m_model->setMatches({});
    m_view->clear();
    m_count->setText(tr("Type in the search box above to find customers."));
    applyRole();
}

void CustomersPage::focusResults()
{
    if (m_model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid())
        m_table->selectRow(0);
}

void CustomersPage::applyRole()
{
    m_importButton->setVisible(Permissions::allows(m_session.user().role, Action::ImportCustomers));
    m_exportButton->setVisible(Permissions::allows(m_session.user().role, Action::ExportCustomers));
}

} // namespace cc::ui
