#pragma once

#include "ImportProblem.h"
#include "TextDecoding.h"
#include "people/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <optional>

namespace qadesk {

struct EvaluationImportOptions {
    QString scorecard; // the scorecard's name; its latest published version is the one checked against
    std::optional<TextEncoding> encoding; // detected when not given
};

struct EvaluationImportResult {
    int rows = 0; // data rows read
    int imported = 0; // evaluations written (0 when there was any problem)
    QList<ImportProblem> problems;
};

// Past evaluations moved in from spreadsheets (docs/formats/evaluations.md): one row per evaluation with the contact's
// external id, the evaluator's login, the submitted date, then one column per item key and an optional
// "<key>:comment" column per item. Every row is checked against the scorecard's published version with the same
// rules as a submit; every problem is reported by line and column as the file wrote it. Rows are written in one
// transaction, all or none, each evaluation audited as imported by the actor.
class EvaluationImport final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::EvaluationImport)

public:
    // Reads and checks the file without writing anything.
    static EvaluationImportResult check(const Database& database, const QString& path, const EvaluationImportOptions& options);
    // Checks, then writes every row when there was no problem. Throws AccessDenied unless the actor may import
    // history (a manager or admin), StorageError when the workspace cannot be written (nothing is then written).
    static EvaluationImportResult run(const Database& database, const Actor& actor, const QString& path,
                                      const EvaluationImportOptions& options);
};

} // namespace qadesk
