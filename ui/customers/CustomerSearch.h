#pragma once

#include <accounts/Roles.h>
#include <customers/Customer.h>
#include <services/StoreConnection.h>

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace cc {
class Clock;
}

namespace cc::ui {

class CustomerSearchWorker;

/// Customer lookup off the UI thread: each search runs on the worker's own connection;
/// only the answer to the newest query is delivered, older ones are dropped.
class CustomerSearch : public QObject {
    Q_OBJECT

public:
    CustomerSearch(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    ~CustomerSearch() override;

    /// Starts a search as `by`; a newer call makes the answer to this one stale.
    void search(const Actor& by, const QString& query, int limit = 50);

Q_SIGNALS:
    void resultsReady(const QString& query, const QList<cc::CustomerMatch>& matches);
    void failed(const QString& query, const QString& message);
    /// Internal: hands a query to the worker thread.
    void requested(quint64 serial, const cc::Actor& by, const QString& query, int limit);

private:
    void deliver(quint64 serial, const QString& query, const QList<cc::CustomerMatch>& matches,
                 const QString& error);

    QThread m_thread;
    CustomerSearchWorker* m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

/// Lives on the search thread; opens its own connection to the same file (WAL lets it
/// read while the counter writes).
class CustomerSearchWorker : public QObject {
    Q_OBJECT

public:
    CustomerSearchWorker(const QString& databasePath, const Clock& clock,
                         std::shared_ptr<std::atomic<quint64>> latest);
    ~CustomerSearchWorker() override;

    void run(quint64 serial, const cc::Actor& by, const QString& query, int limit);

Q_SIGNALS:
    void done(quint64 serial, const QString& query, const QList<cc::CustomerMatch>& matches,
              const QString& error);

private:
    QString m_path;
    const Clock& m_clock;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<StoreConnection> m_store;
};

} // namespace cc::ui

Q_DECLARE_METATYPE(cc::CustomerMatch)
Q_DECLARE_METATYPE(cc::Actor)
