#include "CliCommand.h"
#include "CliCommandSignIn.h"
#include "io/TextDecoding.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"

#include <QJsonObject>

namespace qadesk::cli {
namespace {

int runDispute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("decide."));
    parser.addOption({ QStringLiteral("workspace"), QStringLiteral("The workspace file (*.qadesk) or team server URL."),
                       QStringLiteral("FILE") });
    addSignInOptions(parser);
    parser.addOption({ QStringLiteral("dispute"), QStringLiteral("The dispute's id."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("uphold"), QStringLiteral("The score stands.") });
    parser.addOption({ QStringLiteral("overturn"),
                       QStringLiteral("The score changes: a revision with the answers of --answers replaces it.") });
    parser.addOption(
        { QStringLiteral("answers"),
          QStringLiteral("With --overturn: the corrected answers of every item, as `evaluate` takes them."),
          QStringLiteral("ANSWERS.json") });
    parser.addOption(
        { QStringLiteral("note"), QStringLiteral("The reviewer's note on the decision."), QStringLiteral("TEXT") });
    if (const int code
        = parse(parser, arguments,
                QStringLiteral("Decide an open dispute as the signed-in reviewer, with the checks of the "
                               "disputes page: nobody decides on their own evaluation or a dispute they "
                               "raised, and a dispute is decided once."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList { QStringLiteral("decide") })
        return usageError(QStringLiteral("qadesk-cli dispute: say decide."));
    const bool uphold = parser.isSet(QStringLiteral("uphold"));
    if (uphold == parser.isSet(QStringLiteral("overturn")))
        return usageError(QStringLiteral("qadesk-cli dispute decide: give --uphold or --overturn."));
    QString path;
    qint64 disputeId = 0;
    QString answersPath;
    if (!requireOption(parser, QStringLiteral("workspace"), &path)
        || !integerOption(parser, QStringLiteral("dispute"), &disputeId))
        return 2;
    if (!uphold && !requireOption(parser, QStringLiteral("answers"), &answersPath))
        return 2;
    std::optional<DecodedText> answersText;
    if (!uphold) {
        QString error;
        answersText = TextDecoding::readFile(answersPath, TextEncoding::Utf8, &error);
        if (!answersText)
            return fail(error);
    }
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, false, &exitCode);
    if (!session)
        return exitCode;
    const Database& db = *session->database;
    const Actor& actor = session->actor;
    const QString note = parser.value(QStringLiteral("note"));

    try {
        const DisputeRepository disputes(db);
        const auto dispute = disputes.find(disputeId);
        if (!dispute)
            return fail(QStringLiteral("qadesk-cli dispute decide: %1 has no dispute %2.")
                            .arg(db.displayName())
                            .arg(disputeId));
        QJsonObject result { { QStringLiteral("dispute"), disputeId }, { QStringLiteral("resolver"), actor.login } };
        if (uphold) {
            disputes.uphold(disputeId, actor.userId, note, actor.login);
            result.insert(QStringLiteral("status"), toCode(DisputeStatus::Upheld));
        } else {
            const auto evaluation = EvaluationRepository(db).find(dispute->evaluationId);
            const auto version
                = evaluation ? ScorecardRepository(db).version(evaluation->scorecardVersionId) : std::nullopt;
            if (!version)
                return fail(QStringLiteral("qadesk-cli dispute decide: the evaluation of dispute %1 is missing.")
                                .arg(disputeId));
            const auto answers = readAnswerSheet(answersText->text.toUtf8(), answersPath, *version);
            if (!answers)
                return 1;
            const qint64 revision = disputes.overturn(disputeId, actor.userId, *answers, note, actor.login);
            result.insert(QStringLiteral("status"), toCode(DisputeStatus::Overturned));
            result.insert(QStringLiteral("revision"), revision);
        }
        printJson(QJsonDocument(result));
        return 0;
    } catch (const StorageError& failure) {
        return fail(QStringLiteral("qadesk-cli dispute decide: %1").arg(failure.message()));
    }
}

const Registration s_dispute({ QStringLiteral("dispute"),
                               QStringLiteral("Decide a dispute (uphold or overturn) as a signed-in reviewer."),
                               &runDispute });

} // namespace
} // namespace qadesk::cli
