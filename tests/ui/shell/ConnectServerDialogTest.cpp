#include "shell/ConnectServerDialog.h"

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/RecordingFoldersDialog.h"
#include "shell/ServerKeyring.h"
#include "storage/OrganizationRepository.h"
#include "storage/RecordingRoots.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("the connect dialog says which part failed and keeps the cursor on the field to fix")
{
    ServerSettings server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = 1; // nothing listens there
    server.database = QStringLiteral("qadesk");
    server.user = QStringLiteral("kim.qa");
    server.sslMode = QStringLiteral("verify-full");
    ConnectServerDialog dialog(server);
    dialog.show();
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("tlsComboBox"))->currentData().toString()
          == QStringLiteral("verify-full"));
    CHECK(dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->value() == 1);
    dialog.accept();
    CHECK_FALSE(dialog.actor());
    CHECK(dialog.isVisible()); // the dialog stays, with the reason
    CHECK(dialog.problem().contains(QLatin1String("nothing answers on port 1 of 127.0.0.1")));
    CHECK(QApplication::focusWidget() == dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox")));
    test::saveScreenshot(dialog, QStringLiteral("connect-dialog-failure.png"));

    // Missing fields are named before anything is tried.
    dialog.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"))->clear();
    dialog.accept();
    CHECK(dialog.problem() == QStringLiteral("Give the host, the database and your login."));
}

TEST_CASE("connecting to a team server signs in as its login, lists its URL without password and reopens from it")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    {
        QString error;
        const auto db = Database::openServer(*server, &error);
        REQUIRE(db);
        // The test server's superuser is the QA Desk user the server authenticates.
        UserRepository(*db).add(User { 0, server->user, QStringLiteral("김관리"), Role::Admin, 0, true });
        test::addSampleContact(*db);
    }
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        MainWindow window(settings);

        ServerSettings typed = *server;
        typed.password = QStringLiteral("s3cret-pw"); // the trusting test server ignores it
        // The dialog reads the keyring in an event loop of its own before it shows: answer it once it is modal.
        auto* answer = new QTimer(qApp);
        QObject::connect(answer, &QTimer::timeout, qApp, [answer, typed] {
            auto* dialog = qobject_cast<ConnectServerDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer->deleteLater();
            answer->stop();
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(typed.password);
            dialog->accept();
        });
        answer->start(10);
        REQUIRE(window.connectToServer(server->displayUrl(), false));
        REQUIRE(window.database());
        CHECK(window.database()->dialect() == SqlDialect::PostgreSQL);
        CHECK(window.actor().login == server->user);
        CHECK(window.actor().role == Role::Admin);
        CHECK(window.windowTitle().startsWith(server->displayUrl()));
        CHECK(settings.recentWorkspaces().value(0) == server->displayUrl());
        CHECK(window.findChild<QAction*>(QStringLiteral("importContactsAction"))
                  ->isEnabled()); // import works on a server
        CHECK(window.findChild<QAction*>(QStringLiteral("recordingFoldersAction"))->isEnabled());

        // This desktop's folder for a root, kept under the server's URL.
        {
            RecordingFoldersDialog folders(*window.database(), window.actor(), settings);
            REQUIRE(folders.addRoot(QStringLiteral("calls")));
            CHECK_FALSE(folders.addRoot(QStringLiteral("calls")));
            folders.folderEdit(QStringLiteral("calls"))->setText(dir.filePath(QStringLiteral("absent")));
            folders.accept();
            CHECK(
                folders.problem().contains(QLatin1String("is not a folder on this computer (recordings root calls)")));
            folders.folderEdit(QStringLiteral("calls"))->setText(dir.path());
            folders.accept();
            CHECK(folders.result() == QDialog::Accepted);
        }
        CHECK(settings.recordingFolders(server->displayUrl()).value(QStringLiteral("calls")) == dir.path());
        window.closeWorkspace();

        // The recent entry reopens the server without a question (the trusting server needs no password).
        REQUIRE(window.openWorkspace(settings.recentWorkspaces().value(0)));
        CHECK(window.actor().login == server->user);
    } // the settings file is written out

    QFile file(ini);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    CHECK(written.contains(server->database.toUtf8()));
    CHECK_FALSE(written.contains("s3cret-pw")); // passwords never go to the settings
}

TEST_CASE("remembering a password uses the desktop's keyring, and a desktop without one is told so and asked next time")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    {
        QString error;
        const auto db = Database::openServer(*server, &error);
        REQUIRE(db);
        UserRepository(*db).add(User { 0, server->user, QStringLiteral("김관리"), Role::Admin, 0, true });
    }
    ServerSettings typed = *server;
    typed.password = QStringLiteral("kept-pw"); // the trusting test server ignores it
    ConnectServerDialog dialog(typed);
    dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(true);
    dialog.accept();
    REQUIRE(dialog.actor());
    QString error;
    const auto remembered = ServerKeyring::read(server->displayUrl(), &error);
    // tests/support/with-secret-service.sh provides a real keyring and says so, so that this branch cannot pass
    // unnoticed as the headless one.
    if (qEnvironmentVariableIsSet("QADESK_TEST_KEYRING"))
        REQUIRE(dialog.keyringNote().isEmpty());
    if (dialog.keyringNote().isEmpty()) {
        // A keyring: the password is there under the URL, and unticking the box forgets it.
        CHECK(remembered == QStringLiteral("kept-pw"));
        ConnectServerDialog again(typed);
        CHECK(again.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isChecked());
        again.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(false);
        again.accept();
        CHECK_FALSE(ServerKeyring::read(server->displayUrl(), &error));
    } else {
        // Headless (no Secret Service): connecting still works, and the user is told the password was not kept.
        CHECK(dialog.keyringNote().startsWith(QLatin1String("The password was not remembered: ")));
        CHECK(dialog.keyringNote().endsWith(QLatin1String("QA Desk will ask for it next time.")));
        CHECK_FALSE(remembered);
        CHECK_FALSE(error.isEmpty());
    }
}
