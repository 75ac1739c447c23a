#include "TranscriptView.h"

#include "MetricsStrip.h"
#include "analytics/ChatAnalysis.h"
#include "io/PersonalDataMasker.h"
#include "shell/Theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QCheckBox>
#include <QEvent>
#include <QLineEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace qadesk {
namespace {

QString roleName(MessageSender sender)
{
    switch (sender) {
    case MessageSender::Agent:
        return TranscriptView::tr("Agent");
    case MessageSender::Customer:
        return TranscriptView::tr("Customer");
    case MessageSender::Bot:
        return TranscriptView::tr("Bot");
    case MessageSender::System:
        return TranscriptView::tr("System");
    }
    return {};
}

QString roleColour(MessageSender sender)
{
    switch (sender) {
    case MessageSender::Agent:
        return theme::css(theme::Colour::Accent);
    case MessageSender::Customer:
        return theme::css(theme::Colour::Secondary);
    default:
        return theme::css(theme::Colour::Muted);
    }
}

} // namespace

TranscriptView::TranscriptView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("transcriptSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    m_previousButton = new QToolButton(this);
    m_previousButton->setText(QStringLiteral("▲"));
    m_nextButton = new QToolButton(this);
    m_nextButton->setText(QStringLiteral("▼"));
    searchRow->addWidget(m_previousButton);
    searchRow->addWidget(m_nextButton);
    m_revealCheckBox = new QCheckBox(this);
    m_revealCheckBox->setObjectName(QStringLiteral("revealPersonalDataCheckBox"));
    m_revealCheckBox->hide();
    searchRow->addWidget(m_revealCheckBox);
    layout->addLayout(searchRow);
    m_metrics = new MetricsStrip(this);
    layout->addWidget(m_metrics);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("transcriptBrowser"));
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser, 1);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_findAction);
    retranslate();
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_revealCheckBox, &QCheckBox::toggled, this, [this](bool revealed) {
        if (revealed)
            emit revealRequested();
        render();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { find(m_search->text()); });
    connect(m_previousButton, &QToolButton::clicked, this, [this] { find(m_search->text(), true); });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("message"))
            selectMessage(url.path().toInt());
    });
}

void TranscriptView::retranslate()
{
    m_search->setPlaceholderText(tr("Search the transcript (Ctrl+F, Enter for the next match)"));
    m_previousButton->setToolTip(tr("Previous match"));
    m_nextButton->setToolTip(tr("Next match"));
    m_revealCheckBox->setText(tr("Show personal data"));
    m_revealCheckBox->setToolTip(tr("Card, resident registration and phone numbers and e-mail addresses are masked; "
                                    "your role may show them."));
    m_findAction->setText(tr("Search the transcript"));
}

void TranscriptView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render(); // sender names, waits and the metrics
    }
    QWidget::changeEvent(event);
}

void TranscriptView::setMessages(const QList<ChatMessage>& messages)
{
    m_messages = messages;
    m_selected = 0;
    render();
}

void TranscriptView::setRevealAllowed(bool allowed)
{
    m_revealCheckBox->setVisible(allowed);
    if (!allowed)
        setRevealed(false);
}

void TranscriptView::setRevealed(bool revealed)
{
    m_revealCheckBox->setChecked(revealed && m_revealCheckBox->isVisibleTo(this));
}

bool TranscriptView::isRevealed() const
{
    return m_revealCheckBox->isChecked();
}

void TranscriptView::selectMessage(int sequence)
{
    m_selected = sequence;
    render();
    m_browser->scrollToAnchor(QStringLiteral("m%1").arg(sequence));
    emit messageSelected(sequence);
}

bool TranscriptView::find(const QString& text, bool backwards)
{
    if (text.isEmpty())
        return false;
    const auto flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // Wrap around once.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    return m_browser->find(text, flags);
}

QString TranscriptView::html() const
{
    return m_browser->toHtml();
}

void TranscriptView::render()
{
    const ChatAnalysis chat = ChatAnalysis::of(m_messages);
    QHash<int, qint64> waits; // by the agent message's sequence
    for (const ReplyWait& wait : chat.replyWaits)
        waits.insert(wait.sequence, wait.waitMs);
    QString rows;
    for (const auto& message : m_messages) {
        QString wait;
        if (const auto found = waits.constFind(message.sequence); found != waits.cend()) {
            const bool isLong = *found > chat.replyLimitMs;
            wait = QStringLiteral("<span style='color:%1;%2'>[%3]</span>")
                       .arg(theme::css(isLong ? theme::Colour::Bad : theme::Colour::Muted),
                            isLong ? QStringLiteral("font-weight:600;") : QString(),
                            tr("waited %1").arg(MetricsStrip::duration(*found)));
        }
        const bool selected = message.sequence == m_selected;
        // The muted colour goes in before the arguments, so a message's own "%n" is never taken for a placeholder.
        rows += (QStringLiteral("<tr style='background:%1'><td valign='top' width='70'><a name='m%2' href='message:%2' "
                                "style='color:")
                 + theme::css(theme::Colour::Muted)
                 + QStringLiteral(";text-decoration:none'>#%2 %3</a></td><td valign='top' width='80'>"
                                  "<b style='color:%4'>%5</b></td><td valign='top'>%6 %7</td></tr>"))
                    .arg(selected ? theme::css(theme::Colour::Highlight) : QStringLiteral("transparent"))
                    .arg(message.sequence)
                    .arg(message.sentAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm:ss")))
                    .arg(roleColour(message.sender), roleName(message.sender).toHtmlEscaped(), wait,
                         (isRevealed() ? message.text : PersonalDataMasker::mask(message.text)).toHtmlEscaped());
    }
    m_browser->setHtml(QStringLiteral("<table cellspacing='0' cellpadding='5' width='100%'>%1</table>").arg(rows));

    const QString none = tr("none");
    const auto share = chat.withinLimitShare();
    const QString limit = MetricsStrip::duration(chat.replyLimitMs);
    m_metrics->setMetrics(
        { { tr("First response"), chat.firstResponseMs ? MetricsStrip::duration(*chat.firstResponseMs) : none,
            tr("From the customer's first message to the agent's first reply.") },
          { tr("Longest wait"), chat.longestWaitMs ? MetricsStrip::duration(*chat.longestWaitMs) : none,
            tr("The longest a customer waited for an agent's reply.") },
          { tr("Messages"), tr("agent %1 / customer %2").arg(chat.agentMessages).arg(chat.customerMessages),
            tr("Messages written by each party; bot and system messages are not counted.") },
          { tr("Replies within %1").arg(limit),
            share ? tr("%1 (%2 of %3)")
                        .arg(MetricsStrip::percent(*share))
                        .arg(chat.repliesWithinLimit)
                        .arg(chat.replyWaits.size())
                  : none,
            tr("The share of agent replies that came within %1 of the customer's message.").arg(limit) } });
}

} // namespace qadesk
