#include "AutoQaStore.h"

#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qadesk {
namespace {

QString evidenceJson(const QList<AutoQaEvidence>& evidence)
{
    QJsonArray list;
    for (const auto& piece : evidence) {
        QJsonObject object;
        if (piece.messageSequence) {
            object.insert(QStringLiteral("message"), *piece.messageSequence);
            object.insert(QStringLiteral("text"), piece.messageText);
        }
        if (piece.span) {
            object.insert(QStringLiteral("start_ms"), piece.span->startMs);
            object.insert(QStringLiteral("end_ms"), piece.span->endMs);
        }
        list << object;
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<AutoQaEvidence> evidenceFromJson(const QString& json)
{
    QList<AutoQaEvidence> evidence;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        AutoQaEvidence piece;
        if (object.contains(QStringLiteral("message"))) {
            piece.messageSequence = object.value(QStringLiteral("message")).toInt();
            piece.messageText = object.value(QStringLiteral("text")).toString();
        }
        if (object.contains(QStringLiteral("start_ms"))) {
            piece.span = TimeSpan { qint64(object.value(QStringLiteral("start_ms")).toDouble()),
                                    qint64(object.value(QStringLiteral("end_ms")).toDouble()) };
        }
        evidence << piece;
    }
    return evidence;
}

} // namespace

AutoQaStore::AutoQaStore(const Database& database)
    : m_db(database)
{
}

void AutoQaStore::storeCheck(qint64 contactId, qint64 versionId, const QString& rulesFingerprint,
                             const QList<AutoQaSuggestion>& suggestions, const QDateTime& checkedAt) const
{
    const QString what = QStringLiteral("store the auto-QA suggestions of contact %1").arg(contactId);
    Transaction transaction(m_db);
    execWith(m_db, QStringLiteral("DELETE FROM auto_qa_suggestions WHERE contact_id = ? AND scorecard_version_id = ?"),
             { contactId, versionId }, what);
    for (const auto& s : suggestions) {
        execWith(m_db,
                 QStringLiteral("INSERT INTO auto_qa_suggestions (contact_id, scorecard_version_id, item_key, "
                                "option_index, passed, measured, evidence, rule_fingerprint, checked_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 { contactId, versionId, s.itemKey, s.optionIndex, int(s.passed),
                   s.measured ? QVariant(*s.measured) : QVariant(), evidenceJson(s.evidence), s.ruleFingerprint,
                   dbTime(checkedAt) },
                 what);
    }
    execWith(m_db, QStringLiteral("DELETE FROM auto_qa_checks WHERE contact_id = ? AND scorecard_version_id = ?"),
             { contactId, versionId }, what);
    execWith(
        m_db,
        QStringLiteral("INSERT INTO auto_qa_checks (contact_id, scorecard_version_id, rules_fingerprint, checked_at) "
                       "VALUES (?, ?, ?, ?)"),
        { contactId, versionId, rulesFingerprint, dbTime(checkedAt) }, what);
    transaction.commit();
}

QList<AutoQaSuggestion> AutoQaStore::suggestions(qint64 contactId, qint64 versionId) const
{
    return selectRows<AutoQaSuggestion>(
        m_db,
        QStringLiteral("SELECT item_key, option_index, passed, measured, evidence, rule_fingerprint, checked_at FROM "
                       "auto_qa_suggestions WHERE contact_id = ? AND scorecard_version_id = ? ORDER BY item_key"),
        { contactId, versionId }, QStringLiteral("read the auto-QA suggestions of contact %1").arg(contactId),
        [](const QSqlQuery& q) {
            AutoQaSuggestion s;
            s.itemKey = q.value(0).toString();
            s.optionIndex = q.value(1).toInt();
            s.passed = q.value(2).toBool();
            if (!q.value(3).isNull())
                s.measured = q.value(3).toDouble();
            s.evidence = evidenceFromJson(q.value(4).toString());
            s.ruleFingerprint = q.value(5).toString();
            s.checkedAt = timeFromDb(q.value(6));
            return s;
        });
}

std::optional<QString> AutoQaStore::checkedUnder(qint64 contactId, qint64 versionId) const
{
    return firstOf(selectRows<QString>(
        m_db,
        QStringLiteral(
            "SELECT rules_fingerprint FROM auto_qa_checks WHERE contact_id = ? AND scorecard_version_id = ?"),
        { contactId, versionId }, QStringLiteral("read the auto-QA check of contact %1").arg(contactId),
        [](const QSqlQuery& q) { return q.value(0).toString(); }));
}

int AutoQaStore::recordAgreement(const Evaluation& evaluation) const
{
    if (!evaluation.submittedAt.isValid() || evaluation.status == EvaluationStatus::Draft)
        return 0;
    const QString what = QStringLiteral("record the agreement of evaluation %1 with auto-QA").arg(evaluation.id);
    Transaction transaction(m_db);
    execWith(m_db, QStringLiteral("DELETE FROM auto_qa_agreements WHERE evaluation_id = ?"), { evaluation.id }, what);
    int compared = 0;
    for (const auto& suggestion : suggestions(evaluation.contactId, evaluation.scorecardVersionId)) {
        if (suggestion.checkedAt > evaluation.submittedAt)
            continue; // the evaluator could not have seen it
        const Answer* answer = evaluation.answerFor(suggestion.itemKey);
        const std::optional<int> chosen = answer && !answer->na ? answer->optionIndex : std::nullopt;
        execWith(m_db,
                 QStringLiteral("INSERT INTO auto_qa_agreements (evaluation_id, item_key, suggested_option, "
                                "chosen_option, agreed, rule_fingerprint) VALUES (?, ?, ?, ?, ?, ?)"),
                 { evaluation.id, suggestion.itemKey, suggestion.optionIndex, chosen ? QVariant(*chosen) : QVariant(),
                   int(chosen == suggestion.optionIndex), suggestion.ruleFingerprint },
                 what);
        ++compared;
    }
    transaction.commit();
    return compared;
}

} // namespace qadesk
