#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cc {

/// A store on a PostgreSQL server, from a libpq URI:
/// `postgresql://user@host:port/dbname?sslmode=require`. The password is never part of
/// it: libpq reads it from ~/.pgpass or PGPASSFILE, so it is on no command line and in no
/// settings file.
struct ServerLocation {
    Q_DECLARE_TR_FUNCTIONS(cc::ServerLocation)

public:
    QString user;
    QString host;
    int port = 5432;
    QString database;
    /// libpq's own parameters from the query string ("sslmode=require"), in order.
    QStringList parameters;

    /// Whether `location` names a server rather than a file.
    static bool isServer(const QString& location);
    /// Refuses (Validation, naming the part) a URI with a password, without a database
    /// name, or with a parameter libpq does not take from a store's URI.
    static Result<ServerLocation> parse(const QString& location);
    /// The URI again, as shown to people (it holds no secret).
    QString toString() const;
};

} // namespace cc
