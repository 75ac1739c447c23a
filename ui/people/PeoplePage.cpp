#include "PeoplePage.h"

#include "UserAccountModel.h"
#include "UserDialog.h"
#include "people/AccessRules.h"
#include "people/UserAccounts.h"
#include "shell/Dialogs.h"
#include "shell/PageReader.h"
#include "shell/SortedTable.h"
#include "shell/Theme.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"
#include "ui_PeoplePage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace qadesk {
namespace {

// Hides deactivated users unless asked to show them.
class ActiveUsersProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowDeactivated(bool show)
    {
        m_showDeactivated = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        return m_showDeactivated
            || sourceModel()->index(sourceRow, 0, sourceParent).data(UserAccountModel::ActiveRole).toBool();
    }

private:
    bool m_showDeactivated = false;
};

} // namespace

PeoplePage::PeoplePage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PeoplePage>())
    , m_database(database)
    , m_actor(actor)
    , m_model(new UserAccountModel(this))
    , m_proxy(new ActiveUsersProxy(this))
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    theme::style(m_ui->titleLabel, theme::Text::Title);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UserAccountModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_ui->usersTableView->setModel(m_proxy);
    measureColumnsOnSample(m_ui->usersTableView);
    m_ui->usersTableView->setSortingEnabled(true);
    m_ui->usersTableView->sortByColumn(UserAccountModel::NameColumn, Qt::AscendingOrder);
    m_ui->usersTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->usersTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->usersTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->usersTableView->verticalHeader()->hide();
    m_ui->usersTableView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->addButton, &QPushButton::clicked, this, &PeoplePage::addUser);
    connect(m_ui->editButton, &QPushButton::clicked, this, &PeoplePage::editUser);
    connect(m_ui->deactivateButton, &QPushButton::clicked, this, &PeoplePage::deactivateUser);
    connect(m_ui->setPasswordButton, &QPushButton::clicked, this, &PeoplePage::setPassword);
    connect(m_ui->usersTableView, &QAbstractItemView::doubleClicked, this, &PeoplePage::editUser);
    connect(m_ui->showDeactivatedCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        static_cast<ActiveUsersProxy*>(m_proxy)->setShowDeactivated(show);
        updateButtons();
    });
    connect(m_ui->usersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::updateButtons);
    refresh();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::refresh()
{
    refresh(selectedUserId());
}

void PeoplePage::refresh(qint64 selectUserId)
{
    // Core decides who may see the people of a workspace; the page only shows its answer.
    const Decision decision = AccessRules::check(m_actor, Action::ManagePeople);
    m_ui->refusalLabel->showProblems(decision ? QStringList() : QStringList { decision.reason });
    if (!decision) {
        showPeople({}, selectUserId);
        return;
    }
    m_reader->read<People>(
        [actor = m_actor](const Database& db) {
            try {
                return People { UserAccounts(db, actor).list(), TeamRepository(db).all(), AgentRepository(db).all(), {} };
            } catch (const AccessDenied& refusal) {
                return People { {}, {}, {}, refusal.message() };
            }
        },
        [this, selectUserId](People& people) {
            if (!people.refusal.isEmpty())
                m_ui->refusalLabel->showProblem(people.refusal);
            showPeople(std::move(people), selectUserId);
        },
        [this, selectUserId](const QString& error) {
            showPeople({}, selectUserId);
            m_ui->statusLabel->showProblem(error);
        });
}

void PeoplePage::showPeople(People people, qint64 selectUserId)
{
    m_model->setAccounts(std::move(people.accounts), people.teams, people.agents);
    m_ui->usersTableView->resizeColumnsToContents();
    selectUser(selectUserId);
    updateButtons();
}

qint64 PeoplePage::selectedUserId() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(UserAccountModel::UserIdRole).toLongLong();
}

void PeoplePage::selectUser(qint64 userId)
{
    const QModelIndex row = m_proxy->mapFromSource(m_model->indexOf(userId));
    if (row.isValid())
        m_ui->usersTableView->selectRow(row.row());
    else
        m_ui->usersTableView->clearSelection();
}

void PeoplePage::updateButtons()
{
    const Decision decision = AccessRules::check(m_actor, Action::ManagePeople);
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    const bool chosen = decision && !rows.isEmpty();
    const bool active = chosen && rows.first().data(UserAccountModel::ActiveRole).toBool();
    const QString needsChoice = tr("Choose a user in the list first.");
    const auto enable = [&](QPushButton* button, bool enabled, const QString& whyNot) {
        button->setEnabled(enabled);
        button->setToolTip(enabled ? QString() : whyNot);
    };
    enable(m_ui->addButton, bool(decision), decision.reason);
    enable(m_ui->editButton, chosen, decision ? needsChoice : decision.reason);
    enable(m_ui->setPasswordButton, chosen, decision ? needsChoice : decision.reason);
    enable(m_ui->deactivateButton, active,
           !decision    ? decision.reason
               : chosen ? tr("This user is already deactivated.")
                        : needsChoice);
    m_ui->showDeactivatedCheckBox->setEnabled(bool(decision));
    m_ui->showDeactivatedCheckBox->setToolTip(decision ? QString() : decision.reason);
}

void PeoplePage::afterChange(qint64 userId, const QString& message)
{
    refresh(userId);
    m_ui->statusLabel->showMessage(message);
    emit accountsChanged(userId);
}

std::optional<UserAccount> PeoplePage::selectedAccount() const
{
    const QModelIndex index = m_model->indexOf(selectedUserId());
    return index.isValid() ? std::optional(m_model->account(index)) : std::nullopt;
}

void PeoplePage::runUserDialog(UserDialog::Mode mode, const UserAccount& account)
{
    UserDialog dialog(m_database, m_actor, mode, account, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const User& user = dialog.account().user;
    switch (mode) {
    case UserDialog::Mode::Add:
        afterChange(user.id, tr("Added %1 (%2).").arg(user.displayName, user.login));
        break;
    case UserDialog::Mode::Edit:
        afterChange(user.id, tr("Saved %1.").arg(user.login));
        break;
    case UserDialog::Mode::SetPassword:
        afterChange(user.id, tr("The password of %1 is set.").arg(user.login));
        break;
    }
}

void PeoplePage::addUser()
{
    runUserDialog(UserDialog::Mode::Add, {});
}

void PeoplePage::editUser()
{
    if (const auto account = selectedAccount())
        runUserDialog(UserDialog::Mode::Edit, *account);
}

void PeoplePage::setPassword()
{
    if (const auto account = selectedAccount())
        runUserDialog(UserDialog::Mode::SetPassword, *account);
}

void PeoplePage::deactivateUser()
{
    const auto selected = selectedAccount();
    if (!selected)
        return;
    const UserAccount& account = *selected;
    const QString title = tr("Deactivate %1").arg(account.user.login);
    if (Dialogs::question(this, title,
                          tr("Deactivate %1 (%2)? They can no longer sign in. Their evaluations, comments and audit "
                             "entries keep their name.")
                              .arg(account.user.displayName, account.user.login),
                          QMessageBox::Yes | QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    try {
        UserAccounts(m_database, m_actor).deactivate(account.user.id);
    } catch (const AccessDenied& refusal) {
        m_ui->statusLabel->showProblem(refusal.message());
        return;
    } catch (const StorageError& failure) {
        m_ui->statusLabel->showProblem(failure.message());
        return;
    }
    afterChange(account.user.id, tr("%1 is deactivated.").arg(account.user.login));
}

void PeoplePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace qadesk
