#include "Headcount.h"

namespace qadesk {

QJsonObject HeadcountResult::toJson() const
{
    return QJsonObject {
        { QStringLiteral("workload_hours"), workloadHours },
        { QStringLiteral("fte"), fte },
        { QStringLiteral("agents_per_qa"), agentsPerQa },
        { QStringLiteral("terms"),
          QJsonObject { { QStringLiteral("evaluations"), evaluations },
                        { QStringLiteral("review_hours"), reviewHours },
                        { QStringLiteral("scoring_hours"), scoringHours },
                        { QStringLiteral("feedback_hours"), feedbackHours },
                        { QStringLiteral("coaching_hours"), coachingHours },
                        { QStringLiteral("calibration_hours"), calibrationHours },
                        { QStringLiteral("live_monitoring_hours"), liveMonitoringHours },
                        { QStringLiteral("productive_hours_per_fte"), productiveHoursPerFte } } },
    };
}

std::optional<HeadcountResult> Headcount::compute(const HeadcountInputs& in, QString* error)
{
    const std::pair<const char*, double> nonNegative[] = {
        { "agents", in.agents }, { "evaluations per agent", in.evaluationsPerAgent },
        { "contact minutes", in.contactMinutes }, { "review factor", in.reviewFactor },
        { "scoring minutes", in.scoringMinutes }, { "feedback minutes", in.feedbackMinutes },
        { "coaching sessions per agent", in.coachingSessionsPerAgent }, { "coaching minutes", in.coachingMinutes },
        { "calibration hours per QA", in.calibrationHoursPerQa }, { "live monitoring hours", in.liveMonitoringHours },
    };
    for (const auto& [name, value] : nonNegative) {
        if (!(value >= 0)) {
            *error = tr("%1 must be 0 or more, not %2.").arg(QString::fromLatin1(name)).arg(value);
            return std::nullopt;
        }
    }
    if (!(in.paidHoursPerFte > 0)) {
        *error = tr("paid hours per FTE must be more than 0, not %1.").arg(in.paidHoursPerFte);
        return std::nullopt;
    }
    if (!(in.shrinkage >= 0 && in.shrinkage < 1)) {
        *error = tr("shrinkage must be from 0 up to (not including) 1, not %1.").arg(in.shrinkage);
        return std::nullopt;
    }
    if (!(in.utilisation > 0 && in.utilisation <= 1)) {
        *error = tr("utilisation must be more than 0 and at most 1, not %1.").arg(in.utilisation);
        return std::nullopt;
    }

    HeadcountResult r;
    r.evaluations = in.agents * in.evaluationsPerAgent;
    r.reviewHours = r.evaluations * in.contactMinutes * in.reviewFactor / 60.0;
    r.scoringHours = r.evaluations * in.scoringMinutes / 60.0;
    r.feedbackHours = r.evaluations * in.feedbackMinutes / 60.0;
    r.coachingHours = in.agents * in.coachingSessionsPerAgent * in.coachingMinutes / 60.0;
    r.liveMonitoringHours = in.liveMonitoringHours;
    r.productiveHoursPerFte = in.paidHoursPerFte * (1.0 - in.shrinkage) * in.utilisation;
    const double fixed = r.reviewHours + r.scoringHours + r.feedbackHours + r.coachingHours + r.liveMonitoringHours;
    const double available = r.productiveHoursPerFte - in.calibrationHoursPerQa;
    if (available <= 0) {
        *error = tr("calibration hours per QA (%1) take all of a QA person's productive hours (%2).")
                     .arg(in.calibrationHoursPerQa)
                     .arg(r.productiveHoursPerFte);
        return std::nullopt;
    }
    r.fte = fixed / available;
    r.calibrationHours = r.fte * in.calibrationHoursPerQa;
    r.workloadHours = fixed + r.calibrationHours;
    r.agentsPerQa = r.fte > 0 ? in.agents / r.fte : 0;
    return r;
}

} // namespace qadesk
