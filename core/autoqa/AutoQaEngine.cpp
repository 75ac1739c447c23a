#include "AutoQaEngine.h"

#include <algorithm>

namespace qadesk {
namespace {

using Rule = AutoQaRule;

// The agent messages a phrase rule reads, in order.
QList<ChatMessage> messagesInWindow(const Rule& rule, const Contact& contact)
{
    QList<ChatMessage> agent;
    for (const auto& message : contact.messages) {
        if (message.sender == MessageSender::Agent)
            agent << message;
    }
    if (agent.isEmpty())
        return agent;
    const qint64 size = rule.windowSize;
    switch (rule.window) {
    case Rule::Window::Whole:
        return agent;
    case Rule::Window::FirstMessages:
        return agent.first(std::min<qint64>(size, agent.size()));
    case Rule::Window::LastMessages:
        return agent.last(std::min<qint64>(size, agent.size()));
    case Rule::Window::FirstSeconds:
    case Rule::Window::LastSeconds:
        break;
    }
    // A call's transcript counts from the call's start and end; a chat from its first and last message.
    const bool call = contact.channel == Channel::Call;
    const QDateTime start = call ? contact.startedAt : contact.messages.constFirst().sentAt;
    const QDateTime end
        = call ? contact.startedAt.addSecs(contact.durationSeconds) : contact.messages.constLast().sentAt;
    QList<ChatMessage> inside;
    for (const auto& message : agent) {
        const bool within = rule.window == Rule::Window::FirstSeconds ? start.msecsTo(message.sentAt) <= size * 1000
                                                                      : message.sentAt.msecsTo(end) <= size * 1000;
        if (within)
            inside << message;
    }
    return inside;
}

bool saysAny(const ChatMessage& message, const QStringList& normalizedPhrases)
{
    const QString text = AutoQaRule::normalized(message.text);
    return std::any_of(normalizedPhrases.begin(), normalizedPhrases.end(),
                       [&text](const QString& phrase) { return text.contains(phrase); });
}

AutoQaEvidence evidenceOf(const ChatMessage& message, const Contact& contact)
{
    AutoQaEvidence evidence { message.sequence, message.text, std::nullopt };
    if (contact.channel == Channel::Call && contact.startedAt.isValid() && message.sentAt.isValid()) {
        const qint64 at = std::max<qint64>(0, contact.startedAt.msecsTo(message.sentAt));
        evidence.span = TimeSpan { at, at };
    }
    return evidence;
}

const ChatMessage* messageNumbered(const Contact& contact, int sequence)
{
    for (const auto& message : contact.messages) {
        if (message.sequence == sequence)
            return &message;
    }
    return nullptr;
}

struct Measured
{
    double value = 0;
    QList<AutoQaEvidence> evidence;
};

std::optional<Measured> measure(Rule::Metric metric, const Contact& contact, const ContactMeasures& measures)
{
    const auto seconds = [](qint64 ms) { return double(ms) / 1000.0; };
    if (Rule::isCallMetric(metric)) {
        if (!measures.call)
            return std::nullopt;
        const CallMetrics& call = *measures.call;
        switch (metric) {
        case Rule::Metric::LongestDeadAirSeconds: {
            Measured result { seconds(call.longestDeadAirMs), {} };
            const auto longest
                = std::max_element(measures.deadAir.begin(), measures.deadAir.end(),
                                   [](const TimeSpan& a, const TimeSpan& b) { return a.lengthMs() < b.lengthMs(); });
            if (longest != measures.deadAir.end())
                result.evidence << AutoQaEvidence { std::nullopt, QString(), *longest };
            return result;
        }
        case Rule::Metric::OvertalkPercent: {
            if (!call.overtalkShare)
                return std::nullopt;
            Measured result { 100.0 * *call.overtalkShare, {} };
            for (const auto& span : measures.overtalk)
                result.evidence << AutoQaEvidence { std::nullopt, QString(), span };
            return result;
        }
        case Rule::Metric::AgentTalkPercent:
            if (call.talkRatio)
                return Measured { 100.0 * *call.talkRatio, {} };
            return std::nullopt;
        case Rule::Metric::LongestMonologueSeconds:
            if (call.mono)
                return std::nullopt;
            return Measured { seconds(call.longestMonologueMs), {} };
        default:
            return std::nullopt;
        }
    }
    if (!measures.chat || contact.channel == Channel::Call)
        return std::nullopt;
    const ChatMetrics& chat = *measures.chat;
    const auto withMessage = [&contact](double value, const ReplyWait* wait) {
        Measured result { value, {} };
        if (const ChatMessage* message = wait ? messageNumbered(contact, wait->sequence) : nullptr)
            result.evidence << evidenceOf(*message, contact);
        return result;
    };
    const ReplyWait* first = measures.replyWaits.isEmpty() ? nullptr : &measures.replyWaits.constFirst();
    switch (metric) {
    case Rule::Metric::FirstResponseSeconds:
        if (!chat.firstResponseMs)
            return std::nullopt;
        return withMessage(seconds(*chat.firstResponseMs), first);
    case Rule::Metric::LongestWaitSeconds: {
        if (!chat.longestWaitMs)
            return std::nullopt;
        const auto longest
            = std::max_element(measures.replyWaits.begin(), measures.replyWaits.end(),
                               [](const ReplyWait& a, const ReplyWait& b) { return a.waitMs < b.waitMs; });
        return withMessage(seconds(*chat.longestWaitMs), longest != measures.replyWaits.end() ? &*longest : nullptr);
    }
    case Rule::Metric::RepliesWithinLimitPercent:
        if (chat.withinLimitShare)
            return Measured { 100.0 * *chat.withinLimitShare, {} };
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

ContactMeasures ContactMeasures::of(const CallAnalysis& analysis)
{
    return ContactMeasures { CallMetrics::of(analysis), analysis.deadAir, analysis.overtalk, std::nullopt, {} };
}

ContactMeasures ContactMeasures::of(const ChatAnalysis& analysis)
{
    return ContactMeasures { std::nullopt, {}, {}, ChatMetrics::of(analysis), analysis.replyWaits };
}

std::optional<int> AutoQaEngine::optionFor(const ScorecardItem& item, const AutoQaRule& rule, bool passed)
{
    const QString& label = passed ? rule.passOption : rule.failOption;
    if (!label.isEmpty()) {
        for (int o = 0; o < item.options.size(); ++o) {
            if (item.options.at(o).label == label)
                return o;
        }
        return std::nullopt;
    }
    if (passed)
        return item.options.isEmpty() ? std::nullopt : std::optional<int>(item.bestOption());
    for (int o = 0; o < item.options.size(); ++o) {
        if (item.options.at(o).fails)
            return o;
    }
    return std::nullopt;
}

std::optional<AutoQaSuggestion> AutoQaEngine::suggest(const ScorecardItem& item, const Contact& contact,
                                                      const ContactMeasures& measures, QString* whyNot)
{
    const auto notApplicable = [whyNot](const QString& reason) {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    if (!item.autoRule)
        return notApplicable(tr("The item has no automatic rule."));
    const AutoQaRule& rule = *item.autoRule;
    AutoQaSuggestion suggestion;
    suggestion.itemKey = item.key;
    suggestion.ruleFingerprint = rule.fingerprint();
    if (rule.isPhraseRule()) {
        if (contact.messages.isEmpty()) {
            return notApplicable(contact.channel == Channel::Call
                                     ? tr("Phrase rules need the call's transcript, and none was imported.")
                                     : tr("The contact has no messages."));
        }
        QStringList phrases;
        for (const QString& phrase : rule.phrases)
            phrases << AutoQaRule::normalized(phrase);
        const QList<ChatMessage> window = messagesInWindow(rule, contact);
        QList<AutoQaEvidence> found;
        for (const auto& message : window) {
            if (saysAny(message, phrases)) {
                if (found.size() < s_maxEvidence)
                    found << evidenceOf(message, contact);
                if (rule.kind == AutoQaRule::Kind::PhrasePresent)
                    break; // the first saying is the evidence
            }
        }
        suggestion.passed = rule.kind == AutoQaRule::Kind::PhrasePresent ? !found.isEmpty() : found.isEmpty();
        suggestion.evidence = found;
    } else {
        const auto measured = measure(rule.metric, contact, measures);
        if (!measured) {
            return notApplicable(AutoQaRule::isCallMetric(rule.metric)
                                     ? tr("The measure needs the call's analysed recording.")
                                     : tr("The measure needs a chat or e-mail the agent answered."));
        }
        suggestion.measured = measured->value;
        suggestion.passed = rule.comparison == AutoQaRule::Comparison::AtMost ? measured->value <= rule.threshold
                                                                              : measured->value >= rule.threshold;
        suggestion.evidence = measured->evidence.first(std::min<qsizetype>(s_maxEvidence, measured->evidence.size()));
    }
    const auto option = optionFor(item, rule, suggestion.passed);
    if (!option)
        return notApplicable(tr("The rule names an answer the item does not have."));
    suggestion.optionIndex = *option;
    suggestion.optionLabel = item.options.at(*option).label;
    return suggestion;
}

QList<AutoQaSuggestion> AutoQaEngine::suggestAll(const ScorecardVersion& version, const Contact& contact,
                                                 const ContactMeasures& measures)
{
    QList<AutoQaSuggestion> suggestions;
    for (const auto& section : version.sections) {
        for (const auto& item : section.items) {
            if (auto suggestion = suggest(item, contact, measures))
                suggestions << *suggestion;
        }
    }
    return suggestions;
}

QString AutoQaEngine::explain(const AutoQaRule& rule, const AutoQaSuggestion& suggestion)
{
    const QString phrases = rule.phrases.join(QStringLiteral(" / "));
    const auto quoted = [](const AutoQaEvidence& evidence) {
        return tr("Message %1 says “%2”.")
            .arg(evidence.messageSequence.value_or(0))
            .arg(evidence.messageText.simplified());
    };
    switch (rule.kind) {
    case AutoQaRule::Kind::PhrasePresent:
        if (!suggestion.evidence.isEmpty())
            return quoted(suggestion.evidence.constFirst());
        return tr("No agent message %1 says %2.").arg(rule.windowText(), phrases);
    case AutoQaRule::Kind::PhraseAbsent:
        if (suggestion.evidence.isEmpty())
            return tr("No agent message %1 says %2.").arg(rule.windowText(), phrases);
        return quoted(suggestion.evidence.constFirst());
    case AutoQaRule::Kind::ForbiddenPhrase:
        if (suggestion.evidence.isEmpty())
            return tr("No agent message says a forbidden phrase (%1).").arg(phrases);
        return tr("%n agent message(s) say a forbidden phrase; the first: %1", nullptr, int(suggestion.evidence.size()))
            .arg(quoted(suggestion.evidence.constFirst()));
    case AutoQaRule::Kind::Metric:
        break;
    }
    const QString value = QString::number(suggestion.measured.value_or(0), 'f', 1);
    const QString limit = QString::number(rule.threshold);
    if (rule.comparison == AutoQaRule::Comparison::AtMost) {
        return suggestion.passed
            ? tr("%1: %2, within the limit of %3.").arg(AutoQaRule::displayName(rule.metric), value, limit)
            : tr("%1: %2, over the limit of %3.").arg(AutoQaRule::displayName(rule.metric), value, limit);
    }
    return suggestion.passed
        ? tr("%1: %2, at least the required %3.").arg(AutoQaRule::displayName(rule.metric), value, limit)
        : tr("%1: %2, under the required %3.").arg(AutoQaRule::displayName(rule.metric), value, limit);
}

} // namespace qadesk
