#pragma once

#include "people/Actor.h"
#include "storage/WorkspaceChanges.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;
template <typename T> class QFutureWatcher;

namespace Ui {
class MainWindow;
}

namespace qadesk {

class AppSettings;
class BackgroundReads;
class Database;
class PageReader;
struct MetricsRun;

// The application window: a sidebar of the product's areas, their pages, and the open workspace in the status bar.
// It owns the open Database and the signed-in Actor; pages are created for both and destroyed when either changes.
// A page is created, and reads, only when first shown; its reads run on the window's worker connection
// (BackgroundReads). Pages and the status bar read again on the workspace's change events (WorkspaceChanges, also
// those of other programs) of the kinds that alter what they show: the page in view at once, the others when next
// shown.
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
    // Shows the page with this id ("overview", "scorecards", ...); false if there is none. Its reads may still run.
    bool showPage(const QString& id);
    // The page with this id, created now if it was not yet shown; null if there is none.
    QWidget* page(const QString& id);
    bool isReading() const; // a page or the status bar's counts are still reading in the background

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageEntry {
        QString id;
        std::function<QString()> title;
        std::function<QWidget*(const Database&, const Actor& actor, QWidget* parent)> create;
        QList<Change> readsAgainOn; // the changes that alter what it shows, besides another program's
    };
    struct PageSlot {
        QString id;
        QList<Change> readsAgainOn;
        QWidget* page = nullptr; // until first shown
        bool stale = false; // the workspace changed while it was hidden: it reads again when next shown
    };

    std::optional<Actor> signIn(const Database& database);
    Actor demoActor(const Database& database) const;
    void adopt(std::unique_ptr<Database> database, const Actor& actor, bool demo);
    void setActor(const Actor& actor);
    void createPages(int row = 0);
    QWidget* ensurePage(PageSlot& slot);
    void connectPage(QWidget* page);
    void showRow(int row);
    static void refreshPage(QWidget* page);
    static bool affects(Change change, const QList<Change>& readsAgainOn);
    void workspaceChanged(Change change);
    void destroyPages();
    void retranslate();
    void updateRecentMenu();
    void updateStatus();
    void checkWorkspaceInBackground();
    void measureCallsInBackground();
    void stopMeasuringCalls();
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
    std::unique_ptr<BackgroundReads> m_reads; // before the database goes
    std::unique_ptr<OtherProgramWatcher> m_otherPrograms;
    PageReader* m_countsReader = nullptr; // the status bar's counts
    QList<PageSlot> m_pages;
    Actor m_actor;
    bool m_demo = false;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_userLabel = nullptr; // who is signed in
    QLabel* m_viewAsLabel = nullptr; // a demo's "view as"
    QComboBox* m_userComboBox = nullptr; // a demo's users
    QFutureWatcher<MetricsRun>* m_metricsRun = nullptr; // measuring the calls without metrics, while it runs
    QProgressBar* m_metricsProgress = nullptr;
    QToolButton* m_metricsStopButton = nullptr;
};

} // namespace qadesk
