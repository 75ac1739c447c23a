#include "CoachingSessionDialog.h"

#include "coaching/CoachingEffect.h"
#include "people/AccessRules.h"
#include "shell/Theme.h"
#include "storage/CoachingRepository.h"
#include "storage/ConflictError.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"
#include "ui_CoachingSessionDialog.h"
#include "workspace/ScoreHistory.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace qadesk {
namespace {

constexpr int s_weakestPreselected = 3;
constexpr int s_focusWindowMonths = 3;
constexpr int s_evaluationsOffered = 20;

enum ActionColumn { TextColumn, DueColumn, DoneColumn };

QString percent(std::optional<double> rate, int count)
{
    return rate ? QStringLiteral("%1% (%2)").arg(QLocale().toString(*rate * 100.0, 'f', 0)).arg(count) : QStringLiteral("— (0)");
}

} // namespace

CoachingSessionDialog::CoachingSessionDialog(const Database& database, const Actor& actor, qint64 agentId,
                                             std::optional<qint64> sessionId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CoachingSessionDialog>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    theme::style(m_ui->errorLabel, theme::Colour::Bad);
    m_ui->dialogLayout->setStretchFactor(m_ui->listsSplitter, 3);
    m_ui->dialogLayout->setStretchFactor(m_ui->actionItemsGroupBox, 1);
    for (const auto status :
         { AcknowledgementStatus::Pending, AcknowledgementStatus::Acknowledged, AcknowledgementStatus::Refused })
        m_ui->acknowledgementComboBox->addItem(displayName(status), int(status));
    m_ui->acknowledgementNoteLineEdit->setPlaceholderText(tr("The agent's words (required for a refusal)"));
    const Decision mayAcknowledge = AccessRules::check(m_actor, Action::AcknowledgeCoaching, Subject { agentId });
    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->acknowledgementComboBox, m_ui->acknowledgementNoteLineEdit }) {
        widget->setEnabled(bool(mayAcknowledge));
        widget->setToolTip(mayAcknowledge.reason);
    }
    m_ui->actionItemsTableWidget->setColumnCount(3);
    m_ui->actionItemsTableWidget->setHorizontalHeaderLabels({ tr("Action item"), tr("Due"), tr("Done") });
    m_ui->actionItemsTableWidget->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_ui->actionItemsTableWidget->verticalHeader()->hide();
    connect(m_ui->followUpCheckBox, &QCheckBox::toggled, m_ui->followUpDateEdit, &QWidget::setEnabled);
    connect(m_ui->addActionButton, &QPushButton::clicked, this, [this] {
        addActionItem({}, m_database.time().today().addDays(14));
        m_ui->actionItemsTableWidget->editItem(m_ui->actionItemsTableWidget->item(m_ui->actionItemsTableWidget->rowCount() - 1, TextColumn));
    });
    connect(m_ui->removeActionButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->actionItemsTableWidget->currentRow();
        if (row >= 0)
            m_ui->actionItemsTableWidget->removeRow(row);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CoachingSessionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(agentId, sessionId);
}

void CoachingSessionDialog::load(qint64 agentId, std::optional<qint64> sessionId)
{
    m_ui->focusListWidget->clear();
    m_ui->evaluationsListWidget->clear();
    m_ui->actionItemsTableWidget->setRowCount(0);
    m_session = CoachingSession {};
    try {
        if (sessionId) {
            if (const auto stored = CoachingRepository(m_database).find(*sessionId))
                m_session = *stored;
        }
        if (m_session.id == 0) {
            m_session.agentId = agentId;
            m_session.heldAt = m_database.time().now();
            m_session.followUp = m_database.time().today().addDays(30);
        }
        const auto agent = AgentRepository(m_database).find(m_session.agentId);
        m_ui->titleLabel->setText(QStringLiteral("<b>%1</b> %2").arg(agent ? agent->name.toHtmlEscaped() : QString(),
                                                                         agent ? agent->employeeId.toHtmlEscaped() : QString()));
        setWindowTitle(m_session.id == 0 ? tr("New coaching session") : tr("Coaching session"));
        // The edit shows the centre's wall time, whatever the machine's zone.
        const QDateTime held = m_database.time().toCentre(m_session.heldAt);
        m_ui->heldDateTimeEdit->setDate(held.date());
        m_ui->heldDateTimeEdit->setTime(held.time());
        m_ui->followUpCheckBox->setChecked(m_session.followUp.isValid());
        m_ui->followUpDateEdit->setDate(m_session.followUp.isValid() ? m_session.followUp : m_database.time().today().addDays(30));
        m_ui->notesPlainTextEdit->setPlainText(m_session.notes);
        m_ui->acknowledgementComboBox->setCurrentIndex(m_ui->acknowledgementComboBox->findData(int(m_session.acknowledgement)));
        m_ui->acknowledgementNoteLineEdit->setText(m_session.acknowledgementNote);
        fillFocusItems(m_session.focusItemKeys);
        fillEvaluations(m_session.evaluationIds);
        fillActionItems();
        fillEffect();
    } catch (const StorageError& e) {
        m_ui->errorLabel->setText(e.message());
    }
}

CoachingSessionDialog::~CoachingSessionDialog() = default;

void CoachingSessionDialog::fillFocusItems(const QStringList& checkedKeys)
{
    const auto agent = AgentRepository(m_database).find(m_session.agentId);
    const QDate to = m_database.time().today();
    const auto items = ScoreHistory::weakestItems(m_database, m_actor, m_session.agentId, agent ? agent->teamId : 0,
                                                  to.addMonths(-s_focusWindowMonths), to);
    int preselected = 0;
    for (const ItemComparison& item : items) {
        auto* row = new QListWidgetItem(tr("%1 — agent %2, team %3").arg(item.question, percent(item.agentRate(), item.agentApplicable),
                                                                            percent(item.teamRate(), item.teamApplicable)),
                                        m_ui->focusListWidget);
        row->setData(Qt::UserRole, item.itemKey);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        // A new session starts from the items the agent fails most; a stored one shows what was chosen.
        const bool check = m_session.id != 0 ? checkedKeys.contains(item.itemKey)
                                             : preselected < s_weakestPreselected && item.agentPassed < item.agentApplicable;
        preselected += check ? 1 : 0;
        row->setCheckState(check ? Qt::Checked : Qt::Unchecked);
    }
    // Focus items with no recent answers still show when the session chose them.
    for (const QString& key : checkedKeys) {
        if (std::none_of(items.cbegin(), items.cend(), [&key](const ItemComparison& i) { return i.itemKey == key; })) {
            auto* row = new QListWidgetItem(key, m_ui->focusListWidget);
            row->setData(Qt::UserRole, key);
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(Qt::Checked);
        }
    }
}

void CoachingSessionDialog::fillEvaluations(const QList<qint64>& checkedIds)
{
    QStringList focusQuestions;
    for (int i = 0; i < m_ui->focusListWidget->count(); ++i) {
        if (m_ui->focusListWidget->item(i)->checkState() == Qt::Checked)
            focusQuestions.append(m_ui->focusListWidget->item(i)->text().section(QStringLiteral(" — "), 0, 0));
    }
    const QLocale locale;
    for (const EvaluationSummary& e : ScoreHistory::recentEvaluations(m_database, m_actor, m_session.agentId, s_evaluationsOffered)) {
        auto* row = new QListWidgetItem(tr("%1 · %2 · %3 points · %4 failed item(s)")
                                            .arg(locale.toString(m_database.time().dateOf(e.submittedAt), QLocale::ShortFormat), e.externalId,
                                                 e.score ? locale.toString(*e.score, 'f', 1) : tr("no score"))
                                            .arg(e.failedItems.size()),
                                        m_ui->evaluationsListWidget);
        row->setData(Qt::UserRole, e.evaluationId);
        row->setToolTip(e.failedItems.join(QLatin1Char('\n')));
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        // New sessions link the evaluations where a focus item failed: those are the calls to replay together.
        const bool failsFocus = std::any_of(e.failedItems.cbegin(), e.failedItems.cend(), [&](const QString& failed) {
            return std::any_of(focusQuestions.cbegin(), focusQuestions.cend(), [&](const QString& q) { return failed.startsWith(q); });
        });
        row->setCheckState((m_session.id != 0 ? checkedIds.contains(e.evaluationId) : failsFocus) ? Qt::Checked : Qt::Unchecked);
    }
}

void CoachingSessionDialog::addActionItem(const QString& text, const QDate& due)
{
    QTableWidget* table = m_ui->actionItemsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, TextColumn, new QTableWidgetItem(text));
    auto* dueEdit = new QDateEdit(due, table);
    dueEdit->setCalendarPopup(true);
    table->setCellWidget(row, DueColumn, dueEdit);
    auto* done = new QTableWidgetItem();
    done->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    done->setCheckState(Qt::Unchecked);
    table->setItem(row, DoneColumn, done);
}

void CoachingSessionDialog::fillActionItems()
{
    for (const ActionItem& action : m_session.actionItems) {
        addActionItem(action.text, action.due);
        QTableWidgetItem* done = m_ui->actionItemsTableWidget->item(m_ui->actionItemsTableWidget->rowCount() - 1, DoneColumn);
        done->setCheckState(action.done ? Qt::Checked : Qt::Unchecked);
        done->setData(Qt::UserRole, action.id);
    }
}

void CoachingSessionDialog::fillEffect()
{
    QTableWidget* table = m_ui->effectTableWidget;
    m_ui->effectGroupBox->setVisible(m_session.id != 0);
    if (m_session.id == 0)
        return;
    const SessionEffect effect = CoachingEffect::of(m_database, m_session, m_database.time().today());
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({ tr("Focus item"), tr("Before"), tr("After"), tr("Change"), tr("Verdict") });
    table->verticalHeader()->hide();
    table->setRowCount(int(effect.items.size()));
    const QLocale locale;
    for (int r = 0; r < effect.items.size(); ++r) {
        const FocusItemEffect& item = effect.items.at(r);
        const auto change = item.change();
        const QStringList cells { item.question, percent(item.beforeRate(), item.beforeApplicable), percent(item.afterRate(), item.afterApplicable),
                                  change ? QStringLiteral("%1%2").arg(*change >= 0 ? QStringLiteral("+") : QString(), locale.toString(*change * 100.0, 'f', 0))
                                         : QStringLiteral("—"),
                                  CoachingEffect::verdictName(item.verdict()) };
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells.at(c));
            cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            table->setItem(r, c, cell);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

CoachingSession CoachingSessionDialog::collect(QString* error) const
{
    CoachingSession session = m_session;
    session.heldAt = m_database.time().at(m_ui->heldDateTimeEdit->date(), m_ui->heldDateTimeEdit->time());
    session.followUp = m_ui->followUpCheckBox->isChecked() ? m_ui->followUpDateEdit->date() : QDate();
    session.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    session.acknowledgement = AcknowledgementStatus(m_ui->acknowledgementComboBox->currentData().toInt());
    session.acknowledgementNote = m_ui->acknowledgementNoteLineEdit->text().trimmed();
    session.focusItemKeys.clear();
    for (int i = 0; i < m_ui->focusListWidget->count(); ++i) {
        if (m_ui->focusListWidget->item(i)->checkState() == Qt::Checked)
            session.focusItemKeys.append(m_ui->focusListWidget->item(i)->data(Qt::UserRole).toString());
    }
    session.evaluationIds.clear();
    for (int i = 0; i < m_ui->evaluationsListWidget->count(); ++i) {
        if (m_ui->evaluationsListWidget->item(i)->checkState() == Qt::Checked)
            session.evaluationIds.append(m_ui->evaluationsListWidget->item(i)->data(Qt::UserRole).toLongLong());
    }
    session.actionItems.clear();
    const QTableWidget* table = m_ui->actionItemsTableWidget;
    for (int r = 0; r < table->rowCount(); ++r) {
        ActionItem action;
        action.text = table->item(r, TextColumn)->text().trimmed();
        action.due = static_cast<QDateEdit*>(table->cellWidget(r, DueColumn))->date();
        action.done = table->item(r, DoneColumn)->checkState() == Qt::Checked;
        action.id = table->item(r, DoneColumn)->data(Qt::UserRole).toLongLong();
        const auto previous = std::find_if(m_session.actionItems.cbegin(), m_session.actionItems.cend(),
                                           [&action](const ActionItem& a) { return a.id != 0 && a.id == action.id; });
        // Keep when it was done; a newly ticked item is done now.
        action.doneAt = !action.done ? QDateTime() : (previous != m_session.actionItems.cend() && previous->done ? previous->doneAt : m_database.time().now());
        if (action.text.isEmpty()) {
            *error = tr("Action item %1 has no text: write what was agreed, or remove the row.").arg(r + 1);
            return session;
        }
        session.actionItems.append(action);
    }
    if (session.focusItemKeys.isEmpty())
        *error = tr("Choose at least one focus item: coaching needs a target the scores can show.");
    else if (session.acknowledgement == AcknowledgementStatus::Refused && session.acknowledgementNote.isEmpty())
        *error = tr("A refusal is recorded with the agent's words: write them beside it.");
    return session;
}

void CoachingSessionDialog::accept()
{
    QString error;
    CoachingSession session = collect(&error);
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        return;
    }
    try {
        CoachingRepository sessions(m_database);
        if (session.id == 0) {
            session.coachId = m_actor.userId;
            session.id = sessions.add(session, m_actor.login);
        } else {
            session.rowVersion = sessions.update(session, m_actor.login);
        }
        m_session = session;
    } catch (const ConflictError& e) {
        load(m_session.agentId, m_session.id); // theirs, since these edits cannot go over it
        m_ui->errorLabel->setText(e.message());
        return;
    } catch (const StorageError& e) {
        m_ui->errorLabel->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace qadesk
