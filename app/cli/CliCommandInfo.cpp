#include "CliCommand.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "workspace/WorkspaceCounts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("workspace"), QStringLiteral("The workspace file (*.qadesk) to describe."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("upgrade"),
                       QStringLiteral("Open it with write access first, so a workspace of an older version is upgraded "
                                      "to this version's schema (a file is backed up beside itself first).") });
    if (const int code = parse(parser, arguments, QStringLiteral("Print what a workspace holds, as JSON counts.")); code >= 0)
        return code;
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    QString error;
    const bool upgrade = parser.isSet(QStringLiteral("upgrade"));
    const auto db = upgrade ? openForWriting(path, &error) : openForReading(path, &error);
    if (!db)
        return fail(error);
    try {
        QJsonObject counts = countWorkspace(*db).toJson();
        if (!db->backupPath().isEmpty())
            counts.insert(QStringLiteral("backup"), db->backupPath());
        printJson(QJsonDocument(counts));
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return 0;
}

const Registration s_info({ QStringLiteral("info"), QStringLiteral("Print a workspace's schema version and counts."),
                            &runInfo });

} // namespace
} // namespace qadesk::cli
