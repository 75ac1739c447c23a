#include "AutoQaRule.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace qadesk {
namespace {

template <typename Enum> struct Code
{
    Enum value;
    const char* code;
};

const Code<AutoQaRule::Kind> s_kinds[] = { { AutoQaRule::Kind::PhrasePresent, "phrase_present" },
                                           { AutoQaRule::Kind::PhraseAbsent, "phrase_absent" },
                                           { AutoQaRule::Kind::ForbiddenPhrase, "forbidden_phrase" },
                                           { AutoQaRule::Kind::Metric, "metric" } };
const Code<AutoQaRule::Window> s_windows[] = { { AutoQaRule::Window::FirstMessages, "first_messages" },
                                               { AutoQaRule::Window::LastMessages, "last_messages" },
                                               { AutoQaRule::Window::FirstSeconds, "first_seconds" },
                                               { AutoQaRule::Window::LastSeconds, "last_seconds" } };
const Code<AutoQaRule::Metric> s_metrics[] = {
    { AutoQaRule::Metric::LongestDeadAirSeconds, "longest_dead_air_s" },
    { AutoQaRule::Metric::OvertalkPercent, "overtalk_percent" },
    { AutoQaRule::Metric::AgentTalkPercent, "agent_talk_percent" },
    { AutoQaRule::Metric::LongestMonologueSeconds, "longest_monologue_s" },
    { AutoQaRule::Metric::FirstResponseSeconds, "first_response_s" },
    { AutoQaRule::Metric::LongestWaitSeconds, "longest_wait_s" },
    { AutoQaRule::Metric::RepliesWithinLimitPercent, "replies_within_limit_percent" },
};

template <typename Enum, std::size_t N> QString codeOf(const Code<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template <typename Enum, std::size_t N> std::optional<Enum> valueOf(const Code<Enum> (&table)[N], const QString& code)
{
    for (const auto& entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QString allCodes(const Code<Enum> (&table)[N])
{
    QStringList codes;
    for (const auto& entry : table)
        codes << QString::fromLatin1(entry.code);
    return codes.join(QStringLiteral(", "));
}

const QLatin1String s_kindField("kind");
const QLatin1String s_phrasesField("phrases");
const QLatin1String s_withinField("within");
const QLatin1String s_metricField("metric");
const QLatin1String s_atMostField("at_most");
const QLatin1String s_atLeastField("at_least");
const QLatin1String s_passField("pass");
const QLatin1String s_failField("fail");

constexpr int s_maxWindow = 100000; // messages or seconds: more than a day, so any real window fits
constexpr int s_maxPhrases = 100;

} // namespace

bool AutoQaRule::isCallMetric(Metric metric)
{
    return metric == Metric::LongestDeadAirSeconds || metric == Metric::OvertalkPercent
        || metric == Metric::AgentTalkPercent || metric == Metric::LongestMonologueSeconds;
}

QJsonObject AutoQaRule::toJson() const
{
    QJsonObject object { { s_kindField, codeOf(s_kinds, kind) } };
    if (isPhraseRule()) {
        object.insert(s_phrasesField, QJsonArray::fromStringList(phrases));
        if (window != Window::Whole)
            object.insert(s_withinField, QJsonObject { { codeOf(s_windows, window), windowSize } });
    } else {
        object.insert(s_metricField, codeOf(s_metrics, metric));
        object.insert(comparison == Comparison::AtMost ? s_atMostField : s_atLeastField, threshold);
    }
    if (!passOption.isEmpty())
        object.insert(s_passField, passOption);
    if (!failOption.isEmpty())
        object.insert(s_failField, failOption);
    return object;
}

std::optional<AutoQaRule> AutoQaRule::fromJson(const QJsonObject& object, QStringList* problems)
{
    const auto before = problems->size();
    const auto fail = [problems](const QString& field, const QString& problem) {
        *problems << field + QStringLiteral(": ") + problem;
    };
    AutoQaRule rule;
    const QJsonValue kind = object.value(s_kindField);
    if (kind.isUndefined() || kind.isNull())
        fail(s_kindField, tr("is required (one of %1)").arg(allCodes(s_kinds)));
    else if (const auto parsed = valueOf(s_kinds, kind.toString()); kind.isString() && parsed)
        rule.kind = *parsed;
    else
        fail(s_kindField, tr("must be one of %1").arg(allCodes(s_kinds)));

    const QStringList known { s_kindField,   s_phrasesField, s_withinField, s_metricField,
                              s_atMostField, s_atLeastField, s_passField,   s_failField };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), tr("is not a field of a rule (the fields are %1)").arg(known.join(QStringLiteral(", "))));
    }

    if (problems->size() == before && rule.isPhraseRule()) {
        const QJsonValue phrases = object.value(s_phrasesField);
        if (!phrases.isArray() || phrases.toArray().isEmpty()) {
            fail(s_phrasesField, tr("must be a list of one or more phrases"));
        } else if (phrases.toArray().size() > s_maxPhrases) {
            fail(s_phrasesField, tr("may hold at most %1 phrases").arg(s_maxPhrases));
        } else {
            const QJsonArray list = phrases.toArray();
            for (int p = 0; p < list.size(); ++p) {
                const QString field = QStringLiteral("%1[%2]").arg(s_phrasesField).arg(p);
                if (!list.at(p).isString())
                    fail(field, tr("must be text"));
                else if (normalized(list.at(p).toString()).isEmpty())
                    fail(field, tr("must hold a letter or a digit (spacing, case and punctuation are ignored)"));
                else
                    rule.phrases << list.at(p).toString();
            }
        }
        const QJsonValue within = object.value(s_withinField);
        if (!within.isUndefined() && !within.isNull()) {
            const QJsonObject windowObject = within.toObject();
            if (rule.kind == Kind::ForbiddenPhrase) {
                fail(s_withinField, tr("a forbidden phrase counts anywhere in the contact, so it takes no window"));
            } else if (!within.isObject() || windowObject.size() != 1
                       || !valueOf(s_windows, windowObject.begin().key())) {
                fail(s_withinField,
                     tr("must be an object with one of %1, e.g. {\"first_messages\": 2}").arg(allCodes(s_windows)));
            } else {
                const QString field = QStringLiteral("%1.%2").arg(s_withinField, windowObject.begin().key());
                const double size = windowObject.begin().value().toDouble(-1);
                if (!windowObject.begin().value().isDouble() || size < 1 || size > s_maxWindow
                    || size != std::floor(size))
                    fail(field, tr("must be a whole number from 1 to %1").arg(s_maxWindow));
                rule.window = *valueOf(s_windows, windowObject.begin().key());
                rule.windowSize = int(size);
            }
        }
        for (const auto field : { s_metricField, s_atMostField, s_atLeastField }) {
            if (object.contains(field))
                fail(field, tr("belongs to metric rules, not to phrase rules"));
        }
    } else if (problems->size() == before) {
        const QJsonValue metric = object.value(s_metricField);
        if (const auto parsed = valueOf(s_metrics, metric.toString()); metric.isString() && parsed)
            rule.metric = *parsed;
        else
            fail(s_metricField, tr("must be one of %1").arg(allCodes(s_metrics)));
        const bool atMost = object.contains(s_atMostField);
        const bool atLeast = object.contains(s_atLeastField);
        if (atMost == atLeast) {
            fail(s_atMostField, tr("a metric rule needs exactly one of at_most and at_least"));
        } else {
            const QLatin1String field = atMost ? s_atMostField : s_atLeastField;
            const QJsonValue value = object.value(field);
            const bool percent = rule.metric == Metric::OvertalkPercent || rule.metric == Metric::AgentTalkPercent
                || rule.metric == Metric::RepliesWithinLimitPercent;
            const double limit = percent ? 100 : s_maxWindow;
            if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0
                || value.toDouble() > limit)
                fail(field, tr("must be a number from 0 to %1").arg(limit));
            rule.comparison = atMost ? Comparison::AtMost : Comparison::AtLeast;
            rule.threshold = value.toDouble();
        }
        for (const auto field : { s_phrasesField, s_withinField }) {
            if (object.contains(field))
                fail(field, tr("belongs to phrase rules, not to metric rules"));
        }
    }
    for (const auto field : { s_passField, s_failField }) {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString() || value.toString().isEmpty())
            fail(field, tr("must be the label of one of the item's options"));
        else
            (field == s_passField ? rule.passOption : rule.failOption) = value.toString();
    }
    if (problems->size() > before)
        return std::nullopt;
    return rule;
}

QString AutoQaRule::fingerprint() const
{
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex().left(16));
}

QString AutoQaRule::displayName(Kind kind)
{
    switch (kind) {
    case Kind::PhrasePresent:
        return tr("Phrase said");
    case Kind::PhraseAbsent:
        return tr("Phrase not said");
    case Kind::ForbiddenPhrase:
        return tr("Forbidden phrase");
    case Kind::Metric:
        return tr("Measure within a limit");
    }
    return {};
}

QString AutoQaRule::displayName(Metric metric)
{
    switch (metric) {
    case Metric::LongestDeadAirSeconds:
        return tr("Longest dead air (s)");
    case Metric::OvertalkPercent:
        return tr("Overtalk (% of the call)");
    case Metric::AgentTalkPercent:
        return tr("Agent's share of the talking (%)");
    case Metric::LongestMonologueSeconds:
        return tr("Longest agent monologue (s)");
    case Metric::FirstResponseSeconds:
        return tr("First response (s)");
    case Metric::LongestWaitSeconds:
        return tr("Longest reply wait (s)");
    case Metric::RepliesWithinLimitPercent:
        return tr("Replies within the limit (%)");
    }
    return {};
}

QString AutoQaRule::displayName(Window window)
{
    switch (window) {
    case Window::Whole:
        return tr("Anywhere");
    case Window::FirstMessages:
        return tr("First messages");
    case Window::LastMessages:
        return tr("Last messages");
    case Window::FirstSeconds:
        return tr("First seconds");
    case Window::LastSeconds:
        return tr("Last seconds");
    }
    return {};
}

QString AutoQaRule::windowText() const
{
    switch (window) {
    case Window::Whole:
        return tr("anywhere");
    case Window::FirstMessages:
        return tr("in the first %n agent message(s)", nullptr, windowSize);
    case Window::LastMessages:
        return tr("in the last %n agent message(s)", nullptr, windowSize);
    case Window::FirstSeconds:
        return tr("in the first %n second(s)", nullptr, windowSize);
    case Window::LastSeconds:
        return tr("in the last %n second(s)", nullptr, windowSize);
    }
    return {};
}

QString AutoQaRule::summary() const
{
    if (kind == Kind::Metric) {
        return comparison == Comparison::AtMost ? tr("%1 at most %2").arg(displayName(metric)).arg(threshold)
                                                : tr("%1 at least %2").arg(displayName(metric)).arg(threshold);
    }
    return tr("%1 %2: %3").arg(displayName(kind), windowText(), phrases.join(QStringLiteral(" / ")));
}

QString AutoQaRule::normalized(const QString& text)
{
    QString result;
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace() && !c.isPunct() && !c.isSymbol())
            result.append(c);
    }
    return result;
}

const QList<AutoQaRule::Kind>& AutoQaRule::kinds()
{
    static const QList<Kind> all { Kind::PhrasePresent, Kind::PhraseAbsent, Kind::ForbiddenPhrase, Kind::Metric };
    return all;
}

const QList<AutoQaRule::Metric>& AutoQaRule::metrics()
{
    static const QList<Metric> all { Metric::LongestDeadAirSeconds,    Metric::OvertalkPercent,
                                     Metric::AgentTalkPercent,         Metric::LongestMonologueSeconds,
                                     Metric::FirstResponseSeconds,     Metric::LongestWaitSeconds,
                                     Metric::RepliesWithinLimitPercent };
    return all;
}

const QList<AutoQaRule::Window>& AutoQaRule::windows()
{
    static const QList<Window> all { Window::Whole, Window::FirstMessages, Window::LastMessages, Window::FirstSeconds,
                                     Window::LastSeconds };
    return all;
}

} // namespace qadesk
