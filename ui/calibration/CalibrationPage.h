#pragma once

#include "people/Actor.h"

#include <QWidget>
#include <memory>
#include <optional>


namespace Ui {
class CalibrationPage;
}

namespace qadesk {

class CalibrationSessionModel;
class Database;
class PageReader;
struct CalibrationReveal;
struct Report;
class ChartView;
class RevealModel;

// Calibration: the sessions, scoring one blind (in the evaluation page), the reveal grid with its spread, the
// discussion notes and answer key, a draft scorecard version from the clarified guidance, and agreement over time.
// Everything it shows or changes goes through CalibrationService, which decides what this actor may see and do.
class CalibrationPage final : public QWidget
{
    Q_OBJECT

public:
    CalibrationPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~CalibrationPage() override;

    void refresh(); // sessions and agreement; keeps the selected session
    bool selectSession(qint64 sessionId);
    qint64 currentSessionId() const; // 0 when none is selected
    void newSession(); // opens the dialog (window-modal); a created session is selected
    void scoreCurrent(); // asks the window to open the session's contact in the evaluation page
    void revealCurrent();
    void saveConclusion(); // the selected item's agreed answer and note
    void createDraftVersion();
    QString statusText() const;
    RevealModel* revealModel() const { return m_reveal; }
    CalibrationSessionModel* sessionModel() const { return m_sessions; }

signals:
    void scoreRequested(qint64 sessionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSessions(qint64 selected); // selects `selected` again, else the first revealed session
    void showSession(int itemRow = -1); // reads its reveal, then selects the reveal's `itemRow` when given
    void showReveal(const CalibrationReveal& reveal, int itemRow);
    void showItem();
    void showAgreement(const std::optional<Report>& report, const QString& error);
    void updateButtons();
    void setStatus(const QString& text, bool error = false);

    const std::unique_ptr<Ui::CalibrationPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr;
    PageReader* m_revealReader = nullptr; // the selected session's reveal
    CalibrationSessionModel* m_sessions = nullptr;
    qint64 m_sessionToSelect = 0; // a session just created, selected once the sessions read in the background arrive
    RevealModel* m_reveal = nullptr;
    ChartView* m_chartView = nullptr;
};

} // namespace qadesk
