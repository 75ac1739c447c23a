#include "CliCommand.h"
#include "CliCommandInit.h"

#include "people/WorkspaceSetup.h"
#include "storage/server/WorkspacePush.h"

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
        return usageError(QStringLiteral("qadesk-cli server: say init URL or push FILE URL (see --help)."));

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
    if (const int code
        = parse(parser, arguments,
                QStringLiteral("Copy a workspace file into an empty PostgreSQL database in one transaction: every "
                               "row with its id, the revisions, disputes, coaching and the audit log as they are. "
                               "Checks each table's row count at the end and prints them; the file is not changed."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(QStringLiteral("qadesk-cli server push: say push FILE URL (see --help)."));
    QString error;
    const auto server = ServerSettings::fromUrl(positional.at(2), &error);
    if (!server)
        return fail(QStringLiteral("qadesk-cli server push: %1").arg(error));
    const auto pushed = WorkspacePush::push(positional.at(1), *server, &error);
    if (!pushed)
        return fail(QStringLiteral("qadesk-cli server push: %1").arg(error));
    QJsonObject tables;
    for (const auto& table : pushed->tables)
        tables.insert(table.name, table.rows);
    printJson(QJsonDocument(QJsonObject { { QStringLiteral("file"), positional.at(1) },
                                          { QStringLiteral("server"), pushed->server },
                                          { QStringLiteral("schema_version"), pushed->schemaVersion },
                                          { QStringLiteral("rows"), pushed->totalRows },
                                          { QStringLiteral("tables"), tables } }));
    return 0;
}

int runServer(const QStringList& arguments)
{
    return arguments.value(1) == QLatin1String("push") ? runServerPush(arguments) : runServerInit(arguments);
}

const Registration s_server({ QStringLiteral("server"),
                              QStringLiteral("Set up a PostgreSQL team server (server init URL) or copy a workspace "
                                             "file to one (server push FILE URL)."),
                              &runServer });

} // namespace
} // namespace qadesk::cli
