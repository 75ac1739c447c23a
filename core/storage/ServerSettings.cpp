#include "ServerSettings.h"

#include <QUrl>
#include <QUrlQuery>

namespace qadesk {
namespace {

// libpq waits this long for a host that does not answer before it says so (its default is to wait forever).
constexpr int s_connectTimeoutS = 10;

} // namespace

bool ServerSettings::isUrl(const QString& workspace)
{
    return workspace.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || workspace.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerSettings> ServerSettings::fromUrl(const QString& text, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    // Messages show the URL without its password, which would otherwise land in logs and terminals.
    QUrl shownUrl = url;
    shownUrl.setPassword(QString());
    const QString shown = url.isValid() ? shownUrl.toString() : QStringLiteral("postgresql://…");
    const auto refuse = [&](const QString& why) {
        *error = tr("%1 is not a team server address: %2 It looks like "
                    "postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=require.")
                     .arg(shown, why);
        return std::nullopt;
    };
    if (!isUrl(text))
        return refuse(tr("it must start with postgresql://."));
    if (!url.isValid())
        return refuse(tr("%1.").arg(url.errorString()));
    ServerSettings settings;
    settings.host = url.host();
    if (settings.host.isEmpty())
        return refuse(tr("the host is missing."));
    settings.port = url.port(5432);
    if (settings.port <= 0)
        return refuse(tr("the port must be a number from 1 to 65535."));
    settings.user = url.userName();
    if (settings.user.isEmpty())
        return refuse(tr("the login is missing (LOGIN@ before the host)."));
    settings.password = url.password();
    settings.database = url.path().mid(1);
    if (settings.database.isEmpty() || settings.database.contains(QLatin1Char('/')))
        return refuse(tr("the database name is missing (/DATABASE after the host and port)."));
    static const QStringList s_sslModes { QStringLiteral("disable"),   QStringLiteral("allow"),
                                          QStringLiteral("prefer"),    QStringLiteral("require"),
                                          QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key != QLatin1String("sslmode"))
            return refuse(tr("\"%1\" is not a setting QA Desk knows; only sslmode is.").arg(key));
        if (!s_sslModes.contains(value))
            return refuse(
                tr("sslmode must be one of %1, not \"%2\".").arg(s_sslModes.join(QStringLiteral(", ")), value));
        settings.sslMode = value;
    }
    return settings;
}

QString ServerSettings::displayUrl() const
{
    QString url = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!sslMode.isEmpty())
        url += QStringLiteral("?sslmode=") + sslMode;
    return url;
}

QString ServerSettings::connectOptions() const
{
    QString options = QStringLiteral("connect_timeout=%1").arg(s_connectTimeoutS);
    if (!sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + sslMode;
    return options;
}

QString ServerSettings::libpqText(const QSqlError& error)
{
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

ServerFailure ServerSettings::classifyConnectionError(const QString& text)
{
    const auto has = [&](const char* phrase) { return text.contains(QLatin1String(phrase), Qt::CaseInsensitive); };
    // The order matters: "connection to server at … failed:" heads most messages, and a TLS failure may mention
    // pg_hba.conf.
    if (has("could not translate host name") || has("Name or service not known")
        || has("Temporary failure in name resolution"))
        return ServerFailure::HostUnknown;
    if (has("timeout expired") || has("No route to host") || has("Network is unreachable"))
        return ServerFailure::HostUnreachable;
    if (has("Connection refused"))
        return ServerFailure::Port;
    if (has("SSL") || has("certificate") || (has("pg_hba.conf") && has("no encryption")))
        return ServerFailure::Tls;
    if (has("no password supplied"))
        return ServerFailure::PasswordMissing;
    if (has("password authentication failed"))
        return ServerFailure::Password;
    if (has("role") && has("does not exist"))
        return ServerFailure::Login;
    if (has("not permitted to log in"))
        return ServerFailure::LoginDeactivated;
    if (has("database") && has("does not exist"))
        return ServerFailure::Database;
    if (has("pg_hba.conf"))
        return ServerFailure::NotAllowed;
    return text.isEmpty() ? ServerFailure::None : ServerFailure::Other;
}

QString ServerSettings::explainConnectionError(const QSqlError& error) const
{
    const QString text = libpqText(error);
    const QString server = QStringLiteral("%1:%2").arg(host).arg(port);
    QString why;
    switch (classifyConnectionError(text)) {
    case ServerFailure::HostUnknown:
        why = tr("the host %1 is not known (check its name).").arg(host);
        break;
    case ServerFailure::HostUnreachable:
        why = tr("the host %1 does not answer (check the name, the network and the firewall).").arg(host);
        break;
    case ServerFailure::Port:
        why = tr("nothing answers on port %1 of %2 (check the port, and that PostgreSQL listens on that address).")
                  .arg(port)
                  .arg(host);
        break;
    case ServerFailure::Tls:
        why = tr("the TLS connection failed (sslmode=%1): %2")
                  .arg(sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode, text);
        break;
    case ServerFailure::PasswordMissing:
        why = tr("the server asks for the password of %1; give it in PGPASSWORD or ~/.pgpass.").arg(user);
        break;
    case ServerFailure::Password:
        why = tr("the password of %1 is wrong, or %1 is not a login on this server.").arg(user);
        break;
    case ServerFailure::Login:
        why = tr("the server has no login %1.").arg(user);
        break;
    case ServerFailure::LoginDeactivated:
        why = tr("the login %1 has been deactivated.").arg(user);
        break;
    case ServerFailure::Database:
        why = tr("the server has no database %1.").arg(database);
        break;
    case ServerFailure::NotAllowed:
        why = tr("the server does not let %1 connect from this computer to %2 (its pg_hba.conf).").arg(user, database);
        break;
    case ServerFailure::None:
    case ServerFailure::Other:
        why = text;
        break;
    }
    return tr("Could not connect to the team server %1 (database %2, login %3): %4").arg(server, database, user, why);
}

} // namespace qadesk
