#pragma once

#include "people/Actor.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace qadesk {

class AppSettings;
class Database;
class ProblemLabel;

// File → Recordings folders…: where this desktop finds each recordings root of the team server (RecordingRoots),
// kept in this desktop's settings under the server's URL without password. Managers and administrators also name
// new roots here, for every desktop.
class RecordingFoldersDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordingFoldersDialog(const Database& database, const Actor& actor, AppSettings& settings,
                           QWidget* parent = nullptr);

    QLineEdit* folderEdit(const QString& root) const; // for tests
    // Adds a root named `name`; false, with the reason shown, when refused.
    bool addRoot(const QString& name);
    QString problem() const;
    void accept() override;

private:
    void addRow(const QString& root, const QString& folder);

    const Database& m_database;
    const Actor& m_actor;
    AppSettings& m_settings;
    QFormLayout* m_form;
    ProblemLabel* m_problem;
    QPushButton* m_addButton;
    QHash<QString, QLineEdit*> m_folders;
};

} // namespace qadesk
