#include "DisputesPage.h"
#include "DisputeListModel.h"

#include "ScoreText.h"
#include "io/PersonalDataMasker.h"
#include "people/PersonalDataReveal.h"
#include "shell/ActionFailure.h"
#include "people/AccessRules.h"
#include "scorecards/ScorecardFormView.h"
#include "scoring/ScoringEngine.h"
#include "shell/Dialogs.h"
#include "shell/PageReader.h"
#include "shell/SortedTable.h"
#include "shell/Theme.h"
#include "storage/ConflictError.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "ui_DisputesPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace qadesk {
namespace {

constexpr int s_maxColumnWidth = 170; // leaves the stretched column (reason, note) room to be read

void prepareTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
}

// Fills one row; the columns from `firstNumber` on hold numbers and align right. Long texts show whole as a tooltip.
void setCells(QTableWidget* table, int row, const QStringList& cells, int firstNumber)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* cell = new QTableWidgetItem(cells.at(c));
        cell->setToolTip(cells.at(c));
        if (c >= firstNumber)
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, cell);
    }
}

// Columns fit their content up to a limit; the `stretched` ones share the remaining width, so on a narrow pane two
// long texts (what is disputed and why) each keep a readable share instead of one squeezing the other out of sight.
void fitColumns(QTableView* table, const QList<int>& stretched)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), s_maxColumnWidth));
    for (const int column : stretched)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

QStringList countHeaders()
{
    return { DisputesPage::tr("Evaluations"), DisputesPage::tr("Disputes"),   DisputesPage::tr("Dispute rate"),
             DisputesPage::tr("Resolved"),    DisputesPage::tr("Overturned"), DisputesPage::tr("Overturn rate") };
}

QStringList countCells(const DisputeCounts& counts)
{
    const QLocale locale;
    const auto rate = [&locale](const std::optional<double>& value) {
        return value ? locale.toString(*value * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
    };
    return { locale.toString(counts.evaluations), locale.toString(counts.disputes),   rate(counts.disputeRate),
             locale.toString(counts.resolved),    locale.toString(counts.overturned), rate(counts.overturnRate) };
}

// An item dispute can change only that item: the editable copy holds it alone, in its section.
ScorecardVersion editableVersion(const ScorecardVersion& version, const QString& itemKey)
{
    if (itemKey.isEmpty())
        return version;
    ScorecardVersion only = version;
    only.sections.clear();
    for (const auto& section : version.sections) {
        for (const auto& item : section.items) {
            if (item.key == itemKey) {
                ScorecardSection alone = section;
                alone.items = { item };
                only.sections << alone;
            }
        }
    }
    return only;
}

} // namespace

DisputesPage::DisputesPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DisputesPage>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    m_ratesReader = new PageReader(m_database, this);
    m_reviewReader = new PageReader(m_database, this);
    theme::style(m_ui->titleLabel, theme::Text::Title);
    theme::style(m_ui->evaluationLabel, theme::Text::Subheading);
    theme::style(m_ui->evaluatorCommentLabel, theme::Text::Small, theme::Colour::Muted);
    theme::styleCallout(m_ui->disputeLabel, theme::Colour::Warning);
    theme::style(m_ui->scoreLabel, theme::Text::Subheading);
    theme::style(m_ui->noteErrorLabel, theme::Colour::Bad);
    theme::style(m_ui->ratesExplanationLabel, theme::Colour::Muted);
    for (QLabel* label : { m_ui->evaluatorRatesLabel, m_ui->itemRatesLabel }) {
        QFont strong = label->font();
        strong.setWeight(QFont::DemiBold);
        label->setFont(strong);
        label->setContentsMargins(0, 8, 0, 0);
    }
    m_ui->queueSplitter->setStretchFactor(0, 2);
    m_ui->queueSplitter->setStretchFactor(1, 3);
    m_ui->queueSplitter->setSizes({ 640, 760 });
    m_queue = new DisputeListModel(DisputeListModel::Kind::Open, this);
    m_history = new DisputeListModel(DisputeListModel::Kind::Resolved, this);
    // As read until a header is clicked: the oldest open dispute first, the latest resolved one first.
    m_sortedQueue = showSorted(m_ui->queueTableView, m_queue, DisputeListModel::SortRole);
    showSorted(m_ui->historyTableView, m_history, DisputeListModel::SortRole);
    for (QTableView* table : std::initializer_list<QTableView*> { m_ui->queueTableView, m_ui->historyTableView,
                                                                  m_ui->evaluatorRatesTableWidget, m_ui->itemRatesTableWidget })
        prepareTable(table);

    m_mayReveal = AccessRules::check(m_actor, Action::RevealPersonalData);

    m_original = new ScorecardFormView(m_ui->originalScrollArea);
    m_ui->originalScrollArea->setWidget(m_original);
    m_revision = new ScorecardFormView(m_ui->revisionScrollArea);
    m_ui->revisionScrollArea->setWidget(m_revision);
    connect(m_revision, &ScorecardFormView::answersChanged, this, [this] {
        setStatus({}); // a "change an answer first" no longer applies
        updateScore();
    });

    connect(m_ui->queueTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DisputesPage::showDispute);
    connect(m_ui->revealPersonalDataButton, &QPushButton::clicked, this, &DisputesPage::revealPersonalData);
    connect(m_ui->upholdButton, &QPushButton::clicked, this, &DisputesPage::uphold);
    connect(m_ui->overturnButton, &QPushButton::clicked, this, &DisputesPage::overturn);
    connect(m_ui->notePlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_ui->notePlainTextEdit->toPlainText().trimmed().isEmpty())
            m_ui->noteErrorLabel->hide();
    });
    m_ui->monthDateEdit->setDate(m_database.time().today());
    connect(m_ui->monthDateEdit, &QDateEdit::dateChanged, this, &DisputesPage::showRates);
    connect(m_ui->disputesTabWidget, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->disputesTabWidget->currentWidget() == m_ui->ratesTab)
            showRates(m_ui->monthDateEdit->date());
    });
    refresh();
    showDispute(); // while the queue is read in the background, nothing is under review
}

DisputesPage::~DisputesPage() = default;

void DisputesPage::refresh()
{
    struct Read {
        QList<DisputeRow> open;
        QList<DisputeRow> resolved;
    };
    m_reader->read<Read>(
        [actor = m_actor](const Database& db) {
            return Read { DisputeQueue::open(db, actor), DisputeQueue::resolved(db, actor, s_historyLimit) };
        },
        [this](Read& r) {
            const qint64 selected = m_reviewing;
            const auto selectedRows = m_ui->queueTableView->selectionModel()->selectedRows();
            const int previousRow = selectedRows.isEmpty() ? 0 : selectedRows.first().row();
            // What the last decision or refusal said still applies, whichever dispute comes up next.
            const QString status = statusText();
            const bool statusIsError = m_statusIsError;
            showQueue(r.open);
            // The same dispute while it is open; once resolved, the one that took its place, so review flows on.
            if (!selectDispute(selected)) {
                if (m_open.isEmpty())
                    showDispute();
                else
                    m_ui->queueTableView->selectRow(std::min(previousRow, int(m_open.size()) - 1));
            }
            if (!status.isEmpty())
                setStatus(status, statusIsError);
            showHistory(r.resolved);
        },
        [this](const QString& error) { setStatus(error, true); });
    // The rates read a month of evaluations and answers: only when they are in view.
    if (m_ui->disputesTabWidget->currentWidget() == m_ui->ratesTab)
        showRates(m_ui->monthDateEdit->date());
}

void DisputesPage::showQueue(const QList<DisputeRow>& open)
{
    m_open = open;
    {
        // A reset drops the selection without a signal, so selecting a row afterwards always shows it.
        const QSignalBlocker blocker(m_ui->queueTableView->selectionModel());
        m_queue->setRows(m_open, m_revealedEvaluations, m_database.time());
    }
    fitColumns(m_ui->queueTableView, { DisputeListModel::DisputedColumn, DisputeListModel::ReasonColumn });
    m_ui->queueLabel->setText(m_open.isEmpty() ? tr("No open disputes.")
                                               : tr("%n open dispute(s), oldest first", nullptr, int(m_open.size())));
}

bool DisputesPage::selectDispute(qint64 disputeId)
{
    const int row = m_queue->rowOf(disputeId);
    if (row < 0)
        return false;
    m_ui->queueTableView->selectRow(m_sortedQueue->mapFromSource(m_queue->index(row, 0)).row());
    return true;
}

void DisputesPage::showDispute()
{
    const auto rows = m_ui->queueTableView->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : m_sortedQueue->mapToSource(rows.first()).row(); // m_open's order
    const std::optional<DisputeRow> chosen
        = row >= 0 && row < m_open.size() ? std::optional(m_open.at(row)) : std::nullopt;
    if (chosen && chosen->id == m_reviewing) {
        if (m_current)
            m_current = chosen; // still open after a refresh: keep the reviewer's changes
        return; // shown, or its evaluation is on its way
    }
    m_reviewing = chosen ? chosen->id : 0;
    m_current.reset();
    m_evaluation.reset();
    m_revisionStart.clear();
    setStatus({});
    m_ui->notePlainTextEdit->clear();
    m_ui->noteErrorLabel->hide();
    showReview();
    if (!chosen)
        return;
    // The evaluation, its scorecard version and who raised the dispute come from the worker; a result for a dispute
    // no longer chosen is dropped.
    struct Review {
        std::optional<Evaluation> evaluation;
        ScorecardVersion version;
        qint64 raisedBy = 0;
    };
    m_reviewReader->read<Review>(
        [evaluationId = chosen->evaluationId, disputeId = chosen->id](const Database& db) {
            Review review;
            review.evaluation = EvaluationRepository(db).find(evaluationId);
            if (review.evaluation)
                review.version
                    = ScorecardRepository(db).version(review.evaluation->scorecardVersionId).value_or(ScorecardVersion {});
            if (const auto dispute = DisputeRepository(db).find(disputeId))
                review.raisedBy = dispute->raisedBy;
            return review;
        },
        [this, dispute = *chosen](Review& review) {
            if (dispute.id != m_reviewing)
                return;
            if (!review.evaluation) {
                m_reviewing = 0;
                showReview();
                return;
            }
            m_evaluation = std::move(review.evaluation);
            m_version = std::move(review.version);
            m_current = dispute;
            // Nobody decides on their own evaluation or on a dispute they raised: core's rule, in core's words.
            m_mayDecide = AccessRules::check(m_actor, Action::DecideDispute,
                                             Subject { m_evaluation->agentId, m_evaluation->teamId,
                                                       m_evaluation->evaluatorId, review.raisedBy });
            showReview();
        },
        [this, disputeId = chosen->id](const QString& error) {
            if (disputeId != m_reviewing)
                return;
            m_reviewing = 0;
            showReview();
            setStatus(error, true);
        });
}

void DisputesPage::showReview()
{
    const bool reviewing = m_current.has_value();
    if (!reviewing)
        m_mayDecide = AccessRules::check(m_actor, Action::DecideDispute);
    for (QPushButton* button : { m_ui->upholdButton, m_ui->overturnButton }) {
        button->setEnabled(bool(m_mayDecide));
        button->setToolTip(m_mayDecide.reason);
    }
    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->evaluatorCommentLabel, m_ui->disputeLabel,
                                                             m_ui->reviewTabWidget, m_ui->scoreLabel,
                                                             m_ui->notePlainTextEdit, m_ui->upholdButton,
                                                             m_ui->overturnButton, m_ui->revealPersonalDataButton })
        widget->setVisible(reviewing);
    if (!reviewing) {
        // Nothing of the previous dispute lingers in the hidden forms; their widgets stay for the next dispute, which
        // is most often on the same scorecard version.
        m_original->clearAnswers();
        m_revision->clearAnswers();
        m_ui->scoreLabel->clear();
        m_ui->evaluationLabel->setText(m_reviewing != 0 ? tr("Reading the disputed evaluation…")
                                           : m_open.isEmpty() && !m_reader->isReading()
                                           ? tr("Nothing to review: no dispute is open.")
                                           : tr("Choose a dispute in the queue to review it."));
        return;
    }

    showHeading();
    const DisputeRow& dispute = *m_current;
    m_original->setVersion(m_version);
    m_original->setAnswers(shownAnswers(dispute));
    m_original->setReadOnly(true);
    if (!dispute.itemKey.isEmpty()) {
        // highlight() also moves the focus to the item, which suits an evaluator answering; a reviewer stays where
        // they were (in the queue, going through it with the arrow keys).
        QWidget* focus = QApplication::focusWidget();
        m_original->highlight({ dispute.itemKey });
        if (focus)
            focus->setFocus();
        // Scrolled to once the new form has its geometry.
        QTimer::singleShot(0, m_original, [form = m_original, area = m_ui->originalScrollArea, key = dispute.itemKey] {
            if (QWidget* item = form->itemRow(key))
                area->ensureWidgetVisible(item, 0, 40);
        });
    }
    m_revision->setVersion(editableVersion(m_version, dispute.itemKey));
    m_revision->setAnswers(shownAnswers(dispute));
    m_revisionStart = m_revision->answers();
    m_ui->revisionHintLabel->setText(dispute.itemKey.isEmpty()
                                         ? tr("The whole evaluation is disputed: change every answer that should be different.")
                                         : tr("Only the disputed item can change. Choose the answer it should have had."));
    m_ui->reviewTabWidget->setCurrentWidget(m_ui->originalTab);
    updateScore();
}

void DisputesPage::showHeading()
{
    const DisputeRow& dispute = *m_current;
    m_ui->evaluationLabel->setText(
        tr("<b>%1</b> · agent %2 · evaluated by %3 on %4")
            .arg(personal(dispute, dispute.contact).toHtmlEscaped(), dispute.agent.toHtmlEscaped(),
                 dispute.evaluator.toHtmlEscaped(),
                 QLocale().toString(m_database.time().dateOf(m_evaluation->submittedAt), QLocale::ShortFormat)));
    // The comment and the callout are plain-text labels (so in the form): laying out rich text again for each
    // dispute stalled the window.
    m_ui->evaluatorCommentLabel->setText(
        m_evaluation->overallComment.isEmpty()
            ? QString()
            : tr("Evaluator's comment: %1").arg(personal(dispute, m_evaluation->overallComment)));
    m_ui->evaluatorCommentLabel->setVisible(!m_evaluation->overallComment.isEmpty());
    const qint64 age = m_database.time().dateOf(dispute.raisedAt).daysTo(m_database.time().today());
    m_ui->disputeLabel->setText(
        QStringLiteral("%1\n%2\n%3")
            .arg(tr("Disputed: %1").arg(DisputeListModel::disputedText(dispute)),
                 tr("Raised by %1 on %2 (%3)")
                     .arg(dispute.raisedBy,
                          QLocale().toString(m_database.time().toCentre(dispute.raisedAt), QLocale::ShortFormat),
                          age == 0 ? tr("today") : tr("%n day(s) ago", nullptr, int(age))),
                 tr("Reason: %1").arg(personal(dispute, dispute.reason))));

    const bool revealed = m_revealedEvaluations.contains(dispute.evaluationId);
    m_ui->revealPersonalDataButton->setEnabled(m_mayReveal && !revealed);
    m_ui->revealPersonalDataButton->setToolTip(
        m_mayReveal ? tr("Shows this contact's card, resident registration and phone numbers and e-mail addresses "
                         "unmasked; the audit log records who revealed which contact, and when")
                    : m_mayReveal.reason);
}

bool DisputesPage::revealPersonalData()
{
    if (!m_current || !m_evaluation)
        return false;
    if (const auto failure
        = failureOf([this] { PersonalDataReveal::reveal(m_database, m_actor, m_evaluation->contactId); })) {
        setStatus(*failure, true);
        return false;
    }
    m_revealedEvaluations.insert(m_current->evaluationId);
    showHeading();
    m_original->setAnswers(shownAnswers(*m_current)); // the revision keeps the reviewer's changes, masked as shown
    m_queue->setRevealed(m_revealedEvaluations); // the same dispute stays selected: the reviewer's changes stay
    m_history->setRevealed(m_revealedEvaluations);
    return true;
}

QList<Answer> DisputesPage::revisedAnswers() const
{
    QList<Answer> answers = m_evaluation ? m_evaluation->answers : QList<Answer> {};
    if (!m_revision)
        return answers;
    for (const Answer& changed : m_revision->answers()) {
        const auto same = std::find_if(answers.begin(), answers.end(),
                                       [&changed](const Answer& a) { return a.itemKey == changed.itemKey; });
        if (same != answers.end()) {
            // A comment left as the form showed it, masked, is the stored comment: masking must never rewrite it.
            const QString stored = same->comment;
            *same = changed;
            if (changed.comment == PersonalDataMasker::mask(stored))
                same->comment = stored;
        } else
            answers << changed;
    }
    return answers;
}

void DisputesPage::updateScore()
{
    if (!m_evaluation) {
        m_ui->scoreLabel->clear();
        return;
    }
    QString text = tr("Score as submitted: <b>%1</b>").arg(scoreText(m_evaluation->score));
    if (m_revision->answers() == m_revisionStart) {
        text += QStringLiteral(" · <span style='color: %1;'>%2</span>")
                    .arg(theme::css(theme::Colour::Muted))
                    .arg(tr("to overturn, change the answer under \"%1\"").arg(m_ui->reviewTabWidget->tabText(1)));
    } else {
        const ScoreResult result = scoreEvaluation(m_version, revisedAnswers());
        text += QStringLiteral(" → ") + tr("with your changes: <b>%1</b>").arg(scoreText(result.score));
        QStringList missing;
        for (const QString& key : result.missingComments)
            missing << (m_version.findItem(key) ? m_version.findItem(key)->question : key);
        if (!missing.isEmpty())
            text += QStringLiteral("<br><span style='color: %1;'>%2</span>")
                        .arg(theme::css(theme::Colour::Bad))
                        .arg(tr("A failed item needs a comment: %1")
                                 .arg(missing.join(QStringLiteral("; ")).toHtmlEscaped()));
    }
    m_ui->scoreLabel->setText(text);
}

bool DisputesPage::readyToDecide()
{
    if (!m_current)
        return false;
    if (!m_mayDecide) {
        setStatus(m_mayDecide.reason, true);
        return false;
    }
    if (m_ui->notePlainTextEdit->toPlainText().trimmed().isEmpty()) {
        m_ui->noteErrorLabel->show();
        m_ui->notePlainTextEdit->setFocus();
        return false;
    }
    return true;
}

bool DisputesPage::uphold()
{
    if (!readyToDecide())
        return false;
    const DisputeRow dispute = *m_current;
    if (Dialogs::question(this, tr("Uphold the score"),
                          tr("Uphold the score of %1 (%2)? The dispute closes and the evaluation stands.")
                              .arg(scoreText(m_evaluation->score), personal(dispute, dispute.contact)),
                          QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    try {
        DisputeRepository(m_database).uphold(dispute.id, m_actor.userId, m_ui->notePlainTextEdit->toPlainText().trimmed(), m_actor.login);
    } catch (const ConflictError& e) {
        refresh(); // decided elsewhere: show the queue as it is now
        setStatus(e.message(), true);
        return false;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
    refresh();
    emit evaluationsChanged();
    setStatus(tr("Dispute on %1 upheld: the score of %2 stands.")
                  .arg(personal(dispute, dispute.contact), scoreText(dispute.score)));
    return true;
}

bool DisputesPage::overturn()
{
    if (!m_current)
        return false;
    if (m_revision->answers() == m_revisionStart) {
        m_ui->reviewTabWidget->setCurrentWidget(m_ui->revisionTab);
        setStatus(tr("Change the disputed answer first, or uphold the score."), true);
        return false;
    }
    if (!readyToDecide())
        return false;
    const DisputeRow dispute = *m_current;
    const QList<Answer> answers = revisedAnswers();
    const QString newScore = scoreText(scoreEvaluation(m_version, answers).score);
    if (Dialogs::question(this, tr("Overturn the dispute"),
                          tr("Overturn the dispute on %1? A revision scoring %2 (was %3) replaces the evaluation in "
                             "reports; the original stays, marked superseded.")
                              .arg(personal(dispute, dispute.contact), newScore, scoreText(dispute.score)),
                          QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    qint64 revisionId = 0;
    try {
        revisionId = DisputeRepository(m_database).overturn(dispute.id, m_actor.userId, answers,
                                                            m_ui->notePlainTextEdit->toPlainText().trimmed(), m_actor.login);
    } catch (const ConflictError& e) {
        refresh();
        setStatus(e.message(), true);
        return false;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
    refresh();
    emit evaluationsChanged();
    setStatus(
        tr("Dispute on %1 overturned: revision %2 scores %3 (was %4).")
            .arg(personal(dispute, dispute.contact), QString::number(revisionId), newScore, scoreText(dispute.score)));
    return true;
}

void DisputesPage::showHistory(const QList<DisputeRow>& rows)
{
    m_history->setRows(rows, m_revealedEvaluations, m_database.time());
    fitColumns(m_ui->historyTableView, { DisputeListModel::NoteColumn });
    m_ui->historyLabel->setText(rows.size() >= s_historyLimit
                                    ? tr("The latest %1 resolved disputes, the most recent first").arg(s_historyLimit)
                                    : tr("%n resolved dispute(s), the most recent first", nullptr, int(rows.size())));
}

void DisputesPage::showRates(const QDate& month)
{
    const QDate first(month.year(), month.month(), 1);
    if (m_ui->monthDateEdit->date() != first) {
        const QSignalBlocker blocker(m_ui->monthDateEdit);
        m_ui->monthDateEdit->setDate(first);
    }
    struct Read {
        QList<EvaluatorDisputeStats> evaluators;
        QList<ItemDisputeStats> items;
    };
    m_ratesReader->read<Read>(
        [actor = m_actor, first, last = first.addMonths(1).addDays(-1)](const Database& db) {
            return Read { DisputeStats::perEvaluator(db, actor, first, last),
                          DisputeStats::perItem(db, actor, first, last) };
        },
        [this](Read& r) { showRateTables(r.evaluators, r.items); },
        [this](const QString& error) { setStatus(error, true); });
}

void DisputesPage::showRateTables(const QList<EvaluatorDisputeStats>& evaluators, const QList<ItemDisputeStats>& items)
{
    QTableWidget* byEvaluator = m_ui->evaluatorRatesTableWidget;
    byEvaluator->setColumnCount(7);
    byEvaluator->setHorizontalHeaderLabels(QStringList { tr("Evaluator") } + countHeaders());
    byEvaluator->setRowCount(int(evaluators.size()));
    for (int r = 0; r < evaluators.size(); ++r)
        setCells(byEvaluator, r, QStringList { evaluators.at(r).evaluator } + countCells(evaluators.at(r).counts), 1);
    fitColumns(byEvaluator, { 0 });
    QTableWidget* byItem = m_ui->itemRatesTableWidget;
    byItem->setColumnCount(7);
    byItem->setHorizontalHeaderLabels(QStringList { tr("Item") } + countHeaders());
    byItem->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const ItemDisputeStats& item = items.at(r);
        // People know an item by its question; the key is the file formats' name for it.
        const QString name = item.itemKey.isEmpty() ? tr("Whole evaluation")
            : item.question.isEmpty()               ? item.itemKey
                                                    : item.question;
        setCells(byItem, r, QStringList { name } + countCells(item.counts), 1);
    }
    fitColumns(byItem, { 0 });
}

QString DisputesPage::personal(const DisputeRow& dispute, const QString& text) const
{
    return PersonalDataMasker::maskUnless(m_revealedEvaluations.contains(dispute.evaluationId), text);
}

QList<Answer> DisputesPage::shownAnswers(const DisputeRow& dispute) const
{
    QList<Answer> answers = m_evaluation ? m_evaluation->answers : QList<Answer> {};
    for (Answer& answer : answers)
        answer.comment = personal(dispute, answer.comment);
    return answers;
}

void DisputesPage::setStatus(const QString& text, bool error)
{
    m_statusIsError = error;
    m_ui->statusLabel->setText(text);
    theme::style(m_ui->statusLabel, error ? theme::Colour::Bad : theme::Colour::Good);
}

QString DisputesPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void DisputesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_current.reset(); // rebuilt in the new language
        m_reviewing = 0;
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace qadesk
