#include "CliCommand.h"

#include "demo/DemoWorkspaceBuilder.h"

#include <QJsonDocument>

#include <cstdio>

namespace qadesk::cli {
namespace {

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("out"), QStringLiteral("The workspace file to create (must not exist)."), QStringLiteral("FILE") },
        { QStringLiteral("agents"), QStringLiteral("Number of agents (default 40)."), QStringLiteral("N"), QStringLiteral("40") },
        { QStringLiteral("months"), QStringLiteral("Months of history up to --until (default 6)."), QStringLiteral("N"),
          QStringLiteral("6") },
        { QStringLiteral("seed"), QStringLiteral("Random seed; the same seed and --until give the same workspace "
                                                 "(default 1)."),
          QStringLiteral("N"), QStringLiteral("1") },
        { QStringLiteral("until"),
          QStringLiteral("Last day of the history, YYYY-MM-DD (default today in --time-zone)."),
          QStringLiteral("DATE") },
        { QStringLiteral("time-zone"), QStringLiteral("The workspace's IANA time zone, in which days and months begin "
                                                      "(default: the system's)."),
          QStringLiteral("ZONE") },
        { QStringLiteral("recordings"), QStringLiteral("How many recent calls get real speech recordings made with "
                                                       "espeak-ng and sox (default 12; 0 for none)."),
          QStringLiteral("N"), QStringLiteral("12") },
        { QStringLiteral("contacts-per-agent-month"), QStringLiteral("Contacts per agent and month (default 30)."),
          QStringLiteral("N"), QStringLiteral("30") },
        { QStringLiteral("evaluations-per-agent-month"), QStringLiteral("Evaluations per agent and month (default 8)."),
          QStringLiteral("N"), QStringLiteral("8") },
        { QStringLiteral("quiet"), QStringLiteral("Do not print progress on stderr.") },
    });
    if (const int code = parse(parser, arguments, QStringLiteral("Build a realistic demo workspace.")); code >= 0)
        return code;
    QString out;
    if (!requireOption(parser, QStringLiteral("out"), &out))
        return 2;
    DemoOptions options;
    qint64 agents = 0, months = 0, seed = 0, recordings = 0, contacts = 0, evaluations = 0;
    if (!integerOption(parser, QStringLiteral("agents"), &agents) || !integerOption(parser, QStringLiteral("months"), &months)
        || !integerOption(parser, QStringLiteral("seed"), &seed)
        || !integerOption(parser, QStringLiteral("recordings"), &recordings)
        || !integerOption(parser, QStringLiteral("contacts-per-agent-month"), &contacts)
        || !integerOption(parser, QStringLiteral("evaluations-per-agent-month"), &evaluations))
        return 2;
    options.agents = int(agents);
    options.months = int(months);
    options.seed = quint64(seed);
    options.recordings = int(recordings);
    options.contactsPerAgentMonth = int(contacts);
    options.evaluationsPerAgentMonth = int(evaluations);
    if (parser.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            return fail(QStringLiteral("qadesk-cli demo: --until must be a date YYYY-MM-DD, not \"%1\".")
                            .arg(parser.value(QStringLiteral("until"))));
    }
    if (!timeZoneOption(parser, &options.timeZone))
        return 2;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QString lastStep;
    const auto progress = [&](double fraction, const QString& step) {
        if (!quiet && step != lastStep) {
            std::fprintf(stderr, "%3d%%  %s\n", int(fraction * 100), qPrintable(step));
            lastStep = step;
        }
        return true;
    };
    DemoSummary summary;
    QString error;
    if (!DemoWorkspaceBuilder::build(out, options, progress, &summary, &error))
        return fail(QStringLiteral("qadesk-cli demo: %1").arg(error));
    printJson(QJsonDocument(summary.toJson()));
    return 0;
}

const Registration s_demo({ QStringLiteral("demo"), QStringLiteral("Build a realistic demo workspace."), &runDemo });

} // namespace
} // namespace qadesk::cli
