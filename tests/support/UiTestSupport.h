#pragma once

#include <QString>

class QWidget;

namespace qadesk::test {

// For the docs: with QADESK_SCREENSHOT_DIR set (e.g. to docs/images), saves `widget` there as `name` once it has
// laid itself out; otherwise does nothing.
void saveScreenshot(QWidget& widget, const QString& name);

} // namespace qadesk::test
