#include "people/NewWorkspaceDialog.h"

#include "UiTestSupport.h"
#include "people/PasswordHash.h"
#include "people/ProblemLabel.h"
#include "people/SignIn.h"
#include "shell/Dialogs.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/Overview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

QString setting(const Database& db, const QString& key)
{
    return selectRows<QString>(db, QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"), { key },
                               QStringLiteral("read"), [](const QSqlQuery& q) { return q.value(0).toString(); })
        .value(0);
}

struct Fields
{
    explicit Fields(NewWorkspaceDialog& dialog)
        : path(dialog.findChild<QLineEdit*>(QStringLiteral("pathLineEdit")))
        , browse(dialog.findChild<QPushButton*>(QStringLiteral("browseButton")))
        , centre(dialog.findChild<QLineEdit*>(QStringLiteral("centreNameLineEdit")))
        , timeZone(dialog.findChild<QComboBox*>(QStringLiteral("timeZoneComboBox")))
        , target(dialog.findChild<QSpinBox*>(QStringLiteral("targetSpinBox")))
        , login(dialog.findChild<QLineEdit*>(QStringLiteral("adminLoginLineEdit")))
        , name(dialog.findChild<QLineEdit*>(QStringLiteral("adminDisplayNameLineEdit")))
        , password(dialog.findChild<QLineEdit*>(QStringLiteral("adminPasswordLineEdit")))
        , confirm(dialog.findChild<QLineEdit*>(QStringLiteral("adminConfirmLineEdit")))
        , scorecards(dialog.findChild<QGroupBox*>(QStringLiteral("scorecardsGroupBox"))->findChildren<QCheckBox*>())
        , problem(dialog.findChild<ProblemLabel*>(QStringLiteral("problemLabel")))
        , create(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok))
    {
    }

    // A valid Seoul centre, typed as a user would.
    void fillIn(const QString& file) const
    {
        path->setText(file);
        centre->setText(QString::fromUtf8("한빛 고객센터"));
        timeZone->setCurrentIndex(timeZone->findText(QStringLiteral("Asia/Seoul")));
        target->setValue(90);
        login->clear();
        QTest::keyClicks(login, QStringLiteral("kim.admin"));
        name->setText(QString::fromUtf8("김관리"));
        QTest::keyClicks(password, QStringLiteral("first-admin"));
        QTest::keyClicks(confirm, QStringLiteral("first-admin"));
    }

    QLineEdit* path;
    QPushButton* browse;
    QLineEdit* centre;
    QComboBox* timeZone;
    QSpinBox* target;
    QLineEdit* login;
    QLineEdit* name;
    QLineEdit* password;
    QLineEdit* confirm;
    QList<QCheckBox*> scorecards;
    ProblemLabel* problem;
    QPushButton* create;
};

} // namespace

TEST_CASE("The new-workspace dialog creates a centre's workspace and signs in as its administrator")
{
    PasswordHash::setCost(PasswordHash::minimumCost());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("centre.qadesk"));
    NewWorkspaceDialog dialog;
    dialog.show();
    const Fields fields(dialog);

    // The defaults: 85 %, the first administrator called admin, both shipped Korean forms chosen by their names.
    CHECK(fields.target->value() == 85);
    CHECK(fields.login->text() == QStringLiteral("admin"));
    CHECK(fields.create->text() == QStringLiteral("Create"));
    CHECK(fields.timeZone->isEditable());
    CHECK(fields.timeZone->findText(QStringLiteral("Asia/Seoul")) >= 0);
    QStringList names;
    for (const QCheckBox* box : fields.scorecards) {
        CHECK(box->isChecked());
        names << box->text();
    }
    names.sort();
    CHECK(
        names
        == QStringList { QString::fromUtf8("인바운드 콜 상담품질 평가표"), QString::fromUtf8("채팅 상담품질 평가표") });
    // Empty: Create waits, and says for what.
    CHECK_FALSE(fields.create->isEnabled());
    CHECK(fields.problem->isVisible());
    CHECK(fields.problem->text().contains(QStringLiteral("Choose where to save the workspace file.")));
    CHECK(fields.problem->text().contains(QStringLiteral("The centre's name is empty.")));

    fields.fillIn(QString());
    Dialogs::setNextFileName(file);
    QTest::mouseClick(fields.browse, Qt::LeftButton);
    CHECK(fields.path->text() == QDir::toNativeSeparators(file));
    INFO(fields.problem->text().toStdString());
    REQUIRE(fields.create->isEnabled());
    CHECK_FALSE(fields.problem->isVisible());
    test::saveScreenshot(dialog, QStringLiteral("new-workspace.png"));

    QTest::mouseClick(fields.create, Qt::LeftButton);
    INFO(fields.problem->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(fields.password->text().isEmpty());
    CHECK(fields.confirm->text().isEmpty());
    const auto db = dialog.takeDatabase();
    REQUIRE(db);
    CHECK_FALSE(dialog.takeDatabase());
    CHECK(db->path() == file);
    CHECK(setting(*db, QStringLiteral("name")) == QString::fromUtf8("한빛 고객센터"));
    CHECK(setting(*db, QStringLiteral("time_zone")) == QStringLiteral("Asia/Seoul"));
    CHECK(targetScore(*db) == Approx(0.90));

    // The app starts signed in as the administrator, who can sign in with the password later.
    const Actor& admin = dialog.administrator();
    CHECK(admin.login == QStringLiteral("kim.admin"));
    CHECK(admin.displayName == QString::fromUtf8("김관리"));
    CHECK(admin.role == Role::Admin);
    QString error;
    const auto signedIn = SignIn::authenticate(*db, QStringLiteral("kim.admin"), QStringLiteral("first-admin"), &error);
    REQUIRE(signedIn);
    CHECK(*signedIn == admin);

    // Both shipped forms, each published.
    const auto scorecards = ScorecardRepository(*db).all();
    REQUIRE(scorecards.size() == 2);
    for (const auto& scorecard : scorecards)
        CHECK(ScorecardRepository(*db).latestPublished(scorecard.id).has_value());
}

TEST_CASE("Create stays disabled with the reason: a short password, a mistyped confirmation, an existing file")
{
    PasswordHash::setCost(PasswordHash::minimumCost());
    QTemporaryDir dir;
    NewWorkspaceDialog dialog;
    dialog.show();
    const Fields fields(dialog);
    fields.fillIn(dir.filePath(QStringLiteral("centre.qadesk")));
    REQUIRE(fields.create->isEnabled());

    SECTION("a short password")
    {
        fields.password->setText(QStringLiteral("short"));
        fields.confirm->setText(QStringLiteral("short"));
        CHECK_FALSE(fields.create->isEnabled());
        CHECK(fields.problem->text() == QStringLiteral("The administrator's password needs at least 8 characters."));
        CHECK(fields.create->toolTip() == fields.problem->text());
    }
    SECTION("a confirmation that differs")
    {
        QTest::keyClick(fields.confirm, Qt::Key_Backspace);
        CHECK_FALSE(fields.create->isEnabled());
        CHECK(fields.problem->text() == QStringLiteral("The two passwords differ."));
    }
    SECTION("a file that exists, even empty, and stays as it was")
    {
        const QString existing = dir.filePath(QStringLiteral("empty.qadesk"));
        {
            QFile empty(existing);
            REQUIRE(empty.open(QIODevice::WriteOnly));
        }
        fields.path->setText(existing);
        CHECK_FALSE(fields.create->isEnabled());
        CHECK(
            fields.problem->text()
            == QStringLiteral("%1 already exists. Choose a new file name: QA Desk never turns an existing file into a "
                              "workspace.")
                   .arg(QDir::toNativeSeparators(existing)));
        dialog.accept(); // even when pressed another way (Enter), nothing is written
        CHECK(dialog.isVisible());
        CHECK(QFile(existing).size() == 0);
    }
    SECTION("an unknown time zone")
    {
        fields.timeZone->setEditText(QStringLiteral("Seoul"));
        CHECK_FALSE(fields.create->isEnabled());
        CHECK(fields.problem->text()
              == QStringLiteral("Time zone \"Seoul\" is not an IANA time zone such as Asia/Seoul."));
    }
    SECTION("a login that core refuses is shown, and no file is left")
    {
        fields.login->setText(QStringLiteral("Kim Admin"));
        REQUIRE(fields.create->isEnabled());
        QTest::mouseClick(fields.create, Qt::LeftButton);
        CHECK(dialog.isVisible());
        CHECK(fields.problem->text().contains(QStringLiteral("Login \"Kim Admin\": use 1 to 63 lower-case letters")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("centre.qadesk"))));
        CHECK_FALSE(dialog.takeDatabase());
    }
}
