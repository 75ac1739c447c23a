#include "TeamPage.h"

#include "shell/PageReader.h"
#include "shell/SortedTable.h"
#include "shell/Theme.h"
#include "SparklineDelegate.h"
#include "TeamRosterModel.h"
#include "people/AccessRules.h"
#include "storage/OrganizationRepository.h"
#include "ui_TeamPage.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace qadesk {
namespace {

constexpr int s_coachingMonths = 3; // the month shown and the two before it

enum CoachingColumn { DateColumn, AgentColumn, CoachColumn, ItemColumn, BeforeColumn, AfterColumn, ChangeColumn, VerdictColumn };

QColor verdictColour(FocusItemEffect::Verdict verdict)
{
    switch (verdict) {
    case FocusItemEffect::Verdict::Improved:
        return theme::colour(theme::Colour::Good);
    case FocusItemEffect::Verdict::Worse:
        return theme::colour(theme::Colour::Bad);
    case FocusItemEffect::Verdict::NoClearChange:
        return theme::colour(theme::Colour::Warning);
    case FocusItemEffect::Verdict::TooFewEvaluations:
        break;
    }
    return theme::colour(theme::Colour::Neutral);
}

QString rateText(const std::optional<double>& rate, int count)
{
    return QStringLiteral("%1 (%2)").arg(rate ? QLocale().toString(*rate * 100.0, 'f', 0) + QStringLiteral("%") : QStringLiteral("—")).arg(count);
}

// The teams the actor may choose: an agent only their own, a lead those they lead.
QList<Team> visibleTeams(const Database& db, const Actor& actor)
{
    std::optional<Agent> self;
    if (actor.role == Role::Agent)
        self = AgentRepository(db).find(actor.agentId);
    QList<Team> teams = TeamRepository(db).all();
    teams.removeIf([&actor, &self](const Team& team) {
        return actor.role == Role::Agent ? !self || self->teamId != team.id : !AccessRules::canSeeAgent(actor, 0, team.id);
    });
    return teams;
}

} // namespace

TeamPage::TeamPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TeamPage>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    theme::style(m_ui->titleLabel, theme::Text::Title);
    theme::style(m_ui->summaryLabel, theme::Colour::Muted);
    m_ui->summaryLabel->setContentsMargins(0, 2, 0, 6);
    theme::style(m_ui->rosterHintLabel, theme::Text::Small, theme::Colour::Muted);

    m_model = new TeamRosterModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TeamRosterModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_sparkline = new SparklineDelegate(TeamRosterModel::MonthlyMeansRole, this);
    QTableView* table = m_ui->rosterTableView;
    table->setModel(m_sorted);
    table->setItemDelegateForColumn(TeamRosterModel::TrendColumn, m_sparkline);
    measureColumnsOnSample(table);
    table->sortByColumn(TeamRosterModel::AgentColumn, Qt::AscendingOrder);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    connect(table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit agentActivated(index.data(TeamRosterModel::AgentIdRole).toLongLong()); });

    QTableWidget* coaching = m_ui->coachingTableWidget;
    coaching->setColumnCount(VerdictColumn + 1);
    measureColumnsOnSample(coaching);
    coaching->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    coaching->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    coaching->horizontalHeader()->setStretchLastSection(false);
    connect(coaching, &QTableWidget::cellActivated, this, [this](int row, int) {
        emit agentActivated(m_ui->coachingTableWidget->item(row, AgentColumn)->data(Qt::UserRole).toLongLong());
    });

    connect(m_ui->teamComboBox, &QComboBox::currentIndexChanged, this,
            [this] { showTeam(m_ui->teamComboBox->currentData().toLongLong()); });
    connect(m_ui->monthDateEdit, &QDateEdit::dateChanged, this, &TeamPage::showMonth);
    showMonth(m_database.time().today());
}

TeamPage::~TeamPage() = default;

const TeamRoster& TeamPage::roster() const
{
    return m_model->roster();
}

void TeamPage::showMonth(const QDate& day)
{
    m_month = QDate(day.year(), day.month(), 1);
    const QSignalBlocker blocker(m_ui->monthDateEdit);
    m_ui->monthDateEdit->setDate(m_month);
    refresh();
}

void TeamPage::showTeam(qint64 teamId)
{
    m_teamId = teamId;
    const QSignalBlocker blocker(m_ui->teamComboBox);
    m_ui->teamComboBox->setCurrentIndex(std::max(0, m_ui->teamComboBox->findData(teamId)));
    refresh();
}

void TeamPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh(); // the team list too: it starts with "All teams"
    }
    QWidget::changeEvent(event);
}

void TeamPage::fillTeams(const QList<Team>& teams)
{
    QList<std::pair<QString, qint64>> items;
    if (AccessRules::canSeeAgent(m_actor, 0, 0))
        items << std::pair { tr("All teams"), qint64(0) };
    for (const Team& team : teams)
        items << std::pair { team.name, team.id };
    QComboBox* combo = m_ui->teamComboBox;
    const QSignalBlocker blocker(combo);
    // Refilled only when the list changed, so a refresh does not close the list the user has open.
    bool same = combo->count() == items.size();
    for (int i = 0; same && i < combo->count(); ++i)
        same = combo->itemText(i) == items.at(i).first && combo->itemData(i).toLongLong() == items.at(i).second;
    if (!same) {
        combo->clear();
        for (const auto& [name, id] : std::as_const(items))
            combo->addItem(name, id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(m_teamId)));
}

void TeamPage::refresh()
{
    struct Read {
        QList<Team> teams; // those the actor may see
        qint64 teamId = 0; // the team shown
        TeamRoster roster;
        QList<SessionEffect> sessions;
        QHash<qint64, QString> coaches; // display names by user id
    };
    const auto read = [actor = m_actor, month = m_month, teamId = m_teamId](const Database& db) {
        Read r;
        r.teams = visibleTeams(db, actor);
        // "All teams" is for those who see every agent; a lead starts on the first team they lead.
        const bool listed
            = std::any_of(r.teams.cbegin(), r.teams.cend(), [teamId](const Team& t) { return t.id == teamId; });
        if (!listed && !AccessRules::canSeeAgent(actor, 0, 0))
            r.teamId = r.teams.isEmpty() ? -1 : r.teams.first().id;
        else
            r.teamId = teamId;
        r.roster = TeamRoster::compute(db, actor, month, r.teamId);
        r.sessions = CoachingEffect::held(db, actor, month.addMonths(1 - s_coachingMonths), month.addMonths(1).addDays(-1),
                                          db.time().today());
        QSet<qint64> members;
        for (const Agent& agent : AgentRepository(db).all()) {
            if (r.teamId == 0 || agent.teamId == r.teamId)
                members.insert(agent.id);
        }
        r.sessions.removeIf([&members](const SessionEffect& s) { return !members.contains(s.session.agentId); });
        for (const User& user : UserRepository(db).all())
            r.coaches.insert(user.id, user.displayName);
        return r;
    };
    m_reader->read<Read>(
        read,
        [this](Read& r) {
            m_teamId = r.teamId;
            fillTeams(r.teams);
            showRoster(std::move(r.roster));
            showCoaching(std::move(r.sessions), r.coaches);
        },
        [this](const QString& error) { m_ui->summaryLabel->setText(error); });
}

void TeamPage::showRoster(TeamRoster roster)
{
    // One scale for every sparkline, so a line higher up the column is a higher score; at least ten points tall,
    // so a steady agent's month-to-month noise does not fill the cell.
    double low = roster.target;
    double high = roster.target;
    int done = 0;
    int planned = 0;
    int flagged = 0;
    for (const RosterAgent& agent : roster.agents) {
        for (const auto& mean : agent.monthlyMeans) {
            if (mean) {
                low = std::min(low, *mean);
                high = std::max(high, *mean);
            }
        }
        done += agent.done;
        planned += agent.planned;
        flagged += agent.findings.isEmpty() ? 0 : 1;
    }
    const double pad = std::max(2.0, (10.0 - (high - low)) / 2.0);
    m_sparkline->setRange(std::max(0.0, low - pad), std::min(100.0, high + pad));
    m_sparkline->setTarget(roster.target);

    const QLocale locale;
    m_ui->summaryLabel->setText(tr("%n active agent(s) · %1 evaluations done of %2 planned · %3 flagged · target %4", nullptr,
                                   int(roster.agents.size()))
                                    .arg(done)
                                    .arg(planned)
                                    .arg(flagged)
                                    .arg(locale.toString(roster.target, 'f', 1)));
    m_model->setRoster(std::move(roster));

    QHeaderView* header = m_ui->rosterTableView->horizontalHeader();
    m_ui->rosterTableView->resizeColumnsToContents();
    header->resizeSection(TeamRosterModel::AgentColumn, std::max(header->sectionSize(TeamRosterModel::AgentColumn) + 16, 140));
    header->resizeSection(TeamRosterModel::TrendColumn, 150);
}

void TeamPage::showCoaching(QList<SessionEffect> sessions, const QHash<qint64, QString>& coaches)
{
    const QDate from = m_month.addMonths(1 - s_coachingMonths);
    const QDate to = m_month.addMonths(1).addDays(-1);
    const QLocale locale;
    m_ui->coachingIntroLabel->setText(
        tr("Coaching sessions held from %1 to %2. For each focus item: how often the agent passed it in the %3 days before "
           "the session and in the %3 days after (answers counted in brackets), and whether the change is more than "
           "chance (at least %4 answers on each side).")
            .arg(locale.toString(from, QStringLiteral("yyyy-MM")), locale.toString(to, QStringLiteral("yyyy-MM")))
            .arg(CoachingEffect::s_windowDays)
            .arg(CoachingEffect::s_minimumAnswers));

    m_sessions = std::move(sessions);

    QTableWidget* table = m_ui->coachingTableWidget;
    table->setHorizontalHeaderLabels({ tr("Date"), tr("Agent"), tr("Coach"), tr("Focus item"), tr("Before (n)"),
                                       tr("After (n)"), tr("Change"), tr("Verdict") });
    // A session without focus items still gets its line, so the list shows every session held. The rows are made at
    // once: one at a time, each relaid the header.
    int rows = 0;
    for (const SessionEffect& effect : std::as_const(m_sessions))
        rows += int(std::max<qsizetype>(1, effect.items.size()));
    table->clearContents();
    table->setRowCount(rows);
    int row = -1;
    for (const SessionEffect& effect : std::as_const(m_sessions)) {
        const QList<FocusItemEffect> items = effect.items.isEmpty() ? QList { FocusItemEffect {} } : effect.items;
        for (const FocusItemEffect& item : items) {
            ++row;
            const auto cell = [&](int column, const QString& text, const QString& tip = {}) {
                auto* c = new QTableWidgetItem(text);
                c->setToolTip(tip.isEmpty() ? text : tip);
                if (column >= BeforeColumn && column <= ChangeColumn)
                    c->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table->setItem(row, column, c);
                return c;
            };
            cell(DateColumn, m_database.time().dateOf(effect.session.heldAt).toString(Qt::ISODate));
            cell(AgentColumn, effect.agentName)->setData(Qt::UserRole, effect.session.agentId);
            cell(CoachColumn, coaches.value(effect.session.coachId));
            if (item.itemKey.isEmpty()) {
                cell(ItemColumn, tr("No focus items recorded"));
                continue;
            }
            cell(ItemColumn, item.question);
            cell(BeforeColumn, rateText(item.beforeRate(), item.beforeApplicable),
                 tr("Passed %1 of %2 in the %3 days before the session")
                     .arg(item.beforePassed)
                     .arg(item.beforeApplicable)
                     .arg(CoachingEffect::s_windowDays));
            cell(AfterColumn, rateText(item.afterRate(), item.afterApplicable),
                 tr("Passed %1 of %2 since the session (up to %3 days)")
                     .arg(item.afterPassed)
                     .arg(item.afterApplicable)
                     .arg(CoachingEffect::s_windowDays));
            const auto change = item.change();
            const FocusItemEffect::Verdict verdict = item.verdict();
            const QString pText = item.pValue() ? tr("p = %1").arg(locale.toString(*item.pValue(), 'f', 3)) : QString();
            auto* changeCell = cell(ChangeColumn,
                                    change ? QStringLiteral("%1%2").arg(*change > 0 ? QStringLiteral("+") : QString(),
                                                                        locale.toString(*change * 100.0, 'f', 1))
                                           : QStringLiteral("—"),
                                    pText);
            auto* verdictCell = cell(VerdictColumn, CoachingEffect::verdictName(verdict), pText);
            QColor tint = verdictColour(verdict);
            changeCell->setForeground(tint);
            verdictCell->setForeground(tint);
            tint.setAlpha(28);
            verdictCell->setBackground(tint);
        }
    }
}

} // namespace qadesk
