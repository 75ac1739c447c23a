#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace qadesk {

// Colours by meaning for the calibration page, each with a light-theme and a dark-theme value picked by the
// palette's lightness, so they read in either theme.
inline bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The background of a row where the participants disagree.
inline QColor disagreementTint(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x5a, 0x24, 0x28) : QColor(0xfb, 0xe0, 0xdf);
}

// The text of a refusal or an error.
inline QColor errorInk(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

// Shows `label` in the error ink, or in the palette's ordinary text colour.
inline void setErrorInk(QWidget* label, bool error)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, error ? errorInk(palette) : QPalette().color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace qadesk
