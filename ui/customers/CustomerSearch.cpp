#include "CustomerSearch.h"

#include <customers/CustomerService.h>

namespace cc::ui {

CustomerSearch::CustomerSearch(const QString& databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new CustomerSearchWorker(databasePath, clock, m_latest);
    qRegisterMetaType<cc::CustomerMatch>();
    qRegisterMetaType<QList<cc::CustomerMatch>>();
    qRegisterMetaType<cc::Actor>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &CustomerSearch::requested, m_worker, &CustomerSearchWorker::run);
    connect(m_worker, &CustomerSearchWorker::done, this, &CustomerSearch::deliver);
    m_thread.setObjectName(QStringLiteral("customer-search"));
    m_thread.start();
}

CustomerSearch::~CustomerSearch()
{
    m_thread.quit();
    m_thread.wait();
}

void CustomerSearch::search(const Actor& by, const QString& query, int limit)
{
    Q_EMIT requested(++*m_latest, by, query, limit);
}

void CustomerSearch::deliver(quint64 serial, const QString& query,
                             const QList<CustomerMatch>& matches, const QString& error)
{
    if (serial != m_latest->load())
        return; // the user has typed on since: this answer is stale
    if (!error.isEmpty())
        Q_EMIT failed(query, error);
    else
        Q_EMIT resultsReady(query, matches);
}

CustomerSearchWorker::CustomerSearchWorker(const QString& databasePath, const Clock& clock,
                                           std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(databasePath)
    , m_clock(clock)
    , m_latest(std::move(latest))
{}

CustomerSearchWorker::~CustomerSearchWorker() = default;

void CustomerSearchWorker::run(quint64 serial, const Actor& by, const QString& query, int limit)
{
    if (serial != m_latest->load())
        return; // a newer query is already queued behind this one
    if (!m_store) {
        // The window's connection has checked the store.
        Result<std::unique_ptr<StoreConnection>> opened =
            StoreConnection::open(m_path, m_clock, OpenOptions::sibling());
        if (!opened) {
            Q_EMIT done(serial, query, {}, opened.error().message);
            return;
        }
        m_store = std::move(opened).value();
    }
    Result<QList<CustomerMatch>> found = m_store->services().customers().find(by, query, limit);
    if (!found)
        Q_EMIT done(serial, query, {}, found.error().message);
    else
        Q_EMIT done(serial, query, found.value(), QString());
}

} // namespace cc::ui
