#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QVariantList>

namespace qadesk {

// The rows people edit from several desktops: each carries row_version (1 when created, +1 on every update),
// updated_by (a login) and updated_at.
enum class VersionedRow { Evaluation, Dispute, CoachingSession, ScorecardDraft, SamplingPlan };

// Compare-and-set updates of versioned rows: a save based on an old version is refused, never written over the newer
// one.
class RowVersion final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::RowVersion)

public:
    // Runs "UPDATE <table> SET <assignments>, row_version = row_version + 1, updated_by = actor, updated_at = now
    // WHERE id = `id` AND row_version = `expected`" with `values` bound to the assignments' placeholders, and gives
    // the new version. Throws ConflictError (who changed the row, and when) when the row is at another version,
    // StorageError when it no longer exists or the statement fails.
    static int update(const Database& db, VersionedRow row, qint64 id, int expected, const QString& assignments,
                      QVariantList values, const QString& actor, const QString& what);
    // The same without the compare-and-set's refusal: gives the number of rows changed (0 or 1), for a caller whose
    // own condition (`extraCondition`, ANDed, e.g. "status = 'open'") decides what a miss means.
    static int updateWhere(const Database& db, VersionedRow row, qint64 id, int expected, const QString& assignments,
                           const QString& extraCondition, QVariantList values, const QString& actor,
                           const QString& what);
    // Throws the ConflictError for `row` `id` having moved on since it was read (or StorageError when it is gone).
    [[noreturn]] static void throwStale(const Database& db, VersionedRow row, qint64 id);
    // The display name of the user with `login`, or the login itself when no user has it.
    static QString displayNameOf(const Database& db, const QString& login);
    // An instant as the message shows it: HH:mm in the centre's zone, with the date when it is not today.
    static QString timeOf(const Database& db, const QDateTime& instant);
};

} // namespace qadesk
