#pragma once

#include "AutoQaRule.h"
#include "analytics/ConversationMetrics.h"
#include "model/Contact.h"
#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace qadesk {

// What the rules measure a contact with: a call's measures (nullopt when its recording could not be analysed) or a
// chat's or e-mail's (nullopt for calls), as contact_metrics stores them, and where in the contact they were found.
// Measures read back from contact_metrics have no positions in the recording (the table keeps none), so their dead
// air and overtalk rules give no span as evidence.
struct ContactMeasures
{
    std::optional<CallMetrics> call;
    QList<TimeSpan> deadAir; // CallAnalysis::deadAir; empty when the measures were stored ones
    QList<TimeSpan> overtalk; // CallAnalysis::overtalk; empty when the measures were stored ones
    std::optional<ChatMetrics> chat;
    QList<ReplyWait> replyWaits; // ChatAnalysis::replyWaits, in message order

    static ContactMeasures of(const CallAnalysis& analysis);
    static ContactMeasures of(const ChatAnalysis& analysis);
};

// Where a suggestion comes from: a message of the transcript, a stretch of the recording, or both (a call
// transcript's message also has its position in the call).
struct AutoQaEvidence
{
    std::optional<int> messageSequence; // ChatMessage::sequence
    QString messageText;
    std::optional<TimeSpan> span; // ms from the start of the recording
    bool operator==(const AutoQaEvidence&) const = default;
};

// The answer a rule suggests for one item of one contact.
struct AutoQaSuggestion
{
    QString itemKey;
    int optionIndex = 0; // into the item's options
    QString optionLabel;
    bool passed = false; // whether the rule held
    std::optional<double> measured; // a metric rule's value, in the metric's unit (seconds or percent)
    QList<AutoQaEvidence> evidence; // empty when the rule held because nothing was found
    QString ruleFingerprint; // AutoQaRule::fingerprint() of the rule that made it
    QDateTime checkedAt; // UTC
    bool operator==(const AutoQaSuggestion&) const = default;
};

// Applies scorecard items' auto-QA rules to a contact. Pure: the caller measures the contact first (AutoQaMeasures).
class AutoQaEngine final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::AutoQaEngine)

public:
    // At most this many pieces of evidence are kept per suggestion (the first ones in time).
    static constexpr int s_maxEvidence = 20;

    // The suggestion of `item`'s rule for `contact`, or nullopt (with *whyNot, when given, saying why) when the item
    // has no rule or the rule does not apply: a phrase rule on a call without a transcript, a call metric on a chat
    // or on a call whose recording was not analysed, a chat metric on a call, or a measure with no value (a mono
    // call's overtalk, a chat the agent never answered). checkedAt is left unset.
    static std::optional<AutoQaSuggestion> suggest(const ScorecardItem& item, const Contact& contact,
                                                   const ContactMeasures& measures, QString* whyNot = nullptr);
    // The suggestions of every item with an applicable rule, in form order.
    static QList<AutoQaSuggestion> suggestAll(const ScorecardVersion& version, const Contact& contact,
                                              const ContactMeasures& measures);
    // The sentence shown beside a suggestion, e.g. "Message 3 says “안녕하세요”." or
    // "Longest dead air (s): 12.4, over the limit of 10.".
    static QString explain(const AutoQaRule& rule, const AutoQaSuggestion& suggestion);

    // The option a rule's pass or fail answer names, as an index into item.options; the item's best option (pass)
    // or first failing option (fail) when the rule names none; nullopt when the named label is not an option.
    static std::optional<int> optionFor(const ScorecardItem& item, const AutoQaRule& rule, bool passed);
};

} // namespace qadesk
