#include "TeamServer.h"

#include "SqlSupport.h"
#include "StorageError.h"

#include <QFile>

namespace qadesk {

QString TeamServer::groupRole(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("qadesk_admin");
    case Role::Manager:
        return QStringLiteral("qadesk_manager");
    case Role::Evaluator:
        return QStringLiteral("qadesk_evaluator");
    case Role::TeamLead:
        return QStringLiteral("qadesk_lead");
    case Role::Agent:
        return QStringLiteral("qadesk_agent");
    }
    return QStringLiteral("qadesk_agent");
}

QStringList TeamServer::statements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (!inBody && (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

void TeamServer::install(Database& db)
{
    if (db.dialect() != SqlDialect::PostgreSQL)
        throw StorageError(
            tr("%1 is a workspace file; only a PostgreSQL workspace becomes a team server.").arg(db.displayName()));
    QFile file(QStringLiteral(":/qadesk/server/team-server.sql"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(tr("The team server set-up is missing from this build of QA Desk."));
    const QString what = tr("set up the team server");
    // The set-up drops what it replaces "IF EXISTS"; PostgreSQL's notices about what was not there would reach the
    // terminal of `server init` and `server upgrade` raw. Until the caller's transaction ends.
    execSql(db.sql(), QStringLiteral("SET LOCAL client_min_messages = warning"), what);
    for (const QString& statement : statements(QString::fromUtf8(file.readAll())))
        execSql(db.sql(), statement, what);
    execWith(db,
             QStringLiteral("INSERT INTO schema_info (key, value) VALUES ('team_server', '1') "
                            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
             {}, what);
    db.m_teamServer = true;
}

void TeamServer::addLogin(const Database& db, const QString& login, Role role, const QString& password)
{
    const QVariant secret = password.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(password);
    execWith(db, QStringLiteral("SELECT qadesk_add_login(?, ?, ?)"), { login, groupRole(role), secret },
             tr("add the server login %1").arg(login));
}

void TeamServer::setPassword(const Database& db, const QString& login, const QString& password)
{
    execWith(db, QStringLiteral("SELECT qadesk_set_login_password(?, ?)"), { login, password },
             tr("set the password of the server login %1").arg(login));
}

void TeamServer::setAccess(const Database& db, const QString& login, Role role, bool mayLogIn)
{
    execWith(db, QStringLiteral("SELECT qadesk_set_login_access(?, ?, ?)"), { login, groupRole(role), mayLogIn },
             tr("change the server login %1").arg(login));
}

QString TeamServer::sessionLogin(const Database& db)
{
    return selectRows<QString>(db, QStringLiteral("SELECT CAST(current_user AS TEXT)"), {}, tr("read the server login"),
                               [](const QSqlQuery& q) { return q.value(0).toString(); })
        .value(0);
}

} // namespace qadesk
