#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

class QChart;
class QLabel;
class QWidget;

namespace qadesk {
enum class TrendFlag;
}

namespace qadesk::theme {

// The application's look: a colour scheme (the system's, light, dark or high contrast) applied to the whole
// application, and the few named roles every page draws with. Each role is picked for the palette in force and then
// made readable against it (WCAG contrast of at least 4.5:1 on the base and window colours), so a page never holds a
// colour literal of its own.
enum class Scheme { System, Light, Dark, HighContrast };

enum class Colour {
    Good, // a met goal, a passed check, an accepted dispute
    Warning, // a trend to watch, a near miss
    Bad, // errors, failed items, out-of-control points
    Critical, // a failed critical item (banner background)
    Neutral, // no signal either way, a comparison series
    Muted, // secondary text: captions, hints, explanations
    Accent, // the main series, links, the agent's voice
    Secondary, // the customer's voice, the second series
    Target, // a goal line
    Highlight, // the background of a selected passage
};

enum class Text { Body, Small, Caption, Heading, Subheading, Title, Figure };

Scheme schemeFromName(const QString& name); // "light", "dark", "high-contrast"; anything else is System
QString schemeName(Scheme scheme);
Scheme currentScheme();
// Applies the scheme to the running application (the Fusion style with its own palette, or the platform's style and
// palette for System). Widgets styled through this file follow at once.
void apply(Scheme scheme);

// The palette the scheme stands for (for System, the style's standard palette).
QPalette palette(Scheme scheme);
bool isDark(const QPalette& palette);

// WCAG 2 relative-luminance contrast ratio, 1..21.
double contrastRatio(const QColor& a, const QColor& b);

QColor colour(Colour role, const QPalette& palette);
QColor colour(Colour role); // for the application palette
// The colour a trend finding is shown in, the same on every page.
QColor colour(TrendFlag flag);
// A cell background from red at 0 through amber to green at 1, tinted so the palette's text stays readable on it.
QColor rateTint(double rate, const QPalette& palette);
// A text colour readable on `background` (critical banners, badges).
QColor textOn(const QColor& background);
// The colour's "#rrggbb" for rich text.
QString css(Colour role);

// A font for the role, relative to the application's font, so titles scale with the user's font size.
QFont font(Text role, const QFont& base);
QFont font(Text role);

// Draws `label` in the role's colour and/or font, and keeps the colour right when the application palette changes.
void style(QLabel* label, Colour role);
void style(QLabel* label, Text role); // and the palette's own text colour again

void style(QLabel* label, Text text, Colour colour);
// A label shown as a block: the role's colour as background, readable text on it (the critical banner).
void styleBanner(QLabel* label, Colour role);
// A quoted block: a faint tint of the role's colour behind the palette's text, with a bar of it on the left.
void styleCallout(QLabel* label, Colour role);

// Chart series colours in order, readable on the palette's base.
QList<QColor> seriesColours(const QPalette& palette);
// The chart's background, title, legend and axes follow the palette (the application's by default).
void styleChart(QChart* chart, const QPalette& palette);
void styleChart(QChart* chart);

} // namespace qadesk::theme
