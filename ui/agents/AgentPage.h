#pragma once

#include "coaching/CoachingEffect.h"
#include "people/AccessRules.h"
#include "stats/Trend.h"
#include "workspace/ScoreHistory.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QChartView;
class QDialog;
class QTableWidget;

namespace Ui {
class AgentPage;
}

namespace qadesk {

class AgentEvaluationsModel;
class Database;
class PageReader;

// One agent as a team lead prepares a 1:1: findings in words, the score trend with control limits and the team
// beside it, items by period as a heat map, the weakest items against the team, recent evaluations with their
// comments (open one to replay, or dispute it), contact KPIs beside QA, and the coaching sessions with their effect.
class AgentPage final : public QWidget {
    Q_OBJECT

public:
    AgentPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~AgentPage() override;

    // False when the workspace has no such agent the actor may see. While the agents are still being read in the
    // background it is chosen once they arrive (true; the first agent when it is not among them).
    bool setAgent(qint64 agentId);
    qint64 agentId() const; // the agent shown or chosen, 0 for none
    void setWindow(int months, TrendPeriod period);
    const TrendAnalysis& analysis() const { return m_analysis; }
    // Opens the coaching dialog for a new session. With `prepare` the dialog is handed to it instead of being run
    // modally — tests fill and accept it that way.
    void startCoaching(const std::function<void(QDialog&)>& prepare = {});
    // Opens the dispute dialog for the selected evaluation; `prepare` as for startCoaching.
    void disputeSelectedEvaluation(const std::function<void(QDialog&)>& prepare = {});
    // The "Reveal personal data" button: shows the selected evaluation's contact id and comments unmasked, once the
    // reveal is in the audit log (PersonalDataReveal). False, with the reason on the page, when it is refused.
    bool revealSelectedEvaluation();
    void refresh(); // reads the agent again from the workspace, in the background when the window has a worker

signals:
    void openContactRequested(qint64 contactId);
    void disputeRaised(qint64 disputeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Read; // what refresh() reads, on the worker
    struct AgentChoice; // an entry of the agent chooser
    void readAgents();
    void showAgents(const QList<AgentChoice>& choices);
    void showRead(Read& read);
    void showTrend(const QList<PeriodScore>& team, TrendPeriod period, double target);
    void showItems(const QList<ItemPeriodRate>& rates, const QList<ItemComparison>& weakest, TrendPeriod period);
    void showEvaluations(); // m_evaluations, masked unless revealed
    void updateRevealButton();
    void showKpis(const Read& read);
    void showCoaching(const QList<SessionEffect>& sessions, const QHash<qint64, QString>& coaches);
    void openCoaching(std::optional<qint64> sessionId, const std::function<void(QDialog&)>& prepare);
    qint64 selectedEvaluationContact() const;
    qint64 selectedEvaluation() const;

    const std::unique_ptr<Ui::AgentPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr;
    PageReader* m_agentsReader = nullptr; // the chooser's agents, apart: a refresh must not discard them
    bool m_agentsRead = false;
    std::optional<qint64> m_pendingAgent; // chosen with setAgent() before the agents arrived
    Decision m_mayReveal; // whether the actor may reveal personal data, or why not
    AgentEvaluationsModel* m_evaluationsModel = nullptr;
    QSet<qint64> m_revealedContacts; // revealed and audited: their comments and ids show whole; all else is masked
    QChartView* m_chartView = nullptr;
    TrendAnalysis m_analysis;
    QList<EvaluationSummary> m_evaluations; // the recent ones listed
};

} // namespace qadesk
