#pragma once

#include "workspace/Overview.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;

class QChartView;

namespace Ui {
class OverviewPage;
}

namespace qadesk {

class Database;
class PageReader;

// The first screen of a workspace: this month's evaluations done vs planned, average score by team against the
// target, and the agents who need attention, with the reason.
class OverviewPage final : public QWidget {
    Q_OBJECT

public:
    OverviewPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~OverviewPage() override;

    void showMonth(const QDate& day); // any day of the month
    void refresh(); // reads the month again from the workspace, in the background when the window has a worker
    const Overview& overview() const { return m_overview; }

signals:
    void agentActivated(qint64 agentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* addTile(const QString& objectName);
    void showOverview();

    const std::unique_ptr<Ui::OverviewPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr;
    Overview m_overview;
    QDate m_month;
    QChartView* m_chartView = nullptr;
    QList<std::pair<QLabel*, QLabel*>> m_tiles; // value, caption
};

} // namespace qadesk
