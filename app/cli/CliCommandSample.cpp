#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "people/AccessRules.h"
#include "planning/Sampler.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QJsonDocument>

#include <cmath>

namespace qadesk::cli {
namespace {

// The reserve's filter options: each sets one threshold of the MetricsFilter, given in seconds (percent for overtalk).
struct ReserveOption
{
    QString name;
    QString help;
    bool percent = false;
    void (*set)(MetricsFilter& filter, double value);
};

qint64 milliseconds(double seconds)
{
    return qint64(std::llround(seconds * 1000));
}

const QList<ReserveOption>& reserveOptions()
{
    static const QList<ReserveOption> options {
        { QStringLiteral("reserve-dead-air-over"),
          QStringLiteral("Reserve: calls whose longest dead air is longer, seconds."), false,
          [](MetricsFilter& f, double v) { f.deadAirOverMs = milliseconds(v); } },
        { QStringLiteral("reserve-overtalk-over"),
          QStringLiteral("Reserve: calls whose overtalk is a larger share of the call, percent."), true,
          [](MetricsFilter& f, double v) { f.overtalkOverShare = v / 100.0; } },
        { QStringLiteral("reserve-reply-wait-over"),
          QStringLiteral("Reserve: chats and e-mails whose longest reply wait is longer, seconds."), false,
          [](MetricsFilter& f, double v) { f.replyWaitOverMs = milliseconds(v); } },
        { QStringLiteral("reserve-first-response-over"),
          QStringLiteral("Reserve: chats and e-mails whose first response came later, seconds."), false,
          [](MetricsFilter& f, double v) { f.firstResponseOverMs = milliseconds(v); } },
    };
    return options;
}

// Reads --reserve and its filter into the rule; false (after a usage error) when a value is not a number in range or
// the options do not go together.
bool readReserve(const QCommandLineParser& parser, SamplingRule* rule)
{
    const QString usage = QStringLiteral("qadesk-cli sample: ");
    MetricsFilter filter;
    for (const auto& option : reserveOptions()) {
        if (!parser.isSet(option.name))
            continue;
        double value = 0;
        if (!numberOption(parser, option.name, &value))
            return false;
        if (!std::isfinite(value) || value < 0 || (option.percent && value > 100)) {
            usageError(usage
                       + (option.percent ? QStringLiteral("--%1 must be a percentage from 0 to 100, not \"%2\".")
                                         : QStringLiteral("--%1 must be 0 or more seconds, not \"%2\"."))
                             .arg(option.name, parser.value(option.name)));
            return false;
        }
        option.set(filter, value);
    }
    if (!parser.isSet(QStringLiteral("reserve"))) {
        if (!filter.isEmpty()) {
            usageError(usage + QStringLiteral("the --reserve-… filters say which contacts the reserve is for; give "
                                              "the share with --reserve."));
            return false;
        }
        return true;
    }
    double share = 0;
    if (!numberOption(parser, QStringLiteral("reserve"), &share))
        return false;
    if (!std::isfinite(share) || share < 0 || share > 100) {
        usageError(usage + QStringLiteral("--reserve must be a percentage from 0 to 100, not \"%1\".")
                               .arg(parser.value(QStringLiteral("reserve"))));
        return false;
    }
    if (share > 0 && filter.isEmpty()) {
        usageError(usage + QStringLiteral("--reserve needs at least one of --reserve-dead-air-over, "
                                          "--reserve-overtalk-over, --reserve-reply-wait-over and "
                                          "--reserve-first-response-over."));
        return false;
    }
    rule->reserveShare = share / 100.0;
    rule->reserveFilter = filter;
    return true;
}

int runSample(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE") },
        { QStringLiteral("period"), QStringLiteral("The month to sample, YYYY-MM."), QStringLiteral("MONTH") },
        { QStringLiteral("seed"), QStringLiteral("Random seed, kept with the plan: the same seed draws the same plan."),
          QStringLiteral("S") },
        { QStringLiteral("rule"), QStringLiteral("fixed (default): --per-agent contacts per agent; statistical: Cochran "
                                                 "per agent from --confidence, --margin, --proportion."),
          QStringLiteral("RULE"), QStringLiteral("fixed") },
        { QStringLiteral("per-agent"), QStringLiteral("Contacts per agent for the fixed rule (default 8)."),
          QStringLiteral("N"), QStringLiteral("8") },
        { QStringLiteral("confidence"), QStringLiteral("Statistical rule: confidence (default 0.95)."), QStringLiteral("C"),
          QStringLiteral("0.95") },
        { QStringLiteral("margin"), QStringLiteral("Statistical rule: margin of error (default 0.10)."), QStringLiteral("E"),
          QStringLiteral("0.10") },
        { QStringLiteral("proportion"), QStringLiteral("Statistical rule: expected pass rate (default 0.5)."),
          QStringLiteral("P"), QStringLiteral("0.5") },
        { QStringLiteral("channel"), QStringLiteral("Only call, chat or email contacts."), QStringLiteral("CHANNEL") },
        { QStringLiteral("queue"), QStringLiteral("Only contacts of this queue."), QStringLiteral("QUEUE") },
        { QStringLiteral("min-duration"), QStringLiteral("Only contacts at least this long, seconds."), QStringLiteral("S"),
          QStringLiteral("0") },
        { QStringLiteral("max-duration"), QStringLiteral("Only contacts at most this long, seconds."), QStringLiteral("S"),
          QStringLiteral("0") },
        { QStringLiteral("include-evaluated"), QStringLiteral("Also draw contacts that already have an evaluation.") },
        { QStringLiteral("low-csat-weight"), QStringLiteral("Over-sample CSAT 1–2 contacts by this factor (default 1)."),
          QStringLiteral("W"), QStringLiteral("1") },
        { QStringLiteral("repeat-weight"), QStringLiteral("Over-sample contacts not resolved first time (default 1)."),
          QStringLiteral("W"), QStringLiteral("1") },
        { QStringLiteral("reserve"),
          QStringLiteral("Draw this share of each agent's contacts (percent, default 0) first from those matching the "
                         "--reserve-… filters (all of those given); the random draw takes the rest."),
          QStringLiteral("PERCENT") },
    });
    for (const auto& option : reserveOptions())
        parser.addOption({ option.name, option.help, QStringLiteral("N") });
    parser.addOption({ QStringLiteral("dry-run"), QStringLiteral("Print the plan without saving it.") });
    addSignInOptions(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Draw a month's evaluation sample, assign it to evaluators, and save it; "
                                              "prints the plan as JSON."));
        code >= 0)
        return code;
    QString path;
    QString text;
    qint64 seed = 0;
    if (!requireOption(parser, QStringLiteral("workspace"), &path) || !requireOption(parser, QStringLiteral("period"), &text)
        || !requireOption(parser, QStringLiteral("seed"), &text) || !integerOption(parser, QStringLiteral("seed"), &seed))
        return 2;
    const QDate first = QDate::fromString(parser.value(QStringLiteral("period")) + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return usageError(QStringLiteral("qadesk-cli sample: --period must be YYYY-MM, not \"%1\".")
                              .arg(parser.value(QStringLiteral("period"))));
    SamplingRule rule;
    const QString size = parser.value(QStringLiteral("rule"));
    if (size != QLatin1String("fixed") && size != QLatin1String("statistical"))
        return usageError(QStringLiteral("qadesk-cli sample: --rule must be fixed or statistical, not \"%1\".").arg(size));
    rule.size = size == QLatin1String("fixed") ? SamplingRule::Size::Fixed : SamplingRule::Size::Statistical;
    qint64 perAgent = 0, minDuration = 0, maxDuration = 0;
    if (!integerOption(parser, QStringLiteral("per-agent"), &perAgent) || !numberOption(parser, QStringLiteral("confidence"), &rule.confidence)
        || !numberOption(parser, QStringLiteral("margin"), &rule.margin) || !numberOption(parser, QStringLiteral("proportion"), &rule.proportion)
        || !integerOption(parser, QStringLiteral("min-duration"), &minDuration)
        || !integerOption(parser, QStringLiteral("max-duration"), &maxDuration)
        || !numberOption(parser, QStringLiteral("low-csat-weight"), &rule.lowCsatWeight)
        || !numberOption(parser, QStringLiteral("repeat-weight"), &rule.repeatWeight))
        return 2;
    rule.perAgent = int(perAgent);
    rule.minDurationSeconds = int(minDuration);
    rule.maxDurationSeconds = int(maxDuration);
    rule.queue = parser.value(QStringLiteral("queue"));
    rule.includeEvaluated = parser.isSet(QStringLiteral("include-evaluated"));
    if (parser.isSet(QStringLiteral("channel"))) {
        rule.channel = fromCode<Channel>(parser.value(QStringLiteral("channel")));
        if (!rule.channel)
            return usageError(QStringLiteral("qadesk-cli sample: --channel must be call, chat or email."));
    }
    if (!readReserve(parser, &rule))
        return 2;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, dryRun, &exitCode);
    if (!session)
        return exitCode;
    const auto& db = session->database;
    QString error;
    try {
        auto plan = Sampler::draw(*db, first, first.addMonths(1).addDays(-1), rule, quint64(seed), &error);
        if (!plan)
            return fail(QStringLiteral("qadesk-cli sample: %1").arg(error));
        if (!dryRun)
            Sampler::save(*db, *plan, session->actor);
        printJson(QJsonDocument(plan->toJson()));
    } catch (const AccessDenied& refusal) {
        return fail(QStringLiteral("qadesk-cli sample: %1").arg(refusal.message()));
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return 0;
}

const Registration s_sample({ QStringLiteral("sample"),
                              QStringLiteral("Draw, assign and save a month's evaluation sample."), &runSample });

} // namespace
} // namespace qadesk::cli
