#include "EvaluatorQuality.h"

#include "stats/Trend.h"
#include "storage/Aggregates.h"
#include "storage/CalibrationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/ScoreHistory.h"

#include <QMap>
#include <algorithm>

namespace qadesk {
namespace {

QDate monthOf(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

// The answer a participant's choice is compared with on one item; nullopt when there is none.
std::optional<RevealChoice> targetOf(const CalibrationReveal& reveal, const RevealItem& item)
{
    if (item.conclusion.agreedOption || item.conclusion.agreedNa)
        return RevealChoice { item.conclusion.agreedOption, item.conclusion.agreedNa };
    for (int p = 0; p < reveal.participants.size(); ++p) {
        if (reveal.participants.at(p).reference && item.choices.at(p).answered())
            return item.choices.at(p);
    }
    QList<std::pair<RevealChoice, int>> counts;
    for (const auto& choice : item.choices) {
        if (!choice.answered())
            continue;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == choice; });
        if (it == counts.end())
            counts << std::pair { choice, 1 };
        else
            ++it->second;
    }
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (counts.isEmpty() || (counts.size() > 1 && counts.at(0).second == counts.at(1).second))
        return std::nullopt;
    return counts.first().first;
}

// The regular evaluations submitted in a period (bound as CentreTime::periodMs()) that count: a revision keeps its
// original's evaluator and period, so the latest of each chain counts once.
const QString s_submittedRegular
    = QStringLiteral("e.kind <> 'calibration' AND e.superseded = 0 AND e.submitted_at >= ? AND e.submitted_at < ?");

// The evaluations of a whole period, read from the covering index (schema step 7) that holds the evaluator, agent,
// score and seconds these reads group by.
QString periodTable(const Database& database)
{
    return QStringLiteral("evaluations e") + periodIndexHint(database);
}

// The median of the values counted in `counts` (value → how often), the mean of the two middle ones for an even
// count; nullopt when nothing is counted.
std::optional<double> medianOf(const QMap<int, qint64>& counts)
{
    qint64 total = 0;
    for (const qint64 count : counts)
        total += count;
    if (!total)
        return std::nullopt;
    const auto valueAt = [&counts](qint64 index) { // 0-based, in ascending order
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (index < it.value())
                return it.key();
            index -= it.value();
        }
        return counts.lastKey();
    };
    return (valueAt((total - 1) / 2) + valueAt(total / 2)) / 2.0;
}

} // namespace

std::optional<double> EvaluatorCalibration::agreement() const
{
    return targetItems ? std::optional<double>(double(matchedItems) / targetItems) : std::nullopt;
}

QString EvaluatorQuality::driftText(const EvaluatorCalibration& evaluator)
{
    return evaluator.drifting ? evaluator.driftReason : tr("steady");
}

QDate EvaluatorQuality::sessionDay(const Database& database, const CalibrationSession& session)
{
    return database.time().dateOf(session.scheduledAt.isValid() ? session.scheduledAt : session.createdAt);
}

EvaluatorQuality EvaluatorQuality::analyse(const Database& database, const QDate& from, const QDate& to)
{
    CalibrationRepository calibrations(database);
    ScorecardRepository scorecards(database);
    QHash<qint64, QString> names;
    for (const auto& user : UserRepository(database).all())
        names.insert(user.id, user.displayName);
    QList<std::pair<QDate, CalibrationReveal>> dated;
    for (const auto& session : calibrations.all()) {
        const QDate day = sessionDay(database, session);
        if (!session.revealed || day < from || day > to)
            continue;
        const auto version = scorecards.version(session.scorecardVersionId);
        if (!version)
            continue;
        dated << std::pair { day,
                             CalibrationReveal::compute(session, *version, calibrations.evaluations(session.id), names,
                                                        calibrations.items(session.id)) };
    }
    std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<CalibrationReveal> reveals;
    QList<QDate> days;
    for (const auto& [day, reveal] : std::as_const(dated)) {
        days << day;
        reveals << reveal;
    }
    return fromReveals(reveals, days);
}

EvaluatorQuality EvaluatorQuality::fromReveals(const QList<CalibrationReveal>& reveals, const QList<QDate>& days)
{
    EvaluatorQuality quality;
    quality.reveals = reveals;
    QHash<qint64, EvaluatorCalibration> byEvaluator;
    QHash<qint64, QMap<QDate, std::pair<int, double>>> monthly; // evaluator → month → (sessions, sum of deviations)
    QHash<QString, ItemAgreementRank> byItem;
    QMap<QDate, MonthAgreement> byMonth;
    QMap<QDate, Ratings> monthRatings;
    for (int r = 0; r < reveals.size(); ++r) {
        const CalibrationReveal& reveal = reveals.at(r);
        const QDate month = monthOf(days.at(r));
        for (int p = 0; p < reveal.participants.size(); ++p) {
            const RevealParticipant& participant = reveal.participants.at(p);
            EvaluatorCalibration& evaluator = byEvaluator[participant.userId];
            evaluator.evaluatorId = participant.userId;
            evaluator.name = participant.name;
            // The reference is the yardstick there: its own deviation (0) and matches would only flatter its record.
            if (!participant.evaluationId || (participant.reference && reveal.referenceBaseline))
                continue;
            if (participant.deviation) {
                ++evaluator.sessions;
                evaluator.meanDeviation = evaluator.meanDeviation.value_or(0) + *participant.deviation;
                auto& cell = monthly[participant.userId][month];
                ++cell.first;
                cell.second += *participant.deviation;
            }
            for (const auto& item : reveal.items) {
                const auto target = targetOf(reveal, item);
                if (!target || !item.choices.at(p).answered())
                    continue;
                ++evaluator.targetItems;
                evaluator.matchedItems += item.choices.at(p) == *target ? 1 : 0;
            }
        }
        double agreementSum = 0;
        int agreementItems = 0;
        for (const auto& item : reveal.items) {
            if (!item.agreement)
                continue;
            ItemAgreementRank& rank = byItem[item.itemKey];
            rank.itemKey = item.itemKey;
            rank.question = item.question;
            rank.meanAgreement += *item.agreement; // a sum until the end
            ++rank.sessions;
            rank.disagreements += item.disagreement ? 1 : 0;
            agreementSum += *item.agreement;
            ++agreementItems;
        }
        if (agreementItems) {
            MonthAgreement& cell = byMonth[month];
            cell.month = month;
            ++cell.sessions;
            cell.meanAgreement += agreementSum / agreementItems;
            cell.meanSpread += reveal.standardDeviation.value_or(0);
            monthRatings[month] << reveal.ratings();
        }
    }
    for (auto it = byEvaluator.begin(); it != byEvaluator.end(); ++it) {
        EvaluatorCalibration& evaluator = it.value();
        if (evaluator.sessions)
            *evaluator.meanDeviation /= evaluator.sessions;
        QList<double> series;
        const auto months = monthly.value(evaluator.evaluatorId);
        for (auto m = months.cbegin(); m != months.cend(); ++m) {
            evaluator.months << DeviationMonth { m.key(), m.value().first, m.value().second / m.value().first };
            series << m.value().second / m.value().first * 100.0;
        }
        const ControlChart chart = Trend::controlChart(series);
        for (const RuleViolation& violation : chart.violations) {
            if (violation.index >= series.size() - Trend::s_recentPeriods) {
                evaluator.drifting = true;
                evaluator.driftReason
                    = tr("%1 in %2")
                          .arg(Trend::ruleName(violation.rule),
                               evaluator.months.at(violation.index).month.toString(QStringLiteral("yyyy-MM")));
            }
        }
        quality.evaluators << evaluator;
    }
    std::sort(quality.evaluators.begin(), quality.evaluators.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    for (auto rank : std::as_const(byItem)) {
        rank.meanAgreement /= rank.sessions;
        quality.items << rank;
    }
    std::sort(quality.items.begin(), quality.items.end(), [](const auto& a, const auto& b) {
        return a.meanAgreement != b.meanAgreement ? a.meanAgreement < b.meanAgreement : a.itemKey < b.itemKey;
    });
    for (auto month : std::as_const(byMonth)) {
        month.meanAgreement /= month.sessions;
        month.meanSpread /= month.sessions;
        month.alpha = Agreement::krippendorffAlpha(monthRatings.value(month.month), MeasurementLevel::Nominal);
        quality.months << month;
    }
    return quality;
}

QList<PeerDeviation> EvaluatorQuality::peerDeviation(const Database& database, const QDate& from, const QDate& to)
{
    if (from > to)
        return {};
    const auto deviation = [](const QSqlQuery& q) {
        PeerDeviation deviation;
        deviation.evaluatorId = q.value(0).toLongLong();
        deviation.evaluations = q.value(1).toInt();
        deviation.meanDeviation = q.value(2).toDouble() / deviation.evaluations;
        return deviation;
    };
    const QString what = QStringLiteral("compare the evaluators with their peers");
    if (Aggregates::coversWholeMonths(from, to)) { // their cells are kept (agent_month_evaluators)
        return selectRows<PeerDeviation>(
            database,
            QStringLiteral("SELECT evaluator_id, SUM(compared), SUM(deviation_sum) FROM agent_month_evaluators WHERE "
                           "month >= ? AND month <= ? AND compared > 0 GROUP BY evaluator_id ORDER BY evaluator_id"),
            { Aggregates::monthOf(from), Aggregates::monthOf(to) }, what, deviation);
    }
    QList<qint64> starts;
    QList<qint64> months;
    for (QDate month = monthOf(from); month <= to; month = month.addMonths(1)) {
        starts << database.time().dayStartMs(month);
        months << Aggregates::monthOf(month);
    }
    // Each (agent, month, evaluator) cell holds n scores summing to s, its (agent, month) N scores summing to S. Each
    // of the evaluator's scores there minus the peers' mean, (S − s) / (N − n), adds up to s − n · (S − s) / (N − n).
    return selectRows<PeerDeviation>(
        database,
        QStringLiteral("WITH cells AS (SELECT %1 AS month_label, e.agent_id, e.evaluator_id, COUNT(*) AS n, "
                       "SUM(e.score) AS s FROM %2 WHERE %3 AND e.score IS NOT NULL "
                       "GROUP BY month_label, e.agent_id, e.evaluator_id), "
                       "shared AS (SELECT evaluator_id, n, s, SUM(n) OVER agent_month AS cell_n, "
                       "SUM(s) OVER agent_month AS cell_s FROM cells "
                       "WINDOW agent_month AS (PARTITION BY month_label, agent_id)) "
                       "SELECT evaluator_id, SUM(n), SUM(s - n * (cell_s - s) / (cell_n - n)) FROM shared "
                       "WHERE cell_n > n GROUP BY evaluator_id ORDER BY evaluator_id")
            .arg(Aggregates::bucketSql(QStringLiteral("e.submitted_at"), starts, months), periodTable(database),
                 s_submittedRegular),
        database.time().periodMs(from, to), what, deviation);
}

QList<EvaluatorProductivity> EvaluatorQuality::productivity(const Database& database, const QDate& from,
                                                            const QDate& to)
{
    int workingDays = 0;
    for (QDate day = from; day <= to; day = day.addDays(1))
        workingDays += day.dayOfWeek() <= 5 ? 1 : 0;
    struct Row
    {
        qint64 evaluator;
        int seconds;
        qint64 count;
    };
    // evaluator → seconds spent → evaluations
    QMap<qint64, QMap<int, qint64>> byEvaluator;
    for (const Row& row : selectRows<Row>(
             database,
             QStringLiteral("SELECT e.evaluator_id, e.seconds_spent, COUNT(*) FROM %1 WHERE %2 "
                            "GROUP BY e.evaluator_id, e.seconds_spent")
                 .arg(periodTable(database), s_submittedRegular),
             database.time().periodMs(from, to), QStringLiteral("count the evaluators' evaluations"), [](const QSqlQuery& q) {
                 return Row { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong() };
             }))
        byEvaluator[row.evaluator].insert(row.seconds, row.count);
    QHash<qint64, QString> names;
    for (const auto& user : UserRepository(database).all())
        names.insert(user.id, user.displayName);
    QList<EvaluatorProductivity> list;
    for (auto it = byEvaluator.cbegin(); it != byEvaluator.cend(); ++it) {
        EvaluatorProductivity p;
        p.evaluatorId = it.key();
        p.name = names.value(it.key());
        p.workingDays = workingDays;
        QMap<int, qint64> timed; // 0 seconds: the time was not recorded
        for (auto count = it.value().cbegin(); count != it.value().cend(); ++count) {
            p.evaluations += int(count.value());
            if (count.key() > 0)
                timed.insert(count.key(), count.value());
        }
        p.perWorkingDay = workingDays ? double(p.evaluations) / workingDays : 0;
        if (const auto median = medianOf(timed))
            p.medianMinutes = *median / 60.0;
        list << p;
    }
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return list;
}

} // namespace qadesk
