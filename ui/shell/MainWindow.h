#pragma once

#include "people/Actor.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace qadesk {

class AppSettings;
class Database;

// The application window: a sidebar of the product's areas, their pages, and the open workspace in the status bar.
// It owns the open Database and the signed-in Actor; pages are created for both and destroyed when either changes.
// Opening a workspace asks who you are (SignInDialog); a demo workspace instead has a "view as" switcher, and only
// a demo has one.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file, replacing the open one, once its user has signed in (a demo: as the user last viewed
    // as, else its administrator). On failure or a cancelled sign-in shows the reason (file and problem) and keeps the
    // current workspace; returns false.
    // A team server's URL (ServerSettings::isUrl) goes to connectToServer(url, true).
    bool openWorkspace(const QString& path);
    // File → Connect to team server…: the dialog, filled from `url` (without password) when given; with `tryFirst`
    // it connects at once and shows the dialog only when that fails. False when cancelled.
    bool connectToServer(const QString& url, bool tryFirst);
    void closeWorkspace();
    // File → Sign in as another user… (not in a demo): false, with the current user kept, when cancelled.
    bool signInAgain();
    const Database* database() const { return m_database.get(); }
    bool isDemo() const { return m_demo; }
    const Actor& actor() const { return m_actor; } // the user working now
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
        std::function<QWidget*(const Database&, const Actor& actor, QWidget* parent)> create;
    };

    std::optional<Actor> signIn(const Database& database);
    Actor demoActor(const Database& database) const;
    void adopt(std::unique_ptr<Database> database, const Actor& actor, bool demo);
    void setActor(const Actor& actor);
    void createPages();
    void connectPages();
    void refreshPage(QWidget* shown);
    void destroyPages();
    void retranslate();
    void updateRecentMenu();
    void updateStatus();
    void checkWorkspaceInBackground();
    void updateUser();
    void chooseLanguage(const QString& language);
    void newWorkspace();
    void openWorkspaceDialog();
    void buildDemoWorkspace();
    void importContacts();
    void editRecordingFolders(); // File → Recordings folders… (team servers)
    bool isServer() const;
    void showShortcuts();
    void showAbout();
    QList<PageEntry> pageEntries() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings& m_settings;
    std::unique_ptr<Database> m_database;
    QList<std::pair<QString, QWidget*>> m_pages;
    Actor m_actor;
    bool m_demo = false;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_userLabel = nullptr; // who is signed in
    QLabel* m_viewAsLabel = nullptr; // a demo's "view as"
    QComboBox* m_userComboBox = nullptr; // a demo's users
};

} // namespace qadesk
