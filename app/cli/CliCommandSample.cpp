#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "people/AccessRules.h"
#include "planning/Sampler.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QJsonDocument>

namespace qadesk::cli {
namespace {

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
        { QStringLiteral("dry-run"), QStringLiteral("Print the plan without saving it.") },
    });
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
