#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "io/EvaluationImport.h"
#include "people/AccessRules.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

int runEvaluation(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("import"), QStringLiteral("The action: import."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QStringLiteral("Past evaluations, one per row (docs/formats/evaluations.md)."));
    parser.addOption({ QStringLiteral("workspace"), QStringLiteral("The workspace file (*.qadesk)."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("scorecard"), QStringLiteral("The scorecard's name; rows are checked against its "
                                                                   "published version."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("check"), QStringLiteral("Only check the file; write nothing.") });
    parser.addOption({ QStringLiteral("encoding"), QStringLiteral("utf-8, utf-16le, utf-16be or cp949 (default: detected)."),
                       QStringLiteral("NAME") });
    addSignInOptions(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Move past evaluations in from a spreadsheet: every row is checked with the "
                                              "rules of a submit, problems are listed by line and column, and the rows "
                                              "are written in one transaction."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("import"))
        return usageError(QStringLiteral("qadesk-cli evaluation: say import FILE.csv (see --help)."));
    EvaluationImportOptions options;
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path) || !requireOption(parser, QStringLiteral("scorecard"), &options.scorecard))
        return 2;
    if (!encodingOption(parser, &options.encoding))
        return 2;
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, false, &exitCode);
    if (!session)
        return exitCode;
    const auto& db = session->database;
    const Actor* actor = &session->actor;
    try {
        const EvaluationImportResult result = parser.isSet(QStringLiteral("check"))
            ? EvaluationImport::check(*db, positional.at(1), options)
            : EvaluationImport::run(*db, *actor, positional.at(1), options);
        QJsonArray problems;
        for (const ImportProblem& problem : result.problems)
            problems << problem.toJson();
        printJson(QJsonDocument(QJsonObject { { QStringLiteral("rows"), result.rows },
                                              { QStringLiteral("imported"), result.imported },
                                              { QStringLiteral("problems"), problems } }));
        return result.problems.isEmpty() ? 0 : 1;
    } catch (const AccessDenied& refusal) {
        return fail(QStringLiteral("qadesk-cli evaluation: %1").arg(refusal.message()));
    } catch (const StorageError& failure) {
        return fail(QStringLiteral("qadesk-cli evaluation: %1").arg(failure.message()));
    }
}

const Registration s_evaluation({ QStringLiteral("evaluation"),
                                  QStringLiteral("Import past evaluations from a CSV file, checked like a submit."),
                                  &runEvaluation });

} // namespace
} // namespace qadesk::cli
