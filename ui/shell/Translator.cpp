#include "Translator.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace qadesk {

QString installTranslations(const QString& language)
{
    static std::unique_ptr<QTranslator> s_app;
    static std::unique_ptr<QTranslator> s_qt;
    for (auto* translator : { s_app.get(), s_qt.get() }) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    s_app.reset();
    s_qt.reset();

    QString chosen = language;
    if (chosen != QLatin1String("ko") && chosen != QLatin1String("en"))
        chosen = QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    QLocale::setDefault(QLocale(chosen == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                                chosen == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    // Widgets keep the locale they were built with (a date edit's text, its calendar's month and day names);
    // QApplication hands the new default to every window that did not choose its own on LocaleChange.
    QEvent localeChange(QEvent::LocaleChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &localeChange);

    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/qadesk/i18n/qadesk_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(app.get());
        s_app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    return chosen;
}

} // namespace qadesk
