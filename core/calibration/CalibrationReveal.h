#pragma once

#include "model/Coaching.h"
#include "model/Evaluation.h"
#include "model/Scorecard.h"
#include "stats/Agreement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace qadesk {

// One participant's column of the reveal.
struct RevealParticipant
{
    qint64 userId = 0;
    QString name;
    qint64 evaluationId = 0; // 0: nothing submitted (the organiser revealed the session early)
    std::optional<double> total; // 0..1, as the scoring engine computed it at submit
    std::optional<double> deviation; // total − the baseline (the reference's total, or the consensus mean)
    bool reference = false;
};

// What one participant chose on one item.
struct RevealChoice
{
    std::optional<int> option; // index into the item's options
    bool na = false;
    bool answered() const { return option || na; }
    bool operator==(const RevealChoice&) const = default;
};

// One row of the reveal: an item and what each participant chose, in the participants' order.
struct RevealItem
{
    QString itemKey;
    QString section;
    QString question;
    QStringList optionLabels;
    QList<RevealChoice> choices;
    bool disagreement = false; // the participants who answered did not all choose the same
    // Share of agreeing participant pairs (0..1; N/A counts as a choice); nullopt with fewer than two answers.
    std::optional<double> agreement;
    CalibrationItem conclusion; // the discussion note and the agreed answer, if any
};

// The revealed session: participants × items, each one's total and its spread. Computed from submitted scorings
// only; a participant who has not submitted has an empty column and no total.
struct CalibrationReveal
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::CalibrationReveal)

public:
    CalibrationSession session;
    ScorecardVersion version;
    QList<RevealParticipant> participants;
    QList<RevealItem> items;
    std::optional<double> mean; // of the participants' totals, 0..1
    std::optional<double> range; // highest − lowest total
    std::optional<double> standardDeviation; // sample (n − 1), of the totals; nullopt under two totals
    std::optional<double> baseline; // what deviations are measured from
    bool referenceBaseline = false; // the baseline is the reference's total, not the consensus mean
    // Chance-corrected agreement over the items (units) and participants (raters), choices as nominal categories.
    std::optional<double> kappa; // Fleiss
    std::optional<double> alpha; // Krippendorff, nominal

    // Builds the reveal of `session` from its participants' scorings. `names` maps user ids to display names.
    static CalibrationReveal compute(const CalibrationSession& session, const ScorecardVersion& version,
                                     const QList<Evaluation>& scorings, const QHash<qint64, QString>& names,
                                     const QList<CalibrationItem>& conclusions);
    // A choice as people read it: the option's label, "N/A", or "—" for no answer.
    static QString choiceText(const RevealItem& item, const RevealChoice& choice);
    int disagreements() const;
    // Items × participants, each choice as a nominal code (the option's index, −1 for N/A; missing when unanswered).
    Ratings ratings() const;
};

} // namespace qadesk
