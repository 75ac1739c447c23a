#include "ConnectServerDialog.h"

#include "ServerKeyring.h"
#include "people/ProblemLabel.h"
#include "people/SignIn.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qadesk {
namespace {

// libpq's sslmode values, in the order of the choices; "" is libpq's default (prefer).
const QStringList s_sslModes { QString(), QStringLiteral("disable"), QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full") };

} // namespace

ConnectServerDialog::ConnectServerDialog(const std::optional<ServerSettings>& initial, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_remember(new QCheckBox(this))
    , m_problem(new ProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("ConnectServerDialog"));
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_login->setObjectName(QStringLiteral("loginLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_tls->setObjectName(QStringLiteral("tlsComboBox"));
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    for (int i = 0; i < s_sslModes.size(); ++i)
        m_tls->addItem(QString(), s_sslModes.at(i));
    // Labels made here (not from text) so that retranslate() finds them with labelForField().
    for (QWidget* field : std::initializer_list<QWidget*> { m_host, m_port, m_database, m_login, m_password, m_tls }) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->addRow(QString(), m_remember);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);

    const ServerSettings settings = initial.value_or(ServerSettings {});
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_database->setText(settings.database);
    m_login->setText(settings.user);
    m_password->setText(settings.password);
    m_tls->setCurrentIndex(std::max(0, int(s_sslModes.indexOf(settings.sslMode))));
    // A server that has a remembered password keeps the box ticked, so connecting again does not forget it.
    if (initial && !settings.user.isEmpty()) {
        QString error;
        m_remember->setChecked(ServerKeyring::read(settings.displayUrl(), &error).has_value());
    }
    retranslate();
    setMinimumWidth(520);
    (settings.database.isEmpty() ? m_host : m_password)->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::retranslate()
{
    setWindowTitle(tr("Connect to team server"));
    const QStringList labels { tr("&Host:"),  tr("&Port:"),     tr("&Database:"),
                               tr("&Login:"), tr("Pass&word:"), tr("&TLS:") };
    const QList<QWidget*> fields { m_host, m_port, m_database, m_login, m_password, m_tls };
    for (int row = 0; row < fields.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(fields.at(row))))
            label->setText(labels.at(row));
    }
    m_host->setPlaceholderText(tr("qa-db.centre.example"));
    m_database->setPlaceholderText(tr("qadesk"));
    m_password->setPlaceholderText(tr("Empty: from the keyring, PGPASSWORD or ~/.pgpass"));
    const QStringList tlsNames { tr("Preferred: encrypted when the server offers it"), tr("Off: never encrypted"),
                                 tr("Required: encrypted, certificate not checked"),
                                 tr("Verify the certificate's authority"),
                                 tr("Verify the authority and the server's name (safest)") };
    for (int i = 0; i < tlsNames.size(); ++i)
        m_tls->setItemText(i, tlsNames.at(i));
    m_remember->setText(tr("&Remember the password in this desktop's keyring"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

void ConnectServerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

ServerSettings ConnectServerDialog::settings() const
{
    ServerSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.database = m_database->text().trimmed();
    settings.user = m_login->text().trimmed();
    settings.password = m_password->text();
    settings.sslMode = m_tls->currentData().toString();
    return settings;
}

std::unique_ptr<Database> ConnectServerDialog::takeDatabase()
{
    return std::move(m_opened);
}

QString ConnectServerDialog::problem() const
{
    return m_problem->text();
}

void ConnectServerDialog::showFailure(const QString& message, ServerFailure failure)
{
    m_problem->showProblem(message);
    QWidget* field = nullptr;
    switch (failure) {
    case ServerFailure::HostUnknown:
    case ServerFailure::HostUnreachable:
        field = m_host;
        break;
    case ServerFailure::Port:
        field = m_port;
        break;
    case ServerFailure::Tls:
        field = m_tls;
        break;
    case ServerFailure::PasswordMissing:
    case ServerFailure::Password:
        field = m_password;
        m_password->clear();
        break;
    case ServerFailure::Login:
    case ServerFailure::LoginDeactivated:
    case ServerFailure::NotAllowed:
        field = m_login;
        break;
    case ServerFailure::Database:
        field = m_database;
        break;
    case ServerFailure::None:
    case ServerFailure::Other:
        break;
    }
    if (field)
        field->setFocus();
}

void ConnectServerDialog::accept()
{
    ServerSettings server = settings();
    if (server.host.isEmpty() || server.database.isEmpty() || server.user.isEmpty()) {
        showFailure(tr("Give the host, the database and your login."),
                    server.host.isEmpty()           ? ServerFailure::HostUnknown
                        : server.database.isEmpty() ? ServerFailure::Database
                                                    : ServerFailure::Login);
        return;
    }
    QString keyringError;
    if (server.password.isEmpty()) {
        if (const auto remembered = ServerKeyring::read(server.displayUrl(), &keyringError))
            server.password = *remembered;
    }
    m_problem->showMessage(tr("Connecting to %1…").arg(server.displayUrl()));
    setEnabled(false);
    QString error;
    ServerFailure failure = ServerFailure::None;
    auto database = Database::openServer(server, Database::Options {}, &error, &failure);
    std::optional<Actor> actor;
    if (database) {
        try {
            actor = SignIn::serverSession(*database, &error);
        } catch (const StorageError& e) {
            error = e.message();
        }
    }
    setEnabled(true);
    if (!actor) {
        // Without a keyring the password could only come from the field: say so where the password is asked.
        if (failure == ServerFailure::PasswordMissing && !keyringError.isEmpty())
            error += QLatin1Char(' ') + tr("The keyring could not be read: %1.").arg(keyringError);
        showFailure(error, failure);
        return;
    }
    rememberPassword(server);
    m_opened = std::move(database);
    m_actor = actor;
    QDialog::accept();
}

void ConnectServerDialog::rememberPassword(const ServerSettings& settings)
{
    QString error;
    const QString url = settings.displayUrl();
    if (m_remember->isChecked() && !settings.password.isEmpty()) {
        if (!ServerKeyring::write(url, settings.password, &error))
            m_keyringNote = tr("The password was not remembered: %1. QA Desk will ask for it next time.").arg(error);
    } else if (!m_remember->isChecked() && !ServerKeyring::remove(url, &error) && !settings.password.isEmpty()) {
        m_keyringNote = tr("A remembered password could not be forgotten: %1.").arg(error);
    }
}

} // namespace qadesk
