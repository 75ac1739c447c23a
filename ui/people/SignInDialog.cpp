#include "SignInDialog.h"

#include "people/SignIn.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "ui_SignInDialog.h"

#include <QFileInfo>
#include <QPushButton>
#include <cmath>

namespace qadesk {

SignInDialog::SignInDialog(const Database& database, const QString& lastLogin, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_database(database)
    , m_retryAt(0)
{
    m_ui->setupUi(this);
    m_ui->loginLineEdit->setText(lastLogin);
    (lastLogin.isEmpty() ? m_ui->loginLineEdit : m_ui->passwordLineEdit)->setFocus();
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::updateButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->loginLineEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    retranslate();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::updateButton()
{
    const qint64 waitMs = m_retryAt.remainingTime();
    const bool waiting = waitMs > 0;
    if (!waiting)
        m_countdown.stop();
    m_ui->countdownLabel->setVisible(waiting);
    if (waiting)
        m_ui->countdownLabel->setText(
            tr("You can try again in %n second(s).", nullptr, int(std::ceil(waitMs / 1000.0))));
    QPushButton* signIn = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    signIn->setEnabled(!waiting && !m_ui->loginLineEdit->text().trimmed().isEmpty()
                       && !m_ui->passwordLineEdit->text().isEmpty());
}

void SignInDialog::accept()
{
    if (m_retryAt.remainingTime() > 0)
        return;
    QString error;
    try {
        m_actor = SignIn::authenticate(m_database, m_ui->loginLineEdit->text(), m_ui->passwordLineEdit->text(), &error);
    } catch (const StorageError& failure) {
        error = failure.message();
    }
    m_ui->passwordLineEdit->clear();
    if (m_actor) {
        QDialog::accept();
        return;
    }
    ++m_failures;
    m_ui->problemLabel->showProblem(error);
    m_retryAt.setRemainingTime(SignIn::retryDelayMs(m_failures));
    m_countdown.start();
    m_ui->passwordLineEdit->setFocus();
    updateButton();
}

void SignInDialog::retranslate()
{
    // The file's name reads better than its whole path; the path is a hover away.
    const QString workspace
        = m_database.path().isEmpty() ? m_database.displayName() : QFileInfo(m_database.path()).fileName();
    m_ui->workspaceLabel->setText(tr("Sign in to %1.").arg(workspace));
    m_ui->workspaceLabel->setToolTip(m_database.displayName());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    updateButton();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace qadesk
