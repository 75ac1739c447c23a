#include "RaiseDisputeDialog.h"

#include "ScoreText.h"
#include "people/AccessRules.h"
#include "shell/Theme.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "ui_RaiseDisputeDialog.h"

#include <QLocale>
#include <QPushButton>

namespace qadesk {
namespace {

QString answerText(const ScorecardItem& item, const Answer* answer)
{
    if (answer && answer->na)
        return RaiseDisputeDialog::tr("N/A");
    const int index = answer && answer->optionIndex ? *answer->optionIndex : -1;
    if (index < 0 || index >= item.options.size())
        return RaiseDisputeDialog::tr("not answered");
    const QString label = item.kind == ItemKind::YesNo
        ? (index == 0 ? RaiseDisputeDialog::tr("Yes") : RaiseDisputeDialog::tr("No"))
        : item.options.at(index).label;
    return RaiseDisputeDialog::tr("%1 · %2 of %3 pts")
        .arg(label, QLocale().toString(item.options.at(index).points), QLocale().toString(item.maxPoints));
}

} // namespace

RaiseDisputeDialog::RaiseDisputeDialog(const Database& database, const Actor& actor, qint64 evaluationId,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RaiseDisputeDialog>())
    , m_database(database)
    , m_actor(actor)
    , m_evaluationId(evaluationId)
{
    m_ui->setupUi(this);
    theme::style(m_ui->reasonErrorLabel, theme::Colour::Bad);
    theme::style(m_ui->errorLabel, theme::Colour::Bad);
    theme::style(m_ui->answerLabel, theme::Colour::Muted);
    m_ui->itemComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->itemComboBox->setMinimumContentsLength(48);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Raise dispute"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RaiseDisputeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->itemComboBox, &QComboBox::currentIndexChanged, this, &RaiseDisputeDialog::showAnswer);
    connect(m_ui->reasonPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_ui->reasonPlainTextEdit->toPlainText().trimmed().isEmpty())
            m_ui->reasonErrorLabel->hide();
    });

    try {
        m_evaluation = EvaluationRepository(m_database).find(m_evaluationId);
        const Decision mayRaise = m_evaluation
            ? AccessRules::check(m_actor, Action::RaiseDispute,
                                 Subject { m_evaluation->agentId, m_evaluation->teamId, m_evaluation->evaluatorId, 0 })
            : Decision {};
        if (!m_evaluation) {
            showError(tr("Evaluation %1 does not exist.").arg(m_evaluationId));
        } else if (!mayRaise) {
            showError(mayRaise.reason);
        } else {
            m_raiserId = m_actor.userId;
            m_version = ScorecardRepository(m_database).version(m_evaluation->scorecardVersionId).value_or(ScorecardVersion {});
            if (const auto contact = ContactRepository(m_database).find(m_evaluation->contactId))
                m_contact = contact->externalId;
            if (const auto agent = AgentRepository(m_database).find(m_evaluation->agentId))
                m_agent = agent->name;
            if (const auto evaluator = UserRepository(m_database).find(m_evaluation->evaluatorId))
                m_evaluator = evaluator->displayName;
            // The repository decides; this only spares writing a reason that cannot be sent.
            if (m_evaluation->status == EvaluationStatus::InDispute)
                showError(tr("This evaluation already has an open dispute in the QA queue."));
        }
    } catch (const StorageError& e) {
        m_evaluation.reset();
        showError(e.message());
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_evaluation && m_raiserId != 0
                                                               && m_evaluation->status != EvaluationStatus::InDispute);
    showEvaluation();
}

RaiseDisputeDialog::~RaiseDisputeDialog() = default;

void RaiseDisputeDialog::showEvaluation()
{
    const QString current = m_ui->itemComboBox->currentData().toString();
    m_ui->itemComboBox->clear();
    if (!m_evaluation)
        return;
    m_ui->evaluationLabel->setText(tr("<b>%1</b> · %2 · evaluated by %3 on %4 · score <b>%5</b>")
                                       .arg(m_contact.toHtmlEscaped(), m_agent.toHtmlEscaped(), m_evaluator.toHtmlEscaped(),
                                            QLocale().toString(m_database.time().dateOf(m_evaluation->submittedAt), QLocale::ShortFormat),
                                            scoreText(m_evaluation->score)));
    m_ui->itemComboBox->addItem(tr("The whole evaluation (score %1)").arg(scoreText(m_evaluation->score)), QString());
    for (const auto& section : m_version.sections) {
        for (const auto& item : section.items)
            m_ui->itemComboBox->addItem(
                QStringLiteral("%1 — %2").arg(item.question, answerText(item, m_evaluation->answerFor(item.key))), item.key);
    }
    m_ui->itemComboBox->setCurrentIndex(std::max(0, m_ui->itemComboBox->findData(current)));
    showAnswer();
}

void RaiseDisputeDialog::showAnswer()
{
    if (!m_evaluation)
        return;
    const QString key = m_ui->itemComboBox->currentData().toString();
    const ScorecardItem* item = m_version.findItem(key);
    const Answer* answer = m_evaluation->answerFor(key);
    QString text;
    if (!item)
        text = m_evaluation->overallComment.isEmpty() ? tr("The reviewer may change any answer.")
                                                      : tr("Evaluator's comment: %1").arg(m_evaluation->overallComment);
    else
        text = tr("Answered: %1").arg(answerText(*item, answer))
            + (answer && !answer->comment.isEmpty() ? QStringLiteral(" · ") + tr("Evaluator's comment: %1").arg(answer->comment)
                                                    : QString());
    m_ui->answerLabel->setText(text);
}

void RaiseDisputeDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
}

void RaiseDisputeDialog::accept()
{
    const QString reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_ui->reasonErrorLabel->show();
        m_ui->reasonPlainTextEdit->setFocus();
        return;
    }
    if (!m_evaluation || m_raiserId == 0)
        return;
    Dispute dispute;
    dispute.evaluationId = m_evaluationId;
    dispute.itemKey = m_ui->itemComboBox->currentData().toString();
    dispute.raisedBy = m_raiserId;
    dispute.reason = reason;
    try {
        m_raisedDisputeId = DisputeRepository(m_database).raise(dispute, m_actor.login);
    } catch (const StorageError& e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

void RaiseDisputeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Raise dispute"));
        showEvaluation();
    }
    QDialog::changeEvent(event);
}

} // namespace qadesk
