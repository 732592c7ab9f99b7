#pragma once

#include <QString>
#include <QVariant>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace cc::test {

/// True when this run's stores are on the test cluster (COUNTERCARE_TEST_BACKEND=postgres):
/// the suites run once on files and once on the server (ctest labels sqlite, postgres).
bool onServer();

/// The throwaway cluster's URI, as tests/postgres/cluster.sh wrote it (its password is in
/// the pgpass file beside it, which this sets PGPASSFILE to).
QString serverUri();

/// A fresh, empty database on the test cluster, dropped again when the test ends.
class ServerDatabase {
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    /// The store's address: the cluster's URI with this database (and `query`, if given).
    QString uri(const QString& query = {}) const;
    QString name() const { return m_name; }

    /// Runs SQL on this database as the cluster's owner, "behind the program's back".
    void sql(const QString& statement);
    QVariant value(const QString& statement);

    /// Makes the database look like a store at `version` with a customers table: enough
    /// for the gateway's checks and the id sequence.
    void lookLikeStore(int version);

private:
    QString m_name;
};

/// Runs `work` on `database` of the test cluster as its owner.
void onCluster(const QString& database, const std::function<void(QSqlQuery&)>& work);
void connectToCluster(const QString& database, const std::function<void(QSqlDatabase&)>& work);

} // namespace cc::test
