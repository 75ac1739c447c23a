#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "shell/Translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QADesk"));
    QApplication::setApplicationName(QStringLiteral("QA Desk"));
    QApplication::setApplicationVersion(QStringLiteral(QADESK_VERSION));
    // Wayland matches windows to their desktop entry (and its icon) by this id, not by the window class.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.qadesk.QADesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("QA Desk: quality assurance for contact centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("The workspace file (*.qadesk) to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("UI language for this run: ko, en or system."), QStringLiteral("LANG"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("The page to show first (overview, ...)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window to FILE once it is shown, then quit "
                                                       "(for documentation; works with QT_QPA_PLATFORM=offscreen)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WIDTHxHEIGHT."), QStringLiteral("SIZE"));
    const QCommandLineOption colours(QStringLiteral("theme"),
                                     QStringLiteral("Colours for this run: system, light, dark or high-contrast."),
                                     QStringLiteral("THEME"));
    parser.addOptions({ language, page, screenshot, size, colours });
    parser.process(app);

    auto& settings = qadesk::AppSettings::instance();
    qadesk::installTranslations(parser.isSet(language) ? parser.value(language)
                                                       : settings.value(qadesk::AppSettings::Key::Language).toString());
    qadesk::theme::apply(qadesk::theme::schemeFromName(
        parser.isSet(colours) ? parser.value(colours) : settings.value(qadesk::AppSettings::Key::Theme).toString()));
    qadesk::MainWindow window(settings);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    window.show();

    const QStringList files = parser.positionalArguments();
    const QString last = settings.value(qadesk::AppSettings::Key::LastWorkspace).toString();
    if (!files.isEmpty())
        window.openWorkspace(files.first());
    else if (!last.isEmpty() && QFileInfo::exists(last))
        window.openWorkspace(last);
    if (parser.isSet(page) && !window.showPage(parser.value(page)))
        std::fprintf(stderr, "qadesk: there is no page \"%s\".\n", qPrintable(parser.value(page)));

    if (parser.isSet(screenshot)) {
        // Let layouts, charts and fonts settle before grabbing.
        QTimer::singleShot(1500, &window, [&window, path = parser.value(screenshot)] {
            const bool saved = window.grab().save(path);
            if (!saved)
                std::fprintf(stderr, "qadesk: cannot write %s\n", qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
