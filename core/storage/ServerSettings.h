#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>
#include <optional>

namespace qadesk {

// Which part of a connection to a team server failed, read from libpq's message. A dialog uses it to point at the
// field to fix (the password field when the password is missing or wrong).
enum class ServerFailure {
    None,
    HostUnknown, // the name does not resolve
    HostUnreachable, // no answer: network, firewall, or a host that is off
    Port, // the host answers, but nothing listens on the port
    Tls, // the server has no TLS while it is required, or its certificate fails the check
    PasswordMissing, // the server asks for a password and none was given (dialog, PGPASSWORD, ~/.pgpass)
    Password, // wrong password, or a login the server does not know while it asks for passwords
    Login, // no such login role (servers that trust the address)
    LoginDeactivated, // the role is NOLOGIN
    Database, // no such database
    NotAllowed, // pg_hba.conf has no line that lets this login connect from here
    Other,
};

// Where a team server workspace lives: one database on a PostgreSQL server, reached as one login role.
struct ServerSettings
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::ServerSettings)

public:
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
    // Empty: libpq reads PGPASSWORD or ~/.pgpass itself (QPSQL passes no password then).
    QString password;
    // libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full); empty: libpq's default, prefer.
    QString sslMode;

    // Whether `workspace` names a server (postgresql://… or postgres://…) rather than a workspace file.
    static bool isUrl(const QString& workspace);
    // Reads postgresql://LOGIN[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]. On a malformed URL returns nullopt and
    // sets *error to a sentence saying which part is wrong (without the password).
    static std::optional<ServerSettings> fromUrl(const QString& url, QString* error);
    // The URL of these settings without the password, for messages and lists.
    QString displayUrl() const;
    // The libpq connection options beyond host, port, database, login and password (for QSqlDatabase).
    QString connectOptions() const;
    // Says which part of a failed connection failed: the host, the port, TLS, the password, the login or the
    // database, from libpq's message.
    QString explainConnectionError(const QSqlError& error) const;
    // The part that failed, from libpq's message (QSqlError::databaseText(), or text() when that is empty).
    static ServerFailure classifyConnectionError(const QString& libpqText);
    static QString libpqText(const QSqlError& error);
};

} // namespace qadesk
