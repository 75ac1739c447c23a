#include "RecordingFoldersDialog.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "people/AccessRules.h"
#include "people/ProblemLabel.h"
#include "storage/Database.h"
#include "storage/RecordingRoots.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qadesk {

RecordingFoldersDialog::RecordingFoldersDialog(const Database& database, const Actor& actor, AppSettings& settings,
                                               QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(actor)
    , m_settings(settings)
    , m_form(new QFormLayout)
    , m_problem(new ProblemLabel(this))
    , m_addButton(new QPushButton(tr("&Add a recordings root…"), this))
{
    setObjectName(QStringLiteral("RecordingFoldersDialog"));
    setWindowTitle(tr("Recordings folders"));
    setMinimumWidth(560);
    auto* intro = new QLabel(tr("The team server %1 stores each recording under a named recordings root. Give the "
                                "folder where this computer finds each root (where the recordings share is mounted "
                                "here).")
                                 .arg(database.displayName()),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_addButton, 0, Qt::AlignLeft);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordingFoldersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordingFoldersDialog::reject);
    const Decision mayDefine = AccessRules::check(actor, Action::DefineRecordingRoots);
    m_addButton->setEnabled(mayDefine.allowed);
    m_addButton->setToolTip(mayDefine ? QString() : mayDefine.reason);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (const auto name = Dialogs::text(this, tr("Add a recordings root"),
                                            tr("Name of the root (2 to 40 letters, digits, - or _), e.g. calls:")))
            addRoot(name->trimmed());
    });

    const QHash<QString, QString> folders = m_settings.recordingFolders(database.displayName());
    try {
        const QStringList roots = RecordingRoots::names(database);
        for (const QString& root : roots)
            addRow(root, folders.value(root));
        if (roots.isEmpty())
            m_problem->showMessage(tr("The server has no recordings root yet; a manager or administrator adds one."));
    } catch (const StorageError& e) {
        m_problem->showProblem(e.message());
    }
}

void RecordingFoldersDialog::addRow(const QString& root, const QString& folder)
{
    auto* edit = new QLineEdit(QDir::toNativeSeparators(folder), this);
    edit->setObjectName(root);
    auto* choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, [this, edit, root] {
        const QString chosen
            = QFileDialog::getExistingDirectory(this, tr("Folder of the recordings root %1").arg(root), edit->text());
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(choose);
    m_form->addRow(root, row);
    m_folders.insert(root, edit);
}

QLineEdit* RecordingFoldersDialog::folderEdit(const QString& root) const
{
    return m_folders.value(root);
}

QString RecordingFoldersDialog::problem() const
{
    return m_problem->text();
}

bool RecordingFoldersDialog::addRoot(const QString& name)
{
    QString error;
    try {
        if (!RecordingRoots::add(m_database, name, m_actor, &error)) {
            m_problem->showProblem(error);
            return false;
        }
    } catch (const StorageError& e) {
        m_problem->showProblem(e.message());
        return false;
    }
    m_problem->clear();
    addRow(name, {});
    return true;
}

void RecordingFoldersDialog::accept()
{
    QHash<QString, QString> folders;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        const QString folder = it.value()->text().trimmed();
        if (folder.isEmpty())
            continue;
        if (!QFileInfo(folder).isDir()) {
            m_problem->showProblem(
                tr("%1 is not a folder on this computer (recordings root %2).").arg(folder, it.key()));
            it.value()->setFocus();
            return;
        }
        folders.insert(it.key(), QDir::fromNativeSeparators(folder));
    }
    m_settings.setRecordingFolders(m_database.displayName(), folders);
    QDialog::accept();
}

} // namespace qadesk
