#pragma once

#include "people/Actor.h"
#include "model/Contact.h"
#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class EvaluationPage;
}

namespace qadesk {

class AutoQaSuggestionsView;
class CallPlayerWidget;
class Database;
class EvaluationQueueModel;
class MetricsFilterWidget;
class PageReader;
class ScorecardFormView;
class TranscriptView;

// Where evaluators spend their day: the queue, the contact (recording or transcript) beside its scorecard, comments
// anchored to moments, running score and critical banner, autosaved drafts, and submit. Live evaluation (no
// recording yet) anchors to a running clock; a recording can be attached later. A submitted evaluation opens
// read-only: it changes only through a dispute or a revision.
class EvaluationPage final : public QWidget {
    Q_OBJECT

public:
    static constexpr int s_autosaveMs = 5000;

    EvaluationPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~EvaluationPage() override; // saves the open draft

    void refreshQueue();
    // Shows the contact with its draft or submitted evaluation, or a clean form stored from the first answer.
    bool openContact(qint64 contactId);
    // Calibration mode: the session's contact with the actor's own blind scoring of it (CalibrationService).
    bool openCalibration(qint64 sessionId);
    bool saveDraft(); // what the autosave timer does
    bool submit(); // asks for confirmation
    void addAnnotation(const QString& text); // at the current moment: player position, live clock or message
    qint64 currentMoment() const; // ms into the contact, for anchors
    const std::optional<Evaluation>& evaluation() const { return m_evaluation; }
    CallPlayerWidget* player() const { return m_player; }
    TranscriptView* transcript() const { return m_transcript; }
    ScorecardFormView* form() const { return m_form; }
    QString statusText() const;
    // A save refused because the evaluation changed elsewhere shows the message with two ways on; until one is taken,
    // nothing is saved.
    bool hasConflict() const { return m_conflicted; }
    bool reloadAfterConflict(); // discards this form and shows the stored evaluation
    bool keepMineAsNewDraft(); // stores this form as a new draft of the same contact

signals:
    void evaluationsChanged(); // an evaluation was submitted: counts and reports read the workspace again
    void calibrationSubmitted(qint64 sessionId); // a calibration scoring was submitted

protected:
    void changeEvent(QEvent* event) override;

private:
    void selectInQueue(qint64 contactId); // 0 or a contact not listed: nothing selected
    void markSubmittedInQueue();
    void retranslate();
    bool present(qint64 contactId, const Evaluation& evaluation); // loads the version, then shows both
    void showEvaluation();
    void showAutoQa();
    void recordAutoQaAgreement();
    void showContactHeader();
    void showLockState(); // the status line: draft, or submitted by whom and when
    void formChanged();
    void updateScore();
    void updateAnnotations();
    void setStatus(const QString& text, bool error = false);
    void showConflict(const QString& message);
    void attachRecording();
    QString recordingPath(); // says why on the page when this desktop cannot find it

    const std::unique_ptr<Ui::EvaluationPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr; // the queue's reads
    std::optional<Contact> m_contact;
    std::optional<Evaluation> m_evaluation;
    ScorecardVersion m_version;
    EvaluationQueueModel* m_queue = nullptr;
    QSortFilterProxyModel* m_sortedQueue = nullptr;
    CallPlayerWidget* m_player = nullptr;
    TranscriptView* m_transcript = nullptr;
    MetricsFilterWidget* m_metricsFilter = nullptr; // the queue's filter on conversation measures
    ScorecardFormView* m_form = nullptr;
    AutoQaSuggestionsView* m_autoQa = nullptr;
    QAction* m_commentAction = nullptr;
    QTimer* m_autosave = nullptr;
    QTimer* m_clockTimer = nullptr;
    QElapsedTimer m_liveClock;
    QElapsedTimer m_openFor; // time spent on the evaluation
    bool m_dirty = false;
    bool m_loading = false;
    bool m_conflicted = false;
};

} // namespace qadesk
