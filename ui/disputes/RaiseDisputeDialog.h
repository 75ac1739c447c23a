#pragma once

#include "people/Actor.h"
#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class RaiseDisputeDialog;
}

namespace qadesk {

class Database;

// An agent or team lead disputes a submitted evaluation (이의 제기): the whole of it or one item, chosen with its
// current answer in view, with a reason. The dispute is raised under the current user and lands in the QA queue of
// the Disputes page. Any page can offer it:
//
//     RaiseDisputeDialog dialog(database, actor, evaluationId, this);
//     if (dialog.exec() == QDialog::Accepted) ... dialog.raisedDisputeId() ...
class RaiseDisputeDialog final : public QDialog {
    Q_OBJECT

public:
    RaiseDisputeDialog(const Database& database, const Actor& actor, qint64 evaluationId, QWidget* parent = nullptr);
    ~RaiseDisputeDialog() override;

    qint64 raisedDisputeId() const { return m_raisedDisputeId; } // 0 until a dispute was raised
    // Raises the dispute and closes; stays open saying why (inline) when the reason is missing or the evaluation
    // cannot be disputed now.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showEvaluation();
    void showAnswer();
    void showError(const QString& text);

    const std::unique_ptr<Ui::RaiseDisputeDialog> m_ui;
    const Database& m_database;
    const Actor m_actor;
    const qint64 m_evaluationId;
    qint64 m_raiserId = 0;
    std::optional<Evaluation> m_evaluation;
    ScorecardVersion m_version;
    QString m_contact; // its external id
    QString m_agent;
    QString m_evaluator;
    qint64 m_raisedDisputeId = 0;
};

} // namespace qadesk
