#pragma once

#include "Report.h"
#include "ReportSource.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

class Database;

struct ReportRequest {
    QString report; // a ReportKind id
    QDate from; // the period, both days included
    QDate to;
    ScoreScope scope; // an agent narrows the report to that agent whatever the team
    QDate asOf; // assignments due before this day and not done are overdue; invalid: the centre's today
    PeriodBasis basis = PeriodBasis::Evaluation;
};

struct ReportKind {
    // "agent", "team", "items", "evaluators", "kpi", "sampling", "coaching", "calibration": the CLI's report names
    QString id;
    QString title;
    QString description;
    bool needsAgent = false; // the report is about one agent
};

// Computes the reports managers take to their meetings. Evaluations count as everywhere else in QA Desk (the
// overview, the score history): the latest revision of each submitted evaluation, never drafts, superseded originals
// or calibration scorings, in the period of its submission (a revision in that of the evaluation it replaces), or of
// its contact when the request's basis says so. Days are the workspace's time zone's.
class ReportBuilder final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ReportBuilder)

public:
    static QList<ReportKind> kinds();
    static std::optional<ReportKind> kind(const QString& id);

    // Builds a report of what the actor may see: an agent user's own records, a lead's teams. On failure returns
    // nullopt with *error saying why: an unknown report, a bad period, a team or agent that does not exist or that the
    // actor may not see, a report that needs an agent, an unreadable workspace, or cancelled by `progress`.
    static std::optional<Report> build(const Database& database, const Actor& actor, const ReportRequest& request,
                                       const ReportProgress& progress, QString* error);
};

} // namespace qadesk
