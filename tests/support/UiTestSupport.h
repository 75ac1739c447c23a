#pragma once

#include <QString>

#include <memory>

class QRadioButton;
class QTemporaryDir;
class QWidget;

namespace qadesk {
class Database;
class EvaluationPage;
}

namespace qadesk::test {

// For the docs: with QADESK_SCREENSHOT_DIR set (e.g. to docs/images), saves `widget` there as `name` once it has
// laid itself out; otherwise does nothing.
void saveScreenshot(QWidget& widget, const QString& name);
// Runs the event loop until none of `page`'s PageReaders is reading (the results arrived and were shown); false when
// they are still reading after 20 s.
bool readsDone(const QWidget& page);
// Answers the next SignInDialog with this login and password once its exec() shows it; a refused sign-in is cancelled
// so the test goes on (and sees the refusal as a workspace that did not open).
void answerSignIn(const QString& login, const QString& password);
// The choice `option` (in the item's order; N/A last) of item `key` in the evaluation page's form; fails the test
// when there is none.
QRadioButton* choice(const EvaluationPage& page, const QString& key, int option);
// The small demo centre the Evaluate and Auto-QA pages are tested on: 4 agents, 12 contacts each in the month up to
// 2026-11-20, one recorded call among them.
std::unique_ptr<Database> evaluationDemo(const QTemporaryDir& dir);

} // namespace qadesk::test
