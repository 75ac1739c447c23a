#include "NewCalibrationDialog.h"

#include "Tints.h"
#include "calibration/CalibrationService.h"
#include "evaluate/EvaluationQueue.h"
#include "people/AccessRules.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "ui_NewCalibrationDialog.h"

#include <QLocale>
#include <QPushButton>

namespace qadesk {

NewCalibrationDialog::NewCalibrationDialog(const Database& database, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewCalibrationDialog>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    setErrorInk(m_ui->errorLabel, true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewCalibrationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewCalibrationDialog::reject);
    try {
        fill();
    } catch (const StorageError& e) {
        m_ui->errorLabel->setText(e.message());
    }
}

NewCalibrationDialog::~NewCalibrationDialog() = default;

void NewCalibrationDialog::fill()
{
    const QDateTime now = m_database.time().toCentre(m_database.time().now());
    m_ui->titleLineEdit->setText(tr("Calibration %1").arg(QLocale().toString(now.date(), QLocale::ShortFormat)));
    m_ui->deadlineDateTimeEdit->setDateTime(QDateTime(now.date().addDays(3), QTime(15, 0)));

    QueueFilter filter;
    filter.status = QueueFilter::Status::Any;
    filter.limit = 200;
    for (const QueueRow& row : EvaluationQueue::rows(m_database, m_actor, filter)) {
        m_ui->contactComboBox->addItem(
            tr("%1 · %2 · %3")
                .arg(row.externalId, row.agent,
                     QLocale().toString(m_database.time().toCentre(row.startedAt), QLocale::ShortFormat)),
            row.contactId);
    }
    ScorecardRepository scorecards(m_database);
    for (const Scorecard& card : scorecards.all()) {
        if (card.retired)
            continue;
        if (const auto version = scorecards.latestPublished(card.id))
            m_ui->versionComboBox->addItem(tr("%1 v%2").arg(card.name).arg(version->number), version->id);
    }
    m_ui->referenceComboBox->addItem(tr("None: compare with the consensus"), qint64(0));
    for (const User& user : UserRepository(m_database).all()) {
        const Actor candidate { user.id, user.login, user.displayName, user.role, {}, user.agentId };
        if (!user.active || !AccessRules::check(candidate, Action::Evaluate))
            continue;
        auto* item = new QListWidgetItem(user.displayName, m_ui->participantsListWidget);
        item->setData(Qt::UserRole, user.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_ui->referenceComboBox->addItem(user.displayName, user.id);
    }
}

void NewCalibrationDialog::accept()
{
    CalibrationPlan plan;
    plan.title = m_ui->titleLineEdit->text();
    plan.contactId = m_ui->contactComboBox->currentData().toLongLong();
    plan.scorecardVersionId = m_ui->versionComboBox->currentData().toLongLong();
    for (int row = 0; row < m_ui->participantsListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->participantsListWidget->item(row);
        if (item->checkState() == Qt::Checked)
            plan.participantIds << item->data(Qt::UserRole).toLongLong();
    }
    plan.referenceUserId = m_ui->referenceComboBox->currentData().toLongLong();
    plan.deadline = m_database.time().at(m_ui->deadlineDateTimeEdit->date(), m_ui->deadlineDateTimeEdit->time());
    try {
        m_sessionId = CalibrationService(m_database, m_actor).create(plan);
    } catch (const StorageError& e) {
        m_ui->errorLabel->setText(e.message());
        return;
    } catch (const AccessDenied& e) {
        m_ui->errorLabel->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace qadesk
