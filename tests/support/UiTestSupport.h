#pragma once

#include <QString>

class QWidget;

namespace qadesk::test {

// For the docs: with QADESK_SCREENSHOT_DIR set (e.g. to docs/images), saves `widget` there as `name` once it has
// laid itself out; otherwise does nothing.
void saveScreenshot(QWidget& widget, const QString& name);
// Answers the next SignInDialog with this login and password once its exec() shows it; a refused sign-in is cancelled
// so the test goes on (and sees the refusal as a workspace that did not open).
void answerSignIn(const QString& login, const QString& password);

} // namespace qadesk::test
