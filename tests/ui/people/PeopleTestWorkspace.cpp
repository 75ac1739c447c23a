#include "PeopleTestWorkspace.h"

#include "TestSupport.h"
#include "people/ProblemLabel.h"
#include "people/UserDialog.h"
#include "people/PasswordHash.h"
#include "people/SignIn.h"
#include "people/UserAccounts.h"
#include "storage/OrganizationRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace qadesk::test {

PeopleWorkspace::PeopleWorkspace(std::unique_ptr<Database> database)
    : db(database ? std::move(database) : memoryWorkspace())
{
    PasswordHash::setCost(PasswordHash::minimumCost());
    firstTeam = TeamRepository(*db).add(Team { 0, QString::fromUtf8("상담1팀"), {} });
    secondTeam = TeamRepository(*db).add(Team { 0, QString::fromUtf8("상담2팀"), {} });
    agent = AgentRepository(*db).add(
        Agent { 0, QStringLiteral("A001"), QString::fromUtf8("김민수"), firstTeam, {}, true });
    const qint64 adminId = UserAccounts::addFirstAdministrator(
        *db, User { 0, QStringLiteral("admin"), QString::fromUtf8("관리자"), Role::Admin, 0, true },
        QStringLiteral("first-admin"));
    admin = SignIn::actorFor(*db, *UserRepository(*db).find(adminId));
}

void answerUserDialog(std::function<void(UserDialog&)> fill, QString* problem)
{
    QTimer::singleShot(0, qApp, [fill = std::move(fill), problem] {
        auto* dialog = qobject_cast<UserDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            *problem = QStringLiteral("no user dialog was shown");
            return;
        }
        fill(*dialog);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        problem->clear();
        if (dialog->isVisible()) {
            *problem = dialog->findChild<ProblemLabel*>(QStringLiteral("problemLabel"))->text();
            dialog->reject();
        }
    });
}

void type(UserDialog& dialog, const char* field, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void chooseRole(UserDialog& dialog, Role role)
{
    auto* roles = dialog.findChild<QComboBox*>(QStringLiteral("roleComboBox"));
    roles->setCurrentIndex(roles->findData(int(role)));
}

} // namespace qadesk::test
