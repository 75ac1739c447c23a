#pragma once

#include "disputes/DisputeQueue.h"
#include "disputes/DisputeStats.h"
#include "model/Evaluation.h"
#include "model/Scorecard.h"
#include "people/AccessRules.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class DisputesPage;
}

namespace qadesk {

class Database;
class DisputeListModel;
class PageReader;
class ScorecardFormView;

// Disputes (이의 제기) for QA: the queue of open disputes, oldest first; a review pane with the evaluation as scored
// (the disputed item outlined) and the dispute's reason; uphold, or overturn with changed answers in an editable
// copy of the form (only the disputed item, or any item for a whole-evaluation dispute) while the new score shows
// beside the old one. Both need a note. Overturning creates a revision; the original stays, marked superseded.
// Also the history of resolved disputes, and dispute and overturn rates per evaluator and item for a month. The queue,
// the history, the rates and the evaluation under review are read in the background.
class DisputesPage final : public QWidget {
    Q_OBJECT

public:
    static constexpr int s_historyLimit = 500;

    DisputesPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~DisputesPage() override;

    void refresh(); // queue, history and rates; keeps the selected dispute while it is open, and the status line
    bool selectDispute(qint64 disputeId); // false when it is not in the queue
    const std::optional<DisputeRow>& currentDispute() const { return m_current; }
    ScorecardFormView* originalForm() const { return m_original; }
    ScorecardFormView* revisionForm() const { return m_revision; }
    // The evaluation's answers with the reviewer's changes from the editable copy.
    QList<Answer> revisedAnswers() const;
    bool uphold(); // the "Uphold" button: asks for confirmation
    bool overturn(); // the "Overturn" button: asks for confirmation
    void showRates(const QDate& month); // any day of the month; read in the background
    QString statusText() const;
    // The "Reveal personal data" button: shows the contact id, reason, notes and comment of the dispute under review
    // unmasked, once the reveal of its contact is in the audit log (PersonalDataReveal). False, with the reason in the
    // status line, when it is refused.
    bool revealPersonalData();

signals:
    void evaluationsChanged(); // a dispute was decided: counts and reports read the workspace again

protected:
    void changeEvent(QEvent* event) override;

private:
    void showQueue(const QList<DisputeRow>& open);
    void showHistory(const QList<DisputeRow>& resolved);
    void showRateTables(const QList<EvaluatorDisputeStats>& evaluators, const QList<ItemDisputeStats>& items);
    void showDispute(); // the dispute chosen in the queue: its evaluation is read in the background
    void showReview(); // the review pane for m_current, or what stands in for it
    void showHeading(); // the evaluation and the dispute under review, masked unless revealed
    void updateScore();
    bool readyToDecide(); // a dispute the actor may decide and a note; says what is missing
    void setStatus(const QString& text, bool error = false);
    QString personal(const DisputeRow& dispute, const QString& text) const; // masked unless its contact is revealed
    // The evaluation's answers with their comments masked as personal() masks text, for the forms.
    QList<Answer> shownAnswers(const DisputeRow& dispute) const;

    const std::unique_ptr<Ui::DisputesPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr; // the queue and the history
    PageReader* m_ratesReader = nullptr; // the rates, apart: a month changed must not discard the queue's read
    PageReader* m_reviewReader = nullptr; // the evaluation under review, apart from the queue's read
    bool m_statusIsError = false;
    Decision m_mayDecide; // the actor may uphold or overturn the dispute shown, or why not
    Decision m_mayReveal; // whether the actor may reveal personal data, or why not
    QSet<qint64> m_revealedEvaluations; // their contact was revealed (audited): shown whole; all else is masked
    QList<DisputeRow> m_open;
    DisputeListModel* m_queue = nullptr; // m_open as a table
    QSortFilterProxyModel* m_sortedQueue = nullptr;
    DisputeListModel* m_history = nullptr;
    qint64 m_reviewing = 0; // the dispute chosen in the queue, shown or still being read; 0: none
    std::optional<DisputeRow> m_current; // the dispute shown, once its evaluation arrived
    std::optional<Evaluation> m_evaluation; // the disputed evaluation, with its answers
    ScorecardVersion m_version;
    QList<Answer> m_revisionStart; // what the editable copy showed before any change
    ScorecardFormView* m_original = nullptr; // made once; each dispute sets its version anew
    ScorecardFormView* m_revision = nullptr;
};

} // namespace qadesk
