#pragma once

#include "model/Contact.h"

#include <QTimeZone>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;

namespace qadesk {

class MetricsStrip;

// A chat or e-mail transcript as an evaluator reads it: who wrote, when, how long the customer waited before each
// agent reply (ChatAnalysis; waits over the reply limit highlighted), a strip of the conversation's timing (first
// response, longest wait, messages per party, the share of replies within the limit), search with next/previous,
// and a message to anchor comments to.
// Personal data in messages is masked unless the user may reveal it and chose to.
class TranscriptView final : public QWidget {
    Q_OBJECT

public:
    explicit TranscriptView(QWidget* parent = nullptr);
    void setMessages(const QList<ChatMessage>& messages);
    int selectedMessage() const { return m_selected; } // 0: none
    void selectMessage(int sequence);
    // Shows the "show personal data" switch; without it the text stays masked.
    void setRevealAllowed(bool allowed);
    void setRevealed(bool revealed);
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; } // of the times shown: the workspace's
    bool isRevealed() const;
    bool find(const QString& text, bool backwards = false); // selects the next match; false when there is none
    QString html() const;
    MetricsStrip* metrics() const { return m_metrics; }

signals:
    void messageSelected(int sequence);
    // The user turned "show personal data" on; a receiver that cannot allow it (the reveal is not audited) turns it
    // off again with setRevealed(false) before the text is shown.
    void revealRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void retranslate();

    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_search = nullptr;
    MetricsStrip* m_metrics = nullptr;
    QCheckBox* m_revealCheckBox = nullptr;
    QToolButton* m_previousButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QAction* m_findAction = nullptr;
    QList<ChatMessage> m_messages;
    int m_selected = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace qadesk
