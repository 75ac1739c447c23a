#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

namespace qadesk {

// One agent's month in the aggregates: month is year * 100 + month, in the workspace's time zone.
struct AgentMonth {
    qint64 agentId = 0;
    int month = 0;
    friend bool operator==(const AgentMonth&, const AgentMonth&) = default;
};
inline size_t qHash(const AgentMonth& key, size_t seed = 0)
{
    return qHashMulti(seed, key.agentId, key.month);
}

// The per-month aggregates reports and trends count: of the evaluations, agent_months and agent_month_items (schema
// step 6), agent_month_outcomes and agent_month_evaluators (step 8); of the measured contacts,
// agent_month_conversations (step 9). Every write that changes what is counted rewrites the evaluation months it
// touches from the evaluations, their answers and their contacts, and moves a contact's month by the metrics it
// replaces, inside the caller's transaction, so the aggregates are never ahead of or behind the answers. All functions
// throw StorageError.
class Aggregates final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::Aggregates)

public:
    static int monthOf(const QDate& day) { return day.year() * 100 + day.month(); }
    static QDate firstDayOf(int month) { return QDate(month / 100, month % 100, 1); }
    // Whether [from, to] is whole months, which the aggregates can answer for submissions.
    static bool coversWholeMonths(const QDate& from, const QDate& to)
    {
        return from.day() == 1 && to.addDays(1).day() == 1;
    }
    // The agent months of these evaluations (by their agent and submission), read from the workspace.
    static QSet<AgentMonth> monthsOf(const Database& database, const QList<qint64>& evaluationIds);
    // Recomputes these agent months from the evaluations.
    static void refresh(const Database& database, const QSet<AgentMonth>& months);
    // Recomputes every agent month of the tables that schema steps after `afterStep` added or changed: for the
    // upgrades through those steps, and (all of them) for bulk writers such as the demo builder.
    static void rebuild(const Database& database, int afterStep = 0);
    // What differs between the stored aggregates and a recomputation from the answers, one line a difference (at most
    // `limit` lines, then a count of the rest); empty when they agree.
    static QStringList differences(const Database& database, int limit = 50);
    // The sums agent_month_outcomes holds after its key, as SQL over evaluations e joined to their contacts c (a
    // group's contacts, satisfied, promoters, detractors, resolved at first contact, then for each outcome the six sums
    // of Pearson's r with the score in points), for reading the same sums straight from the evaluations.
    static QString outcomeSumsSql();
    // agent_month_outcomes' columns after its key, in that order.
    static QStringList outcomeColumns();
    // agent_month_conversations' columns after its key: the measured calls and chats, then for each conversation
    // measure (dead air, overtalk share, talk ratio, first response, longest wait, share within the reply limit) its
    // sum and how many contacts have it.
    static QStringList conversationColumns();
    // Those sums as SQL over contact_metrics m, each multiplied by `factor` when given.
    static QString conversationSumsSql(const QString& factor = {});
    // Moves the contact's month in agent_month_conversations by its metrics as stored now: sign -1 before they are
    // replaced, 1 after they are written. Nothing moves when the contact has no metrics.
    static void countConversation(const Database& database, qint64 contactId, int sign);
    // SQL giving labels[i] for an `instant` in [starts[i], starts[i + 1]): a binary search over the starts, so a long
    // run of periods costs a few comparisons a row. starts[0] must be at or before every instant it sees.
    static QString bucketSql(const QString& instant, const QList<qint64>& starts, const QList<qint64>& labels);
};

} // namespace qadesk
