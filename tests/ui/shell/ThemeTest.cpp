#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QAction>
#include <QLabel>
#include <QTemporaryDir>

using namespace qadesk;

TEST_CASE("contrast ratios match the WCAG definition")
{
    CHECK(theme::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(theme::contrastRatio(QColor(0x777777), Qt::white) == Approx(4.48).margin(0.01)); // WebAIM's example
    CHECK(theme::contrastRatio(QColor(0x767676), Qt::white) == Approx(4.54).margin(0.01));
}

TEST_CASE("every colour role reads on the light, dark and high-contrast palettes")
{
    using theme::Colour;
    for (const auto scheme : { theme::Scheme::Light, theme::Scheme::Dark, theme::Scheme::HighContrast }) {
        const QPalette palette = theme::palette(scheme);
        INFO(theme::schemeName(scheme).toStdString());
        CHECK(theme::isDark(palette) == (scheme != theme::Scheme::Light));
        for (const auto role : { Colour::Good, Colour::Warning, Colour::Bad, Colour::Neutral, Colour::Muted,
                                 Colour::Accent, Colour::Secondary }) {
            INFO(int(role));
            CHECK(theme::contrastRatio(theme::colour(role, palette), palette.color(QPalette::Base)) >= 4.5);
            CHECK(theme::contrastRatio(theme::colour(role, palette), palette.color(QPalette::Window)) >= 4.5);
        }
        for (const auto role : { Colour::Target, Colour::Critical })
            CHECK(theme::contrastRatio(theme::colour(role, palette), palette.color(QPalette::Base)) >= 3.0);
        CHECK(theme::contrastRatio(theme::colour(Colour::Highlight, palette), palette.color(QPalette::Text)) >= 4.5);
        for (const QColor& series : theme::seriesColours(palette))
            CHECK(theme::contrastRatio(series, palette.color(QPalette::Base)) >= 3.0);
        for (const double rate : { 0.0, 0.5, 1.0 })
            CHECK(theme::contrastRatio(theme::rateTint(rate, palette), palette.color(QPalette::Text)) >= 4.5);
        const QColor banner = theme::colour(Colour::Critical, palette);
        CHECK(theme::contrastRatio(theme::textOn(banner), banner) >= 4.5);
        // The palette's own text on its own backgrounds.
        CHECK(theme::contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
        CHECK(theme::contrastRatio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight))
              >= 4.5);
    }
}

TEST_CASE("the light palette keeps the colours the pages were drawn in")
{
    const QPalette light = theme::palette(theme::Scheme::Light);
    CHECK(theme::colour(theme::Colour::Bad, light) == QColor(0xb00020));
    CHECK(theme::colour(theme::Colour::Muted, light) == QColor(0x5a6270));
    // Darkened only as far as the grey window needs for 4.5:1.
    const auto near = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) <= 0x20 && std::abs(a.green() - b.green()) <= 0x20
            && std::abs(a.blue() - b.blue()) <= 0x20;
    };
    CHECK(near(theme::colour(theme::Colour::Accent, light), QColor(0x1f6feb)));
    CHECK(near(theme::colour(theme::Colour::Good, light), QColor(0x2e7d32)));
    CHECK(theme::textOn(QColor(0xb00020)) == QColor(Qt::white));
}

TEST_CASE("heading sizes follow the application font")
{
    QFont base;
    base.setPointSizeF(10);
    CHECK(theme::font(theme::Text::Title, base).pointSizeF() == Approx(18));
    CHECK(theme::font(theme::Text::Title, base).weight() == QFont::DemiBold);
    base.setPointSizeF(20);
    CHECK(theme::font(theme::Text::Small, base).pointSizeF() == Approx(18));
}

TEST_CASE("a styled label follows a switch to the dark scheme and back")
{
    QWidget window;
    QLabel label(&window);
    window.show(); // a window hears of a new application palette through its native window
    theme::apply(theme::Scheme::Light);
    theme::style(&label, theme::Colour::Muted);
    CHECK(label.palette().color(QPalette::WindowText) == QColor(0x5a6270));
    theme::apply(theme::Scheme::Dark);
    QCoreApplication::processEvents(); // the window passes the new palette down to its children
    CHECK(QApplication::palette().color(QPalette::Window)
          == theme::palette(theme::Scheme::Dark).color(QPalette::Window));
    const QColor dark = label.palette().color(QPalette::WindowText);
    CHECK(dark == theme::colour(theme::Colour::Muted, theme::palette(theme::Scheme::Dark)));
    CHECK(theme::contrastRatio(dark, label.palette().color(QPalette::Window)) >= 4.5);
    theme::style(&label, theme::Text::Body); // back to the palette's own text colour
    CHECK(label.palette().color(QPalette::WindowText) == QApplication::palette().color(QPalette::WindowText));
    theme::apply(theme::Scheme::System);
}

TEST_CASE("the Colours menu switches the scheme at once and remembers it")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    theme::apply(theme::Scheme::System);
    MainWindow window(settings);
    window.show();
    auto* dark = window.findChild<QAction*>(QStringLiteral("themeDarkAction"));
    REQUIRE(dark);
    CHECK(window.findChild<QAction*>(QStringLiteral("themeSystemAction"))->isChecked());
    dark->trigger();
    CHECK(dark->isChecked());
    CHECK(settings.value(AppSettings::Key::Theme).toString() == QStringLiteral("dark"));
    CHECK(theme::currentScheme() == theme::Scheme::Dark);
    CHECK(theme::isDark(QApplication::palette()));
    window.findChild<QAction*>(QStringLiteral("themeHighContrastAction"))->trigger();
    CHECK(settings.value(AppSettings::Key::Theme).toString() == QStringLiteral("high-contrast"));
    CHECK(QApplication::palette().color(QPalette::Base) == QColor(Qt::black));
    CHECK(QApplication::palette().color(QPalette::Text) == QColor(Qt::white));
    window.findChild<QAction*>(QStringLiteral("themeSystemAction"))->trigger();
    CHECK(settings.value(AppSettings::Key::Theme).toString() == QStringLiteral("system"));
    CHECK(!theme::isDark(QApplication::palette()));
}
