#pragma once

#include "AutoQaEngine.h"
#include "model/Evaluation.h"

#include <QCoreApplication>
#include <optional>

namespace qadesk {

class Database;

// The workspace's auto-QA records: the suggestions per contact, scorecard version and item; which contacts a
// version's rules have checked; and, per submitted evaluation, whether the evaluator agreed with each suggestion.
// Nothing here is ever read by the scoring. Throws StorageError when a statement fails.
class AutoQaStore final
{
public:
    explicit AutoQaStore(const Database& database);

    // Replaces what the rules of a version said about a contact, in one transaction: the suggestions and the check
    // (rulesFingerprint: AutoQaRunner::rulesFingerprint of the version).
    void storeCheck(qint64 contactId, qint64 versionId, const QString& rulesFingerprint,
                    const QList<AutoQaSuggestion>& suggestions, const QDateTime& checkedAt) const;
    // The stored suggestions, in item key order.
    QList<AutoQaSuggestion> suggestions(qint64 contactId, qint64 versionId) const;
    // The rules fingerprint the contact was last checked under for the version; nullopt when it never was.
    std::optional<QString> checkedUnder(qint64 contactId, qint64 versionId) const;

    // Records, for a submitted evaluation, which answers agreed with the suggestion stored for its contact and
    // version (replacing rows recorded before). Items without a suggestion, or with a suggestion made after the
    // evaluation was submitted, are not compared; an unanswered or N/A item disagrees. Returns how many items were
    // compared. Does nothing to a draft.
    int recordAgreement(const Evaluation& evaluation) const;

private:
    const Database& m_db;
};

} // namespace qadesk
