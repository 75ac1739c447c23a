#include "AgentPage.h"
#include "AgentEvaluationsModel.h"

#include "CoachingSessionDialog.h"
#include "ScoreTrendChart.h"
#include "analytics/ConversationMetrics.h"
#include "disputes/RaiseDisputeDialog.h"
#include "coaching/CoachingEffect.h"
#include "io/PersonalDataMasker.h"
#include "people/PersonalDataReveal.h"
#include "shell/ActionFailure.h"
#include "shell/ChartView.h"
#include "shell/PageReader.h"
#include "shell/SortedTable.h"
#include "shell/Theme.h"
#include "storage/CoachingRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"
#include "ui_AgentPage.h"
#include "workspace/Overview.h"
#include "workspace/ScoreHistory.h"

#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

#include <map>

namespace qadesk {
namespace {

constexpr int s_teamRole = Qt::UserRole + 1; // the agent chooser's team of each agent

constexpr int s_recentEvaluations = 50;

QTableWidgetItem* cell(const QString& text, const QVariant& sortValue = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (sortValue.isValid())
        item->setData(Qt::UserRole, sortValue);
    return item;
}

void prepareTable(QTableWidget* table, const QStringList& headers, int rows)
{
    table->clearContents();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(rows);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}

void finishTable(QTableWidget* table)
{
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

QString percentText(double rate, int count)
{
    return QStringLiteral("%1% (%2)").arg(QLocale().toString(rate * 100.0, 'f', 0)).arg(count);
}

} // namespace

AgentPage::AgentPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AgentPage>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    m_agentsReader = new PageReader(m_database, this);
    m_chartView = new ChartView(this);
    m_chartView->setAccessibleName(tr("Score trend"));
    m_chartView->setObjectName(QStringLiteral("trendChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);
    m_ui->chartLayout->addWidget(m_chartView);
    m_ui->trendSplitter->setStretchFactor(0, 3);
    m_ui->trendSplitter->setStretchFactor(1, 1);
    theme::style(m_ui->titleLabel, theme::Text::Heading);
    theme::style(m_ui->statusLabel, theme::Colour::Bad);

    for (const int months : { 3, 6, 12 })
        m_ui->windowComboBox->addItem(tr("Last %n month(s)", nullptr, months), months);
    m_ui->windowComboBox->setCurrentIndex(1);
    m_ui->byComboBox->addItem(tr("By month"), int(TrendPeriod::Month));
    m_ui->byComboBox->addItem(tr("By week"), int(TrendPeriod::Week));
    m_mayReveal = AccessRules::check(m_actor, Action::RevealPersonalData);
    connect(m_ui->agentComboBox, &QComboBox::currentIndexChanged, this, &AgentPage::refresh);
    connect(m_ui->windowComboBox, &QComboBox::currentIndexChanged, this, &AgentPage::refresh);
    connect(m_ui->byComboBox, &QComboBox::currentIndexChanged, this, &AgentPage::refresh);
    connect(m_ui->revealPersonalDataButton, &QPushButton::clicked, this, &AgentPage::revealSelectedEvaluation);
    m_evaluationsModel = new AgentEvaluationsModel(this);
    QTableView* evaluations = m_ui->evaluationsTableView;
    showSorted(evaluations, m_evaluationsModel, AgentEvaluationsModel::SortRole); // newest first until a header is clicked
    measureColumnsOnSample(evaluations); // an agent has hundreds
    evaluations->verticalHeader()->hide();
    evaluations->setSelectionBehavior(QAbstractItemView::SelectRows);
    evaluations->setSelectionMode(QAbstractItemView::SingleSelection);
    evaluations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    evaluations->horizontalHeader()->setStretchLastSection(true);
    connect(evaluations->selectionModel(), &QItemSelectionModel::currentChanged, this, &AgentPage::updateRevealButton);
    connect(m_ui->newCoachingButton, &QPushButton::clicked, this, [this] { startCoaching(); });
    connect(m_ui->openCoachingButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->coachingTableWidget->currentRow();
        if (row >= 0)
            openCoaching(m_ui->coachingTableWidget->item(row, 0)->data(Qt::UserRole).toLongLong(), {});
    });
    connect(m_ui->coachingTableWidget, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        openCoaching(m_ui->coachingTableWidget->item(row, 0)->data(Qt::UserRole).toLongLong(), {});
    });
    const auto openEvaluation = [this] {
        if (const qint64 contact = selectedEvaluationContact())
            emit openContactRequested(contact);
    };
    connect(m_ui->openEvaluationButton, &QPushButton::clicked, this, openEvaluation);
    connect(evaluations, &QTableView::doubleClicked, this, openEvaluation);
    connect(m_ui->disputeEvaluationButton, &QPushButton::clicked, this, [this] { disputeSelectedEvaluation(); });
    m_ui->newCoachingButton->setEnabled(false); // until an agent is shown
    readAgents();
}

AgentPage::~AgentPage() = default;

struct AgentPage::AgentChoice {
    qint64 id = 0;
    qint64 teamId = 0;
    QString label;
};

// The agents the actor may see, read in the background (2,000 of them took tens of milliseconds on the GUI thread);
// then the chosen one, or the first, is read.
void AgentPage::readAgents()
{
    m_agentsReader->read<QList<AgentChoice>>(
        [actor = m_actor](const Database& db) {
            QHash<qint64, QString> teams;
            for (const Team& team : TeamRepository(db).all())
                teams.insert(team.id, team.name);
            QList<AgentChoice> choices;
            for (const Agent& agent : AgentRepository(db).all()) {
                if (agent.active && AccessRules::canSeeAgent(actor, agent.id, agent.teamId))
                    choices.append({ agent.id, agent.teamId,
                                     QStringLiteral("%1 (%2) — %3")
                                         .arg(agent.name, agent.employeeId, teams.value(agent.teamId)) });
            }
            return choices;
        },
        [this](QList<AgentChoice>& choices) { showAgents(choices); },
        [this](const QString& error) {
            m_agentsRead = true;
            m_pendingAgent.reset();
            m_ui->statusLabel->setText(error);
        });
}

void AgentPage::showAgents(const QList<AgentChoice>& choices)
{
    m_agentsRead = true;
    QComboBox* agents = m_ui->agentComboBox;
    {
        // The chooser is as wide as its minimum contents length (the form's): sizing it to its widest entry measured
        // every one of 2,000 agents' names, twice, on the GUI thread.
        const QSignalBlocker blocker(agents);
        for (const AgentChoice& choice : choices) {
            agents->addItem(choice.label, choice.id);
            agents->setItemData(agents->count() - 1, choice.teamId, s_teamRole);
        }
        agents->setCurrentIndex(std::max(0, m_pendingAgent ? agents->findData(*m_pendingAgent) : 0));
    }
    m_pendingAgent.reset();
    refresh();
}

bool AgentPage::setAgent(qint64 agentId)
{
    if (!m_agentsRead) {
        m_pendingAgent = agentId;
        return true;
    }
    const int index = m_ui->agentComboBox->findData(agentId);
    if (index < 0)
        return false;
    m_ui->agentComboBox->setCurrentIndex(index);
    return true;
}

qint64 AgentPage::agentId() const
{
    return m_pendingAgent.value_or(m_ui->agentComboBox->currentData().toLongLong());
}

void AgentPage::setWindow(int months, TrendPeriod period)
{
    const QSignalBlocker blocker(m_ui->windowComboBox);
    m_ui->windowComboBox->setCurrentIndex(std::max(0, m_ui->windowComboBox->findData(months)));
    m_ui->byComboBox->setCurrentIndex(m_ui->byComboBox->findData(int(period)));
    refresh();
}

void AgentPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

struct AgentPage::Read {
    TrendPeriod period = TrendPeriod::Month;
    std::optional<Agent> agent;
    QString teamName; // empty: no team
    TrendAnalysis analysis;
    QList<PeriodScore> teamTrend; // by `period`; empty when the team is not shown
    QList<PeriodScore> teamMonths;
    double target = 0;
    QList<ItemPeriodRate> rates;
    QList<ItemComparison> weakest;
    QList<EvaluationSummary> evaluations;
    ContactKpis kpis;
    ContactKpis teamKpis;
    ConversationAverages talk; // the agent's calls and chats measured (stored contact metrics)
    ConversationAverages teamTalk;
    QList<SessionEffect> sessions;
    QHash<qint64, QString> coaches; // display names by user id
};

void AgentPage::refresh()
{
    m_ui->statusLabel->clear();
    const qint64 id = agentId();
    m_ui->newCoachingButton->setEnabled(id != 0);
    if (id == 0)
        return;
    const TrendPeriod period = TrendPeriod(m_ui->byComboBox->currentData().toInt());
    const int months = m_ui->windowComboBox->currentData().toInt();
    const auto read = [actor = m_actor, id, period, months](const Database& db) {
        Read r;
        r.period = period;
        r.agent = AgentRepository(db).find(id);
        if (!r.agent)
            return r;
        try {
            const auto team = TeamRepository(db).find(r.agent->teamId);
            r.teamName = team ? team->name : QString();
            const QDate to = db.time().today();
            const QDate from = QDate(to.year(), to.month(), 1).addMonths(1 - months);
            // The team beside the agent only for those who may see the team: an agent user sees their own records.
            const qint64 teamId = AccessRules::canSeeTeam(actor, r.agent->teamId) ? r.agent->teamId : 0;
            r.analysis = ScoreHistory::analyse(db, actor, { id, 0 }, from, to, period);
            const QList<ScoredPoint> teamScores
                = teamId != 0 ? ScoreHistory::scores(db, actor, { 0, teamId }, from, to) : QList<ScoredPoint> {};
            r.teamTrend = Trend::byPeriod(teamScores, period);
            r.teamMonths = Trend::byPeriod(teamScores, TrendPeriod::Month);
            r.target = targetScore(db);
            r.rates = ScoreHistory::itemRates(db, actor, { id, 0 }, from, to, period);
            r.weakest = ScoreHistory::weakestItems(db, actor, id, teamId, from, to);
            r.evaluations = ScoreHistory::recentEvaluations(db, actor, id, s_recentEvaluations);
            r.kpis = ScoreHistory::kpis(db, actor, { id, 0 }, from, to);
            r.teamKpis = teamId != 0 ? ScoreHistory::kpis(db, actor, { 0, teamId }, from, to) : ContactKpis {};
            r.talk = ConversationMetrics::averages(db, actor, id, 0, from, to, ConversationMetrics::Rows::Together).value(0);
            r.teamTalk = teamId != 0 ? ConversationMetrics::averages(db, actor, 0, teamId, from, to,
                                                                           ConversationMetrics::Rows::Together)
                                                  .value(0)
                                     : ConversationAverages {};
            const QDate today = db.time().today();
            for (const CoachingSession& session : CoachingRepository(db).forAgent(actor, id))
                r.sessions.append(CoachingEffect::of(db, session, today));
            for (const User& user : UserRepository(db).all())
                r.coaches.insert(user.id, user.displayName);
        } catch (const AccessDenied& denied) {
            throw StorageError(denied.message());
        }
        return r;
    };
    m_reader->read<Read>(
        read, [this](Read& r) { showRead(r); }, [this](const QString& error) { m_ui->statusLabel->setText(error); });
}


void AgentPage::showRead(Read& r)
{
    if (!r.agent)
        return;
    m_ui->titleLabel->setText(QStringLiteral("%1 · %2 · %3")
                                  .arg(r.agent->name, r.agent->employeeId,
                                       r.teamName.isEmpty() ? tr("no team") : r.teamName));
    m_analysis = std::move(r.analysis);
    showTrend(r.teamTrend, r.period, r.target);
    showItems(r.rates, r.weakest, r.period);
    m_evaluations = std::move(r.evaluations);
    showEvaluations();
    showKpis(r);
    showCoaching(r.sessions, r.coaches);
}

void AgentPage::showTrend(const QList<PeriodScore>& team, TrendPeriod period, double target)
{
    QString findings;
    for (const TrendFinding& finding : m_analysis.findings) {
        const QColor badge = theme::colour(finding.flag);
        findings += QStringLiteral("<span style='background:%1;color:%2;padding:2px "
                                   "6px;border-radius:3px'>&nbsp;%3&nbsp;</span> %4&nbsp;&nbsp; ")
                        .arg(badge.name(), theme::textOn(badge).name(), Trend::flagName(finding.flag).toHtmlEscaped(),
                             finding.reason.toHtmlEscaped());
    }
    if (m_analysis.periods.isEmpty())
        findings = tr("No evaluations in this period.");
    else if (findings.isEmpty())
        findings = tr("No flags: the scores vary within their control limits, without a significant trend, at or above the target.");
    m_ui->findingsLabel->setText(findings);

    QChart* old = m_chartView->chart();
    m_chartView->setChart(scoreTrendChart(m_analysis, team, period, target * 100.0, tr("Team average")));
    delete old;

    const QLocale locale;
    QHash<int, QStringList> breaks;
    for (const RuleViolation& v : m_analysis.chart.violations)
        breaks[v.index].append(Trend::ruleName(v.rule));
    prepareTable(m_ui->periodsTableWidget,
                 { tr("Period"), tr("Evaluations"), tr("Score ± margin (95%)"), tr("Moving average"), tr("Team"), tr("Control rule") },
                 int(m_analysis.periods.size()));
    for (int r = 0; r < m_analysis.periods.size(); ++r) {
        const PeriodScore& p = m_analysis.periods.at(r);
        const auto same = std::find_if(team.cbegin(), team.cend(), [&p](const PeriodScore& t) { return t.start == p.start; });
        const QStringList cells {
            period == TrendPeriod::Month ? locale.toString(p.start, QStringLiteral("yyyy-MM")) : tr("week of %1").arg(locale.toString(p.start, QLocale::ShortFormat)),
            QString::number(p.count),
            p.count >= 2 ? QStringLiteral("%1 ± %2").arg(locale.toString(p.mean, 'f', 1), locale.toString(p.halfWidth, 'f', 1))
                         : tr("%1 (one evaluation: no margin)").arg(locale.toString(p.mean, 'f', 1)),
            locale.toString(m_analysis.movingAverage.at(r), 'f', 1),
            same != team.cend() ? locale.toString(same->mean, 'f', 1) : QStringLiteral("—"),
            breaks.value(r).join(QStringLiteral("; ")),
        };
        for (int c = 0; c < cells.size(); ++c)
            m_ui->periodsTableWidget->setItem(r, c, cell(cells.at(c)));
    }
    finishTable(m_ui->periodsTableWidget);
}

void AgentPage::showItems(const QList<ItemPeriodRate>& rates, const QList<ItemComparison>& weakest, TrendPeriod period)
{
    QList<QDate> periods;
    std::map<QString, QString> questions; // key → question, in key order for a stable layout
    for (const ItemPeriodRate& rate : rates) {
        if (!periods.contains(rate.periodStart))
            periods.append(rate.periodStart);
        questions[rate.itemKey] = rate.question;
    }
    std::sort(periods.begin(), periods.end());
    QStringList headers { tr("Item") };
    const QLocale locale;
    for (const QDate& start : periods)
        headers.append(period == TrendPeriod::Month ? locale.toString(start, QStringLiteral("yyyy-MM")) : locale.toString(start, QStringLiteral("MM-dd")));
    QTableWidget* heat = m_ui->heatMapTableWidget;
    prepareTable(heat, headers, int(questions.size()));
    QHash<QString, int> rows;
    for (const auto& [key, question] : questions) {
        const int row = int(rows.size());
        rows.insert(key, row);
        heat->setItem(row, 0, cell(question));
    }
    for (const ItemPeriodRate& rate : rates) {
        auto* item = cell(percentText(rate.rate(), rate.applicable));
        item->setBackground(theme::rateTint(rate.rate(), palette()));
        item->setTextAlignment(Qt::AlignCenter);
        heat->setItem(rows.value(rate.itemKey), int(periods.indexOf(rate.periodStart)) + 1, item);
    }
    finishTable(heat);
    heat->horizontalHeader()->setStretchLastSection(false);

    prepareTable(m_ui->weakestTableWidget, { tr("Item"), tr("Agent"), tr("Team"), tr("Gap (points)") }, int(weakest.size()));
    for (int r = 0; r < weakest.size(); ++r) {
        const ItemComparison& item = weakest.at(r);
        const auto teamRate = item.teamRate();
        m_ui->weakestTableWidget->setItem(r, 0, cell(item.question));
        auto* agentCell = cell(percentText(item.agentRate(), item.agentApplicable));
        agentCell->setBackground(theme::rateTint(item.agentRate(), palette()));
        m_ui->weakestTableWidget->setItem(r, 1, agentCell);
        m_ui->weakestTableWidget->setItem(r, 2, cell(teamRate ? percentText(*teamRate, item.teamApplicable) : QStringLiteral("—")));
        m_ui->weakestTableWidget->setItem(r, 3, cell(teamRate ? locale.toString((item.agentRate() - *teamRate) * 100.0, 'f', 0) : QStringLiteral("—")));
    }
    finishTable(m_ui->weakestTableWidget);
}

void AgentPage::showEvaluations()
{
    const QList<EvaluationSummary>& evaluations = m_evaluations;
    m_evaluationsModel->setRows(evaluations, m_revealedContacts, m_database.time());
    m_ui->evaluationsTableView->resizeColumnsToContents();
    m_ui->openEvaluationButton->setEnabled(!evaluations.isEmpty());
    const Decision mayDispute = AccessRules::check(m_actor, Action::RaiseDispute, Subject { agentId(), m_ui->agentComboBox->currentData(s_teamRole).toLongLong(), 0, 0 });
    m_ui->disputeEvaluationButton->setEnabled(!evaluations.isEmpty() && mayDispute);
    m_ui->disputeEvaluationButton->setToolTip(mayDispute.reason);
    updateRevealButton();
}

void AgentPage::updateRevealButton()
{
    const qint64 contactId = selectedEvaluationContact();
    m_ui->revealPersonalDataButton->setEnabled(m_mayReveal && contactId != 0
                                               && !m_revealedContacts.contains(contactId));
    m_ui->revealPersonalDataButton->setToolTip(
        m_mayReveal ? tr("Shows the selected contact's card, resident registration and phone numbers and e-mail "
                         "addresses unmasked; the audit log records who revealed which contact, and when")
                    : m_mayReveal.reason);
}

bool AgentPage::revealSelectedEvaluation()
{
    const qint64 contactId = selectedEvaluationContact();
    if (contactId == 0)
        return false;
    if (const auto failure = failureOf([&] { PersonalDataReveal::reveal(m_database, m_actor, contactId); })) {
        m_ui->statusLabel->setText(*failure);
        return false;
    }
    m_revealedContacts.insert(contactId);
    m_evaluationsModel->setRevealed(m_revealedContacts);
    updateRevealButton();
    return true;
}

qint64 AgentPage::selectedEvaluationContact() const
{
    return m_ui->evaluationsTableView->currentIndex().data(AgentEvaluationsModel::ContactIdRole).toLongLong();
}

qint64 AgentPage::selectedEvaluation() const
{
    return m_ui->evaluationsTableView->currentIndex().data(AgentEvaluationsModel::EvaluationIdRole).toLongLong();
}

void AgentPage::disputeSelectedEvaluation(const std::function<void(QDialog&)>& prepare)
{
    const qint64 evaluationId = selectedEvaluation();
    if (evaluationId == 0) {
        m_ui->statusLabel->setText(tr("Choose the evaluation to dispute in the list."));
        return;
    }
    RaiseDisputeDialog dialog(m_database, m_actor, evaluationId, this);
    if (prepare)
        prepare(dialog);
    else
        dialog.exec();
    if (dialog.raisedDisputeId() != 0) {
        refresh(); // its status is now "in dispute"
        emit disputeRaised(dialog.raisedDisputeId());
    }
}

void AgentPage::showKpis(const Read& r)
{
    const ConversationAverages& talk = r.talk;
    const ConversationAverages& teamTalk = r.teamTalk;
    const ContactKpis& mine = r.kpis;
    const ContactKpis& team = r.teamKpis;
    const QList<PeriodScore>& teamScores = r.teamMonths;
    const QLocale locale;
    const auto qaAverage = [](const QList<PeriodScore>& periods) -> std::optional<double> {
        double sum = 0;
        int count = 0;
        for (const PeriodScore& p : periods) {
            sum += p.mean * p.count;
            count += p.count;
        }
        return count > 0 ? std::optional(sum / count) : std::nullopt;
    };
    const auto number = [&locale](std::optional<double> v, int decimals, const QString& suffix = {}) {
        return v ? locale.toString(*v, 'f', decimals) + suffix : QStringLiteral("—");
    };
    const auto duration = [](std::optional<double> seconds) {
        return seconds ? QStringLiteral("%1:%2").arg(int(*seconds) / 60).arg(int(*seconds) % 60, 2, 10, QLatin1Char('0')) : QStringLiteral("—");
    };
    const auto seconds = [&number](std::optional<double> ms) {
        return number(ms ? std::optional(*ms / 1000.0) : std::nullopt, 1, tr(" s"));
    };
    const auto percentOf = [&number](std::optional<double> v) { return number(v ? std::optional(*v * 100.0) : std::nullopt, 1, QStringLiteral("%")); };
    const QList<QStringList> rows {
        { tr("QA score (average)"), number(qaAverage(m_analysis.periods), 1), number(qaAverage(teamScores), 1) },
        { tr("Contacts"), QString::number(mine.contacts), QString::number(team.contacts) },
        { tr("AHT (average handle time)"), duration(mine.averageHandleSeconds), duration(team.averageHandleSeconds) },
        { tr("FCR (first-contact resolution)"), percentOf(mine.firstContactResolution), percentOf(team.firstContactResolution) },
        { tr("CSAT (share of 4–5)"), percentOf(mine.csat) + tr(" of %n response(s)", nullptr, mine.csatResponses), percentOf(team.csat) },
        { tr("NPS"), number(mine.nps, 0) + tr(" of %n response(s)", nullptr, mine.npsResponses), number(team.nps, 0) },
        { tr("Dead air per call"), seconds(talk.deadAirMs) + tr(" over %n call(s)", nullptr, talk.calls),
          seconds(teamTalk.deadAirMs) },
        { tr("Overtalk share"), percentOf(talk.overtalkShare), percentOf(teamTalk.overtalkShare) },
        { tr("Agent's share of the talk"), percentOf(talk.talkRatio), percentOf(teamTalk.talkRatio) },
        { tr("First chat response"), seconds(talk.firstResponseMs) + tr(" over %n chat(s)", nullptr, talk.chats),
          seconds(teamTalk.firstResponseMs) },
        { tr("Longest reply wait"), seconds(talk.longestWaitMs), seconds(teamTalk.longestWaitMs) },
        { tr("Replies within the limit"), percentOf(talk.withinLimitShare), percentOf(teamTalk.withinLimitShare) },
    };
    prepareTable(m_ui->kpiTableWidget, { tr("Measure"), tr("Agent"), tr("Team") }, int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_ui->kpiTableWidget->setItem(r, c, cell(rows.at(r).at(c)));
    }
    finishTable(m_ui->kpiTableWidget);
}

void AgentPage::showCoaching(const QList<SessionEffect>& sessions, const QHash<qint64, QString>& coaches)
{
    QTableWidget* table = m_ui->coachingTableWidget;
    prepareTable(table, { tr("Held"), tr("Coach"), tr("Focus and effect"), tr("Action items done"), tr("Acknowledgement"), tr("Follow-up") },
                 int(sessions.size()));
    const QLocale locale;
    for (int r = 0; r < sessions.size(); ++r) {
        const SessionEffect& effect = sessions.at(r);
        const CoachingSession& s = effect.session;
        QStringList focus;
        for (const FocusItemEffect& item : effect.items) {
            const auto change = item.change();
            focus.append(QStringLiteral("%1 %2 (%3)")
                             .arg(item.question, change ? QStringLiteral("%1%2").arg(*change >= 0 ? QStringLiteral("+") : QString(), locale.toString(*change * 100.0, 'f', 0))
                                                        : QStringLiteral("—"),
                                  CoachingEffect::verdictName(item.verdict())));
        }
        const int done = int(std::count_if(s.actionItems.cbegin(), s.actionItems.cend(), [](const ActionItem& a) { return a.done; }));
        QString acknowledgement = displayName(s.acknowledgement);
        // The agent's own words, about no contact: no reveal covers them, so they stay masked.
        if (s.acknowledgement == AcknowledgementStatus::Refused && !s.acknowledgementNote.isEmpty())
            acknowledgement = tr("%1: %2").arg(acknowledgement, PersonalDataMasker::mask(s.acknowledgementNote));
        const QStringList cells { locale.toString(m_database.time().toCentre(s.heldAt), QLocale::ShortFormat), coaches.value(s.coachId), focus.join(QStringLiteral("; ")),
                                  QStringLiteral("%1 / %2").arg(done).arg(s.actionItems.size()), acknowledgement,
                                  s.followUp.isValid() ? locale.toString(s.followUp, QLocale::ShortFormat) : QStringLiteral("—") };
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, cell(cells.at(c), c == 0 ? QVariant(s.id) : QVariant()));
        table->item(r, 2)->setToolTip(focus.join(QLatin1Char('\n')));
    }
    finishTable(table);
    m_ui->openCoachingButton->setEnabled(!sessions.isEmpty());
}

void AgentPage::startCoaching(const std::function<void(QDialog&)>& prepare)
{
    openCoaching(std::nullopt, prepare);
}

void AgentPage::openCoaching(std::optional<qint64> sessionId, const std::function<void(QDialog&)>& prepare)
{
    CoachingSessionDialog dialog(m_database, m_actor, agentId(), sessionId, this);
    if (prepare)
        prepare(dialog);
    else
        dialog.exec();
    if (dialog.sessionId() != 0) {
        refresh();
        m_ui->tabWidget->setCurrentWidget(m_ui->coachingTab);
    }
}

} // namespace qadesk
