#include "CliCommand.h"
#include "CliCommandSignIn.h"
#include "autoqa/AutoQaCoverage.h"
#include "autoqa/AutoQaRunner.h"
#include "people/AccessRules.h"
#include "storage/StorageError.h"

#include <QJsonObject>

namespace qadesk::cli {
namespace {

bool dayOption(const QCommandLineParser& parser, const QString& option, QDate* day)
{
    if (!parser.isSet(option))
        return true;
    *day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (day->isValid())
        return true;
    usageError(QStringLiteral("qadesk-cli autoqa: --%1 must be a day YYYY-MM-DD, not \"%2\".")
                   .arg(option, parser.value(option)));
    return false;
}

int runAutoqa(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("workspace"), QStringLiteral("The workspace file or team server URL."),
          QStringLiteral("FILE") },
        { QStringLiteral("from"), QStringLiteral("First day of the contacts, YYYY-MM-DD (default: the first)."),
          QStringLiteral("DAY") },
        { QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD, included (default: the last)."),
          QStringLiteral("DAY") },
        { QStringLiteral("no-run"),
          QStringLiteral("Only print the coverage and agreement; check nothing (opens read-only).") },
    });
    addSignInOptions(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Check the contacts with the auto-QA rules of the scorecards (contacts "
                                              "already checked under the same rules are skipped), then print the run, "
                                              "the coverage and the per-item agreement of evaluators with the rules."));
        code >= 0)
        return code;
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    QDate from;
    QDate to;
    if (!dayOption(parser, QStringLiteral("from"), &from) || !dayOption(parser, QStringLiteral("to"), &to))
        return 2;
    if (from.isValid() && to.isValid() && from > to)
        return usageError(QStringLiteral("qadesk-cli autoqa: --from must not be after --to."));
    const bool run = !parser.isSet(QStringLiteral("no-run"));
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, !run, &exitCode);
    if (!session)
        return exitCode;
    const Database& db = *session->database;
    try {
        QJsonObject result;
        if (run) {
            const AutoQaRunner::Summary summary = AutoQaRunner::run(db, session->actor, from, to);
            result.insert(QStringLiteral("run"), summary.toJson());
            if (!summary.problems.isEmpty())
                exitCode = 1;
        }
        const QJsonObject coverage = AutoQaCoverage::compute(db, session->actor, from, to).toJson();
        for (auto it = coverage.begin(); it != coverage.end(); ++it)
            result.insert(it.key(), it.value());
        printJson(QJsonDocument(result));
    } catch (const AccessDenied& e) {
        return fail(QStringLiteral("qadesk-cli autoqa: ") + e.message());
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return exitCode;
}

const Registration s_autoqa(
    { QStringLiteral("autoqa"),
      QStringLiteral("Run the auto-QA rules over the contacts; print coverage and agreement as JSON."), &runAutoqa });

} // namespace
} // namespace qadesk::cli
