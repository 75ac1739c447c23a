#include "CliCommand.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "workspace/WorkspaceCounts.h"

#include <QJsonDocument>

namespace qadesk::cli {
namespace {

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("workspace"), QStringLiteral("The workspace file (*.qadesk) to describe."),
                       QStringLiteral("FILE") });
    if (const int code = parse(parser, arguments, QStringLiteral("Print what a workspace holds, as JSON counts.")); code >= 0)
        return code;
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    QString error;
    const auto db = openForReading(path, &error);
    if (!db)
        return fail(error);
    try {
        printJson(QJsonDocument(countWorkspace(*db).toJson()));
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return 0;
}

const Registration s_info({ QStringLiteral("info"), QStringLiteral("Print a workspace's schema version and counts."),
                            &runInfo });

} // namespace
} // namespace qadesk::cli
