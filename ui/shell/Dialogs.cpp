#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>

namespace qadesk {
namespace {

std::optional<QString> s_nextFileName;
std::optional<QMessageBox::StandardButton> s_nextAnswer;
std::optional<std::optional<QString>> s_nextText; // set: answer with it (nullopt: Cancel)
QString s_lastWarning;

std::optional<QString> takeNextFileName()
{
    auto answer = s_nextFileName;
    s_nextFileName.reset();
    return answer;
}

} // namespace

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto answer = takeNextFileName())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    if (auto answer = takeNextFileName())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastWarning = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons)
{
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons);
}

std::optional<QString> Dialogs::text(QWidget* parent, const QString& title, const QString& label,
                                     const QString& initial)
{
    if (s_nextText) {
        const auto answer = *s_nextText;
        s_nextText.reset();
        return answer;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void Dialogs::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void Dialogs::setNextText(const std::optional<QString>& text)
{
    s_nextText = text;
}

QString Dialogs::lastWarning()
{
    return s_lastWarning;
}

} // namespace qadesk
