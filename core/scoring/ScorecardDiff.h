#pragma once

#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qadesk {

// One difference between two versions of a form. Items are matched by key, sections by title.
struct ScorecardChange {
    enum class Kind {
        SectionAdded,
        SectionRemoved,
        SectionReweighted, // weight changed (or became the section's points)
        ItemAdded,
        ItemRemoved,
        ItemReworded, // question or guidance
        ItemRescored, // max points or the options' points/labels
        ItemMoved, // to another section
        ItemRulesChanged, // kind, N/A, comment on fail, critical scope
        ItemAutoRuleAdded, // an item (also a new one) got an auto-QA rule
        ItemAutoRuleRemoved, // an item kept in the newer version lost its auto-QA rule
        ItemAutoRuleChanged, // what the rule checks, its limit or the answers it suggests
    };
    Kind kind;
    QString section; // section title (in the newer version when both have it)
    QString itemKey; // empty for section changes
    QString before; // a readable summary of the old value
    QString after;

    QString description() const; // one sentence for lists and the CLI
};

class ScorecardDiff final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ScorecardDiff)

public:
    // What changed from `from` to `to`, sections first, then items in the newer version's order, then removals.
    static QList<ScorecardChange> compare(const ScorecardVersion& from, const ScorecardVersion& to);
};

} // namespace qadesk
