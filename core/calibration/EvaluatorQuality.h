#pragma once

#include "CalibrationReveal.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace qadesk {

class Database;

// One evaluator's calibration record in one month.
struct DeviationMonth
{
    QDate month; // its first day
    int sessions = 0;
    double meanDeviation = 0; // 0..1 score fraction: + more lenient than the baseline, − more severe
};

struct EvaluatorCalibration
{
    qint64 evaluatorId = 0;
    QString name;
    // Revealed sessions in which the evaluator's total counts; a session's reference is the yardstick there and
    // counts in no figure of its own.
    int sessions = 0;
    // Leniency (+) or severity (−): the mean of (own total − the session's baseline), the baseline being the
    // reference's total or, without a reference, the participants' mean.
    std::optional<double> meanDeviation;
    // Items on which the evaluator chose the session's target answer, of the items that have one. The target is the
    // agreed answer (answer key) where there is one, else the reference's choice, else the most common choice when
    // one choice is the most common.
    int matchedItems = 0;
    int targetItems = 0;
    std::optional<double> agreement() const;
    QList<DeviationMonth> months; // oldest first
    // The monthly deviations on an individuals (XmR) chart with the same rules as agents' trends: a rule broken in
    // the last Trend::s_recentPeriods months means the evaluator drifts.
    bool drifting = false;
    QString driftReason; // empty when steady
};

// An item's agreement over the sessions that scored it, for "clarify first" lists.
struct ItemAgreementRank
{
    QString itemKey;
    QString question;
    int sessions = 0;
    int disagreements = 0; // sessions in which the participants did not all choose the same
    double meanAgreement = 0; // mean pairwise agreement, 0..1
};

struct MonthAgreement
{
    QDate month;
    int sessions = 0;
    double meanAgreement = 0; // mean pairwise agreement over the sessions' items, 0..1
    double meanSpread = 0; // mean standard deviation of the sessions' totals, 0..1
    // Krippendorff's alpha (nominal) over every item of the month's sessions, each item of a session one unit.
    std::optional<double> alpha;
};

struct EvaluatorProductivity
{
    qint64 evaluatorId = 0;
    QString name;
    int evaluations = 0; // regular and live evaluations submitted in the period (calibration scorings excluded)
    int workingDays = 0; // Monday to Friday in the period
    double perWorkingDay = 0;
    std::optional<double> medianMinutes; // of the evaluations whose time was recorded
};

// How an evaluator's regular scores compare with their peers' on the same agents in the same month.
struct PeerDeviation {
    qint64 evaluatorId = 0;
    int evaluations = 0; // the evaluator's evaluations of agents a peer also evaluated that month
    double meanDeviation = 0; // 0..1: the mean of (own score − the peers' mean score of that agent that month)
};

// Evaluator quality from the revealed calibration sessions scheduled in a period (in the workspace's zone), and
// evaluator productivity from the evaluations submitted in it. Sessions not yet revealed never count: their scorings
// are blind.
class EvaluatorQuality final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::EvaluatorQuality)

public:
    QList<CalibrationReveal> reveals; // the revealed sessions, oldest first
    QList<EvaluatorCalibration> evaluators; // by name
    QList<ItemAgreementRank> items; // lowest agreement first
    QList<MonthAgreement> months; // oldest first

    // Throws StorageError when the workspace cannot be read.
    static EvaluatorQuality analyse(const Database& database, const QDate& from, const QDate& to);
    // Computed from given reveals, each counted on the day at the same position of `days`.
    static EvaluatorQuality fromReveals(const QList<CalibrationReveal>& reveals, const QList<QDate>& days);
    static QList<EvaluatorProductivity> productivity(const Database& database, const QDate& from, const QDate& to);
    // Leniency among peers, from regular evaluations submitted in the period (months of the workspace's zone):
    // each evaluation against the mean score the other evaluators gave the same agent in the same month. Evaluators
    // without such a comparison are left out.
    static QList<PeerDeviation> peerDeviation(const Database& database, const QDate& from, const QDate& to);
    // "steady", or why the evaluator drifts.
    static QString driftText(const EvaluatorCalibration& evaluator);
    // The day a session counts on: its scheduled day, or the day it was created.
    static QDate sessionDay(const Database& database, const CalibrationSession& session);
};

} // namespace qadesk
