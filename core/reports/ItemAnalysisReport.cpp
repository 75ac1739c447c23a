#include "ReportKinds.h"

#include "people/AccessRules.h"
#include "workspace/ScoreHistory.h"

#include <algorithm>

namespace qadesk::reports {
namespace {

constexpr int s_chartItems = 10;

struct ItemTally {
    QString question;
    int applicable = 0;
    int passed = 0;
    std::optional<double> rate() const { return share(passed, applicable); }
};

// The score history's monthly item rates summed over the months they cover, by item key.
QHash<QString, ItemTally> summed(const QList<ItemPeriodRate>& rates)
{
    QHash<QString, ItemTally> items;
    for (const auto& rate : rates) {
        ItemTally& item = items[rate.itemKey];
        item.question = rate.question;
        item.applicable += rate.applicable;
        item.passed += rate.passed;
    }
    return items;
}

} // namespace

QList<ReportTable> itemAnalysis(const Context& c)
{
    const ScoreScope& scope = c.request.scope;
    const QDate first = c.historyStart();
    const auto history = ScoreHistory::itemRates(c.database(), c.actor(), scope, first, c.request.to, TrendPeriod::Month, c.request.basis);
    // On the whole centre one grouped read by team serves the period's totals too: its groups add up to them.
    const bool allTeams = !scope.agentId && !scope.teamId;
    const auto byTeam = allTeams ? ScoreHistory::itemRatesByTeam(c.database(), c.actor(), c.request.from, c.request.to,
                                                                 TrendPeriod::Month, c.request.basis)
                                 : QHash<qint64, QList<ItemPeriodRate>> {};
    QHash<QString, ItemTally> period;
    if (allTeams) {
        // Each team has its own newest wording; the history's, which ends with the period, is the centre's.
        QHash<QString, QString> questions;
        for (const auto& rate : history)
            questions.insert(rate.itemKey, rate.question);
        for (const auto& rates : byTeam) {
            const auto team = summed(rates);
            for (const auto& [key, tally] : team.asKeyValueRange()) {
                ItemTally& item = period[key];
                item.question = questions.value(key);
                item.applicable += tally.applicable;
                item.passed += tally.passed;
            }
        }
    } else {
        period = summed(ScoreHistory::itemRates(c.database(), c.actor(), scope, c.request.from, c.request.to,
                                                TrendPeriod::Month, c.request.basis));
    }
    c.step(0.4);

    QStringList order = period.keys();
    std::sort(order.begin(), order.end(), [&period](const QString& a, const QString& b) {
        const double ra = period.value(a).rate().value_or(2.0);
        const double rb = period.value(b).rate().value_or(2.0);
        return ra != rb ? ra < rb : a < b;
    });

    ReportTable itemTable;
    itemTable.key = QStringLiteral("items");
    itemTable.title = ReportBuilder::tr("Items, lowest pass rate first");
    itemTable.columns = { textColumn(ReportBuilder::tr("Item")),        textColumn(ReportBuilder::tr("Question")),
                          integerColumn(ReportBuilder::tr("Answered")), integerColumn(ReportBuilder::tr("Failed")),
                          percentColumn(ReportBuilder::tr("Pass rate")) };
    ReportChart chart;
    chart.kind = ReportChart::Kind::HorizontalBars;
    chart.title = ReportBuilder::tr("The %n item(s) failed most", nullptr, int(std::min<qsizetype>(s_chartItems, order.size())));
    chart.valueTitle = ReportBuilder::tr("Pass rate (%)");
    chart.minimum = 0;
    chart.maximum = 100;
    ReportSeries bars { ReportBuilder::tr("Pass rate (%)"), {} };
    for (const QString& key : order) {
        const ItemTally item = period.value(key);
        itemTable.rows << QVariantList { key, item.question, item.applicable, item.applicable - item.passed, value(item.rate()) };
        if (bars.values.size() < s_chartItems) {
            chart.categories << item.question; // whole: the chart wraps long questions
            bars.values << *item.rate() * 100;
        }
    }
    chart.series = { bars };
    if (!chart.categories.isEmpty())
        itemTable.chart = chart;
    itemTable.note = ReportBuilder::tr("An item passes when the chosen answer is not a failing one; N/A answers do not "
                                       "count. An item key shared by several scorecards or versions counts as one item.");

    // The same items, one column per team or month.
    const auto crossTable = [&](const QString& key, const QString& title, const QStringList& headings,
                                const QList<QHash<QString, ItemTally>>& columns, const QString& note) {
        ReportTable table;
        table.key = key;
        table.title = title;
        table.columns = { textColumn(ReportBuilder::tr("Item")), textColumn(ReportBuilder::tr("Question")) };
        for (const QString& heading : headings)
            table.columns << percentColumn(heading);
        for (const QString& item : order) {
            QVariantList row { item, period.value(item).question };
            for (const auto& column : columns)
                row << value(column.value(item).rate());
            table.rows << row;
        }
        table.note = note;
        return table;
    };
    QList<ReportTable> tables { itemTable };

    // By team, when the report covers more than one agent: every team, or the one chosen.
    if (!scope.agentId) {
        QList<qint64> teams = scope.teamId ? QList<qint64> { scope.teamId } : c.source.teams().keys();
        std::sort(teams.begin(), teams.end(), [&](qint64 a, qint64 b) { return c.teamName(a) < c.teamName(b); });
        // Every team from the one grouped read above; a report on one team has its figures already.
        QStringList names;
        QList<QHash<QString, ItemTally>> columns;
        for (const qint64 team : teams) {
            if (!AccessRules::canSeeTeam(c.actor(), team))
                continue;
            auto rates = scope.teamId ? period : summed(byTeam.value(team));
            if (rates.isEmpty())
                continue;
            names << c.teamName(team);
            columns << rates;
        }
        tables << crossTable(QStringLiteral("teams"), ReportBuilder::tr("Pass rate by team"), names, columns,
                             ReportBuilder::tr("The period's answers in each team's evaluations (the team the agent was "
                                               "in when evaluated)."));
    }
    c.step(0.8);

    QStringList monthNames;
    QList<QHash<QString, ItemTally>> byMonth;
    for (const QDate& month : monthsBetween(first, c.request.to)) {
        QList<ItemPeriodRate> rates;
        std::copy_if(history.cbegin(), history.cend(), std::back_inserter(rates),
                     [&month](const ItemPeriodRate& rate) { return rate.periodStart == month; });
        monthNames << monthName(month);
        byMonth << summed(rates);
    }
    tables << crossTable(QStringLiteral("months"), ReportBuilder::tr("Pass rate by month"), monthNames, byMonth,
                         ReportBuilder::tr("The %n month(s) up to the end of the period; — where an item had no "
                                           "applicable answer.",
                                           nullptr, int(monthNames.size())));
    return tables;
}

} // namespace qadesk::reports
