#pragma once

// Inside core/reports: what each report's file shares with ReportBuilder.

#include "ReportBuilder.h"

#include <optional>

namespace qadesk {
struct SessionEffect;
}

namespace qadesk::reports {

// Thrown by Context::step when the caller cancels; ReportBuilder::build turns it into its error.
struct Cancelled {
};

struct Context {
    const ReportSource& source;
    const ReportRequest& request;
    const ReportProgress& progress;

    void step(double fraction) const; // reports progress; throws Cancelled when asked to stop
    bool inPeriod(const EvaluationFact& evaluation) const;
    // The first day of the score history shown beside the period: s_historyMonths months up to the period's end.
    QDate historyStart() const;
    const Database& database() const { return source.database(); }
    const Actor& actor() const { return source.actor(); }
    QString agentName(qint64 id) const;
    QString teamName(qint64 id) const;
    QString userName(qint64 id) const;
};

constexpr int s_historyMonths = 6;

ReportColumn textColumn(const QString& title);
ReportColumn integerColumn(const QString& title);
ReportColumn decimalColumn(const QString& title, int decimals = 1);
ReportColumn percentColumn(const QString& title, int decimals = 1);
ReportColumn dateColumn(const QString& title);

QVariant value(const std::optional<double>& number); // null when absent
QVariant points(const std::optional<double>& fraction); // a 0..1 score as 0–100 points, null when absent
std::optional<double> difference(const std::optional<double>& a, const std::optional<double>& b); // a − b
std::optional<double> share(int part, int whole); // part / whole, nullopt when whole is 0
QString monthName(const QDate& month); // "2026-10"
QString shortened(const QString& text, int length); // cut with "…" past `length` characters
QString focusQuestions(const SessionEffect& effect); // a coaching session's focus items by their questions

// How far a set of sampling assignments has got.
struct PlanProgress {
    int assigned = 0;
    int started = 0; // an evaluation was started and is still a draft
    int completed = 0;
    int overdue = 0; // not completed and due before the as-of day

    void add(const AssignmentFact& assignment, const QDate& asOf);
};

QList<ReportTable> agentCard(const Context& context);
QList<ReportTable> teamSummary(const Context& context);
QList<ReportTable> itemAnalysis(const Context& context);
QList<ReportTable> evaluatorReport(const Context& context);
QList<ReportTable> kpiReport(const Context& context);
// The agents' mean conversation measures (dead air, overtalk, talk share, first response, waits), with a row for all
// of them together when `withTotal` and there is more than one; the agent, team and KPI reports end with it.
ReportTable conversationTable(const Context& context, bool withTotal);
QList<ReportTable> samplingReport(const Context& context);
QList<ReportTable> coachingReport(const Context& context);
QList<ReportTable> calibrationReport(const Context& context);

} // namespace qadesk::reports
