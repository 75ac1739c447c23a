#include "TeamRosterModel.h"

#include "shell/Theme.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace qadesk {
namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// How bad the news is: flags are listed worst first, the cell takes the worst one's colour, and the column sorts by
// the sum, so "declining and below target" outranks either alone and "improving" sorts under no flag at all.
int weight(TrendFlag flag)
{
    switch (flag) {
    case TrendFlag::Declining:
        return 8;
    case TrendFlag::OutOfControl:
        return 4;
    case TrendFlag::BelowTarget:
        return 2;
    case TrendFlag::Improving:
        return -1;
    }
    return 0;
}


QList<TrendFinding> worstFirst(QList<TrendFinding> findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const TrendFinding& a, const TrendFinding& b) { return weight(a.flag) > weight(b.flag); });
    return findings;
}

} // namespace

TeamRosterModel::TeamRosterModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TeamRosterModel::setRoster(TeamRoster roster)
{
    beginResetModel();
    m_roster = std::move(roster);
    for (RosterAgent& agent : m_roster.agents)
        agent.findings = worstFirst(agent.findings);
    endResetModel();
}

const RosterAgent& TeamRosterModel::agent(const QModelIndex& index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    return m_roster.agents.at(index.row());
}

int TeamRosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_roster.agents.size());
}

int TeamRosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamRosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RosterAgent& a = agent(index);
    if (role == AgentIdRole)
        return a.agentId;
    switch (index.column()) {
    case AgentColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 · employee id %2").arg(a.name, a.employeeId);
        break;
    case TeamColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.team;
        break;
    case DoneColumn:
        if (role == Qt::DisplayRole)
            return a.planned > 0 ? tr("%1 / %2").arg(a.done).arg(a.planned) : QString::number(a.done);
        if (role == SortRole)
            return a.completion() ? QVariant(*a.completion()) : QVariant();
        if (role == Qt::ToolTipRole) {
            return a.planned > 0 ? tr("%1 of %2 planned evaluations done (%3 %)")
                                       .arg(a.done)
                                       .arg(a.planned)
                                       .arg(QLocale().toString(*a.completion() * 100.0, 'f', 0))
                                 : tr("%n evaluation(s) done; no sampling plan covers this agent this month", nullptr, a.done);
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case AverageColumn:
        if (role == Qt::DisplayRole)
            return a.average ? number(*a.average) : QStringLiteral("—");
        if (role == SortRole)
            return a.average ? QVariant(*a.average) : QVariant();
        if (role == Qt::ForegroundRole && a.average && *a.average < m_roster.target)
            return theme::colour(TrendFlag::BelowTarget);
        if (role == Qt::ToolTipRole) {
            return a.average ? tr("%1 against a target of %2").arg(number(*a.average), number(m_roster.target))
                             : tr("No scored evaluation this month");
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TrendColumn:
        if (role == MonthlyMeansRole) {
            QVariantList means;
            for (const auto& mean : a.monthlyMeans)
                means << (mean ? QVariant(*mean) : QVariant());
            return means;
        }
        if (role == SortRole)
            return a.fit.n >= 2 ? QVariant(a.fit.slope) : QVariant();
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (int m = 0; m < a.monthlyMeans.size(); ++m) {
                const QString month = QLocale().toString(m_roster.months.value(m), QStringLiteral("yyyy-MM"));
                lines << (a.monthlyMeans.at(m) ? tr("%1: %2").arg(month, number(*a.monthlyMeans.at(m)))
                                               : tr("%1: no scored evaluation").arg(month));
            }
            if (a.fit.n >= 2)
                lines << tr("Trend: %1%2 points a month").arg(a.fit.slope > 0 ? QStringLiteral("+") : QString(), number(a.fit.slope));
            lines << tr("Target: %1").arg(number(m_roster.target));
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case FlagsColumn:
        if (role == Qt::DisplayRole) {
            QStringList names;
            for (const TrendFinding& finding : a.findings)
                names << Trend::flagName(finding.flag);
            return names.join(QStringLiteral(" · "));
        }
        if (role == SortRole) {
            int sum = 0;
            for (const TrendFinding& finding : a.findings)
                sum += weight(finding.flag);
            return sum;
        }
        if (role == Qt::ForegroundRole && !a.findings.isEmpty())
            return theme::colour(a.findings.first().flag);
        if (role == Qt::ToolTipRole && !a.findings.isEmpty()) {
            QStringList lines;
            for (const TrendFinding& finding : a.findings)
                lines << QStringLiteral("<b style=\"color:%1\">%2</b>: %3")
                             .arg(theme::colour(finding.flag).name(), Trend::flagName(finding.flag).toHtmlEscaped(),
                                  finding.reason.toHtmlEscaped());
            return lines.join(QStringLiteral("<br>"));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TeamRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case AgentColumn:
            return tr("Agent");
        case TeamColumn:
            return tr("Team");
        case DoneColumn:
            return tr("Done / Planned");
        case AverageColumn:
            return tr("Average");
        case TrendColumn:
            return tr("Trend");
        case FlagsColumn:
            return tr("Flags");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DoneColumn:
            return tr("Evaluations submitted this month / planned by the sampling plans");
        case AverageColumn:
            return tr("Average score this month, 0–100");
        case TrendColumn:
            return tr("Monthly averages over the last %n month(s); the dashed line is the target", nullptr,
                      int(m_roster.months.size()));
        case FlagsColumn:
            return tr("What the trend shows: declining, below target, out of control or improving");
        default:
            break;
        }
    }
    return {};
}

} // namespace qadesk
