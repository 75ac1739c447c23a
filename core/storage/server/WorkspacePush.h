#pragma once

#include "storage/ServerSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace qadesk {

// Moving up from a file: copies a workspace file, row for row, into an empty PostgreSQL database (`qadesk-cli server
// push`). Ids, revisions, disputes, coaching and the audit log arrive as they are; nothing in the file changes.
class WorkspacePush final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::WorkspacePush)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0; // counted in the file and, equal, on the server
    };
    struct Result
    {
        QString server; // the URL, without a password
        int schemaVersion = 0;
        QList<Table> tables; // in the order they were copied (parents before the tables that refer to them)
        qint64 totalRows = 0;
        QStringList loginsWithoutPassword; // active users whose login role has no password yet
    };
    // The administrator who gets a password at once, to set the others' with `user passwd`.
    struct Administrator
    {
        QString login;
        QString password;
    };

    // Opens `file` read-only (a file at an older schema is first copied to a temporary folder and the copy upgraded),
    // creates the schema on `server` when it has none, and copies every table in one transaction, as the connecting
    // login (the database's owner). Refuses a server database that already holds data. After the copy the server's
    // id sequences continue past the largest ids, and each table's row count is checked against the file's; on any
    // difference nothing is committed. Server triggers are off while the rows go in, so a team server's audit stamp
    // does not rewrite the file's history. The copy then becomes a team server, in the same transaction: the set-up of
    // `server init` (TeamServer::install) and a login role for each user, in the group of their role, NOLOGIN when
    // the user is deactivated. The file's password hashes are not kept: the roles have no password, which the server
    // never accepts, except `admin`'s; a login that is already a role of the PostgreSQL server is refused. On failure
    // returns nullopt and sets *error to a sentence naming the file or the server.
    static std::optional<Result> push(const QString& file, const ServerSettings& server,
                                      const std::optional<Administrator>& admin, QString* error);
};

} // namespace qadesk
