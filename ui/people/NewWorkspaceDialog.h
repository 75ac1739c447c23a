#pragma once

#include "people/Actor.h"
#include "people/WorkspaceSetup.h"

#include <QDialog>
#include <memory>

namespace Ui {
class NewWorkspaceDialog;
}

namespace qadesk {

class Database;

// The first-run dialog (File → New workspace…): the workspace file, the centre's name and time zone, the first
// administrator, the default target score and the shipped Korean scorecards to add, published. The fields are
// checked as they are typed (WorkspaceSetup::check, the password typed twice, a file that must not exist yet); Create
// stays disabled while anything is wrong and the dialog says what. Create makes the workspace with
// WorkspaceSetup::create and keeps it open for the caller, signed in as the administrator:
//
//     NewWorkspaceDialog dialog(this);
//     if (dialog.exec() == QDialog::Accepted) { auto db = dialog.takeDatabase(); Actor admin = dialog.administrator();
//     }
class NewWorkspaceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewWorkspaceDialog(QWidget* parent = nullptr);
    ~NewWorkspaceDialog() override;

    void setPath(const QString& path); // a suggested file
    QString path() const;
    CentreSetup setup() const; // what the fields say now
    // Everything that keeps Create disabled, each as a sentence; empty when the workspace can be created.
    QStringList problems() const;

    // Once accepted: the new workspace, open (ownership passes to the caller; null after the first call), and the
    // administrator it is signed in as.
    std::unique_ptr<Database> takeDatabase();
    const Actor& administrator() const { return m_administrator; }

    // Creates the workspace and closes; stays open saying why when it cannot.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void addScorecardChoices();
    void alignLabels();
    void browse();
    void updateProblems();
    void retranslate();

    const std::unique_ptr<Ui::NewWorkspaceDialog> m_ui;
    std::unique_ptr<Database> m_database;
    Actor m_administrator;
};

} // namespace qadesk
