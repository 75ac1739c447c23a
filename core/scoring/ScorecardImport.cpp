#include "ScorecardImport.h"

#include "ScorecardJson.h"
#include "ScorecardValidator.h"
#include "people/AccessRules.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDir>

namespace qadesk {

QStringList ScorecardImport::check(const QString& path)
{
    QStringList errors;
    const auto document = ScorecardJson::readFile(path, &errors);
    if (document) {
        for (const auto& issue : ScorecardValidator::validate(document->version))
            errors << QDir::toNativeSeparators(path) + QStringLiteral(": ") + issue.toString();
    }
    return errors;
}

std::optional<ImportedScorecard> ScorecardImport::importFile(const Database& database, const QString& path,
                                                             bool asDraft, const Actor& actor, QStringList* errors)
{
    const QStringList problems = check(path);
    if (!problems.isEmpty()) {
        *errors << problems;
        return std::nullopt;
    }
    QStringList ignored;
    const auto document = ScorecardJson::readFile(path, &ignored);
    try {
        Transaction transaction(database);
        ScorecardRepository scorecards(database);
        ImportedScorecard imported;
        imported.scorecardId = scorecards.create(document->scorecard, document->version, actor.login);
        imported.versionId = scorecards.latestVersion(imported.scorecardId)->id;
        if (!asDraft) {
            scorecards.publish(imported.versionId, actor);
            imported.published = true;
        }
        transaction.commit();
        return imported;
    } catch (const StorageError& e) {
        *errors << tr("%1: not imported: %2").arg(QDir::toNativeSeparators(path), e.message());
        return std::nullopt;
    } catch (const AccessDenied& refusal) {
        *errors << tr("%1: not imported: %2").arg(QDir::toNativeSeparators(path), refusal.message());
        return std::nullopt;
    }
}

} // namespace qadesk
