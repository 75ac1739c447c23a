#include "CoachingEffect.h"

#include "storage/CoachingRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

#include <cmath>

namespace qadesk {

std::optional<double> FocusItemEffect::beforeRate() const
{
    return beforeApplicable > 0 ? std::optional(double(beforePassed) / beforeApplicable) : std::nullopt;
}

std::optional<double> FocusItemEffect::afterRate() const
{
    return afterApplicable > 0 ? std::optional(double(afterPassed) / afterApplicable) : std::nullopt;
}

std::optional<double> FocusItemEffect::change() const
{
    if (!beforeRate() || !afterRate())
        return std::nullopt;
    return *afterRate() - *beforeRate();
}

std::optional<double> FocusItemEffect::pValue() const
{
    if (beforeApplicable < CoachingEffect::s_minimumAnswers || afterApplicable < CoachingEffect::s_minimumAnswers)
        return std::nullopt;
    const double pooled = double(beforePassed + afterPassed) / (beforeApplicable + afterApplicable);
    const double variance = pooled * (1 - pooled) * (1.0 / beforeApplicable + 1.0 / afterApplicable);
    if (variance <= 0)
        return 1.0; // all passed or all failed on both sides: no change to test
    const double z = *change() / std::sqrt(variance);
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

FocusItemEffect::Verdict FocusItemEffect::verdict() const
{
    const auto p = pValue();
    if (!p)
        return Verdict::TooFewEvaluations;
    if (*p >= CoachingEffect::s_significance)
        return Verdict::NoClearChange;
    return *change() > 0 ? Verdict::Improved : Verdict::Worse;
}

SessionEffect CoachingEffect::of(const Database& database, const CoachingSession& session, const QDate& today)
{
    SessionEffect effect;
    effect.session = session;
    if (const auto agent = AgentRepository(database).find(session.agentId))
        effect.agentName = agent->name;
    const qint64 held = dbTime(session.heldAt).toLongLong();
    const qint64 window = qint64(s_windowDays) * 24 * 3600 * 1000;
    const qint64 end = std::min(held + window, database.time().dayStartMs(today.addDays(1)));
    for (const QString& key : session.focusItemKeys) {
        FocusItemEffect item;
        item.itemKey = key;
        // One pass over the agent's answers to this item around the session: before, after, or neither.
        const auto rows = selectRows<std::pair<bool, bool>>(
            database,
            QStringLiteral("SELECT e.submitted_at < ?, a.failed FROM evaluations e "
                           "JOIN evaluation_answers a ON a.evaluation_id = e.id JOIN scorecard_items i ON i.id = a.item_id "
                           "WHERE e.agent_id = ? AND i.item_key = ? AND e.superseded = 0 AND e.status <> 'draft' "
                           "AND e.kind <> 'calibration' AND a.na = 0 AND e.submitted_at >= ? AND e.submitted_at < ?"),
            { held, session.agentId, key, held - window, end }, QStringLiteral("read answers around a coaching session"),
            [](const QSqlQuery& q) { return std::pair { q.value(0).toBool(), q.value(1).toBool() }; });
        for (const auto& [before, failed] : rows) {
            (before ? item.beforeApplicable : item.afterApplicable) += 1;
            (before ? item.beforePassed : item.afterPassed) += failed ? 0 : 1;
        }
        item.question = firstOf(selectRows<QString>(database,
                                                    QStringLiteral("SELECT question FROM scorecard_items WHERE item_key = ? "
                                                                   "ORDER BY id DESC LIMIT 1"),
                                                    { key }, QStringLiteral("read an item's question"),
                                                    [](const QSqlQuery& q) { return q.value(0).toString(); }))
                            .value_or(key);
        effect.items.append(item);
    }
    return effect;
}

QList<SessionEffect> CoachingEffect::held(const Database& database, const Actor& actor, const QDate& from, const QDate& to,
                                          const QDate& today)
{
    QList<SessionEffect> effects;
    for (const CoachingSession& session : CoachingRepository(database).heldBetween(
             actor, database.time().at(from, QTime(0, 0)), database.time().at(to.addDays(1), QTime(0, 0))))
        effects.append(of(database, session, today));
    return effects;
}

QString CoachingEffect::verdictName(FocusItemEffect::Verdict verdict)
{
    switch (verdict) {
    case FocusItemEffect::Verdict::TooFewEvaluations:
        return tr("Too few evaluations to tell");
    case FocusItemEffect::Verdict::Improved:
        return tr("Improved");
    case FocusItemEffect::Verdict::NoClearChange:
        return tr("No clear change");
    case FocusItemEffect::Verdict::Worse:
        return tr("Worse");
    }
    return {};
}

} // namespace qadesk
