#pragma once

#include "Enums.h"
#include "autoqa/AutoQaRule.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace qadesk {

struct ScorecardOption {
    QString label;
    double points = 0;
    bool fails = false; // choosing it counts as a failed item (pass rates, critical items, required comments)
    bool operator==(const ScorecardOption&) const = default;
};

struct ScorecardItem {
    qint64 id = 0;
    QString key; // unique within a version; stable across versions so trends can follow an item
    QString question;
    QString guidance; // what "meets" looks like
    ItemKind kind = ItemKind::YesNo;
    double maxPoints = 1;
    bool naAllowed = false;
    bool commentRequiredOnFail = false;
    CriticalScope critical = CriticalScope::None;
    QList<ScorecardOption> options; // for YesNo: exactly "yes" (max points) then "no" (0, fails)
    std::optional<AutoQaRule> autoRule; // suggests an answer automatically; never part of the score
    int bestOption() const; // index of the option worth the most points, the first of equals (0 without options)
    bool operator==(const ScorecardItem&) const = default;
};

struct ScorecardSection {
    qint64 id = 0;
    QString title;
    std::optional<double> weight; // nullopt: weighted by its applicable possible points
    QList<ScorecardItem> items;
    bool operator==(const ScorecardSection&) const = default;
};

// One version of a form. A published version is immutable: evaluations point at it forever.
struct ScorecardVersion {
    qint64 id = 0;
    qint64 scorecardId = 0;
    int number = 1;
    VersionStatus status = VersionStatus::Draft;
    QDateTime createdAt;
    QDateTime publishedAt;
    QString publishedBy;
    QString changeNote;
    QList<ScorecardSection> sections;
    int rowVersion = 1; // the stored row's version when read; a save of a draft based on an older one is refused
    bool operator==(const ScorecardVersion&) const = default;

    const ScorecardItem* findItem(const QString& key) const;
    int itemCount() const;
};

struct Scorecard {
    qint64 id = 0;
    QString name;
    QString description;
    std::optional<Channel> channel; // nullopt: any channel
    bool retired = false; // hidden from new evaluations only
    bool operator==(const Scorecard&) const = default;
};

// The two options of a yes/no item, so every item kind is scored the same way.
QList<ScorecardOption> yesNoOptions(double maxPoints);

} // namespace qadesk
