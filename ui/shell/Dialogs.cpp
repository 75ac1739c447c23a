#include "Dialogs.h"

#include <QFileDialog>

#include <optional>

namespace qadesk {
namespace {

std::optional<QString> s_nextFileName;
std::optional<QMessageBox::StandardButton> s_nextAnswer;
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

void Dialogs::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString Dialogs::lastWarning()
{
    return s_lastWarning;
}

} // namespace qadesk
