#pragma once

#include "people/Actor.h"
#include "storage/ServerSettings.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace qadesk {

class Database;
class ProblemLabel;

// File → Connect to team server…: host, port, database, login, password and TLS mode of a PostgreSQL team server.
// Connect opens it (Database::openServer) and signs in as the login the server has just authenticated
// (SignIn::serverSession); a failure stays in the dialog, says which part failed and puts the cursor in its field.
// An empty password leaves it to libpq (PGPASSWORD, ~/.pgpass) after the keyring. "Remember the password" keeps it in
// the desktop's keyring, never in the settings; unticked, it forgets a remembered one.
//
//     ConnectServerDialog dialog(ServerSettings::fromUrl(url, &error), this);
//     if (dialog.exec() == QDialog::Accepted) adopt(dialog.takeDatabase(), *dialog.actor());
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(const std::optional<ServerSettings>& initial, QWidget* parent = nullptr);
    ~ConnectServerDialog() override;

    // Shows why the last attempt failed (when reopening a recent server fails before the dialog opens).
    void showFailure(const QString& message, ServerFailure failure);
    ServerSettings settings() const; // as the fields say
    std::unique_ptr<Database> takeDatabase();
    const std::optional<Actor>& actor() const { return m_actor; } // set once accepted
    // Said after connecting when the keyring could not keep or forget the password; empty otherwise.
    QString keyringNote() const { return m_keyringNote; }
    QString problem() const; // the failure shown, for tests

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rememberPassword(const ServerSettings& settings);

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QComboBox* m_tls;
    QCheckBox* m_remember;
    ProblemLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QFormLayout* m_form;
    std::unique_ptr<Database> m_opened;
    std::optional<Actor> m_actor;
    QString m_keyringNote;
};

} // namespace qadesk
