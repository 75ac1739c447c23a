#include "UserDialog.h"

#include "PeopleText.h"
#include "people/AccessRules.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"
#include "ui_UserDialog.h"

#include <QPushButton>

namespace qadesk {

UserDialog::UserDialog(const Database& database, const Actor& actor, Mode mode, const UserAccount& account,
                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDialog>())
    , m_database(database)
    , m_actor(actor)
    , m_mode(mode)
    , m_account(mode == Mode::Add ? UserAccount { User { 0, {}, {}, Role::Evaluator, 0, true }, {} } : account)
{
    m_ui->setupUi(this);
    for (const Role role : PeopleText::roles())
        m_ui->roleComboBox->addItem(PeopleText::roleName(role), int(role));
    m_ui->loginLineEdit->setText(m_account.user.login);
    m_ui->displayNameLineEdit->setText(m_account.user.displayName);
    m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(int(m_account.user.role)));
    m_ui->activeCheckBox->setChecked(m_account.user.active);
    try {
        fillChoices(m_account);
    } catch (const StorageError& failure) {
        m_ui->problemLabel->showProblem(failure.message());
    }

    // Setting a password names the user but changes nothing else; adding needs no "active" switch.
    const bool passwordOnly = m_mode == Mode::SetPassword;
    m_ui->loginLineEdit->setReadOnly(passwordOnly);
    m_ui->displayNameLineEdit->setReadOnly(passwordOnly);
    for (QWidget* field : { static_cast<QWidget*>(m_ui->roleComboBox), static_cast<QWidget*>(m_ui->teamsListWidget),
                            static_cast<QWidget*>(m_ui->agentComboBox) })
        m_ui->userFormLayout->setRowVisible(field, !passwordOnly);
    m_ui->userFormLayout->setRowVisible(m_ui->activeCheckBox, m_mode == Mode::Edit);
    m_ui->userFormLayout->setRowVisible(m_ui->passwordLineEdit, asksPassword());
    m_ui->userFormLayout->setRowVisible(m_ui->confirmLineEdit, asksPassword());
    (passwordOnly ? m_ui->passwordLineEdit : m_ui->loginLineEdit)->setFocus();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &UserDialog::updateFields);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &UserDialog::updateFields);
    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this, &UserDialog::updateFields);
    retranslate();
}

UserDialog::~UserDialog() = default;

void UserDialog::fillChoices(const UserAccount& account)
{
    for (const Team& team : TeamRepository(m_database).all()) {
        auto* item = new QListWidgetItem(team.name, m_ui->teamsListWidget);
        item->setData(Qt::UserRole, team.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(account.teamIds.contains(team.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->agentComboBox->addItem(QString(), qint64(0)); // "choose an agent", named in retranslate()
    for (const Agent& agent : AgentRepository(m_database).all()) {
        // A user keeps the agent record they are linked to even after the agent left.
        if (agent.active || agent.id == account.user.agentId)
            m_ui->agentComboBox->addItem(PeopleText::agentName(agent), agent.id);
    }
    m_ui->agentComboBox->setCurrentIndex(std::max(0, m_ui->agentComboBox->findData(account.user.agentId)));
}

void UserDialog::updateFields()
{
    const auto role = Role(m_ui->roleComboBox->currentData().toInt());
    m_ui->teamsListWidget->setEnabled(role == Role::TeamLead);
    m_ui->teamsListWidget->setToolTip(role == Role::TeamLead ? QString() : tr("Only a team lead leads teams."));
    m_ui->agentComboBox->setEnabled(role == Role::Agent);
    m_ui->agentComboBox->setToolTip(role == Role::Agent ? QString()
                                                        : tr("Only an agent user is linked to an agent record."));

    QString problem;
    if (asksPassword() && m_ui->confirmLineEdit->text() != m_ui->passwordLineEdit->text())
        problem = tr("The two passwords differ.");
    else if (asksPassword() && m_ui->passwordLineEdit->text().size() < UserAccounts::s_minimumPasswordLength)
        problem = tr("The password needs at least %1 characters.").arg(UserAccounts::s_minimumPasswordLength);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty());
    ok->setToolTip(problem);
    // A refusal of the last attempt stays until a field that decides the button changes.
    m_ui->problemLabel->showProblems(problem.isEmpty() ? QStringList() : QStringList { problem });
}

UserAccount UserDialog::enteredAccount() const
{
    UserAccount account = m_account;
    account.user.login = m_ui->loginLineEdit->text().trimmed();
    account.user.displayName = m_ui->displayNameLineEdit->text().trimmed();
    account.user.role = Role(m_ui->roleComboBox->currentData().toInt());
    account.user.active = m_mode == Mode::Add || m_ui->activeCheckBox->isChecked();
    account.teamIds.clear();
    if (account.user.role == Role::TeamLead) {
        for (int row = 0; row < m_ui->teamsListWidget->count(); ++row) {
            const QListWidgetItem* item = m_ui->teamsListWidget->item(row);
            if (item->checkState() == Qt::Checked)
                account.teamIds << item->data(Qt::UserRole).toLongLong();
        }
    }
    account.user.agentId = account.user.role == Role::Agent ? m_ui->agentComboBox->currentData().toLongLong() : 0;
    return account;
}

void UserDialog::accept()
{
    const UserAccounts accounts(m_database, m_actor);
    UserAccount written = m_mode == Mode::SetPassword ? m_account : enteredAccount();
    try {
        switch (m_mode) {
        case Mode::Add:
            written.user.id = accounts.add(written, m_ui->passwordLineEdit->text());
            break;
        case Mode::Edit:
            accounts.edit(written);
            break;
        case Mode::SetPassword:
            accounts.setPassword(written.user.id, m_ui->passwordLineEdit->text());
            break;
        }
    } catch (const AccessDenied& refusal) {
        m_ui->problemLabel->showProblem(refusal.message());
        return;
    } catch (const StorageError& failure) {
        m_ui->problemLabel->showProblem(failure.message());
        return;
    }
    // The dialog may outlive this call (exec() returns to the caller): keep no password in its fields.
    m_ui->passwordLineEdit->clear();
    m_ui->confirmLineEdit->clear();
    m_account = written;
    QDialog::accept();
}

void UserDialog::retranslate()
{
    switch (m_mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a user"));
        m_ui->introLabel->setText(tr("The new user signs in with this login and password."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add user"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit %1").arg(m_account.user.login));
        m_ui->introLabel->setText(tr("Changes are recorded in the audit log under your login."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
        break;
    case Mode::SetPassword:
        setWindowTitle(tr("Set the password of %1").arg(m_account.user.login));
        m_ui->introLabel->setText(tr("The new password works from the next sign-in; the old one stops working."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Set password"));
        break;
    }
    for (int row = 0; row < m_ui->roleComboBox->count(); ++row)
        m_ui->roleComboBox->setItemText(row, PeopleText::roleName(Role(m_ui->roleComboBox->itemData(row).toInt())));
    m_ui->agentComboBox->setItemText(0, tr("Choose the agent this user is"));
    updateFields();
}

void UserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace qadesk
