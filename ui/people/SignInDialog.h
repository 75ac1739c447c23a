#pragma once

#include "people/Actor.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QTimer>
#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace qadesk {

class Database;

// Opening a workspace asks who you are: a login and a password, checked by SignIn against the workspace's Argon2id
// hashes. A refusal says "Wrong login or password." and the Sign in button stays disabled for SignIn::retryDelayMs
// of the failures in a row, with a countdown. The password lives only in its field, which is cleared after every
// attempt; the caller remembers the login (not the password) for next time.
//
//     SignInDialog dialog(database, settings.lastLogin(database.path()), this);
//     if (dialog.exec() == QDialog::Accepted) ... *dialog.actor() ...
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const Database& database, const QString& lastLogin, QWidget* parent = nullptr);
    ~SignInDialog() override;

    const std::optional<Actor>& actor() const { return m_actor; } // set once accepted
    int failures() const { return m_failures; } // wrong passwords in a row
    // Checks the login and password; closes when they are right, otherwise says why and waits before the next try.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButton();
    void retranslate();

    const std::unique_ptr<Ui::SignInDialog> m_ui;
    const Database& m_database;
    std::optional<Actor> m_actor;
    int m_failures = 0;
    QDeadlineTimer m_retryAt; // no attempt before it expires
    QTimer m_countdown; // ticks the countdown while waiting
};

} // namespace qadesk
