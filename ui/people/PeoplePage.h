#pragma once

#include "UserDialog.h"
#include "model/Organization.h"
#include "people/Actor.h"

#include <QWidget>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class PeoplePage;
}

namespace qadesk {

class Database;
class PageReader;
class UserAccountModel;

// The People page (사용자): the users of a workspace with their roles, the teams a lead leads and the agent record an
// agent user is. Managers and administrators add, edit and deactivate users and set passwords, all through
// UserAccounts on behalf of the page's actor. For anyone else the page lists no one, disables its buttons and says
// why, in the words of AccessRules.
class PeoplePage final : public QWidget
{
    Q_OBJECT

public:
    PeoplePage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~PeoplePage() override;

    // Reads the users again (after a change elsewhere, e.g. an import of agents).
    void refresh();
    // The actions of the buttons, for menus and tests; each opens its dialog and refreshes the list afterwards.
    void addUser();
    void editUser();
    void deactivateUser();
    void setPassword();
    UserAccountModel* model() const { return m_model; }

signals:
    // A user was added or changed: lists of users elsewhere (and the signed-in actor's own name) may be stale.
    void accountsChanged(qint64 userId);

protected:
    void changeEvent(QEvent* event) override;

private:
    // What the page shows, read in the background; `refusal` is core's answer when the actor may not see it.
    struct People {
        QList<UserAccount> accounts;
        QList<Team> teams;
        QList<Agent> agents;
        QString refusal;
    };

    void refresh(qint64 selectUserId); // and selects that user once the list is read
    void showPeople(People people, qint64 selectUserId);
    qint64 selectedUserId() const; // 0 without a selection
    void selectUser(qint64 userId);
    void updateButtons();
    std::optional<UserAccount> selectedAccount() const;
    void runUserDialog(UserDialog::Mode mode, const UserAccount& account);
    void afterChange(qint64 userId, const QString& message);

    const std::unique_ptr<Ui::PeoplePage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    UserAccountModel* m_model;
    QSortFilterProxyModel* m_proxy;
    PageReader* m_reader = nullptr;
};

} // namespace qadesk
