#pragma once

#include "people/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace qadesk {

struct ImportedScorecard {
    qint64 scorecardId = 0;
    qint64 versionId = 0;
    bool published = false;
};

class ScorecardImport final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ScorecardImport)

public:
    // Every problem of a scorecard file: reading errors with their JSON path, then the publish rules. Empty: valid.
    static QStringList check(const QString& path);
    // Reads, validates and stores the file as a new scorecard (published unless `asDraft`), in one transaction.
    // On any problem nothing is written and *errors lists every problem with the file name and JSON path, or why the
    // actor may not publish it (AccessRules, Action::PublishScorecard).
    static std::optional<ImportedScorecard> importFile(const Database& database, const QString& path, bool asDraft,
                                                      const Actor& actor, QStringList* errors);
};

} // namespace qadesk
