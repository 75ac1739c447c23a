#include "EvaluatorQuality.h"

#include "stats/Trend.h"
#include "storage/CalibrationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

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
    struct Row {
        qint64 evaluator;
        qint64 agent;
        QDate month;
        double score;
    };
    const auto rows = selectRows<Row>(
        database,
        QStringLiteral("SELECT evaluator_id, agent_id, submitted_at, score FROM evaluations WHERE kind <> 'calibration' "
                       "AND submitted_at IS NOT NULL AND superseded = 0 AND score IS NOT NULL AND submitted_at >= ? "
                       "AND submitted_at < ?"),
        { dbTime(database.time().at(from, QTime(0, 0))), dbTime(database.time().at(to.addDays(1), QTime(0, 0))) },
        QStringLiteral("compare the evaluators with their peers"), [&](const QSqlQuery& q) {
            return Row { q.value(0).toLongLong(), q.value(1).toLongLong(),
                         monthOf(database.time().dateOf(timeFromDb(q.value(2)))), q.value(3).toDouble() };
        });
    // (agent, month) → evaluator → (count, sum of scores)
    QMap<std::pair<qint64, QDate>, QMap<qint64, std::pair<int, double>>> cells;
    for (const Row& row : rows) {
        auto& cell = cells[{ row.agent, row.month }][row.evaluator];
        ++cell.first;
        cell.second += row.score;
    }
    QMap<qint64, PeerDeviation> byEvaluator;
    for (const Row& row : rows) {
        const auto& cell = cells.value({ row.agent, row.month });
        int peers = 0;
        double sum = 0;
        for (auto it = cell.cbegin(); it != cell.cend(); ++it) {
            if (it.key() != row.evaluator) {
                peers += it.value().first;
                sum += it.value().second;
            }
        }
        if (!peers)
            continue;
        PeerDeviation& deviation = byEvaluator[row.evaluator];
        deviation.evaluatorId = row.evaluator;
        ++deviation.evaluations;
        deviation.meanDeviation += row.score - sum / peers; // a sum until the end
    }
    QList<PeerDeviation> list;
    for (PeerDeviation deviation : std::as_const(byEvaluator)) {
        deviation.meanDeviation /= deviation.evaluations;
        list << deviation;
    }
    return list;
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
    };
    // A revision keeps its original's evaluator and period, so the latest of each chain counts once.
    const auto rows = selectRows<Row>(
        database,
        QStringLiteral("SELECT evaluator_id, seconds_spent FROM evaluations WHERE kind <> 'calibration' "
                       "AND submitted_at IS NOT NULL AND superseded = 0 AND submitted_at >= ? AND submitted_at < ?"),
        { dbTime(database.time().at(from, QTime(0, 0))), dbTime(database.time().at(to.addDays(1), QTime(0, 0))) },
        QStringLiteral("count the evaluators' evaluations"), [](const QSqlQuery& q) {
            return Row { q.value(0).toLongLong(), q.value(1).toInt() };
        });
    QMap<qint64, QList<int>> byEvaluator;
    for (const Row& row : rows)
        byEvaluator[row.evaluator] << row.seconds;
    QHash<qint64, QString> names;
    for (const auto& user : UserRepository(database).all())
        names.insert(user.id, user.displayName);
    QList<EvaluatorProductivity> list;
    for (auto it = byEvaluator.cbegin(); it != byEvaluator.cend(); ++it) {
        EvaluatorProductivity p;
        p.evaluatorId = it.key();
        p.name = names.value(it.key());
        p.evaluations = int(it.value().size());
        p.workingDays = workingDays;
        p.perWorkingDay = workingDays ? double(p.evaluations) / workingDays : 0;
        QList<int> timed;
        for (const int seconds : it.value()) {
            if (seconds > 0)
                timed << seconds;
        }
        std::sort(timed.begin(), timed.end());
        if (!timed.isEmpty()) {
            const qsizetype n = timed.size();
            p.medianMinutes = (n % 2 ? timed.at(n / 2) : (timed.at(n / 2 - 1) + timed.at(n / 2)) / 2.0) / 60.0;
        }
        list << p;
    }
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return list;
}

} // namespace qadesk
