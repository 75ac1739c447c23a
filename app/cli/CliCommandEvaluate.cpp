#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "io/TextDecoding.h"
#include "people/AccessRules.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QJsonObject>


namespace qadesk::cli {
namespace {

int runEvaluate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("workspace"), QStringLiteral("The workspace file (*.qadesk)."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("contact"), QStringLiteral("The contact's external id."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("scorecard"), QStringLiteral("The scorecard's name; its published version is used."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("answers"),
                       QStringLiteral("{\"answers\": {\"<item key>\": \"<option label> | yes | no | na\"}, "
                                      "\"comments\": {\"<item key>\": \"…\"}}."),
                       QStringLiteral("ANSWERS.json") });
    parser.addOption({ QStringLiteral("comment"), QStringLiteral("The overall comment."), QStringLiteral("TEXT") });
    addSignInOptions(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Evaluate a contact and submit it as the signed-in user, with the checks of "
                                              "the evaluation page: the evaluator's role, every item answered, comments on "
                                              "failed items that need one. Prints the stored evaluation's scores."));
        code >= 0)
        return code;
    QString path;
    QString externalId;
    QString scorecardName;
    QString answersPath;
    if (!requireOption(parser, QStringLiteral("workspace"), &path) || !requireOption(parser, QStringLiteral("contact"), &externalId)
        || !requireOption(parser, QStringLiteral("scorecard"), &scorecardName)
        || !requireOption(parser, QStringLiteral("answers"), &answersPath))
        return 2;
    QString error;
    const auto answersText = TextDecoding::readFile(answersPath, TextEncoding::Utf8, &error);
    if (!answersText)
        return fail(error);
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, false, &exitCode);
    if (!session)
        return exitCode;
    const auto& db = session->database;
    const Actor* actor = &session->actor;

    try {
        AccessRules::require(*actor, Action::Evaluate);
        const QList<qint64> matches = ContactRepository(*db).findIds(externalId);
        if (matches.isEmpty())
            return fail(QStringLiteral("qadesk-cli evaluate: %1 has no contact \"%2\".").arg(db->displayName(), externalId));
        if (matches.size() > 1)
            return fail(QStringLiteral("qadesk-cli evaluate: \"%1\" is the id of a call and a chat; the ids of one "
                                       "channel are unique, so name the contact by a unique id.")
                            .arg(externalId));
        const auto published = ScorecardRepository(*db).latestPublishedNamed(scorecardName);
        if (!published)
            return fail(QStringLiteral("qadesk-cli evaluate: %1 has no published scorecard \"%2\".")
                            .arg(db->displayName(), scorecardName));
        const ScorecardVersion& version = *published;
        const auto answers = readAnswerSheet(answersText->text.toUtf8(), answersPath, version);
        if (!answers)
            return 1;

        const EvaluationRepository evaluations(*db);
        for (const Evaluation& earlier : evaluations.forContact(matches.first())) {
            if (earlier.evaluatorId == actor->userId && earlier.status != EvaluationStatus::Draft
                && earlier.kind == EvaluationKind::Regular)
                return fail(QStringLiteral("qadesk-cli evaluate: %1 already evaluated contact %2 (evaluation %3); a "
                                           "change goes through a dispute and its revision.")
                                .arg(actor->login, externalId)
                                .arg(earlier.id));
        }
        // The evaluation page's path: the evaluator's draft (continued when there is one), its answers, the submit.
        // One transaction, so a refused submit leaves no half-made draft behind.
        Transaction transaction(*db);
        Evaluation evaluation;
        evaluation.contactId = matches.first();
        evaluation.scorecardVersionId = version.id;
        evaluation.evaluatorId = actor->userId;
        evaluation.kind = EvaluationKind::Regular;
        const auto draft = evaluations.draftFor(evaluation.contactId, actor->userId);
        evaluation.id = draft ? *draft : evaluations.createDraft(evaluation, actor->login);
        // The draft as read now: if another desktop saves it before this one does, this save is refused, not mixed.
        evaluation.rowVersion = evaluations.find(evaluation.id)->rowVersion;
        evaluation.answers = *answers;
        evaluation.overallComment = parser.value(QStringLiteral("comment"));
        evaluations.saveDraft(evaluation);
        evaluations.submit(evaluation.id, actor->login);
        transaction.commit();

        const Evaluation stored = *evaluations.find(evaluation.id);
        const auto percent = [](const std::optional<double>& value) { return value ? QJsonValue(*value * 100.0) : QJsonValue(); };
        printJson(QJsonDocument(QJsonObject { { QStringLiteral("evaluation"), stored.id },
                                              { QStringLiteral("contact"), externalId },
                                              { QStringLiteral("evaluator"), actor->login },
                                              { QStringLiteral("status"), toCode(stored.status) },
                                              { QStringLiteral("score"), percent(stored.score) },
                                              { QStringLiteral("raw_score"), percent(stored.rawScore) },
                                              { QStringLiteral("critical_failed"), stored.criticalFailed } }));
        return 0;
    } catch (const AccessDenied& refusal) {
        return fail(QStringLiteral("qadesk-cli evaluate: %1").arg(refusal.message()));
    } catch (const StorageError& failure) {
        return fail(QStringLiteral("qadesk-cli evaluate: %1").arg(failure.message()));
    }
}

const Registration s_evaluate({ QStringLiteral("evaluate"),
                                QStringLiteral("Evaluate a contact and submit it as a signed-in evaluator."), &runEvaluate });

} // namespace
} // namespace qadesk::cli
