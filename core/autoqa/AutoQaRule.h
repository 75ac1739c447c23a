#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace qadesk {

// An automatic check a scorecard item may carry (docs/formats/scorecard.md, "auto_rule"): it looks at a contact's
// agent messages or its measured timing and suggests one of the item's answers. The suggestion is only ever shown
// beside the human answer; it never enters a score.
struct AutoQaRule
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::AutoQaRule)

public:
    enum class Kind {
        PhrasePresent, // an agent message within the window contains one of the phrases: pass
        PhraseAbsent, // no agent message within the window contains any of the phrases: pass
        ForbiddenPhrase, // no agent message anywhere contains any of the phrases: pass
        Metric, // a measure of the conversation is within the threshold: pass
    };
    // Which agent messages a phrase rule reads. Seconds count from the contact's start (a call) or its first message.
    enum class Window { Whole, FirstMessages, LastMessages, FirstSeconds, LastSeconds };
    enum class Metric {
        LongestDeadAirSeconds, // calls: the longest stretch of silence on both sides
        OvertalkPercent, // calls: both speaking, as a share of the call's length
        AgentTalkPercent, // calls: the agent's share of the talking
        LongestMonologueSeconds, // calls
        FirstResponseSeconds, // chats and e-mails
        LongestWaitSeconds, // chats and e-mails
        RepliesWithinLimitPercent, // chats and e-mails: agent replies within the centre's limit
    };
    enum class Comparison { AtMost, AtLeast };

    Kind kind = Kind::PhrasePresent;
    QStringList phrases; // the variants the manager accepts, e.g. 안녕하십니까 / 안녕하세요
    Window window = Window::Whole;
    int windowSize = 0; // messages or seconds; 0 with Window::Whole
    Metric metric = Metric::LongestDeadAirSeconds;
    Comparison comparison = Comparison::AtMost;
    double threshold = 0; // seconds or percent, as the metric's name says
    QString passOption; // the label of the item's option suggested when the rule holds ("yes" for yes/no items)
    QString failOption; // and when it does not
    bool operator==(const AutoQaRule&) const = default;

    bool isPhraseRule() const { return kind != Kind::Metric; }
    // Whether the metric is measured on calls (true) or on chats and e-mails (false).
    static bool isCallMetric(Metric metric);

    // The JSON object of the scorecard format, without the answers' defaults spelled out when they are the
    // defaults of `item` (the caller decides); `fromJson` reads it back.
    QJsonObject toJson() const;
    // Reads a rule; on problems returns nullopt and appends "field: problem" (field relative to the rule object,
    // e.g. "within.first_messages: must be a whole number from 1 to 1000") to *problems. The pass and fail
    // options are read as text only: whether the item has them is checked by the scorecard reader.
    static std::optional<AutoQaRule> fromJson(const QJsonObject& object, QStringList* problems);
    // Identifies the rule's content: a stored suggestion made under another fingerprint is stale.
    QString fingerprint() const;

    // What people read, in the UI language.
    static QString displayName(Kind kind);
    static QString displayName(Metric metric);
    static QString displayName(Window window);
    // A one-line summary, e.g. "Phrase said in the first 2 agent messages: 안녕하십니까 / 안녕하세요".
    QString summary() const;
    // Where a phrase rule looks, e.g. "in the first 2 agent messages", "anywhere".
    QString windowText() const;

    // The text a phrase is matched in: Unicode compatibility form (NFKC), case folded, without spaces, punctuation
    // and symbols, so "안녕 하세요!" contains "안녕하세요" and "Thank you" matches "thank-you".
    static QString normalized(const QString& text);

    static const QList<Kind>& kinds();
    static const QList<Metric>& metrics();
    static const QList<Window>& windows();
};

} // namespace qadesk
