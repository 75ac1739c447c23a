#include "NewWorkspaceDialog.h"

#include "people/SignIn.h"
#include "scoring/ScorecardJson.h"
#include "shell/Dialogs.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"
#include "ui_NewWorkspaceDialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <algorithm>

namespace qadesk {
namespace {

const char* const s_formProperty = "qadeskForm"; // a scorecard check box's resource path

} // namespace

NewWorkspaceDialog::NewWorkspaceDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewWorkspaceDialog>())
{
    m_ui->setupUi(this);
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_ui->timeZoneComboBox->addItems(zones);
    m_ui->timeZoneComboBox->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    // Typing "Seoul" finds Asia/Seoul.
    m_ui->timeZoneComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    addScorecardChoices();
    alignLabels();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewWorkspaceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewWorkspaceDialog::browse);
    for (QLineEdit* field : { m_ui->pathLineEdit, m_ui->centreNameLineEdit, m_ui->adminLoginLineEdit,
                              m_ui->adminDisplayNameLineEdit, m_ui->adminPasswordLineEdit, m_ui->adminConfirmLineEdit })
        connect(field, &QLineEdit::textChanged, this, &NewWorkspaceDialog::updateProblems);
    connect(m_ui->timeZoneComboBox, &QComboBox::currentTextChanged, this, &NewWorkspaceDialog::updateProblems);
    connect(m_ui->targetSpinBox, &QSpinBox::valueChanged, this, &NewWorkspaceDialog::updateProblems);
    m_ui->centreNameLineEdit->setFocus();
    retranslate();
}

NewWorkspaceDialog::~NewWorkspaceDialog() = default;

void NewWorkspaceDialog::addScorecardChoices()
{
    for (const QString& form : ScorecardJson::shippedForms()) {
        QStringList errors;
        const auto document = ScorecardJson::readFile(form, &errors);
        auto* box = new QCheckBox(document ? document->scorecard.name : QFileInfo(form).completeBaseName(),
                                  m_ui->scorecardsGroupBox);
        box->setObjectName(QStringLiteral("scorecardCheckBox_") + QFileInfo(form).completeBaseName());
        box->setProperty(s_formProperty, form);
        box->setToolTip(document ? document->scorecard.description : errors.join(QLatin1Char('\n')));
        box->setChecked(true);
        m_ui->scorecardsLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &NewWorkspaceDialog::updateProblems);
    }
}

void NewWorkspaceDialog::alignLabels()
{
    // The centre and the administrator are two forms in two boxes; one label width lines their fields up.
    const QList<QLabel*> labels { m_ui->pathLabel,          m_ui->centreNameLabel,  m_ui->timeZoneLabel,
                                  m_ui->targetLabel,        m_ui->adminLoginLabel,  m_ui->adminDisplayNameLabel,
                                  m_ui->adminPasswordLabel, m_ui->adminConfirmLabel };
    int width = 0;
    for (QLabel* label : labels) {
        label->setMinimumWidth(0);
        width = std::max(width, label->sizeHint().width());
    }
    for (QLabel* label : labels)
        label->setMinimumWidth(width);
}

void NewWorkspaceDialog::setPath(const QString& path)
{
    m_ui->pathLineEdit->setText(QDir::toNativeSeparators(path));
}

QString NewWorkspaceDialog::path() const
{
    return QDir::fromNativeSeparators(m_ui->pathLineEdit->text().trimmed());
}

void NewWorkspaceDialog::browse()
{
    const QString chosen = Dialogs::saveFileName(this, tr("New workspace"),
                                                 path().isEmpty() ? QStringLiteral("workspace.qadesk") : path(),
                                                 tr("QA Desk workspaces (*.qadesk)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

CentreSetup NewWorkspaceDialog::setup() const
{
    CentreSetup setup;
    setup.centreName = m_ui->centreNameLineEdit->text().trimmed();
    setup.timeZoneId = m_ui->timeZoneComboBox->currentText().trimmed();
    setup.adminLogin = m_ui->adminLoginLineEdit->text().trimmed();
    setup.adminDisplayName = m_ui->adminDisplayNameLineEdit->text().trimmed();
    setup.adminPassword = m_ui->adminPasswordLineEdit->text();
    setup.targetScore = m_ui->targetSpinBox->value() / 100.0;
    for (const QCheckBox* box : m_ui->scorecardsGroupBox->findChildren<QCheckBox*>()) {
        if (box->isChecked())
            setup.scorecards << box->property(s_formProperty).toString();
    }
    return setup;
}

QStringList NewWorkspaceDialog::problems() const
{
    QStringList problems;
    const QString file = path();
    if (file.isEmpty())
        problems << tr("Choose where to save the workspace file.");
    else if (QFileInfo::exists(file))
        problems
            << tr("%1 already exists. Choose a new file name: QA Desk never turns an existing file into a workspace.")
                   .arg(QDir::toNativeSeparators(file));
    problems << WorkspaceSetup::check(setup());
    if (m_ui->adminConfirmLineEdit->text() != m_ui->adminPasswordLineEdit->text())
        problems << tr("The two passwords differ.");
    return problems;
}

void NewWorkspaceDialog::updateProblems()
{
    const QStringList problems = this->problems();
    m_ui->problemLabel->showProblems(problems);
    QPushButton* create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    create->setEnabled(problems.isEmpty());
    create->setToolTip(problems.join(QLatin1Char('\n')));
}

void NewWorkspaceDialog::accept()
{
    if (!problems().isEmpty())
        return;
    const CentreSetup setup = this->setup();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // hashing the password and publishing the forms
    auto database = WorkspaceSetup::create(path(), setup, &error);
    if (database) {
        try {
            m_administrator
                = SignIn::actorFor(*database, UserRepository(*database).findByLogin(setup.adminLogin).value());
        } catch (const StorageError& failure) {
            error = failure.message();
            database.reset();
        }
    }
    QGuiApplication::restoreOverrideCursor();
    if (!database) {
        m_ui->problemLabel->showProblem(error);
        return;
    }
    m_database = std::move(database);
    m_ui->adminPasswordLineEdit->clear();
    m_ui->adminConfirmLineEdit->clear();
    QDialog::accept();
}

std::unique_ptr<Database> NewWorkspaceDialog::takeDatabase()
{
    return std::move(m_database);
}

void NewWorkspaceDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    updateProblems();
}

void NewWorkspaceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        alignLabels();
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace qadesk
