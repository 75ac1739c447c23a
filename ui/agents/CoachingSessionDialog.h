#pragma once

#include "people/Actor.h"
#include "model/Coaching.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class CoachingSessionDialog;
}

namespace qadesk {

class Database;

// A 1:1 coaching session (1:1 코칭): focus items (the agent's weakest pre-selected), evaluations to replay together,
// notes, agreed action items with due dates, the agent's acknowledgement or recorded refusal, a follow-up date, and —
// for a session already held — the effect on each focus item's pass rate. Saving is audited under the user.
class CoachingSessionDialog final : public QDialog {
    Q_OBJECT

public:
    // A new session for `agentId` (sessionId empty) or an existing one to follow up.
    CoachingSessionDialog(const Database& database, const Actor& actor, qint64 agentId, std::optional<qint64> sessionId,
                          QWidget* parent = nullptr);
    ~CoachingSessionDialog() override;

    qint64 sessionId() const { return m_session.id; } // 0 until saved
    void addActionItem(const QString& text, const QDate& due); // a row in the table, saved with the session

    void accept() override; // validates and saves; stays open with the reason when it cannot

private:
    // Shows the stored session (or a new one for the agent), replacing whatever the dialog showed.
    void load(qint64 agentId, std::optional<qint64> sessionId);
    void fillFocusItems(const QStringList& checkedKeys);
    void fillEvaluations(const QList<qint64>& checkedIds);
    void fillActionItems();
    void fillEffect();
    CoachingSession collect(QString* error) const;

    const std::unique_ptr<Ui::CoachingSessionDialog> m_ui;
    const Database& m_database;
    const Actor m_actor;
    CoachingSession m_session;
};

} // namespace qadesk
