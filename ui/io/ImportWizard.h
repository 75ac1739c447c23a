#pragma once

#include "io/ContactImport.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHash>
#include <QWizard>

#include <memory>

namespace Ui {
class ImportWizard;
}

namespace qadesk {

class Database;

// File → Import contacts: choose a manifest and options, see every row checked (the rows ready, each problem with
// file, line and column, the unknown agents), choose nothing or the good rows, then import in one transaction.
// The check and the import run off the GUI thread with progress and cancel.
class ImportWizard final : public QWizard {
    Q_OBJECT

public:
    ImportWizard(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setManifest(const QString& path);
    const ImportPlan& plan() const { return m_plan; }
    // What the import wrote; empty until it finished.
    std::optional<ImportSummary> summary() const { return m_summary; }

protected:
    void initializePage(int id) override;
    void done(int result) override;

private:
    ContactImportOptions options() const;
    void addRecordingRootChoice();
    void startCheck();
    void showPlan();
    void startImport();

    const std::unique_ptr<Ui::ImportWizard> m_ui;
    const Database& m_database;
    const Actor m_actor;
    ImportPlan m_plan;
    std::optional<ImportSummary> m_summary;
    QComboBox* m_rootComboBox = nullptr; // team servers only
    QHash<QString, QString> m_rootFolders; // this desktop's folder of each recordings root
    QFutureWatcher<ImportPlan> m_checkWatcher;
    struct ImportOutcome {
        std::optional<ImportSummary> summary;
        QString error;
    };
    QFutureWatcher<ImportOutcome> m_importWatcher;
};

} // namespace qadesk
