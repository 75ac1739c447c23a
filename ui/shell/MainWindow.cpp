#include "MainWindow.h"

#include "AppSettings.h"
#include "ConnectServerDialog.h"
#include "Dialogs.h"
#include "workspace/JobPool.h"
#include "PageReader.h"
#include "RecordingFoldersDialog.h"
#include "Theme.h"
#include "Translator.h"
#include "agents/AgentPage.h"
#include "analytics/ConversationMetrics.h"
#include "autoqa/AutoQaPage.h"
#include "calibration/CalibrationPage.h"
#include "demo/DemoWorkspaceBuilder.h"
#include "disputes/DisputesPage.h"
#include "evaluate/EvaluationPage.h"
#include "io/ImportWizard.h"
#include "overview/OverviewPage.h"
#include "people/AccessRules.h"
#include "people/NewWorkspaceDialog.h"
#include "people/PeoplePage.h"
#include "people/PeopleText.h"
#include "people/SignIn.h"
#include "people/SignInDialog.h"
#include "planning/PlanningPage.h"
#include "reports/ReportsPage.h"
#include "scorecards/ScorecardDesignerPage.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"
#include "team/TeamPage.h"
#include "ui_MainWindow.h"
#include "workspace/WorkspaceCounts.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressBar>
#include <QToolButton>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace qadesk {
namespace {

constexpr int s_workspaceNameChars = 40; // how much of the workspace's name the status bar shows, in average characters

} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    theme::style(m_ui->welcomeTitleLabel, theme::Text::Figure);
    m_ui->welcomeTextLabel->setMaximumWidth(640);
    theme::style(m_ui->welcomeTextLabel, theme::Text::Caption, theme::Colour::Muted);
    m_ui->navigationListWidget->setFont(theme::font(theme::Text::Caption));
    m_ui->navigationListWidget->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); padding-top: 8px; }"
        "QListWidget::item { padding: 9px 14px; }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setContentsMargins(0, 0, 12, 0); // apart from the user beside it
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_viewAsLabel = new QLabel(this);
    m_viewAsLabel->setObjectName(QStringLiteral("viewAsLabel"));
    m_userComboBox = new QComboBox(this);
    m_userComboBox->setObjectName(QStringLiteral("userComboBox"));
    m_userComboBox->setMinimumContentsLength(18);
    m_viewAsLabel->setBuddy(m_userComboBox);
    // Permanent, so a temporary message (an integrity check, an upgrade) shows beside it instead of hiding it or, when
    // it came before the window was shown, being drawn over it.
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_viewAsLabel);
    statusBar()->addPermanentWidget(m_userComboBox);
    m_metricsProgress = new QProgressBar(this);
    m_metricsProgress->setObjectName(QStringLiteral("metricsProgressBar"));
    m_metricsProgress->setMaximumWidth(160);
    m_metricsProgress->setVisible(false);
    m_metricsStopButton = new QToolButton(this);
    m_metricsStopButton->setObjectName(QStringLiteral("metricsStopButton"));
    m_metricsStopButton->setVisible(false);
    connect(m_metricsStopButton, &QToolButton::clicked, this, [this] {
        if (m_metricsRun)
            m_metricsRun->cancel();
    });
    statusBar()->addPermanentWidget(m_metricsProgress);
    statusBar()->addPermanentWidget(m_metricsStopButton);

    auto* languages = new QActionGroup(this);
    for (auto* action : { m_ui->languageSystemAction, m_ui->languageKoreanAction, m_ui->languageEnglishAction })
        languages->addAction(action);
    const QString language = m_settings.value(AppSettings::Key::Language).toString();
    (language == QLatin1String("ko")   ? m_ui->languageKoreanAction
         : language == QLatin1String("en") ? m_ui->languageEnglishAction
                                           : m_ui->languageSystemAction)
        ->setChecked(true);

    const std::pair<QAction*, theme::Scheme> schemes[] { { m_ui->themeSystemAction, theme::Scheme::System },
                                                         { m_ui->themeLightAction, theme::Scheme::Light },
                                                         { m_ui->themeDarkAction, theme::Scheme::Dark },
                                                         { m_ui->themeHighContrastAction,
                                                           theme::Scheme::HighContrast } };
    auto* themes = new QActionGroup(this);
    for (const auto& [action, scheme] : schemes) {
        themes->addAction(action);
        action->setChecked(scheme == theme::currentScheme());
        connect(action, &QAction::triggered, this, [this, scheme] {
            m_settings.setValue(AppSettings::Key::Theme, theme::schemeName(scheme));
            theme::apply(scheme);
            // Charts and rich text take the new colours: the page in view now, the others when next shown.
            for (PageSlot& slot : m_pages)
                slot.stale = slot.page && slot.page != m_ui->pagesStackedWidget->currentWidget();
            refreshPage(m_ui->pagesStackedWidget->currentWidget());
        });
    }

    connect(m_ui->newWorkspaceAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_ui->newWorkspaceButton, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(m_ui->openWorkspaceAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(m_ui->openWorkspaceButton, &QPushButton::clicked, this, &MainWindow::openWorkspaceDialog);
    connect(m_ui->connectServerAction, &QAction::triggered, this, [this] { connectToServer({}, false); });
    connect(m_ui->recordingFoldersAction, &QAction::triggered, this, &MainWindow::editRecordingFolders);
    connect(m_ui->demoWorkspaceAction, &QAction::triggered, this, &MainWindow::buildDemoWorkspace);
    connect(m_ui->demoWorkspaceButton, &QPushButton::clicked, this, &MainWindow::buildDemoWorkspace);
    connect(m_ui->importContactsAction, &QAction::triggered, this, &MainWindow::importContacts);
    connect(m_ui->closeWorkspaceAction, &QAction::triggered, this, &MainWindow::closeWorkspace);
    connect(m_ui->signInAction, &QAction::triggered, this, &MainWindow::signInAgain);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->languageSystemAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("system")); });
    connect(m_ui->languageKoreanAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("ko")); });
    connect(m_ui->languageEnglishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this, &MainWindow::showRow);
    // Only a demo fills the switcher: anyone may look at the demo as any of its users.
    connect(m_userComboBox, &QComboBox::activated, this, [this] {
        if (!m_database || !m_demo)
            return;
        try {
            if (const auto user = UserRepository(*m_database).findByLogin(m_userComboBox->currentData().toString()))
                setActor(SignIn::actorFor(*m_database, *user));
        } catch (const StorageError& e) {
            statusBar()->showMessage(e.message(), 15000);
        }
    });

    restoreGeometry(m_settings.value(AppSettings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings.value(AppSettings::Key::WindowState).toByteArray());
    updateRecentMenu();
    updateUser();
    updateStatus();
}

MainWindow::~MainWindow()
{
    stopMeasuringCalls();
    destroyPages(); // each page cancels and waits for its own jobs (auto-QA runs, previews, waveforms)
    // The background integrity check (or a demo being built) runs on to its end, here, while the window and the
    // application still stand: ended mid-way by the application's teardown, a check of the 1 M workspace crashed.
    jobPool()->waitForDone();
    housekeepingPool()->waitForDone();
}

// Each page lists the changes that alter what it shows, and reads again on those only (another program's commit
// names nothing, so it counts for every page). The scorecard and auto-QA pages read when asked, not on changes.
QList<MainWindow::PageEntry> MainWindow::pageEntries() const
{
    return {
        { QStringLiteral("overview"), [] { return tr("Overview"); },
          [](const Database& db, const Actor& actor, QWidget* parent) { return new OverviewPage(db, actor, parent); },
          { Change::Evaluation, Change::DisputeRaised, Change::DisputeDecided, Change::Import, Change::Plan,
            Change::Coaching } },
        { QStringLiteral("evaluate"), [] { return tr("Evaluate"); },
          [](const Database& db, const Actor& actor, QWidget* parent) {
              return new EvaluationPage(db, actor, parent);
          },
          { Change::Evaluation, Change::DisputeDecided, Change::Import, Change::Plan } },
        { QStringLiteral("team"), [] { return tr("Team"); },
          [](const Database& db, const Actor& actor, QWidget* parent) { return new TeamPage(db, actor, parent); },
          { Change::Evaluation, Change::DisputeDecided, Change::Import, Change::Plan, Change::Coaching } },
        { QStringLiteral("agent"), [] { return tr("Agent"); },
          [](const Database& db, const Actor& actor, QWidget* parent) { return new AgentPage(db, actor, parent); },
          { Change::Evaluation, Change::DisputeRaised, Change::DisputeDecided, Change::Import, Change::Coaching } },
        { QStringLiteral("disputes"), [] { return tr("Disputes"); },
          [](const Database& db, const Actor& actor, QWidget* parent) { return new DisputesPage(db, actor, parent); },
          { Change::Evaluation, Change::DisputeRaised, Change::DisputeDecided, Change::Import } },
        { QStringLiteral("calibration"), [] { return tr("Calibration"); },
          [](const Database& db, const Actor& actor, QWidget* parent) {
              return new CalibrationPage(db, actor, parent);
          },
          { Change::Evaluation, Change::Import } },
        { QStringLiteral("scorecards"), [] { return tr("Scorecards"); },
          [](const Database& db, const Actor& actor, QWidget* parent) {
              return new ScorecardDesignerPage(db, actor, parent);
          },
          {} },
        { QStringLiteral("planning"), [] { return tr("Planning"); },
          [](const Database& db, const Actor& actor, QWidget* parent) { return new PlanningPage(db, actor, parent); },
          { Change::Evaluation, Change::DisputeDecided, Change::Import, Change::Plan } },
        { QStringLiteral("autoqa"), [] { return tr("Auto-QA"); },
          [](const Database& db, const Actor& actor, QWidget* parent) { return new AutoQaPage(db, actor, parent); },
          {} },
        { QStringLiteral("reports"), [] { return tr("Reports"); },
          [](const Database& db, const Actor& actor, QWidget* parent) { return new ReportsPage(db, actor, parent); },
          { Change::Evaluation, Change::DisputeRaised, Change::DisputeDecided, Change::Import, Change::Plan,
            Change::Coaching } },
        { QStringLiteral("people"), [] { return tr("People"); },
          [](const Database& db, const Actor& actor, QWidget* parent) { return new PeoplePage(db, actor, parent); },
          { Change::Import } },
    };
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (ServerSettings::isUrl(path))
        return connectToServer(path, true);
    QString error;
    auto database = Database::open(path, &error);
    if (!database) {
        statusBar()->showMessage(error, 15000);
        Dialogs::warning(this, tr("Cannot open the workspace"), error);
        return false;
    }
    bool demo = false;
    try {
        demo = DemoWorkspaceBuilder::isDemo(*database);
    } catch (const StorageError& e) {
        Dialogs::warning(this, tr("Cannot open the workspace"), e.message());
        return false;
    }
    std::optional<Actor> actor = demo ? demoActor(*database) : signIn(*database);
    if (!actor)
        return false;
    adopt(std::move(database), *actor, demo);
    return true;
}

// A team server, signed in as the login the server authenticated. `url` (without password) fills the dialog; with
// `tryFirst` it connects at once and shows the dialog only when that fails (a recent server whose password is in
// the keyring, PGPASSWORD or ~/.pgpass reopens without a question).
bool MainWindow::connectToServer(const QString& url, bool tryFirst)
{
    QString error;
    const std::optional<ServerSettings> settings
        = url.isEmpty() ? std::nullopt : ServerSettings::fromUrl(url, &error);
    ConnectServerDialog dialog(settings, this);
    if (!error.isEmpty())
        dialog.showFailure(error, ServerFailure::Other);
    else if (tryFirst)
        dialog.accept();
    if (!dialog.actor() && dialog.exec() != QDialog::Accepted)
        return false;
    if (!dialog.keyringNote().isEmpty())
        statusBar()->showMessage(dialog.keyringNote(), 15000);
    adopt(dialog.takeDatabase(), *dialog.actor(), false);
    return true;
}

// Asks who is there; nullopt (and the current workspace stays) when nobody can sign in or the user cancels.
std::optional<Actor> MainWindow::signIn(const Database& database)
{
    const QString file = QDir::toNativeSeparators(database.path());
    try {
        if (!SignIn::anyoneCanSignIn(database)) {
            Dialogs::warning(this, tr("Nobody can sign in"),
                             tr("No user of %1 has a password yet, so nobody can sign in. The administrator sets one "
                                "with \"qadesk-cli user passwd\".")
                                 .arg(file));
            return std::nullopt;
        }
    } catch (const StorageError& e) {
        Dialogs::warning(this, tr("Cannot open the workspace"), e.message());
        return std::nullopt;
    }
    SignInDialog dialog(database, m_settings.lastLogin(database.path()), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.actor())
        return std::nullopt;
    m_settings.setLastLogin(database.path(), dialog.actor()->login); // the login only, never the password
    return *dialog.actor();
}

// A demo opens as the user last viewed as there, else as its administrator.
Actor MainWindow::demoActor(const Database& database) const
{
    const QString remembered = m_settings.lastLogin(database.path());
    try {
        std::optional<User> chosen;
        for (const User& user : UserRepository(database).all()) {
            if (user.active && (user.login == remembered || (!chosen && user.role == Role::Admin)))
                chosen = user;
        }
        if (chosen)
            return SignIn::actorFor(database, *chosen);
    } catch (const StorageError& e) {
        statusBar()->showMessage(e.message(), 15000);
    }
    return {};
}

void MainWindow::adopt(std::unique_ptr<Database> database, const Actor& actor, bool demo)
{
    closeWorkspace(); // stops measuring calls on the workspace being replaced
    m_database = std::move(database);
    if (m_database->canOpenSibling())
        m_reads = std::make_unique<BackgroundReads>(*m_database);
    m_countsReader = new PageReader(*m_database, m_workspaceLabel);
    m_otherPrograms = std::make_unique<OtherProgramWatcher>(*m_database);
    connect(&WorkspaceChanges::of(*m_database), &WorkspaceChanges::changed, this, &MainWindow::workspaceChanged);
    m_actor = actor;
    m_demo = demo;
    m_settings.addRecentWorkspace(isServer() ? m_database->displayName() : m_database->path());
    updateRecentMenu();
    updateUser();
    createPages();
    updateStatus();
    if (!m_database->backupPath().isEmpty())
        statusBar()->showMessage(tr("The workspace was upgraded; a copy of the old file is at %1")
                                     .arg(QDir::toNativeSeparators(m_database->backupPath())),
                                 15000);
    if (m_database->integrityCheckSkipped())
        checkWorkspaceInBackground();
    measureCallsInBackground();
}

bool MainWindow::signInAgain()
{
    if (!m_database || m_demo)
        return false;
    if (isServer()) // the server authenticates: signing in as another user is connecting as another login
        return connectToServer(m_database->displayName(), false);
    const std::optional<Actor> actor = signIn(*m_database);
    if (!actor)
        return false;
    setActor(*actor);
    return true;
}

// Pages were made for the previous user: their drafts and permissions follow the actor.
void MainWindow::setActor(const Actor& actor)
{
    m_actor = actor;
    if (m_demo)
        m_settings.setLastLogin(m_database->path(), actor.login);
    updateUser();
    createPages(m_ui->navigationListWidget->currentRow());
}

// A large workspace opens without its integrity check; it runs here on its own read-only connection.
void MainWindow::checkWorkspaceInBackground()
{
    const QString path = m_database->path();
    statusBar()->showMessage(tr("Checking %1 for damage in the background…").arg(QDir::toNativeSeparators(path)));
    auto* watcher = new QFutureWatcher<std::pair<QStringList, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const auto [problems, summary] = watcher->result();
        watcher->deleteLater();
        if (!m_database || m_database->path() != path)
            return;
        if (problems.isEmpty()) {
            statusBar()->showMessage(tr("%1 was checked: no damage found.").arg(QDir::toNativeSeparators(path)), 15000);
            return;
        }
        statusBar()->showMessage(summary);
        Dialogs::warning(this, tr("The workspace is damaged"), summary);
    });
    watcher->setFuture(QtConcurrent::run(housekeepingPool(), [path] {
        yieldToForegroundWork(); // the pages' first reads come first
        QString summary;
        QStringList problems = Database::checkFile(path, &summary);
        return std::pair { problems, summary };
    }));
}

// Calls imported without metrics (dead air, overtalk, talk share), and chats imported before metrics were stored, are
// measured on a worker connection, so reports, the queue filters and sampling can use them. The run itself finds
// them (on a large workspace that takes longer than the GUI thread may wait); once it has calls to measure, the
// status bar shows how far it has come and can stop it.
void MainWindow::measureCallsInBackground()
{
    if (m_metricsRun || !m_database || m_database->isReadOnly() || !m_database->canOpenSibling())
        return;
    m_metricsRun = new QFutureWatcher<MetricsRun>(this);
    m_metricsProgress->setFormat(tr("Measuring calls: %v of %m"));
    m_metricsProgress->setTextVisible(true);
    m_metricsStopButton->setText(tr("Stop"));
    m_metricsStopButton->setToolTip(tr("Stop measuring the calls; the rest are measured when the workspace is next "
                                       "opened."));
    connect(m_metricsRun, &QFutureWatcherBase::progressRangeChanged, this, [this](int minimum, int maximum) {
        m_metricsProgress->setRange(minimum, maximum);
        if (maximum > 0) {
            m_metricsProgress->setVisible(true);
            m_metricsStopButton->setVisible(true);
        }
    });
    connect(m_metricsRun, &QFutureWatcherBase::progressValueChanged, m_metricsProgress, &QProgressBar::setValue);
    connect(m_metricsRun, &QFutureWatcherBase::finished, this, [this] {
        QFutureWatcher<MetricsRun>* watcher = std::exchange(m_metricsRun, nullptr);
        watcher->deleteLater();
        m_metricsProgress->setVisible(false);
        m_metricsStopButton->setVisible(false);
        if (watcher->future().resultCount() == 0) {
            statusBar()->showMessage(tr("Measuring the calls was stopped."), 10000);
            return;
        }
        const MetricsRun run = watcher->result();
        if (run.total == 0 && run.chats == 0 && run.failures.isEmpty())
            return; // everything was measured already
        statusBar()->showMessage(
            run.failures.isEmpty()
                ? tr("Measured %n call(s): dead air, overtalk and talk share.", nullptr, run.measured)
                : tr("Measured %1 of %2 call(s); %3", nullptr, run.total)
                      .arg(run.measured)
                      .arg(run.total)
                      .arg(run.failures.first()),
            15000);
    });
    m_metricsRun->setFuture(ConversationMetrics::start(*m_database));
}

// The run holds the open workspace: it stops (within the call it is on) before the workspace goes.
void MainWindow::stopMeasuringCalls()
{
    if (!m_metricsRun)
        return;
    QFutureWatcher<MetricsRun>* watcher = std::exchange(m_metricsRun, nullptr);
    watcher->disconnect(this);
    watcher->cancel();
    watcher->waitForFinished();
    watcher->deleteLater();
    m_metricsProgress->setVisible(false);
    m_metricsStopButton->setVisible(false);
}

void MainWindow::closeWorkspace()
{
    stopMeasuringCalls();
    destroyPages();
    delete std::exchange(m_countsReader, nullptr);
    m_otherPrograms.reset();
    m_reads.reset();
    m_database.reset();
    m_actor = {};
    m_demo = false;
    updateUser();
    updateStatus();
}

// Lists the pages; only the one shown (`row`) is made now.
void MainWindow::createPages(int row)
{
    destroyPages();
    for (const auto& entry : pageEntries()) {
        m_pages << PageSlot { entry.id, entry.readsAgainOn };
        m_ui->navigationListWidget->addItem(entry.title());
    }
    m_ui->navigationListWidget->setCurrentRow(std::max(0, row));
}

QWidget* MainWindow::ensurePage(PageSlot& slot)
{
    if (slot.page)
        return slot.page;
    for (const auto& entry : pageEntries()) {
        if (entry.id != slot.id)
            continue;
        slot.page = entry.create(*m_database, m_actor, m_ui->pagesStackedWidget); // it reads as it is made
        slot.page->setObjectName(entry.id + QStringLiteral("Page"));
        m_ui->pagesStackedWidget->addWidget(slot.page);
        connectPage(slot.page);
    }
    return slot.page;
}

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    PageSlot& slot = m_pages[row];
    const bool made = slot.page != nullptr;
    QWidget* shown = ensurePage(slot);
    if (made && std::exchange(slot.stale, false))
        refreshPage(shown);
    m_ui->pagesStackedWidget->setCurrentWidget(shown);
}

// Pages know nothing of each other; the window carries one page's request to another, making it when needed.
void MainWindow::connectPage(QWidget* made)
{
    const auto openAgent = [this](qint64 agentId) {
        if (auto* agent = qobject_cast<AgentPage*>(page(QStringLiteral("agent"))); agent && agent->setAgent(agentId))
            showPage(QStringLiteral("agent"));
    };
    const auto openEvaluate = [this] {
        auto* evaluate = qobject_cast<EvaluationPage*>(page(QStringLiteral("evaluate")));
        showPage(QStringLiteral("evaluate"));
        return evaluate;
    };
    if (auto* people = qobject_cast<PeoplePage*>(made)) {
        // The signed-in user's own name or role may have changed; a demo's switcher lists the users.
        connect(people, &PeoplePage::accountsChanged, this, [this](qint64 userId) {
            try {
                if (const auto user = UserRepository(*m_database).find(userId); user && userId == m_actor.userId)
                    m_actor = SignIn::actorFor(*m_database, *user);
            } catch (const StorageError& e) {
                statusBar()->showMessage(e.message(), 15000);
            }
            updateUser();
        });
    } else if (auto* calibration = qobject_cast<CalibrationPage*>(made)) {
        connect(calibration, &CalibrationPage::scoreRequested, this, [openEvaluate](qint64 sessionId) {
            if (auto* evaluate = openEvaluate())
                evaluate->openCalibration(sessionId);
        });
    } else if (auto* agent = qobject_cast<AgentPage*>(made)) {
        connect(agent, &AgentPage::openContactRequested, this, [openEvaluate](qint64 contactId) {
            if (auto* evaluate = openEvaluate())
                evaluate->openContact(contactId);
        });
    } else if (auto* overview = qobject_cast<OverviewPage*>(made)) {
        connect(overview, &OverviewPage::agentActivated, this, openAgent);
    } else if (auto* team = qobject_cast<TeamPage*>(made)) {
        connect(team, &TeamPage::agentActivated, this, openAgent);
    }
}

// The pages that show what the workspace holds read it again; the scorecard and auto-QA pages read when asked.
void MainWindow::refreshPage(QWidget* page)
{
    if (auto* overview = qobject_cast<OverviewPage*>(page))
        overview->refresh();
    else if (auto* evaluate = qobject_cast<EvaluationPage*>(page))
        evaluate->refreshQueue();
    else if (auto* team = qobject_cast<TeamPage*>(page))
        team->refresh();
    else if (auto* agent = qobject_cast<AgentPage*>(page))
        agent->refresh();
    else if (auto* disputes = qobject_cast<DisputesPage*>(page))
        disputes->refresh();
    else if (auto* people = qobject_cast<PeoplePage*>(page))
        people->refresh();
    else if (auto* calibration = qobject_cast<CalibrationPage*>(page))
        calibration->refresh();
    else if (auto* reports = qobject_cast<ReportsPage*>(page))
        reports->refresh();
    else if (auto* planning = qobject_cast<PlanningPage*>(page))
        planning->refresh();
}

bool MainWindow::affects(Change change, const QList<Change>& readsAgainOn)
{
    return change == Change::OtherProgram || readsAgainOn.contains(change); // SQLite cannot say what another changed
}

// Something was committed, here or by another program: the pages it concerns read again, the one in view now, the
// others when shown. The status bar counts agents and evaluations.
void MainWindow::workspaceChanged(Change change)
{
    if (affects(change, { Change::Evaluation, Change::DisputeDecided, Change::Import })) // a revision is an evaluation
        updateStatus();
    QWidget* current = m_ui->pagesStackedWidget->currentWidget();
    for (PageSlot& slot : m_pages) {
        if (!slot.page || !affects(change, slot.readsAgainOn))
            continue;
        if (slot.page == current)
            refreshPage(slot.page);
        else
            slot.stale = true;
    }
}

void MainWindow::destroyPages()
{
    m_ui->navigationListWidget->clear();
    for (const PageSlot& slot : std::as_const(m_pages)) {
        if (!slot.page)
            continue;
        m_ui->pagesStackedWidget->removeWidget(slot.page);
        delete slot.page;
    }
    m_pages.clear();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->welcomePage);
}

bool MainWindow::showPage(const QString& id)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row).id == id) {
            m_ui->navigationListWidget->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QWidget* MainWindow::page(const QString& id)
{
    for (PageSlot& slot : m_pages) {
        if (slot.id == id)
            return ensurePage(slot);
    }
    return nullptr;
}

bool MainWindow::isReading() const
{
    if (m_countsReader && m_countsReader->isReading())
        return true;
    for (const PageSlot& slot : m_pages) {
        if (!slot.page)
            continue;
        for (const PageReader* reader : slot.page->findChildren<PageReader*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (reader->isReading())
                return true;
        }
    }
    return false;
}

void MainWindow::updateUser()
{
    const bool open = m_database != nullptr;
    m_userLabel->setVisible(open && !m_demo);
    m_viewAsLabel->setVisible(open && m_demo);
    m_userComboBox->setVisible(open && m_demo);
    m_ui->signInAction->setVisible(!m_demo);
    m_ui->signInAction->setEnabled(open && !m_demo);
    m_userLabel->setText(open ? tr("Signed in as %1 (%2)").arg(m_actor.displayName, PeopleText::roleName(m_actor.role))
                              : QString());
    m_viewAsLabel->setText(tr("Demo: &view as"));
    m_userComboBox->clear();
    if (!open || !m_demo)
        return;
    try {
        for (const auto& user : UserRepository(*m_database).all()) {
            if (!user.active)
                continue;
            m_userComboBox->addItem(tr("%1 · %2").arg(user.displayName, PeopleText::roleName(user.role)), user.login);
            if (user.login == m_actor.login)
                m_userComboBox->setCurrentIndex(m_userComboBox->count() - 1);
        }
    } catch (const StorageError& e) {
        statusBar()->showMessage(e.message(), 15000);
    }
}

void MainWindow::updateStatus()
{
    const bool open = m_database != nullptr;
    m_ui->closeWorkspaceAction->setEnabled(open);
    const Decision mayImport = AccessRules::check(m_actor, Action::ImportContacts);
    m_ui->importContactsAction->setEnabled(open && m_database->canOpenSibling() && mayImport);
    m_ui->recordingFoldersAction->setEnabled(isServer());
    m_ui->importContactsAction->setToolTip(open && !mayImport ? mayImport.reason : QString());
    if (!open) {
        m_workspaceLabel->setText(tr("No workspace open"));
        m_workspaceLabel->setToolTip({});
        setWindowTitle(tr("QA Desk"));
        return;
    }
    setWindowTitle(tr("%1 — QA Desk")
                       .arg(isServer() ? m_database->displayName() : QFileInfo(m_database->path()).fileName()));
    m_countsReader->read<WorkspaceCounts>(
        [](const Database& db) { return countWorkspace(db); },
        [this](WorkspaceCounts& counts) {
            // A long workspace name must not widen the window past the screen, nor leave messages no room: it is
            // shortened in the middle, and shown whole as the tooltip.
            const QString name = m_database->displayName();
            const QString shortName = m_workspaceLabel->fontMetrics().elidedText(
                name, Qt::ElideMiddle, m_workspaceLabel->fontMetrics().averageCharWidth() * s_workspaceNameChars);
            m_workspaceLabel->setText(tr("Workspace: %1  ·  %n agent(s)", nullptr, int(counts.agents)).arg(shortName)
                                      + tr("  ·  %n evaluation(s)", nullptr, int(counts.evaluations)));
            m_workspaceLabel->setToolTip(name);
        },
        [this](const QString& error) { m_workspaceLabel->setText(error); });
}

void MainWindow::updateRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString& path : recent) {
        QAction* action
            = m_ui->recentMenu->addAction(ServerSettings::isUrl(path) ? path : QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    m_ui->recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseLanguage(const QString& language)
{
    m_settings.setValue(AppSettings::Key::Language, language);
    installTranslations(language);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    const auto entries = pageEntries();
    for (int row = 0; row < m_pages.size() && row < m_ui->navigationListWidget->count(); ++row) {
        for (const auto& entry : entries) {
            if (entry.id == m_pages.at(row).id)
                m_ui->navigationListWidget->item(row)->setText(entry.title());
        }
    }
    updateUser();
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::Key::WindowState, saveState());
    destroyPages(); // pages save drafts as they go away
    QMainWindow::closeEvent(event);
}

// The first-run dialog makes the workspace with its administrator, who is then the one signed in.
void MainWindow::newWorkspace()
{
    NewWorkspaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<Database> database = dialog.takeDatabase();
    if (!database)
        return;
    m_settings.setLastLogin(database->path(), dialog.administrator().login);
    adopt(std::move(database), dialog.administrator(), false);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = Dialogs::openFileName(this, tr("Open workspace"), tr("QA Desk workspaces (*.qadesk);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::buildDemoWorkspace()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::saveFileName(this, tr("Build a demo workspace"),
                                               QDir(folder).filePath(QStringLiteral("qadesk-demo.qadesk")),
                                               tr("QA Desk workspaces (*.qadesk)"));
    if (path.isEmpty())
        return;
    auto* progress = new QProgressDialog(tr("Building the demo workspace…"), tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    struct Outcome {
        bool ok = false;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress, path] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        progress->close();
        if (outcome.ok)
            openWorkspace(path);
        else
            Dialogs::warning(this, tr("Build a demo workspace"), outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(jobPool(), [path, cancelled, progress] {
        Outcome outcome;
        DemoSummary summary;
        DemoOptions options;
        const auto report = [cancelled, progress](double fraction, const QString& step) {
            QMetaObject::invokeMethod(progress, [progress, fraction, step] {
                progress->setValue(int(fraction * 1000));
                progress->setLabelText(step);
            });
            return !cancelled->load();
        };
        outcome.ok = DemoWorkspaceBuilder::build(path, options, report, &summary, &outcome.error);
        return outcome;
    }));
}

void MainWindow::editRecordingFolders()
{
    if (!isServer())
        return;
    RecordingFoldersDialog dialog(*m_database, m_actor, m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshPage(m_ui->pagesStackedWidget->currentWidget()); // the page may now find its recording
}

bool MainWindow::isServer() const
{
    return m_database && m_database->dialect() == SqlDialect::PostgreSQL;
}

void MainWindow::importContacts()
{
    if (!m_database)
        return;
    ImportWizard wizard(*m_database, m_actor, this);
    wizard.exec();
    if (wizard.summary() && wizard.summary()->contactsAdded > 0) { // the import's change event refreshes the pages
        statusBar()->showMessage(tr("Imported %n contact(s).", nullptr, wizard.summary()->contactsAdded), 10000);
        measureCallsInBackground();
        // New contacts are checked by the auto-QA rules as they arrive, now that their import has committed.
        if (auto* autoqa = qobject_cast<AutoQaPage*>(page(QStringLiteral("autoqa"))))
            autoqa->checkContacts();
    }
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (const auto& action : findChildren<QAction*>()) {
        if (action->shortcut().isEmpty())
            continue;
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         action->text().remove(QLatin1Char('&')).toHtmlEscaped());
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                    QStringLiteral("<table cellspacing='6'>%1</table>").arg(rows), QMessageBox::Close, this);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About QA Desk"),
                       tr("<h3>QA Desk %1</h3><p>Quality assurance for contact centres: evaluate calls and chats "
                          "against versioned scorecards, coach agents from their trends, and plan monitoring with "
                          "statistically sound samples.</p><p>MIT licence.</p>")
                           .arg(QStringLiteral(QADESK_VERSION)));
}

} // namespace qadesk
