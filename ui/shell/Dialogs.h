#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace qadesk {

// File and message dialogs behind one door, so GUI tests can answer them in advance and run unattended.
class Dialogs final {
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons);
    // A few lines of text (with OK and Cancel); nullopt when cancelled.
    static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                       const QString& initial = {});

    // Tests: the next dialog of that kind returns this answer at once instead of showing.
    static void setNextFileName(const QString& fileName);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextText(const std::optional<QString>& text); // nullopt: the next text dialog is cancelled
    static QString lastWarning(); // the text of the last warning shown (or answered) — tests read it
};

} // namespace qadesk
