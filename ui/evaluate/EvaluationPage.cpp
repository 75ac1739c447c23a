#include "EvaluationPage.h"

#include "AutoQaSuggestionsView.h"
#include "CallPlayerWidget.h"
#include "EvaluationQueueModel.h"
#include "MetricsFilterWidget.h"
#include "TranscriptView.h"
#include "autoqa/AutoQaStore.h"
#include "calibration/CalibrationService.h"
#include "evaluate/EvaluationQueue.h"
#include "io/PersonalDataMasker.h"
#include "people/AccessRules.h"
#include "people/PersonalDataReveal.h"
#include "scorecards/ScorecardFormView.h"
#include "scoring/ScoringEngine.h"
#include "shell/AppSettings.h"
#include "shell/Dialogs.h"
#include "shell/PageReader.h"
#include "shell/SortedTable.h"
#include "shell/Theme.h"
#include "storage/ConflictError.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/RecordingRoots.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "ui_EvaluationPage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace qadesk {
namespace {

QString clock(qint64 ms)
{
    return QStringLiteral("%1:%2").arg(ms / 60000, 2, 10, QLatin1Char('0')).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

EvaluationPage::EvaluationPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvaluationPage>())
    , m_database(database)
    , m_actor(actor)
    , m_autosave(new QTimer(this))
    , m_clockTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    m_player = new CallPlayerWidget(m_database, this);
    m_transcript = new TranscriptView(this);
    m_transcript->setTimeZone(database.time().zone());
    m_ui->mediaLayout->addWidget(m_player);
    m_ui->mediaLayout->addWidget(m_transcript, 1);
    m_autoQa = new AutoQaSuggestionsView(this);
    m_ui->mediaLayout->addWidget(m_autoQa);
    connect(m_autoQa, &AutoQaSuggestionsView::messageRequested, m_transcript, &TranscriptView::selectMessage);
    connect(m_autoQa, &AutoQaSuggestionsView::seekRequested, m_player, &CallPlayerWidget::seek);
    m_player->hide();
    m_transcript->hide();
    m_form = new ScorecardFormView(m_ui->formScrollArea);
    m_ui->formScrollArea->setWidget(m_form);
    // The form must not move under the evaluator's pointer while the header changes: the score takes two lines
    // whatever it says, the critical banner appears below the form, and the form's scroll bar is always there.
    const QFont scoreFont = theme::font(theme::Text::Heading);
    m_ui->scoreLabel->setFont(scoreFont);
    m_ui->scoreLabel->setFixedHeight(2 * QFontMetrics(scoreFont).lineSpacing() + 2 * m_ui->scoreLabel->margin());
    theme::styleBanner(m_ui->criticalBannerLabel, theme::Colour::Critical);
    theme::style(m_ui->contactLabel, theme::Text::Subheading);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    m_ui->mainSplitter->setStretchFactor(2, 4);
    m_ui->mainSplitter->setSizes({ 380, 520, 520 });

    m_transcript->setRevealAllowed(bool(AccessRules::check(m_actor, Action::RevealPersonalData)));
    // Unmasking is audited first; the transcript stays masked when the audit entry cannot be written.
    connect(m_transcript, &TranscriptView::revealRequested, this, [this] {
        try {
            if (m_contact)
                PersonalDataReveal::reveal(m_database, m_actor, m_contact->id);
        } catch (const AccessDenied& e) {
            m_transcript->setRevealed(false);
            setStatus(e.message(), true);
        } catch (const StorageError& e) {
            m_transcript->setRevealed(false);
            setStatus(e.message(), true);
        }
    });

    // Texts in retranslate().
    for (const auto status : { QueueFilter::Status::NotEvaluated, QueueFilter::Status::AssignedToMe,
                               QueueFilter::Status::MyDraft, QueueFilter::Status::Submitted, QueueFilter::Status::Any })
        m_ui->statusComboBox->addItem(QString(), int(status));
    for (const QString& channel : { QString(), QStringLiteral("call"), QStringLiteral("chat") })
        m_ui->channelComboBox->addItem(QString(), channel);
    m_queue = new EvaluationQueueModel(this);
    QTableView* queue = m_ui->queueTableView;
    // Unsorted until the evaluator clicks a header: the queue's own order puts assigned contacts first.
    m_sortedQueue = showSorted(queue, m_queue, EvaluationQueueModel::SortRole);
    queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    queue->verticalHeader()->setVisible(false);
    queue->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &EvaluationPage::refreshQueue);
    connect(m_ui->channelComboBox, &QComboBox::currentIndexChanged, this, &EvaluationPage::refreshQueue);
    m_metricsFilter = new MetricsFilterWidget(m_ui->queueContainer);
    m_metricsFilter->setObjectName(QStringLiteral("queueMetricsFilterWidget"));
    m_ui->queueLayout->insertWidget(m_ui->queueLayout->indexOf(m_ui->queueTableView), m_metricsFilter);
    connect(m_metricsFilter, &MetricsFilterWidget::filterChanged, this, &EvaluationPage::refreshQueue);
    connect(queue, &QTableView::activated, this,
            [this](const QModelIndex& index) { openContact(index.data(EvaluationQueueModel::ContactIdRole).toLongLong()); });

    connect(m_form, &ScorecardFormView::answersChanged, this, &EvaluationPage::formChanged);
    connect(m_ui->overallCommentPlainTextEdit, &QPlainTextEdit::textChanged, this, &EvaluationPage::formChanged);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &EvaluationPage::submit);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &EvaluationPage::reloadAfterConflict);
    connect(m_ui->keepMineButton, &QPushButton::clicked, this, &EvaluationPage::keepMineAsNewDraft);
    connect(m_ui->addAnnotationButton, &QPushButton::clicked, this, [this] {
        addAnnotation(m_ui->annotationLineEdit->text());
    });
    connect(m_ui->annotationLineEdit, &QLineEdit::returnPressed, this, [this] { addAnnotation(m_ui->annotationLineEdit->text()); });
    connect(m_ui->annotationsListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 position = item->data(Qt::UserRole).toLongLong();
        if (item->data(Qt::UserRole + 1).toInt() > 0)
            m_transcript->selectMessage(item->data(Qt::UserRole + 1).toInt());
        else if (position >= 0)
            m_player->seek(position);
    });
    m_commentAction = new QAction(this);
    m_commentAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_commentAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_commentAction);
    connect(m_commentAction, &QAction::triggered, this, [this] { m_ui->annotationLineEdit->setFocus(); });
    connect(m_ui->liveClockButton, &QPushButton::clicked, this, [this] {
        m_liveClock.start();
        m_clockTimer->start(500);
        m_ui->liveClockButton->setEnabled(false);
    });
    connect(m_clockTimer, &QTimer::timeout, this,
            [this] { m_ui->liveClockLabel->setText(tr("Live: %1").arg(clock(m_liveClock.elapsed()))); });
    connect(m_ui->attachRecordingButton, &QPushButton::clicked, this, &EvaluationPage::attachRecording);
    m_autosave->setInterval(s_autosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &EvaluationPage::saveDraft);
    m_autosave->start();

    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->liveClockButton, m_ui->attachRecordingButton,
                                                             m_ui->liveClockLabel, m_ui->submitButton,
                                                             m_ui->annotationLineEdit, m_ui->addAnnotationButton })
        widget->setVisible(false);
    retranslate();
}

// Everything the page writes itself; the .ui's texts come from retranslateUi().
void EvaluationPage::retranslate()
{
    const QStringList statuses { tr("To evaluate"), tr("Assigned to me"), tr("My drafts"), tr("Evaluated"), tr("All") };
    for (int i = 0; i < statuses.size(); ++i)
        m_ui->statusComboBox->setItemText(i, statuses.at(i));
    const QStringList channels { tr("Calls and chats"), tr("Calls"), tr("Chats") };
    for (int i = 0; i < channels.size(); ++i)
        m_ui->channelComboBox->setItemText(i, channels.at(i));
    m_commentAction->setText(tr("Comment at the current moment"));
    refreshQueue();
    if (!m_evaluation)
        return;
    showContactHeader();
    showLockState();
    updateAnnotations();
    updateScore();
}

EvaluationPage::~EvaluationPage()
{
    saveDraft();
}

void EvaluationPage::refreshQueue()
{
    QueueFilter filter;
    filter.status = QueueFilter::Status(m_ui->statusComboBox->currentData().toInt());
    if (!m_ui->channelComboBox->currentData().toString().isEmpty())
        filter.channel = fromCode<Channel>(m_ui->channelComboBox->currentData().toString());
    filter.metrics = m_metricsFilter->filter();
    // A month back keeps the list to what an evaluator works on, and the query on its time index.
    filter.from = m_database.time().today().addDays(-31);
    const auto show = [this](QList<QueueRow>& rows) {
        m_queue->setRows(std::move(rows), m_database.time());
        m_ui->queueTableView->resizeColumnsToContents();
        // Rows shift as contacts enter and leave the filter: the highlight follows the open contact, never a row
        // number.
        selectInQueue(m_contact ? m_contact->id : 0);
    };
    m_reader->read<QList<QueueRow>>(
        [actor = m_actor, filter](const Database& db) { return EvaluationQueue::rows(db, actor, filter); }, show,
        [this, show](const QString& error) {
            setStatus(error, true);
            QList<QueueRow> none;
            show(none);
        });
}

void EvaluationPage::selectInQueue(qint64 contactId)
{
    QTableView* table = m_ui->queueTableView;
    const QSignalBlocker blocker(table);
    table->clearSelection();
    table->setCurrentIndex({});
    const int row = m_queue->rowOf(contactId);
    if (contactId == 0 || row < 0)
        return;
    const QModelIndex index = m_sortedQueue->mapFromSource(m_queue->index(row, 0));
    table->selectRow(index.row());
    table->scrollTo(index);
}

QString EvaluationPage::recordingPath()
{
    if (!m_contact || !m_contact->recording)
        return {};
    // On a team server the path may be under a recordings root, which this desktop maps to its own folder.
    const auto folders = m_database.dialect() == SqlDialect::PostgreSQL
        ? AppSettings::instance().recordingFolders(m_database.displayName())
        : QHash<QString, QString>();
    try {
        const auto location = RecordingRoots::locate(m_database, m_contact->recording->path, folders);
        if (!location.problem.isEmpty())
            setStatus(location.problem, true);
        return location.path;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return {};
    }
}

bool EvaluationPage::openContact(qint64 contactId)
{
    saveDraft();
    try {
        m_contact = ContactRepository(m_database).find(contactId);
        if (!m_contact) {
            setStatus(tr("Contact %1 does not exist.").arg(contactId), true);
            return false;
        }
        EvaluationRepository evaluations(m_database);
        ScorecardRepository scorecards(m_database);
        std::optional<Evaluation> evaluation;
        if (const auto draft = evaluations.draftFor(contactId, m_actor.userId)) {
            evaluation = evaluations.find(*draft);
        } else {
            for (const auto& header : evaluations.forContact(contactId)) {
                if (header.submittedAt.isValid() && !header.superseded && header.kind != EvaluationKind::Calibration) {
                    evaluation = evaluations.find(header.id);
                    break;
                }
            }
        }
        if (!evaluation) {
            const auto version = scorecards.currentFor(m_contact->channel);
            if (!version) {
                setStatus(tr("No published scorecard for %1 contacts: publish one on the Scorecards page.")
                              .arg(toCode(m_contact->channel)),
                          true);
                return false;
            }
            // Not stored yet: the draft is created with the first answer (saveDraft), so merely looking at a
            // contact leaves no trace in the queue, the counts or the audit log.
            Evaluation fresh;
            fresh.contactId = contactId;
            fresh.scorecardVersionId = version->id;
            fresh.evaluatorId = m_actor.userId;
            fresh.kind = m_contact->channel == Channel::Call && !m_contact->recording ? EvaluationKind::Live
                                                                                      : EvaluationKind::Regular;
            evaluation = fresh;
        }
        return present(contactId, *evaluation);
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
}

bool EvaluationPage::openCalibration(qint64 sessionId)
{
    saveDraft();
    try {
        const Evaluation scoring = CalibrationService(m_database, m_actor).myScoring(sessionId);
        m_contact = ContactRepository(m_database).find(scoring.contactId);
        if (!m_contact) {
            setStatus(tr("Contact %1 does not exist.").arg(scoring.contactId), true);
            return false;
        }
        if (!present(scoring.contactId, scoring))
            return false;
    } catch (const AccessDenied& e) {
        setStatus(e.message(), true);
        return false;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
    return true;
}

bool EvaluationPage::present(qint64 contactId, const Evaluation& evaluation)
{
    m_conflicted = false;
    m_ui->conflictFrame->setVisible(false);
    m_evaluation = evaluation;
    m_version = *ScorecardRepository(m_database).version(m_evaluation->scorecardVersionId);
    m_openFor.start();
    showEvaluation();
    selectInQueue(contactId);
    return true;
}

void EvaluationPage::showEvaluation()
{
    m_loading = true;
    const Contact& c = *m_contact;
    showContactHeader();
    const bool call = c.channel == Channel::Call;
    m_player->setVisible(call && c.recording.has_value());
    m_transcript->setVisible(!call);
    const bool live = call && !c.recording;
    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->liveClockButton, m_ui->attachRecordingButton, m_ui->liveClockLabel })
        widget->setVisible(live);
    if (call && c.recording)
        m_player->setRecording(c.id, recordingPath(), *c.recording);
    else
        m_player->clearRecording();
    if (!call) {
        m_transcript->setRevealed(false); // each contact's reveal is audited on its own
        m_transcript->setMessages(c.messages);
    }

    showAutoQa();
    m_form->setVersion(m_version);
    m_form->setAnswers(m_evaluation->answers);
    const bool draft = m_evaluation->status == EvaluationStatus::Draft;
    // A role that may not evaluate reads the form; the disabled buttons say why.
    const Decision mayEvaluate = AccessRules::check(m_actor, Action::Evaluate);
    const bool locked = !draft || !mayEvaluate;
    m_form->setReadOnly(locked);
    m_ui->overallCommentPlainTextEdit->setPlainText(m_evaluation->overallComment);
    m_ui->overallCommentPlainTextEdit->setReadOnly(locked);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->submitButton, m_ui->annotationLineEdit, m_ui->addAnnotationButton }) {
        widget->setVisible(draft);
        widget->setEnabled(bool(mayEvaluate));
        widget->setToolTip(mayEvaluate.reason);
    }
    showLockState();
    m_dirty = false;
    m_loading = false;
    updateAnnotations();
    updateScore();
}

void EvaluationPage::showContactHeader()
{
    const Contact& c = *m_contact;
    QString agent;
    try {
        if (const auto a = AgentRepository(m_database).find(c.agentId))
            agent = a->name;
    } catch (const StorageError&) {
        // The header goes without the name; the evaluation itself is unaffected.
    }
    m_ui->contactLabel->setText(tr("<b>%1</b> · %2 · %3 · %4 · %5")
                                    .arg(c.externalId.toHtmlEscaped(), agent.toHtmlEscaped(),
                                         QLocale().toString(m_database.time().toCentre(c.startedAt), QLocale::ShortFormat),
                                         c.queue.toHtmlEscaped(), clock(c.durationSeconds * 1000)));
    if (!m_clockTimer->isActive())
        m_ui->liveClockLabel->setText(
            tr("No recording yet: live evaluation. Start the clock to anchor comments to it."));
}

void EvaluationPage::showLockState()
{
    const auto shown = [this](const QDateTime& at) {
        return QLocale().toString(m_database.time().toCentre(at), QLocale::ShortFormat);
    };
    if (const Decision mayEvaluate = AccessRules::check(m_actor, Action::Evaluate);
        m_evaluation->status == EvaluationStatus::Draft && !mayEvaluate)
        setStatus(mayEvaluate.reason, true);
    else if (m_evaluation->kind == EvaluationKind::Calibration && m_evaluation->status == EvaluationStatus::Draft)
        setStatus(tr("Calibration: you score blind. The others' answers show on the Calibration page after the "
                     "reveal; this scoring never counts in the agent's scores."));
    else if (m_evaluation->kind == EvaluationKind::Calibration)
        setStatus(tr("Calibration scoring submitted by %1 on %2. It never counts in the agent's scores.")
                      .arg(m_evaluation->submittedBy, shown(m_evaluation->submittedAt)));
    else if (m_evaluation->status == EvaluationStatus::Draft)
        setStatus(tr("Draft, saved every few seconds."));
    else if (!m_evaluation->revisedBy.isEmpty())
        setStatus(tr("Submitted by %1 on %2, revised by %3 on %4: %5")
                      .arg(m_evaluation->submittedBy, shown(m_evaluation->submittedAt), m_evaluation->revisedBy,
                           shown(m_evaluation->revisedAt), m_evaluation->revisionNote));
    else
        setStatus(tr("Submitted by %1 on %2. It changes only through a dispute or a revision.")
                      .arg(m_evaluation->submittedBy, shown(m_evaluation->submittedAt)));
}

void EvaluationPage::formChanged()
{
    if (m_loading || !m_evaluation || m_evaluation->status != EvaluationStatus::Draft)
        return;
    m_evaluation->answers = m_form->answers();
    m_autoQa->setAnswers(m_evaluation->answers);
    m_evaluation->overallComment = m_ui->overallCommentPlainTextEdit->toPlainText();
    m_dirty = true;
    if (m_evaluation->id == 0)
        saveDraft(); // the first answer starts the draft at once, so the queue and the counts show it
    updateScore();
}

void EvaluationPage::updateScore()
{
    if (!m_evaluation)
        return;
    const ScoreResult result = m_evaluation->status == EvaluationStatus::Draft
        ? scoreEvaluation(m_version, m_evaluation->answers)
        : ScoreResult { m_evaluation->score, m_evaluation->rawScore, m_evaluation->criticalFailed };
    const auto points = [](const std::optional<double>& value) {
        return value ? QLocale().toString(*value * 100.0, 'f', 1) : QStringLiteral("—");
    };
    m_ui->scoreLabel->setText(tr("Score %1 (raw %2) · %3 of %4 items answered")
                                  .arg(points(result.score), points(result.rawScore))
                                  .arg(m_version.itemCount() - int(result.unanswered.size()))
                                  .arg(m_version.itemCount()));
    m_ui->criticalBannerLabel->setVisible(result.criticalFailed);
    m_ui->criticalBannerLabel->setText(result.evaluationCriticalFailed
                                           ? tr("A critical item failed: this evaluation scores 0.")
                                           : tr("A critical item failed: its section scores 0."));
}

qint64 EvaluationPage::currentMoment() const
{
    if (m_player->isVisible())
        return m_player->position();
    return m_liveClock.isValid() ? m_liveClock.elapsed() : 0;
}

void EvaluationPage::addAnnotation(const QString& text)
{
    if (!m_evaluation || m_evaluation->status != EvaluationStatus::Draft || text.trimmed().isEmpty())
        return;
    Annotation annotation;
    annotation.text = text.trimmed();
    annotation.author = m_actor.login;
    annotation.createdAt = m_database.time().now();
    if (m_contact->channel == Channel::Call)
        annotation.anchor.positionMs = currentMoment();
    else if (m_transcript->selectedMessage() > 0)
        annotation.anchor.messageSequence = m_transcript->selectedMessage();
    m_evaluation->annotations << annotation;
    m_ui->annotationLineEdit->clear();
    m_dirty = true;
    updateAnnotations();
    saveDraft();
}

void EvaluationPage::updateAnnotations()
{
    m_ui->annotationsListWidget->clear();
    QList<MarkerStrip::Marker> markers;
    if (!m_evaluation)
        return;
    for (const auto& note : m_evaluation->annotations) {
        const QString where = note.anchor.positionMs ? clock(*note.anchor.positionMs)
            : note.anchor.messageSequence       ? tr("message %1").arg(*note.anchor.messageSequence)
                                                : QStringLiteral("—");
        auto* item = new QListWidgetItem(QStringLiteral("[%1] %2").arg(where, PersonalDataMasker::maskUnless(m_transcript->isRevealed(), note.text)), m_ui->annotationsListWidget);
        item->setData(Qt::UserRole, note.anchor.positionMs.value_or(-1));
        item->setData(Qt::UserRole + 1, note.anchor.messageSequence.value_or(0));
        if (note.anchor.positionMs)
            markers << MarkerStrip::Marker { *note.anchor.positionMs, note.text, theme::colour(theme::Colour::Accent) };
    }
    for (const auto& answer : m_evaluation->answers) {
        if (answer.anchor.positionMs)
            markers << MarkerStrip::Marker { *answer.anchor.positionMs,
                                             answer.itemKey + QStringLiteral(": ") + answer.comment,
                                             theme::colour(theme::Colour::Bad) };
    }
    m_player->setMarkers(markers);
}

bool EvaluationPage::saveDraft()
{
    if (m_conflicted)
        return false; // the evaluator chooses first: reload, or keep this form as a new draft
    if (!m_evaluation || !m_dirty || m_evaluation->status != EvaluationStatus::Draft)
        return true;
    try {
        m_evaluation->secondsSpent += int(m_openFor.restart() / 1000);
        EvaluationRepository evaluations(m_database);
        if (m_evaluation->id == 0)
            m_evaluation->id = evaluations.createDraft(*m_evaluation, m_actor.login);
        else
            m_evaluation->rowVersion = evaluations.saveDraft(*m_evaluation);
        m_dirty = false;
        setStatus(tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        return true;
    } catch (const ConflictError& e) {
        showConflict(e.message());
        return false;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
}

bool EvaluationPage::submit()
{
    if (!m_evaluation || m_evaluation->status != EvaluationStatus::Draft)
        return false;
    if (const Decision mayEvaluate = AccessRules::check(m_actor, Action::Evaluate); !mayEvaluate) {
        setStatus(mayEvaluate.reason, true);
        return false;
    }
    const ScoreResult result = scoreEvaluation(m_version, m_evaluation->answers);
    m_form->highlight(result.unanswered + result.missingComments);
    if (!result.unanswered.isEmpty() || !result.missingComments.isEmpty()) {
        setStatus(tr("Not submitted: %1 item(s) need an answer and %2 failed item(s) need a comment (outlined in red).")
                      .arg(result.unanswered.size())
                      .arg(result.missingComments.size()),
                  true);
        return false;
    }
    if (Dialogs::question(this, tr("Submit evaluation"),
                          tr("Submit this evaluation? It will be locked and can then change only through a dispute or "
                             "a revision."),
                          QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    if (m_evaluation->id == 0)
        m_dirty = true; // answered only by the auto-QA pre-selection, which the evaluator now confirms
    if (!saveDraft())
        return false;
    try {
        EvaluationRepository evaluations(m_database);
        evaluations.submit(m_evaluation->id, m_actor.login);
        m_evaluation = evaluations.find(m_evaluation->id);
    } catch (const ConflictError& e) {
        showConflict(e.message());
        return false;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
    recordAutoQaAgreement();
    showEvaluation();
    markSubmittedInQueue();
    emit evaluationsChanged();
    if (m_evaluation->kind == EvaluationKind::Calibration)
        emit calibrationSubmitted(m_evaluation->calibrationSessionId);
    return true;
}

// The auto-QA suggestions for the contact: shown beside the form and, on an evaluation not yet started, pre-selected
// for the evaluator to confirm or change. Calibration scorings are blind, so they get none.
void EvaluationPage::showAutoQa()
{
    QList<AutoQaSuggestion> suggestions;
    if (m_evaluation->kind != EvaluationKind::Calibration) {
        try {
            suggestions = AutoQaStore(m_database).suggestions(m_contact->id, m_version.id);
        } catch (const StorageError&) {
            // Suggestions are a help: without them the evaluator scores as before.
        }
    }
    if (m_evaluation->id == 0 && m_evaluation->status == EvaluationStatus::Draft)
        m_evaluation->answers = AutoQaSuggestionsView::preselected(m_evaluation->answers, suggestions);
    m_autoQa->setSuggestions(m_version, suggestions);
    m_autoQa->setAnswers(m_evaluation->answers);
}

// Whether each submitted answer agreed with its suggestion, for the coverage view's agreement figures.
void EvaluationPage::recordAutoQaAgreement()
{
    try {
        AutoQaStore(m_database).recordAgreement(*m_evaluation);
    } catch (const StorageError&) {
        // The evaluation is submitted either way; only the agreement figure misses this one.
    }
}

// The submitted contact stays in the queue, selected and marked evaluated, until the evaluator refreshes or changes
// the filter: a row vanishing under the pointer would hand the highlight to another contact.
void EvaluationPage::markSubmittedInQueue()
{
    m_queue->markSubmitted(m_contact->id);
    selectInQueue(m_contact->id);
}

void EvaluationPage::attachRecording()
{
    if (!m_contact)
        return;
    const QString path = Dialogs::openFileName(this, tr("Attach recording"), tr("Recordings (*.wav *.mp3 *.ogg *.opus *.m4a)"));
    if (path.isEmpty())
        return;
    const QDir folder(m_database.folder());
    const QString stored = !m_database.folder().isEmpty() && QFileInfo(path).absoluteFilePath().startsWith(folder.absolutePath())
        ? folder.relativeFilePath(path)
        : QFileInfo(path).absoluteFilePath();
    try {
        ContactRepository(m_database).attachRecording(m_contact->id, Recording { stored, 0, 2, 0 });
        m_contact = ContactRepository(m_database).find(m_contact->id);
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return;
    }
    m_loading = true;
    showEvaluation();
}

void EvaluationPage::showConflict(const QString& message)
{
    m_conflicted = true;
    m_ui->conflictLabel->setText(message);
    theme::style(m_ui->conflictLabel, theme::Colour::Bad);
    m_ui->conflictFrame->setVisible(true);
    setStatus(tr("Not saved."), true);
}

bool EvaluationPage::reloadAfterConflict()
{
    if (!m_conflicted || !m_evaluation)
        return false;
    m_conflicted = false;
    m_dirty = false;
    return m_evaluation->kind == EvaluationKind::Calibration ? openCalibration(m_evaluation->calibrationSessionId)
                                                             : openContact(m_evaluation->contactId);
}

bool EvaluationPage::keepMineAsNewDraft()
{
    if (!m_conflicted || !m_evaluation)
        return false;
    try {
        EvaluationRepository evaluations(m_database);
        m_evaluation->secondsSpent += int(m_openFor.restart() / 1000);
        const qint64 conflicting = m_evaluation->id;
        const qint64 kept = evaluations.keepAsNewDraft(*m_evaluation, m_actor.login);
        m_evaluation = evaluations.find(kept);
        m_conflicted = false;
        m_dirty = false;
        m_ui->conflictFrame->setVisible(false);
        setStatus(tr("Your form is kept as a new draft; the changed draft %1 stays as the other desktop saved it.")
                      .arg(conflicting));
        return true;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
}

void EvaluationPage::setStatus(const QString& text, bool error)
{
    m_ui->saveStatusLabel->setText(text);
    theme::style(m_ui->saveStatusLabel, error ? theme::Colour::Bad : theme::Colour::Muted);
}

QString EvaluationPage::statusText() const
{
    return m_ui->saveStatusLabel->text();
}

void EvaluationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this); // resets the contact header to its placeholder: retranslate() writes it again
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace qadesk
