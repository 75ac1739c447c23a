#pragma once

#include "Database.h"
#include "model/Scorecard.h"
#include "people/Actor.h"

#include <QList>

#include <optional>

namespace qadesk {

// Scorecards and their versions. A published version is immutable: saveDraft() refuses it, and editing a published
// form goes through newDraft(), which copies it into the next version number. Throws StorageError; every change is
// recorded in the audit log under `actor`. Publishing and retiring take the signed-in actor and throw AccessDenied,
// writing nothing, unless AccessRules allow them Action::PublishScorecard.
class ScorecardRepository final {
public:
    explicit ScorecardRepository(const Database& database);

    // Creates the scorecard with `version` as its first draft; returns the scorecard id (version ids are set in
    // the stored copy; read it back with latestVersion()).
    qint64 create(const Scorecard& scorecard, const ScorecardVersion& version, const QString& actor) const;
    // Retires the scorecard (hidden from new evaluations; past ones keep their version) or brings it back.
    void setRetired(qint64 scorecardId, bool retired, const Actor& actor) const;
    std::optional<Scorecard> find(qint64 id) const;
    QList<Scorecard> all() const;

    // Replaces the content of a draft version. Throws when the version is published.
    // A compare-and-set on version.rowVersion: throws ConflictError when the draft changed since it was read.
    // Returns the draft's new row version.
    int saveDraft(const ScorecardVersion& version, const QString& actor) const;
    // Freezes a draft with `changeNote` (empty: the note saved with the draft). Callers validate first
    // (ScorecardValidator); this checks the status and refuses a draft identical to the latest published version,
    // which would only add a version number.
    void publish(qint64 versionId, const Actor& actor, const QString& changeNote = {}) const;
    // True when the draft `versionId` has exactly the content of the scorecard's latest published version.
    bool unchangedFromPublished(qint64 versionId) const;
    // A new draft copied from `fromVersionId`, numbered after the scorecard's latest; returns its id. If a draft
    // already exists it is returned instead, so there is never more than one open draft per scorecard.
    qint64 newDraft(qint64 fromVersionId, const QString& actor) const;

    std::optional<ScorecardVersion> version(qint64 versionId) const; // complete, with sections, items, options
    QList<ScorecardVersion> versions(qint64 scorecardId) const; // headers only (no sections), oldest first
    std::optional<ScorecardVersion> latestPublished(qint64 scorecardId) const;
    // The latest published version, complete, of the first scorecard (by name order) called `name`; nullopt when there
    // is no such scorecard or it has no published version.
    std::optional<ScorecardVersion> latestPublishedNamed(const QString& name) const;
    std::optional<ScorecardVersion> latestVersion(qint64 scorecardId) const;
    // The latest published version of the first non-retired scorecard for the channel (or for any channel).
    std::optional<ScorecardVersion> currentFor(Channel channel) const;

private:
    void writeContent(qint64 versionId, const ScorecardVersion& version) const;
    const Database& m_db;
};

} // namespace qadesk
