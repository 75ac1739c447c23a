#include "CliCommand.h"

#include "storage/Aggregates.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("workspace"), QStringLiteral("The workspace file to check."), QStringLiteral("FILE") });
    if (const int code
        = parse(parser, arguments,
                QStringLiteral("Check a whole workspace file (PRAGMA integrity_check: every page, row and "
                               "index) and recompute its per-month aggregates from the answers, reading only. "
                               "Prints {workspace, ok, problems, aggregates} as JSON, aggregates listing every "
                               "difference; exit code 0 when it is sound, 1 when it has problems or cannot be "
                               "read."));
        code >= 0)
        return code;
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    if (ServerSettings::isUrl(path))
        return usageError(QStringLiteral("qadesk-cli check: --workspace names a team server; check reads workspace "
                                         "files, and PostgreSQL checks its own pages (pg_amcheck)."));
    QString error;
    QStringList problems = Database::checkFile(path, &error);
    QStringList differences;
    if (problems.isEmpty()) {
        try {
            const auto database = openForReading(path, &error);
            if (!database)
                problems << error;
            else
                differences = Aggregates::differences(*database);
        } catch (const StorageError& failure) {
            problems << failure.message();
            error = failure.message();
        }
        if (!differences.isEmpty())
            error = QStringLiteral("qadesk-cli check: the per-month aggregates differ from the answers (see "
                                   "\"aggregates\").");
    }
    const bool ok = problems.isEmpty() && differences.isEmpty();
    printJson(QJsonDocument(
        QJsonObject { { QStringLiteral("workspace"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) },
                      { QStringLiteral("ok"), ok },
                      { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
                      { QStringLiteral("aggregates"), QJsonArray::fromStringList(differences) } }));
    return ok ? 0 : fail(error);
}

const Registration s_check({ QStringLiteral("check"),
                             QStringLiteral("Check a workspace file for damage (JSON; exit 1 on problems)."),
                             &runCheck });

} // namespace
} // namespace qadesk::cli
