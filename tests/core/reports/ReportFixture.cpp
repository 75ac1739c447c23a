#include "ReportFixture.h"

#include "storage/Aggregates.h"
#include "storage/CoachingRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

namespace qadesk::test {
namespace {

const QString s_greeting = QStringLiteral("greeting");
const QString s_identity = QStringLiteral("identity");
const QString s_accuracy = QStringLiteral("accuracy");

Answer pass(const QString& key, int option = 0)
{
    return Answer { key, option, false, {}, {} };
}

Answer fail(const QString& key, int option, const QString& comment = {})
{
    return Answer { key, option, false, comment, {} };
}

void run(const Database& db, const QString& sql, const QVariantList& values)
{
    execWith(db, sql, values, QStringLiteral("build the report fixture"));
}

qint64 contactOf(const Database& db, qint64 evaluation)
{
    return selectRows<qint64>(db, QStringLiteral("SELECT contact_id FROM evaluations WHERE id = ?"), { evaluation },
                              QStringLiteral("read a contact"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
        .value(0);
}

void outcome(const Database& db, qint64 evaluation, int csat, int nps, bool fcr, int handle)
{
    run(db, QStringLiteral("UPDATE contacts SET csat = ?, nps = ?, fcr = ?, handle_s = ? WHERE id = ?"),
        { csat, nps, fcr ? 1 : 0, handle, contactOf(db, evaluation) });
}

} // namespace

ReportFixture::ReportFixture()
{
    const QString alpha = QStringLiteral("Alpha");
    const QString beta = QStringLiteral("Beta");
    const QString kimName = QString::fromUtf8("김민지");
    const QString leeName = QString::fromUtf8("이서준");
    const QString parkName = QString::fromUtf8("박하늘");
    secondEvaluator = UserRepository(*db).add(User { 0, QStringLiteral("qa2"), QString::fromUtf8("QA 둘"), Role::Evaluator });

    evaluation(kimName, alpha, QDate(2026, 9, 10), 0.70);
    const qint64 kim1 = evaluation(kimName, alpha, QDate(2026, 10, 3), 0.90, false, EvaluationKind::Regular,
                                   { pass(s_greeting), pass(s_identity), pass(s_accuracy, 2) });
    const qint64 kim2 = evaluation(kimName, alpha, QDate(2026, 10, 20), 0.80, false, EvaluationKind::Regular,
                                   { fail(s_greeting, 1, QString::fromUtf8("인사 누락")), pass(s_identity),
                                     Answer { s_accuracy, std::nullopt, true, {}, {} } });
    run(*db, QStringLiteral("UPDATE evaluations SET seconds_spent = ? WHERE id = ?"), { 600, kim1 });
    run(*db, QStringLiteral("UPDATE evaluations SET seconds_spent = ?, overall_comment = ? WHERE id = ?"),
        { 900, QString::fromUtf8("좋은 응대, 회신 010-1234-5678"), kim2 });

    const qint64 original = evaluation(leeName, alpha, QDate(2026, 10, 5), 0.40, true, EvaluationKind::Regular,
                                       { pass(s_greeting), fail(s_identity, 1), fail(s_accuracy, 0, QString::fromUtf8("오안내")) });
    const qint64 revision = evaluation(leeName, alpha, QDate(2026, 10, 5), 0.60, false, EvaluationKind::Regular,
                                       { pass(s_greeting), pass(s_identity), fail(s_accuracy, 0, QString::fromUtf8("오안내")) });
    // The revision scores the original's contact; the contact the fixture made for it goes.
    const qint64 spare = contactOf(*db, revision);
    run(*db, QStringLiteral("UPDATE evaluations SET revision_of = ?, contact_id = ?, status = 'revised' WHERE id = ?"),
        { original, contactOf(*db, original), revision });
    run(*db, QStringLiteral("DELETE FROM contacts WHERE id = ?"), { spare });
    run(*db, QStringLiteral("UPDATE evaluations SET superseded = 1 WHERE id = ?"), { original });
    run(*db,
        QStringLiteral(
            "INSERT INTO disputes (evaluation_id, item_key, raised_by, raised_at, reason, status, resolved_by, "
            "resolved_at, revision_id) VALUES (?, 'identity', ?, ?, 'x', 'overturned', ?, ?, ?)"),
        { original, evaluator, centreTime(QDate(2026, 10, 6), QTime(9, 0)).toMSecsSinceEpoch(), evaluator,
          centreTime(QDate(2026, 10, 7), QTime(9, 0)).toMSecsSinceEpoch(), revision });

    const qint64 park1 = evaluation(parkName, beta, QDate(2026, 10, 8), 0.95);
    run(*db, QStringLiteral("UPDATE evaluations SET evaluator_id = ? WHERE id = ?"), { secondEvaluator, park1 });
    evaluation(parkName, beta, QDate(2026, 10, 9), 0.10, false, EvaluationKind::Calibration);
    const qint64 draft = evaluation(parkName, beta, QDate(2026, 10, 15), 0.10);
    run(*db, QStringLiteral("UPDATE evaluations SET status = 'draft', submitted_at = NULL, score = NULL WHERE id = ?"), { draft });
    evaluation(parkName, beta, QDate(2026, 11, 1), 0.10);

    outcome(*db, kim1, 5, 10, true, 300);
    outcome(*db, kim2, 4, 8, true, 400);
    outcome(*db, revision, 2, 3, false, 600);
    outcome(*db, park1, 5, 9, true, 200);

    run(*db,
        QStringLiteral("INSERT INTO sampling_plans (name, period_start, period_end, rule_json, seed, created_at) VALUES "
                       "('October', '2026-10-01', '2026-10-31', '{}', 7, 0)"),
        {});
    const QString assign = QStringLiteral("INSERT INTO assignments (plan_id, contact_id, evaluator_id, due, evaluation_id) "
                                          "VALUES (?, ?, ?, ?, ?)");
    run(*db, assign, { 1, contactOf(*db, kim1), evaluator, QStringLiteral("2026-10-31"), kim1 });
    run(*db, assign, { 1, contactOf(*db, original), evaluator, QStringLiteral("2026-10-31"), QVariant() });
    run(*db, assign, { 1, contactOf(*db, draft), evaluator, QStringLiteral("2026-10-15"), draft });
    run(*db, assign, { QVariant(), contactOf(*db, kim2), evaluator, QStringLiteral("2026-10-20"), kim2 });

    kim = agents.value(kimName);
    lee = agents.value(leeName);
    park = agents.value(parkName);

    CoachingSession session;
    session.agentId = kim;
    session.coachId = evaluator;
    session.heldAt = centreTime(QDate(2026, 10, 21), QTime(15, 0));
    session.focusItemKeys = { s_greeting };
    session.actionItems = { ActionItem { 0, QString::fromUtf8("첫인사 연습"), QDate(2026, 10, 28), true, {} },
                            ActionItem { 0, QString::fromUtf8("녹취 다시 듣기"), QDate(2026, 11, 4), false, {} } };
    session.acknowledgement = AcknowledgementStatus::Acknowledged;
    session.followUp = QDate(2026, 11, 4);
    CoachingRepository(*db).add(session, QStringLiteral("t"));
    // The revision, the draft and the evaluator above were written straight into the tables: the per-month aggregates
    // are recomputed once, as every writer of evaluations keeps them.
    Aggregates::rebuild(*db);
}

} // namespace qadesk::test
