#include "UiTestSupport.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace qadesk::test {

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("QADESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(300); // forms lay themselves out, charts animate in, scroll areas settle
    widget.grab().save(QDir(folder).filePath(name));
}

} // namespace qadesk::test
