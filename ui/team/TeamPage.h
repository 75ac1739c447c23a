#pragma once

#include "coaching/CoachingEffect.h"
#include "model/Organization.h"
#include "people/Actor.h"
#include "workspace/TeamRoster.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class TeamPage;
}

namespace qadesk {

class Database;
class PageReader;
class SparklineDelegate;
class TeamRosterModel;

// The team lead's view of a month: every active agent with evaluations done against planned, the average, a sparkline
// of the last months against the target and the trend's flags, sortable by any column; and whether the coaching
// sessions of the last three months moved the scores of the items they were about. Read-only; it lists only the teams
// and agents the actor may see (a lead their own teams, an agent themself).
class TeamPage final : public QWidget {
    Q_OBJECT

public:
    TeamPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~TeamPage() override;

    void showMonth(const QDate& day); // any day of the month
    void showTeam(qint64 teamId); // 0: every team
    // Reads the roster and the coaching sessions again from the workspace, in the background when the window has a
    // worker.
    void refresh();
    const TeamRoster& roster() const;
    const QList<SessionEffect>& coachingSessions() const { return m_sessions; } // as listed, newest first

signals:
    void agentActivated(qint64 agentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillTeams(const QList<Team>& teams);
    void showRoster(TeamRoster roster);
    void showCoaching(QList<SessionEffect> sessions, const QHash<qint64, QString>& coaches);

    const std::unique_ptr<Ui::TeamPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr;
    TeamRosterModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    SparklineDelegate* m_sparkline = nullptr;
    QList<SessionEffect> m_sessions;
    QDate m_month;
    qint64 m_teamId = 0;
};

} // namespace qadesk
