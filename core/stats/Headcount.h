#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace qadesk {

// The inputs of a monthly QA workload, as a manager states them.
struct HeadcountInputs {
    int agents = 0;
    double evaluationsPerAgent = 0; // per month
    double contactMinutes = 0; // average length of an evaluated contact
    double reviewFactor = 1.0; // listening time ÷ contact length (1.0: once at normal speed; re-listening adds)
    double scoringMinutes = 0; // scoring and writing up one evaluation
    double feedbackMinutes = 0; // feedback per evaluation (to the agent or the team lead)
    double coachingSessionsPerAgent = 0; // per month, held by QA
    double coachingMinutes = 0; // length of one coaching session
    double calibrationHoursPerQa = 0; // per QA person per month
    double liveMonitoringHours = 0; // total per month
    double paidHoursPerFte = 0; // per month, e.g. 209 (40 h a week)
    double shrinkage = 0; // share of paid time not available: leave, training, meetings (0..1)
    double utilisation = 1.0; // share of available time spent on the work above (0..1]
};

// Every term of the result in hours per month, so a manager can argue with each.
struct HeadcountResult {
    double evaluations = 0;
    double reviewHours = 0;
    double scoringHours = 0;
    double feedbackHours = 0;
    double coachingHours = 0;
    double calibrationHours = 0; // grows with the QA team itself
    double liveMonitoringHours = 0;
    double productiveHoursPerFte = 0; // paid × (1 − shrinkage) × utilisation
    double workloadHours = 0;
    double fte = 0;
    double agentsPerQa = 0;
    QJsonObject toJson() const;
};

class Headcount final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::Headcount)

public:
    // FTE = workload ÷ productive hours per FTE, where the workload includes calibration hours for every QA person,
    // so FTE = fixed workload ÷ (productive hours − calibration hours per QA). nullopt with *error (naming the input)
    // for impossible inputs, including calibration that would take all of a QA person's productive time.
    static std::optional<HeadcountResult> compute(const HeadcountInputs& inputs, QString* error);
};

} // namespace qadesk
