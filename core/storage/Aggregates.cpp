#include "Aggregates.h"

#include "SqlSupport.h"
#include "scoring/ScoreBands.h"

#include <QHash>
#include <QSqlQuery>
#include <array>
#include <cmath>

namespace qadesk {
namespace {

// What a table counts, and by which instant its months go.
struct Basis
{
    QLatin1String rows; // the FROM clause
    QLatin1String counted; // which of its rows count
    QLatin1String agent;
    QLatin1String instant;
};
// The latest revision of each submitted evaluation outside calibration, by submission.
const Basis s_evaluations { QLatin1String("evaluations e"),
                            QLatin1String("e.superseded = 0 AND e.status <> 'draft' AND e.kind <> 'calibration' AND "
                                          "e.submitted_at IS NOT NULL"),
                            QLatin1String("e.agent_id"), QLatin1String("e.submitted_at") };
// The measured contacts, by their start.
const Basis s_measuredContacts { QLatin1String("contacts c JOIN contact_metrics m ON m.contact_id = c.id"),
                                 QLatin1String("1 = 1"), QLatin1String("c.agent_id"), QLatin1String("c.started_at") };

struct Table {
    const Basis* basis;
    QLatin1String name;
    int step; // the schema step that last changed its columns: upgrades from before it rebuild the table
    int keyColumns; // the first columns; agent_id and month come first
    QString columns;
    QString select; // %1: the month, %2: the filter
    // The check's words for a row's key and for the columns after it.
    QString (*keyText)(const QList<qint64>& key);
    QStringList (*valueLabels)();
};

QString agentMonthText(const QList<qint64>& key)
{
    return Aggregates::tr("agent %1, %2")
        .arg(key.at(0))
        .arg(Aggregates::firstDayOf(int(key.at(1))).toString(QStringLiteral("yyyy-MM")));
}

QString teamText(const QList<qint64>& key)
{
    return Aggregates::tr("%1, team %2").arg(agentMonthText(key)).arg(key.at(2));
}

// The outcome columns of the contacts (as c) and their names in agent_month_outcomes, in Outcome's order.
struct OutcomeColumn {
    QLatin1String contactColumn;
    QLatin1String prefix;
};
const std::array<OutcomeColumn, 4> s_outcomeColumns { { { QLatin1String("c.csat"), QLatin1String("csat") },
                                                        { QLatin1String("c.nps"), QLatin1String("nps") },
                                                        { QLatin1String("c.fcr"), QLatin1String("fcr") },
                                                        { QLatin1String("c.handle_s"), QLatin1String("handle") } } };

QString outcomeTableColumns()
{
    return QStringLiteral("agent_id, month, team_id, band, ") + Aggregates::outcomeColumns().join(QStringLiteral(", "));
}

const QList<Table>& tables()
{
    static const QList<Table> all {
        { &s_evaluations, QLatin1String("agent_months"), 8, 3,
          QStringLiteral("agent_id, month, team_id, evaluations, scored, score_sum, score_squares, critical_failures, "
                         "score_lowest, score_highest, latest_at, latest_id"),
          QStringLiteral("SELECT e.agent_id, %1, COALESCE(e.team_id, 0), COUNT(*), COUNT(e.score), "
                         "COALESCE(SUM(e.score), 0), COALESCE(SUM(e.score * e.score), 0), "
                         "SUM(CASE WHEN e.critical_failed <> 0 THEN 1 ELSE 0 END), MIN(e.score), MAX(e.score), "
                         "MAX(e.submitted_at), MAX(e.id) FROM evaluations e WHERE %2 GROUP BY 1, 2, 3"),
          teamText,
          [] {
              return QStringList { Aggregates::tr("evaluations"),       Aggregates::tr("scored evaluations"),
                                   Aggregates::tr("sum of scores"),     Aggregates::tr("sum of squared scores"),
                                   Aggregates::tr("critical failures"), Aggregates::tr("lowest score"),
                                   Aggregates::tr("highest score"),     Aggregates::tr("newest submission"),
                                   Aggregates::tr("newest evaluation") };
          } },
        { &s_evaluations, QLatin1String("agent_month_items"), 6, 4,
          QStringLiteral("agent_id, month, team_id, item_id, answered, failed, points, max_points, latest_at"),
          QStringLiteral("SELECT e.agent_id, %1, COALESCE(e.team_id, 0), a.item_id, COUNT(*), "
                         "SUM(CASE WHEN a.failed <> 0 THEN 1 ELSE 0 END), COALESCE(SUM(a.points), 0), "
                         "SUM(i.max_points), MAX(e.submitted_at) FROM evaluations e JOIN evaluation_answers a ON "
                         "a.evaluation_id = e.id JOIN scorecard_items i ON i.id = a.item_id WHERE %2 AND a.na = 0 AND "
                         "(a.option_index IS NOT NULL OR a.points IS NOT NULL) GROUP BY 1, 2, 3, 4"),
          [](const QList<qint64>& key) { return Aggregates::tr("%1, item %2").arg(teamText(key)).arg(key.at(3)); },
          [] {
              return QStringList { Aggregates::tr("applicable answers"), Aggregates::tr("failed answers"),
                                   Aggregates::tr("points"), Aggregates::tr("maximum points"),
                                   Aggregates::tr("newest submission") };
          } },
        { &s_evaluations, QLatin1String("agent_month_outcomes"), 8, 4, outcomeTableColumns(),
          QStringLiteral("SELECT e.agent_id, %1, COALESCE(e.team_id, 0), %3, %4 FROM evaluations e JOIN contacts c ON "
                         "c.id = e.contact_id WHERE %2 AND e.score IS NOT NULL GROUP BY 1, 2, 3, 4")
              .replace(QLatin1String("%3"), scoreBandSql(QStringLiteral("e.score")))
              .replace(QLatin1String("%4"), Aggregates::outcomeSumsSql()),
          [](const QList<qint64>& key) {
              return Aggregates::tr("%1, score band %2").arg(teamText(key), scoreBands().value(int(key.at(3))).label);
          },
          [] {
              QStringList labels { Aggregates::tr("evaluated contacts"), Aggregates::tr("satisfied contacts"),
                                   Aggregates::tr("promoters"), Aggregates::tr("detractors"),
                                   Aggregates::tr("contacts resolved at first contact") };
              for (const QString& outcome : { Aggregates::tr("CSAT"), Aggregates::tr("NPS"), Aggregates::tr("FCR"),
                                              Aggregates::tr("handle time") }) {
                  labels << Aggregates::tr("%1: pairs with a score").arg(outcome)
                         << Aggregates::tr("%1: sum of scores").arg(outcome) << Aggregates::tr("%1: sum").arg(outcome)
                         << Aggregates::tr("%1: sum of squared scores").arg(outcome)
                         << Aggregates::tr("%1: sum of squares").arg(outcome)
                         << Aggregates::tr("%1: sum of products with the score").arg(outcome);
              }
              return labels;
          } },
        // Each (agent, month, evaluator) cell beside its agent month's totals of scored evaluations.
        { &s_evaluations, QLatin1String("agent_month_evaluators"), 8, 3,
          QStringLiteral("agent_id, month, evaluator_id, evaluations, scored, score_sum, timed, seconds, compared, "
                         "deviation_sum"),
          QStringLiteral("SELECT c.agent_id, c.month, c.evaluator_id, c.n, c.scored, c.s, c.timed, c.seconds, CASE "
                         "WHEN c.scored > 0 AND t.n > c.scored THEN c.scored ELSE 0 END, CASE WHEN c.scored > 0 AND "
                         "t.n > c.scored THEN c.s - c.scored * (t.s - c.s) / (t.n - c.scored) ELSE 0 END FROM "
                         "(SELECT e.agent_id, %1 AS month, e.evaluator_id, COUNT(*) AS n, COUNT(e.score) AS scored, "
                         "COALESCE(SUM(e.score), 0) AS s, SUM(CASE WHEN e.seconds_spent > 0 THEN 1 ELSE 0 END) AS "
                         "timed, SUM(CASE WHEN e.seconds_spent > 0 THEN e.seconds_spent ELSE 0 END) AS seconds FROM "
                         "evaluations e WHERE %2 GROUP BY 1, 2, 3) c JOIN (SELECT e.agent_id, %1 AS month, "
                         "COUNT(e.score) AS n, COALESCE(SUM(e.score), 0) AS s FROM evaluations e WHERE %2 GROUP BY 1, "
                         "2) t ON t.agent_id = c.agent_id AND t.month = c.month"),
          [](const QList<qint64>& key) {
              return Aggregates::tr("%1, evaluator %2").arg(agentMonthText(key)).arg(key.at(2));
          },
          [] {
              return QStringList { Aggregates::tr("evaluations"),
                                   Aggregates::tr("scored evaluations"),
                                   Aggregates::tr("sum of scores"),
                                   Aggregates::tr("evaluations with the time spent"),
                                   Aggregates::tr("seconds spent"),
                                   Aggregates::tr("evaluations compared with peers"),
                                   Aggregates::tr("sum of deviations from peers") };
          } },
        { &s_measuredContacts, QLatin1String("agent_month_conversations"), 9, 2,
          QStringLiteral("agent_id, month, ") + Aggregates::conversationColumns().join(QStringLiteral(", ")),
          QStringLiteral("SELECT c.agent_id, %1, %3 FROM contacts c JOIN contact_metrics m ON m.contact_id = c.id "
                         "WHERE %2 GROUP BY 1, 2")
              .replace(QLatin1String("%3"), Aggregates::conversationSumsSql()),
          agentMonthText,
          [] {
              QStringList labels { Aggregates::tr("measured calls"), Aggregates::tr("measured chats") };
              for (const QString& measure :
                   { Aggregates::tr("dead air"), Aggregates::tr("overtalk share"), Aggregates::tr("agent talk share"),
                     Aggregates::tr("first response"), Aggregates::tr("longest wait"),
                     Aggregates::tr("replies within the limit") })
                  labels << Aggregates::tr("%1: sum").arg(measure) << Aggregates::tr("%1: contacts").arg(measure);
              return labels;
          } },
    };
    return all;
}

QString selectSql(const Table& table, const QString& month, const QString& filter)
{
    return QString(table.select).arg(month, QStringLiteral("%1 AND %2").arg(table.basis->counted, filter));
}

void insert(const Database& database, const Table& table, const QString& month, const QString& filter)
{
    execWith(database,
             QStringLiteral("INSERT INTO %1 (%2) %3").arg(table.name, table.columns, selectSql(table, month, filter)),
             {}, QStringLiteral("compute %1").arg(table.name));
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a)); // sums of scores may add in another order
}

struct Row {
    QList<qint64> key;
    QVariantList values;
};

QList<Row> readRows(const Database& database, const QString& sql, int keyColumns, int valueColumns)
{
    return selectRows<Row>(database, sql, {}, QStringLiteral("check the aggregates"), [&](const QSqlQuery& q) {
        Row row;
        for (int i = 0; i < keyColumns; ++i)
            row.key << q.value(i).toLongLong();
        for (int i = 0; i < valueColumns; ++i)
            row.values << q.value(keyColumns + i);
        return row;
    });
}

// Compares one table's stored rows of some agents with their recomputation (`expectedSql`), both ordered by key.
void compare(const Database& database, const Table& table, const QString& agents, const QString& expectedSql,
             QStringList* lines, int* found, int limit)
{
    QStringList keys;
    for (int column = 1; column <= table.keyColumns; ++column)
        keys << QString::number(column);
    const QString order = keys.join(QStringLiteral(", "));
    const QStringList labels = table.valueLabels();
    const QList<Row> stored = readRows(
        database,
        QStringLiteral("SELECT %1 FROM %2 WHERE agent_id IN (%3) ORDER BY %4").arg(table.columns, table.name, agents, order),
        table.keyColumns, int(labels.size()));
    const QList<Row> expected
        = readRows(database, expectedSql + QStringLiteral(" ORDER BY ") + order, table.keyColumns, int(labels.size()));
    const auto note = [&](const QString& line) {
        if (++*found <= limit)
            lines->append(line);
    };
    qsizetype s = 0;
    qsizetype e = 0;
    while (s < stored.size() || e < expected.size()) {
        if (e == expected.size() || (s < stored.size() && stored.at(s).key < expected.at(e).key)) {
            note(Aggregates::tr("%1: in the aggregates, but no answers count there").arg(table.keyText(stored.at(s).key)));
            ++s;
        } else if (s == stored.size() || expected.at(e).key < stored.at(s).key) {
            note(Aggregates::tr("%1: missing from the aggregates").arg(table.keyText(expected.at(e).key)));
            ++e;
        } else {
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const QVariant& have = stored.at(s).values.at(i);
                const QVariant& want = expected.at(e).values.at(i);
                if (!same(have.toDouble(), want.toDouble()))
                    note(Aggregates::tr("%1: %2 is %3 in the aggregates, %4 from the answers")
                             .arg(table.keyText(stored.at(s).key), labels.at(i), have.toString(), want.toString()));
            }
            ++s;
            ++e;
        }
    }
}

// The SQL month of the basis' instant over every month a row it counts falls in; empty when none does.
QString monthSqlOverAll(const Database& database, const Basis& basis)
{
    const auto range = selectRows<std::pair<QVariant, QVariant>>(
        database,
        QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2 WHERE %3").arg(basis.instant, basis.rows, basis.counted), {},
        QStringLiteral("read the months to aggregate"), [](const QSqlQuery& q) {
            return std::pair { q.value(0), q.value(1) };
        });
    if (range.isEmpty() || range.first().first.isNull())
        return {};
    const CentreTime& time = database.time();
    const QDate first = time.dateOf(timeFromDb(range.first().first));
    const QDate last = time.dateOf(timeFromDb(range.first().second));
    QList<qint64> starts;
    QList<qint64> months;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        starts << time.dayStartMs(month);
        months << Aggregates::monthOf(month);
    }
    return Aggregates::bucketSql(basis.instant, starts, months);
}

} // namespace

QStringList Aggregates::outcomeColumns()
{
    QStringList columns { QStringLiteral("contacts"), QStringLiteral("satisfied"), QStringLiteral("promoters"),
                          QStringLiteral("detractors"), QStringLiteral("fcr_resolved") };
    for (const OutcomeColumn& outcome : s_outcomeColumns) {
        for (const char* sum : { "pairs", "score_sum", "sum", "score_squares", "squares", "products" })
            columns << QStringLiteral("%1_%2").arg(outcome.prefix, QLatin1String(sum));
    }
    return columns;
}

QString Aggregates::outcomeSumsSql()
{
    const QString points = QStringLiteral("e.score * 100");
    QStringList sums { QStringLiteral("COUNT(*), SUM(CASE WHEN c.csat >= 4 THEN 1 ELSE 0 END), SUM(CASE WHEN c.nps >= 9 "
                                      "THEN 1 ELSE 0 END), SUM(CASE WHEN c.nps <= 6 THEN 1 ELSE 0 END), SUM(CASE WHEN "
                                      "c.fcr <> 0 THEN 1 ELSE 0 END)") };
    for (const OutcomeColumn& column : s_outcomeColumns) {
        const QString outcome = column.contactColumn;
        const QString known = QStringLiteral("CASE WHEN %1 IS NOT NULL THEN %2 ELSE 0 END").arg(outcome);
        // COALESCE: a group where an outcome is never known sums to 0, not NULL.
        sums << QStringLiteral("COUNT(%1)").arg(outcome) << QStringLiteral("SUM(%1)").arg(known.arg(points))
             << QStringLiteral("COALESCE(SUM(%1), 0)").arg(outcome)
             << QStringLiteral("SUM(%1)").arg(known.arg(points + QLatin1Char('*') + points))
             << QStringLiteral("COALESCE(SUM(CAST(%1 AS DOUBLE PRECISION) * %1), 0)").arg(outcome) // no integer overflow
             << QStringLiteral("COALESCE(SUM(%1 * %2), 0)").arg(outcome, points);
    }
    return sums.join(QStringLiteral(", "));
}

namespace {

// The conversation measures of contact_metrics (as m) and their names in agent_month_conversations, in the order of
// ConversationAverages.
const std::array<std::pair<QLatin1String, QLatin1String>, 6> s_conversationMeasures { {
    { QLatin1String("m.dead_air_ms"), QLatin1String("dead_air") },
    { QLatin1String("m.overtalk_share"), QLatin1String("overtalk") },
    { QLatin1String("m.talk_ratio"), QLatin1String("talk_ratio") },
    { QLatin1String("m.first_response_ms"), QLatin1String("first_response") },
    { QLatin1String("m.longest_wait_ms"), QLatin1String("longest_wait") },
    { QLatin1String("m.within_limit_share"), QLatin1String("within_limit") },
} };

} // namespace

QStringList Aggregates::conversationColumns()
{
    QStringList columns { QStringLiteral("calls"), QStringLiteral("chats") };
    for (const auto& [measure, name] : s_conversationMeasures)
        columns << name + QLatin1String("_sum") << name + QLatin1String("_count");
    return columns;
}

QString Aggregates::conversationSumsSql(const QString& factor)
{
    const QString times = factor.isEmpty() ? QString() : factor + QLatin1String(" * ");
    QStringList sums { QStringLiteral("%1SUM(CASE WHEN m.duration_ms IS NOT NULL THEN 1 ELSE 0 END)").arg(times),
                       QStringLiteral("%1SUM(CASE WHEN m.reply_limit_ms IS NOT NULL THEN 1 ELSE 0 END)").arg(times) };
    for (const auto& [measure, name] : s_conversationMeasures)
        sums << QStringLiteral("%1COALESCE(SUM(%2), 0)").arg(times, measure)
             << QStringLiteral("%1COUNT(%2)").arg(times, measure);
    return sums.join(QStringLiteral(", "));
}

void Aggregates::countConversation(const Database& database, qint64 contactId, int sign)
{
    const QString what = QStringLiteral("count the conversation measures of contact %1").arg(contactId);
    const auto started
        = firstOf(selectRows<QVariant>(database, QStringLiteral("SELECT started_at FROM contacts WHERE id = ?"),
                                       { contactId }, what, [](const QSqlQuery& q) { return q.value(0); }));
    if (!started)
        return;
    QStringList moves;
    for (const QString& column : conversationColumns())
        moves << QStringLiteral("%1 = agent_month_conversations.%1 + excluded.%1").arg(column);
    // The contact's own row of sums, signed; none when it has no metrics, and then nothing moves.
    execWith(database,
             QStringLiteral("INSERT INTO agent_month_conversations (agent_id, month, %1) SELECT c.agent_id, ?, %2 FROM "
                            "contacts c JOIN contact_metrics m ON m.contact_id = c.id WHERE c.id = ? GROUP BY "
                            "c.agent_id ON CONFLICT (agent_id, month) DO UPDATE SET %3")
                 .arg(conversationColumns().join(QStringLiteral(", ")), conversationSumsSql(QString::number(sign)),
                      moves.join(QStringLiteral(", "))),
             { monthOf(database.time().dateOf(timeFromDb(*started))), contactId }, what);
}

QString Aggregates::bucketSql(const QString& instant, const QList<qint64>& starts, const QList<qint64>& labels)
{
    const std::function<QString(qsizetype, qsizetype)> search = [&](qsizetype first, qsizetype end) {
        if (end - first == 1)
            return QString::number(labels.at(first));
        const qsizetype middle = (first + end) / 2;
        return QStringLiteral("CASE WHEN %1 < %2 THEN %3 ELSE %4 END")
            .arg(instant)
            .arg(starts.at(middle))
            .arg(search(first, middle), search(middle, end));
    };
    return search(0, starts.size());
}

QSet<AgentMonth> Aggregates::monthsOf(const Database& database, const QList<qint64>& evaluationIds)
{
    QSet<AgentMonth> months;
    for (qsizetype from = 0; from < evaluationIds.size(); from += 500) {
        QStringList ids;
        for (qsizetype i = from; i < std::min(from + 500, evaluationIds.size()); ++i)
            ids << QString::number(evaluationIds.at(i));
        const CentreTime& time = database.time();
        for (const AgentMonth& month : selectRows<AgentMonth>(
                 database,
                 QStringLiteral("SELECT agent_id, submitted_at FROM evaluations WHERE submitted_at IS NOT NULL AND id IN (%1)")
                     .arg(ids.join(QLatin1Char(','))),
                 {}, QStringLiteral("read the months of evaluations"), [&time](const QSqlQuery& q) {
                     return AgentMonth { q.value(0).toLongLong(), monthOf(time.dateOf(timeFromDb(q.value(1)))) };
                 }))
            months.insert(month);
    }
    return months;
}

void Aggregates::refresh(const Database& database, const QSet<AgentMonth>& months)
{
    const CentreTime& time = database.time();
    for (const AgentMonth& key : months) {
        const QDate first = firstDayOf(key.month);
        const QString filter = QStringLiteral("e.agent_id = %1 AND e.submitted_at >= %2 AND e.submitted_at < %3")
                                   .arg(key.agentId)
                                   .arg(time.dayStartMs(first))
                                   .arg(time.dayStartMs(first.addMonths(1)));
        for (const Table& table : tables()) {
            if (table.basis != &s_evaluations)
                continue;
            execWith(database, QStringLiteral("DELETE FROM %1 WHERE agent_id = ? AND month = ?").arg(table.name),
                     { key.agentId, key.month }, QStringLiteral("clear %1").arg(table.name));
            insert(database, table, QString::number(key.month), filter);
        }
    }
}

void Aggregates::rebuild(const Database& database, int afterStep)
{
    QHash<const Basis*, QString> months;
    for (const Table& table : tables()) {
        if (table.step <= afterStep)
            continue;
        if (!months.contains(table.basis))
            months.insert(table.basis, monthSqlOverAll(database, *table.basis));
        const QString month = months.value(table.basis);
        execWith(database, QStringLiteral("DELETE FROM %1").arg(table.name), {}, QStringLiteral("clear %1").arg(table.name));
        if (!month.isEmpty())
            insert(database, table, month, QStringLiteral("1 = 1"));
    }
}

QStringList Aggregates::differences(const Database& database, int limit)
{
    const QHash<const Basis*, QString> months { { &s_evaluations, monthSqlOverAll(database, s_evaluations) },
                                                { &s_measuredContacts,
                                                  monthSqlOverAll(database, s_measuredContacts) } };
    const QList<qint64> agentIds
        = selectRows<qint64>(database, QStringLiteral("SELECT id FROM agents ORDER BY id"), {},
                             QStringLiteral("read agents"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    QStringList lines;
    int found = 0;
    // A few hundred agents at a time: their months are compared in memory, and never the whole table at once.
    for (qsizetype from = 0; from < agentIds.size(); from += 500) {
        QStringList ids;
        for (qsizetype i = from; i < std::min(from + 500, agentIds.size()); ++i)
            ids << QString::number(agentIds.at(i));
        const QString agents = ids.join(QLatin1Char(','));
        for (const Table& table : tables()) {
            // With nothing counted, the recomputation is empty: a select that yields no rows.
            const QString month = months.value(table.basis);
            const QString expected = month.isEmpty()
                ? QStringLiteral("SELECT %1 FROM %2 WHERE 1 = 0").arg(table.columns, table.name)
                : selectSql(table, month, QStringLiteral("%1 IN (%2)").arg(table.basis->agent, agents));
            compare(database, table, agents, expected, &lines, &found, limit);
        }
    }
    if (found > limit)
        lines << tr("… and %n more difference(s).", nullptr, found - limit);
    return lines;
}

} // namespace qadesk
