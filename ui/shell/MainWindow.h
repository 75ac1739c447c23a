#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace qadesk {

class AppSettings;
class Database;

// The application window: a sidebar of the product's areas, their pages, and the open workspace in the status bar.
// It owns the open Database; pages are created for it and destroyed when it closes.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file, replacing the open one. On failure shows the reason (file and problem) and keeps the
    // current workspace; returns false.
    bool openWorkspace(const QString& path);
    void closeWorkspace();
    const Database* database() const { return m_database.get(); }
    QString actor() const; // the login of the user working now
    // Shows the page with this id ("overview", "scorecards", ...); false if there is none.
    bool showPage(const QString& id);
    QWidget* page(const QString& id) const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageEntry {
        QString id;
        std::function<QString()> title;
        std::function<QWidget*(const Database&, const QString& actor, QWidget* parent)> create;
    };

    void createPages();
    void connectPages();
    void refreshPage(QWidget* shown);
    void destroyPages();
    void retranslate();
    void updateRecentMenu();
    void updateStatus();
    void checkWorkspaceInBackground();
    void updateUsers();
    void chooseLanguage(const QString& language);
    void newWorkspace();
    void openWorkspaceDialog();
    void buildDemoWorkspace();
    void importContacts();
    void showShortcuts();
    void showAbout();
    QList<PageEntry> pageEntries() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings& m_settings;
    std::unique_ptr<Database> m_database;
    QList<std::pair<QString, QWidget*>> m_pages;
    QLabel* m_workspaceLabel = nullptr;
    QComboBox* m_userComboBox = nullptr;
};

} // namespace qadesk
