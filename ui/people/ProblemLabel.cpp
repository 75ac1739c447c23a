#include "ProblemLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace qadesk {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void ProblemLabel::showProblems(const QStringList& problems)
{
    showMessage(problems.join(QLatin1Char('\n')));
    m_problem = !problems.isEmpty();
    m_iconLabel->setVisible(m_problem);
}

void ProblemLabel::showMessage(const QString& message)
{
    m_problem = false;
    m_iconLabel->setVisible(false);
    m_textLabel->setText(message);
    setVisible(!message.isEmpty());
}

QString ProblemLabel::text() const
{
    return m_textLabel->text();
}

} // namespace qadesk
