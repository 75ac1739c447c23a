#include "CliCommand.h"
#include "CliCommandInit.h"
#include "CliCommandSignIn.h"

#include "people/UserAccounts.h"
#include "people/WorkspaceSetup.h"
#include "storage/server/WorkspacePush.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

int runServerInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("init"), QStringLiteral("Set up a team server."));
    parser.addPositionalArgument(
        QStringLiteral("URL"),
        QStringLiteral("postgresql://OWNER@HOST:PORT/DATABASE?sslmode=require: an empty "
                       "database, reached as its owner (password from PGPASSWORD or ~/.pgpass)."));
    addCentreOptions(parser, QStringLiteral("The centre's IANA time zone, e.g. Asia/Seoul."));
    if (const int code
        = parse(parser, arguments,
                QStringLiteral("Make an empty PostgreSQL database a QA Desk team server: the schema, the "
                               "group roles qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead and "
                               "qadesk_agent with their privileges, row-level security, the audit triggers, "
                               "the centre and its first administrator."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("init"))
        return usageError(QStringLiteral("qadesk-cli server: say init URL, push FILE URL or upgrade URL (see --help)."));

    CentreSetup setup;
    if (const int code = readCentreOptions(parser, QStringLiteral("server init"), true, &setup); code >= 0)
        return code;

    QString error;
    const auto server = ServerSettings::fromUrl(positional.at(1), &error);
    if (!server)
        return fail(QStringLiteral("qadesk-cli server init: %1").arg(error));
    const auto db = WorkspaceSetup::createOnServer(*server, setup, &error);
    if (!db)
        return fail(QStringLiteral("qadesk-cli server init: %1").arg(error));
    ServerSettings adminServer = *server;
    adminServer.user = setup.adminLogin;
    QJsonObject made = centreJson(parser, setup);
    made.insert(QStringLiteral("server"), server->displayUrl());
    made.insert(QStringLiteral("admin_workspace"), adminServer.displayUrl());
    made.insert(QStringLiteral("schema_version"), db->schemaVersion());
    printJson(QJsonDocument(made));
    return 0;
}

int runServerPush(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("push"), QStringLiteral("Copy a workspace file to a server."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The workspace file (.qadesk); it is only read."));
    parser.addPositionalArgument(
        QStringLiteral("URL"),
        QStringLiteral("postgresql://OWNER@HOST:PORT/DATABASE?sslmode=require: an empty database, reached as its "
                       "owner (password from PGPASSWORD or ~/.pgpass)."));
    parser.addOption({ QStringLiteral("admin"),
                       QStringLiteral("An active administrator of the file whose server login gets a password now, "
                                      "to set the others' with user passwd."),
                       QStringLiteral("LOGIN") });
    parser.addOption({ QStringLiteral("password-stdin"),
                       QStringLiteral("Read the administrator's password from standard input (otherwise from "
                                      "QADESK_PASSWORD).") });
    if (const int code
        = parse(parser, arguments,
                QStringLiteral("Copy a workspace file into an empty PostgreSQL database in one transaction: every "
                               "row with its id, the revisions, disputes, coaching and the audit log as they are. "
                               "Checks each table's row count at the end and prints them; the file is not changed. "
                               "The database becomes a team server, as server init makes one: each user of the file "
                               "becomes a login role, without a password but --admin's; the JSON lists the logins "
                               "that still need one."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(QStringLiteral("qadesk-cli server push: say push FILE URL (see --help)."));
    std::optional<WorkspacePush::Administrator> admin;
    if (parser.isSet(QStringLiteral("admin"))) {
        admin = WorkspacePush::Administrator { parser.value(QStringLiteral("admin")), {} };
        if (parser.isSet(QStringLiteral("password-stdin")))
            admin->password = readStdinLine();
        else if (qEnvironmentVariableIsSet("QADESK_PASSWORD"))
            admin->password = qEnvironmentVariable("QADESK_PASSWORD");
        else
            return usageError(QStringLiteral("qadesk-cli server push: the password of --admin comes from "
                                             "QADESK_PASSWORD or, with --password-stdin, from standard input."));
        if (admin->password.size() < UserAccounts::s_minimumPasswordLength)
            return usageError(QStringLiteral("qadesk-cli server push: the password of %1 needs at least %2 characters.")
                                  .arg(admin->login)
                                  .arg(UserAccounts::s_minimumPasswordLength));
    }
    QString error;
    const auto server = ServerSettings::fromUrl(positional.at(2), &error);
    if (!server)
        return fail(QStringLiteral("qadesk-cli server push: %1").arg(error));
    const auto pushed = WorkspacePush::push(positional.at(1), *server, admin, &error);
    if (!pushed)
        return fail(QStringLiteral("qadesk-cli server push: %1").arg(error));
    QJsonObject tables;
    for (const auto& table : pushed->tables)
        tables.insert(table.name, table.rows);
    QJsonObject made { { QStringLiteral("file"), positional.at(1) },
                       { QStringLiteral("server"), pushed->server },
                       { QStringLiteral("schema_version"), pushed->schemaVersion },
                       { QStringLiteral("rows"), pushed->totalRows },
                       { QStringLiteral("tables"), tables },
                       { QStringLiteral("logins_without_password"),
                         QJsonArray::fromStringList(pushed->loginsWithoutPassword) } };
    if (admin) {
        ServerSettings adminServer = *server;
        adminServer.user = admin->login;
        made.insert(QStringLiteral("admin_workspace"), adminServer.displayUrl());
    }
    printJson(QJsonDocument(made));
    return 0;
}

int runServerUpgrade(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("upgrade"), QStringLiteral("Upgrade a server's workspace."));
    parser.addPositionalArgument(
        QStringLiteral("URL"),
        QStringLiteral("postgresql://OWNER@HOST:PORT/DATABASE?sslmode=require: the workspace's database, reached as "
                       "its owner (password from PGPASSWORD or ~/.pgpass)."));
    if (const int code
        = parse(parser, arguments,
                QStringLiteral("Migrate a server's workspace to this QA Desk's schema in one transaction, under the "
                               "advisory lock that keeps desktops from migrating it at once. On a team server the "
                               "set-up of server init runs again, so the tables the new schema steps add get their "
                               "privileges and row-level security. Nothing else changes; an up-to-date workspace "
                               "stays as it is."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QStringLiteral("qadesk-cli server upgrade: say upgrade URL (see --help)."));
    QString error;
    const auto server = ServerSettings::fromUrl(positional.at(1), &error);
    if (!server)
        return fail(QStringLiteral("qadesk-cli server upgrade: %1").arg(error));
    const auto db = Database::openServer(*server, &error);
    if (!db)
        return fail(QStringLiteral("qadesk-cli server upgrade: %1").arg(error));
    printJson(QJsonDocument(QJsonObject { { QStringLiteral("server"), server->displayUrl() },
                                          { QStringLiteral("schema_version"), db->schemaVersion() },
                                          { QStringLiteral("team_server"), db->isTeamServer() } }));
    return 0;
}

int runServer(const QStringList& arguments)
{
    if (arguments.value(1) == QLatin1String("push"))
        return runServerPush(arguments);
    if (arguments.value(1) == QLatin1String("upgrade"))
        return runServerUpgrade(arguments);
    return runServerInit(arguments);
}

const Registration s_server({ QStringLiteral("server"),
                              QStringLiteral("Set up a PostgreSQL team server (server init URL), copy a workspace "
                                             "file to one (server push FILE URL) or upgrade one (server upgrade URL)."),
                              &runServer });

} // namespace
} // namespace qadesk::cli
