#include "UiTestSupport.h"

#include "TestSupport.h"
#include "evaluate/EvaluationPage.h"
#include "people/SignInDialog.h"
#include "scorecards/ScorecardFormView.h"
#include "shell/PageReader.h"

#include <QApplication>
#include <algorithm>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>

namespace qadesk::test {

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("QADESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(300); // forms lay themselves out, charts animate in, scroll areas settle
    widget.grab().save(QDir(folder).filePath(name));
}

bool readsDone(const QWidget& page)
{
    return QTest::qWaitFor(
        [&page] {
            const auto readers = page.findChildren<PageReader*>(QString(), Qt::FindDirectChildrenOnly);
            return std::none_of(readers.cbegin(), readers.cend(), [](const PageReader* r) { return r->isReading(); });
        },
        20000);
}

void answerSignIn(const QString& login, const QString& password)
{
    QTimer::singleShot(0, qApp, [login, password] {
        auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* loginEdit = dialog->findChild<QLineEdit*>(QStringLiteral("loginLineEdit"));
        loginEdit->clear();
        QTest::keyClicks(loginEdit, login);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), password);
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
}

QRadioButton* choice(const EvaluationPage& page, const QString& key, int option)
{
    QWidget* row = page.form()->itemRow(key);
    REQUIRE(row);
    const auto buttons = row->findChildren<QRadioButton*>();
    REQUIRE(option < buttons.size());
    return buttons.at(option);
}

std::unique_ptr<Database> evaluationDemo(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 4;
    options.months = 1;
    options.until = QDate(2026, 11, 20);
    options.recordings = 1;
    options.contactsPerAgentMonth = 12;
    return demoWorkspace(dir, options);
}

} // namespace qadesk::test
