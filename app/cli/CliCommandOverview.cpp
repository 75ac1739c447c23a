#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "people/AccessRules.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "workspace/Overview.h"

#include <QJsonDocument>

namespace qadesk::cli {
namespace {

int runOverview(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE") },
        { QStringLiteral("month"), QStringLiteral("The month, YYYY-MM (default this month)."), QStringLiteral("MONTH") },
    });
    addSignInOptions(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Print a month's QA activity: evaluations done vs planned, average "
                                              "score by team, agents needing attention (scores 0..100), of the "
                                              "agents the --user may see."));
        code >= 0)
        return code;
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    QDate month; // invalid: this month in the workspace's time zone
    if (parser.isSet(QStringLiteral("month"))) {
        month = QDate::fromString(parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return fail(QStringLiteral("qadesk-cli overview: --month must be YYYY-MM, not \"%1\".")
                            .arg(parser.value(QStringLiteral("month"))));
    }
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, true, &exitCode);
    if (!session)
        return exitCode;
    const Database& db = *session->database;
    try {
        printJson(QJsonDocument(computeOverview(db, session->actor, month.isValid() ? month : db.time().today()).toJson()));
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return 0;
}

const Registration s_overview({ QStringLiteral("overview"),
                                QStringLiteral("Print a month's QA activity (the app's first screen) as JSON."),
                                &runOverview });

} // namespace
} // namespace qadesk::cli
