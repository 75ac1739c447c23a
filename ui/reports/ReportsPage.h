#pragma once

#include "ReportExporter.h"
#include "model/Organization.h"
#include "reports/ReportBuilder.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ReportsPage;
}

namespace qadesk {

class Database;
class PageReader;

// What managers take to the Monday meeting: choose a report, a period (a month or two dates) and a team or an
// agent; the report is computed in the background and previewed table by table with its charts; export writes it as
// CSV, Excel or PDF in the background, with progress and a Cancel button. The teams and agents to choose from are
// read in the background too.
class ReportsPage final : public QWidget {
    Q_OBJECT

public:
    ReportsPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~ReportsPage() override;

    ReportRequest request() const; // as the controls are set
    void setReport(const QString& id);
    void setMonth(const QDate& day); // the month of `day`
    void setDates(const QDate& from, const QDate& to);
    void setBasis(PeriodBasis basis); // which day dates an evaluation into the period
    void setTeam(qint64 teamId); // 0: all teams
    void setAgent(qint64 agentId); // 0: every agent (of the team)
    void refresh(); // reads the teams and agents and previews the report again, for a workspace that changed

    // The report previewed now; nullopt while computing or when the choices give none (the status line says why).
    const std::optional<Report>& report() const { return m_report; }
    bool isPreviewing() const; // the choices or the report are still being read
    bool isExporting() const { return m_exporting; }

    // Asks for a file (Dialogs::saveFileName) and writes the previewed report there in the background. Returns false
    // when there is nothing to export, an export is running, or no file was chosen.
    bool exportReport(ReportFormat format);
    void cancelExport();

signals:
    void previewed(); // the preview shows a report, or why there is none
    void exported(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct PreviewOutcome {
        std::optional<Report> report;
        QString error;
    };
    struct ExportOutcome {
        std::optional<QStringList> files;
        QString error;
    };

    void fillReports();
    void fillTeams();
    void fillAgents();
    void updatePeriodControls();
    void schedulePreview();
    void startPreview();
    void previewFinished();
    void showTables();
    void exportFinished();
    void updateActions();

    const std::unique_ptr<Ui::ReportsPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr; // the teams and agents
    QList<Team> m_teams; // those the actor may see
    QList<Agent> m_agents; // those the actor may see
    QTimer m_previewTimer; // gathers quick changes of the choices into one preview
    QFutureWatcher<PreviewOutcome> m_previewWatcher;
    QFutureWatcher<ExportOutcome> m_exportWatcher;
    bool m_previewAgain = false; // the choices changed while a preview was computing
    bool m_exporting = false; // from the start of an export until its result is shown
    std::optional<Report> m_report;
};

} // namespace qadesk
