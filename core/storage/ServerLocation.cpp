#include "ServerLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace cc {

namespace {

/// The connection parameters a store's URI may carry. Anything else (host overrides,
/// passfile, service files) is set up on the PC, not per store.
const QStringList& allowedParameters()
{
    static const QStringList allowed{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};
    return allowed;
}

} // namespace

bool ServerLocation::isServer(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result<ServerLocation> ServerLocation::parse(const QString& location)
{
    if (!isServer(location))
        return makeError(ErrorCode::Validation,
                         tr("Server: %1 is not a postgresql:// address.").arg(location));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Server: %1 is not a valid address (postgresql://user@host:port/"
                            "database).")
                             .arg(location));
    if (!url.password().isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Server: the address holds a password. Put the password in "
                            "~/.pgpass (or the file PGPASSFILE names) and leave it out of the "
                            "address."));
    ServerLocation server;
    server.user = url.userName();
    server.host = url.host();
    server.port = url.port(5432);
    server.database = url.path().mid(1);
    if (server.database.isEmpty() || server.database.contains(QLatin1Char('/')))
        return makeError(ErrorCode::Validation,
                         tr("Server: name the store's database after the host, as in "
                            "postgresql://counter@%1/store.")
                             .arg(server.host));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(key))
            return makeError(ErrorCode::Validation,
                             tr("Server: the address parameter \"%1\" is not one a store's "
                                "address may set (%2).")
                                 .arg(key, allowedParameters().join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return makeError(ErrorCode::Validation,
                             tr("Server: the value of \"%1\" may not contain spaces or "
                                "semicolons.")
                                 .arg(key));
        server.parameters << QStringLiteral("%1=%2").arg(key, value);
    }
    return server;
}

QString ServerLocation::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!parameters.isEmpty())
        url.setQuery(parameters.join(QLatin1Char('&')));
    return url.toString();
}

} // namespace cc
