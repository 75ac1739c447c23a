#pragma once

#include "people/Actor.h"
#include "people/UserAccounts.h"

#include <QDialog>
#include <memory>

namespace Ui {
class UserDialog;
}

namespace qadesk {

class Database;

// Adds a user, edits one, or sets a user's password, on behalf of the signed-in actor. Everything is written through
// UserAccounts, which decides: a refusal or an invalid account is shown in the dialog's status line and the dialog
// stays open. The teams apply only to a team lead, the agent record only to an agent user.
//
//     UserDialog dialog(database, actor, UserDialog::Mode::Add, {}, this);
//     if (dialog.exec() == QDialog::Accepted) ... dialog.account().user.id ...
class UserDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, SetPassword };

    // `account` is the user to edit or whose password to set (ignored when adding).
    UserDialog(const Database& database, const Actor& actor, Mode mode, const UserAccount& account = {},
               QWidget* parent = nullptr);
    ~UserDialog() override;

    // The account as written once accepted (with its id); before that, the account the dialog was opened with.
    const UserAccount& account() const { return m_account; }
    // Writes through UserAccounts and closes; stays open saying why when it is refused.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillChoices(const UserAccount& account);
    void updateFields();
    UserAccount enteredAccount() const;
    bool asksPassword() const { return m_mode != Mode::Edit; }
    void retranslate();

    const std::unique_ptr<Ui::UserDialog> m_ui;
    const Database& m_database;
    const Actor m_actor;
    const Mode m_mode;
    UserAccount m_account;
};

} // namespace qadesk
