#include "Theme.h"

#include "stats/Trend.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>
#include <functional>

namespace qadesk::theme {
namespace {

constexpr double s_textContrast = 4.5; // WCAG AA for body text
constexpr double s_graphicContrast = 3.0; // WCAG AA for lines and marks

Scheme s_scheme = Scheme::System;
QString s_systemStyle; // the platform's style, remembered before the first switch to Fusion

struct Shades
{
    QColor light;
    QColor dark;
    QColor highContrast;
};

Shades shades(Colour role)
{
    switch (role) {
    case Colour::Good:
    case Colour::Secondary:
        return { QColor(0x2e7d32), QColor(0x66bb6a), QColor(0x00ff66) };
    case Colour::Warning:
        return { QColor(0xb35c00), QColor(0xf0a040), QColor(0xffcc00) };
    case Colour::Bad:
    case Colour::Critical:
        return { QColor(0xb00020), QColor(0xff6b7a), QColor(0xff6060) };
    case Colour::Neutral:
        return { QColor(0x6e7781), QColor(0x9aa4ae), QColor(0xd0d0d0) };
    case Colour::Muted:
        return { QColor(0x5a6270), QColor(0xa8b0ba), QColor(0xe0e0e0) };
    case Colour::Accent:
        return { QColor(0x1f6feb), QColor(0x6ea8ff), QColor(0x00e5ff) };
    case Colour::Target:
        return { QColor(0xe68a00), QColor(0xffb74d), QColor(0xffcc00) };
    case Colour::Highlight:
        return { QColor(0xfff3c4), QColor(0x5c4b00), QColor(0x0000c0) };
    }
    return {};
}

double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

bool isHighContrast(const QPalette& palette)
{
    return isDark(palette) && contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 18;
}

// Moves the colour's lightness away from the backgrounds until it reads on all of them, keeping its hue.
QColor readableOn(QColor colour, std::initializer_list<QColor> backgrounds, double ratio)
{
    const auto worst = [&] {
        double result = 21;
        for (const QColor& background : backgrounds)
            result = std::min(result, contrastRatio(colour, background));
        return result;
    };
    const bool lighten = luminance(*backgrounds.begin()) < 0.18;
    for (int step = 0; step < 25 && worst() < ratio; ++step) {
        const QColor hsl = colour.toHsl();
        const double lightness = std::clamp(hsl.lightnessF() + (lighten ? 0.04 : -0.04), 0.0, 1.0);
        colour = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness);
    }
    return colour.toRgb();
}

QColor pick(const Shades& shades, const QPalette& palette)
{
    return isHighContrast(palette) ? shades.highContrast : isDark(palette) ? shades.dark : shades.light;
}

// Re-applies a label's look when the palette it inherits or the application font changes, so a scheme switch reaches
// it. Each look is applied only where it differs, so applying it (itself a palette change) ends there.
class StyleBinding final : public QObject
{
public:
    StyleBinding(QLabel* label, std::function<void(QLabel*)> apply)
        : QObject(label)
        , m_label(label)
        , m_apply(std::move(apply))
    {
        setObjectName(QStringLiteral("qadeskThemeBinding"));
        label->installEventFilter(this);
        m_apply(label);
    }

    void replace(std::function<void(QLabel*)> apply)
    {
        m_apply = std::move(apply);
        m_apply(m_label);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_label
            && (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange
                || event->type() == QEvent::ApplicationFontChange))
            m_apply(m_label);
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel* m_label;
    std::function<void(QLabel*)> m_apply;
};

void bind(QLabel* label, std::function<void(QLabel*)> apply)
{
    if (auto* binding
        = label->findChild<StyleBinding*>(QStringLiteral("qadeskThemeBinding"), Qt::FindDirectChildrenOnly))
        binding->replace(std::move(apply));
    else
        new StyleBinding(label, std::move(apply));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe6e6e6);
    p.setColor(QPalette::Window, QColor(0x2b2d30));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e1f22));
    p.setColor(QPalette::AlternateBase, QColor(0x26282b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c3f41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff6b7a));
    p.setColor(QPalette::Light, QColor(0x4a4d50));
    p.setColor(QPalette::Midlight, QColor(0x404346));
    p.setColor(QPalette::Mid, QColor(0x6a6d71));
    p.setColor(QPalette::Dark, QColor(0x1a1b1d));
    p.setColor(QPalette::Shadow, QColor(Qt::black));
    p.setColor(QPalette::Highlight, QColor(0x3d6fb6));
    p.setColor(QPalette::HighlightedText, QColor(0xffffff));
    p.setColor(QPalette::Link, QColor(0x6ea8ff));
    p.setColor(QPalette::LinkVisited, QColor(0xb39ddb));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c3f41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9aa0a6));
    const QColor disabled(0x7f8388);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x404346));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(0xffffff);
    for (auto role : { QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::Dark,
                       QPalette::Shadow, QPalette::ToolTipBase })
        p.setColor(role, black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText,
                       QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::ToolTipText })
        p.setColor(role, white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a1a1a));
    p.setColor(QPalette::Highlight, QColor(0xffff00));
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00e5ff));
    p.setColor(QPalette::LinkVisited, QColor(0xff80ff));
    p.setColor(QPalette::PlaceholderText, QColor(0xd0d0d0));
    const QColor disabled(0xa0a0a0);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

Scheme schemeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return Scheme::Light;
    if (name == QLatin1String("dark"))
        return Scheme::Dark;
    if (name == QLatin1String("high-contrast"))
        return Scheme::HighContrast;
    return Scheme::System;
}

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::HighContrast:
        return QStringLiteral("high-contrast");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

Scheme currentScheme()
{
    return s_scheme;
}

QPalette palette(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Dark:
        return darkPalette();
    case Scheme::HighContrast:
        return highContrastPalette();
    case Scheme::Light: {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette light = fusion->standardPalette();
        // Fusion's light blue leaves white selected text at 3.7:1.
        light.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f6feb));
        light.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f6feb));
        return light;
    }
    case Scheme::System:
        break;
    }
    return QApplication::style()->standardPalette();
}

void apply(Scheme scheme)
{
    if (s_systemStyle.isEmpty())
        s_systemStyle = QApplication::style()->name();
    s_scheme = scheme;
    // Fusion draws everything from the palette; platform styles may ignore a dark one.
    QApplication::setStyle(scheme == Scheme::System ? s_systemStyle : QStringLiteral("Fusion"));
    QApplication::setPalette(palette(scheme));
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.18;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor colour(Colour role, const QPalette& palette)
{
    const QColor chosen = pick(shades(role), palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    switch (role) {
    case Colour::Highlight: // a background: the text on it must read
        return readableOn(chosen, { palette.color(QPalette::Text) }, s_textContrast);
    case Colour::Critical: // a banner background, and text in places: both against the page
    case Colour::Target:
        return readableOn(chosen, { base, window }, s_graphicContrast);
    default:
        return readableOn(chosen, { base, window }, s_textContrast);
    }
}

QColor colour(Colour role)
{
    return colour(role, QApplication::palette());
}

QColor colour(TrendFlag flag)
{
    switch (flag) {
    case TrendFlag::Declining:
    case TrendFlag::OutOfControl:
        return colour(Colour::Bad);
    case TrendFlag::BelowTarget:
        return colour(Colour::Warning);
    case TrendFlag::Improving:
        return colour(Colour::Good);
    }
    return colour(Colour::Neutral);
}

QColor rateTint(double rate, const QPalette& palette)
{
    const int hue = int(std::clamp(rate, 0.0, 1.0) * 120.0);
    const QColor tint = isDark(palette) ? QColor::fromHsv(hue, 150, 90) : QColor::fromHsv(hue, 90, 245);
    return readableOn(tint, { palette.color(QPalette::Text) }, s_textContrast);
}

QColor textOn(const QColor& background)
{
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    return contrastRatio(white, background) >= contrastRatio(black, background) ? white : black;
}

QString css(Colour role)
{
    return colour(role).name();
}

QFont font(Text role, const QFont& base)
{
    QFont result = base;
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 10;
    // Factors against a 10 pt body font: the sizes the pages were designed with.
    const auto scaled = [&](double factor, bool strong) {
        result.setPointSizeF(size * factor);
        if (strong)
            result.setWeight(QFont::DemiBold);
    };
    switch (role) {
    case Text::Body:
        break;
    case Text::Small:
        scaled(0.9, false);
        break;
    case Text::Caption:
        scaled(1.1, false);
        break;
    case Text::Subheading:
        scaled(1.2, false);
        break;
    case Text::Heading:
        scaled(1.3, true);
        break;
    case Text::Title:
        scaled(1.8, true);
        break;
    case Text::Figure:
        scaled(2.2, true);
        break;
    }
    return result;
}

QFont font(Text role)
{
    return font(role, QApplication::font());
}

namespace {

void setTextColour(QLabel* label, const QColor& wanted)
{
    if (label->palette().color(QPalette::WindowText) == wanted)
        return;
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, wanted);
    label->setPalette(p);
}

void setFont(QLabel* label, const QFont& wanted)
{
    if (label->font() != wanted)
        label->setFont(wanted);
}

void setStyleSheet(QLabel* label, const QString& wanted)
{
    if (label->styleSheet() != wanted)
        label->setStyleSheet(wanted);
}

} // namespace

void style(QLabel* label, Colour role)
{
    bind(label, [role](QLabel* target) { setTextColour(target, colour(role)); });
}

void style(QLabel* label, Text role)
{
    bind(label, [role](QLabel* target) {
        setFont(target, font(role));
        if (target->testAttribute(Qt::WA_SetPalette))
            target->setPalette(QPalette()); // a palette that sets no role inherits them all
    });
}

void style(QLabel* label, Text text, Colour role)
{
    bind(label, [text, role](QLabel* target) {
        setFont(target, font(text));
        setTextColour(target, colour(role));
    });
}

void styleBanner(QLabel* label, Colour role)
{
    bind(label, [role](QLabel* target) {
        const QColor background = colour(role);
        setStyleSheet(target,
                      QStringLiteral("background: %1; color: %2; font-weight: 600; padding: 6px; "
                                     "border-radius: 4px;")
                          .arg(background.name(), textOn(background).name()));
    });
}

void styleCallout(QLabel* label, Colour role)
{
    bind(label, [role](QLabel* target) {
        const QPalette p = QApplication::palette();
        const QColor bar = colour(role, p);
        const QColor base = p.color(QPalette::Base);
        const double share = 0.14; // of the role's colour in the background
        const QColor background = QColor::fromRgbF(float(base.redF() + (bar.redF() - base.redF()) * share),
                                                   float(base.greenF() + (bar.greenF() - base.greenF()) * share),
                                                   float(base.blueF() + (bar.blueF() - base.blueF()) * share));
        setStyleSheet(target,
                      QStringLiteral("background: %1; border-left: 4px solid %2; border-radius: 3px; "
                                     "padding: 8px; color: %3;")
                          .arg(background.name(), bar.name(), p.color(QPalette::Text).name()));
    });
}

QList<QColor> seriesColours(const QPalette& palette)
{
    static const QList<Shades> s_series { { QColor(0x2f6db5), QColor(0x6ea8ff), QColor(0x00e5ff) },
                                          { QColor(0xe08a2c), QColor(0xf0a040), QColor(0xffcc00) },
                                          { QColor(0x6b7785), QColor(0xa8b0ba), QColor(0xd0d0d0) },
                                          { QColor(0x3b9b6e), QColor(0x5cc99a), QColor(0x00ff66) },
                                          { QColor(0xb54a4a), QColor(0xff7b7b), QColor(0xff6060) } };
    QList<QColor> result;
    for (const Shades& shade : s_series)
        result << readableOn(pick(shade, palette), { palette.color(QPalette::Base) }, s_graphicContrast);
    return result;
}

void styleChart(QChart* chart)
{
    styleChart(chart, QApplication::palette());
}

void styleChart(QChart* chart, const QPalette& p)
{
    const QColor text = p.color(QPalette::Text);
    chart->setBackgroundBrush(p.base());
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(isDark(p) ? p.color(QPalette::Mid).darker(130) : p.color(QPalette::Midlight));
    }
}

} // namespace qadesk::theme
