#include "CliCommand.h"

#include "stats/Headcount.h"

#include <QJsonDocument>

namespace qadesk::cli {
namespace {

int runHeadcount(const QStringList& arguments)
{
    QCommandLineParser parser;
    struct Input {
        const char* option;
        const char* help;
        double HeadcountInputs::*field;
        bool required;
        const char* fallback;
    };
    const Input inputs[] = {
        { "evals-per-agent", "Evaluations per agent per month.", &HeadcountInputs::evaluationsPerAgent, true, nullptr },
        { "contact-minutes", "Average length of an evaluated contact, minutes.", &HeadcountInputs::contactMinutes, true, nullptr },
        { "review-factor", "Listening time / contact length (default 1.0).", &HeadcountInputs::reviewFactor, false, "1.0" },
        { "scoring-minutes", "Scoring and write-up per evaluation, minutes.", &HeadcountInputs::scoringMinutes, true, nullptr },
        { "feedback-minutes", "Feedback per evaluation, minutes.", &HeadcountInputs::feedbackMinutes, true, nullptr },
        { "coaching-sessions-per-agent", "Coaching sessions per agent per month (default 0).",
          &HeadcountInputs::coachingSessionsPerAgent, false, "0" },
        { "coaching-minutes", "Length of a coaching session, minutes (default 0).", &HeadcountInputs::coachingMinutes, false, "0" },
        { "calibration-hours-per-qa", "Calibration hours per QA person per month (default 0).",
          &HeadcountInputs::calibrationHoursPerQa, false, "0" },
        { "live-hours", "Live monitoring hours per month (default 0).", &HeadcountInputs::liveMonitoringHours, false, "0" },
        { "paid-hours", "Paid hours per FTE per month.", &HeadcountInputs::paidHoursPerFte, true, nullptr },
        { "shrinkage", "Share of paid time not available, 0..1.", &HeadcountInputs::shrinkage, true, nullptr },
        { "utilisation", "Share of available time on QA work, 0..1 (default 1.0).", &HeadcountInputs::utilisation, false, "1.0" },
    };
    parser.addOption({ QStringLiteral("agents"), QStringLiteral("Agents monitored."), QStringLiteral("A") });
    for (const auto& input : inputs)
        parser.addOption(input.fallback ? QCommandLineOption(QString::fromLatin1(input.option), QString::fromLatin1(input.help),
                                                             QStringLiteral("X"), QString::fromLatin1(input.fallback))
                                        : QCommandLineOption(QString::fromLatin1(input.option), QString::fromLatin1(input.help),
                                                             QStringLiteral("X")));
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Monthly QA workload and FTE; prints {\"workload_hours\", \"fte\", "
                                              "\"agents_per_qa\", \"terms\"} (see docs/planning.md)."));
        code >= 0)
        return code;
    HeadcountInputs values;
    qint64 agents = 0;
    QString ignored;
    if (!requireOption(parser, QStringLiteral("agents"), &ignored) || !integerOption(parser, QStringLiteral("agents"), &agents))
        return 2;
    values.agents = int(agents);
    for (const auto& input : inputs) {
        const QString option = QString::fromLatin1(input.option);
        if (input.required && !requireOption(parser, option, &ignored))
            return 2;
        if (!numberOption(parser, option, &(values.*input.field)))
            return 2;
    }
    QString error;
    const auto result = Headcount::compute(values, &error);
    if (!result)
        return fail(QStringLiteral("qadesk-cli headcount: %1").arg(error));
    printJson(QJsonDocument(result->toJson()));
    return 0;
}

const Registration s_headcount({ QStringLiteral("headcount"), QStringLiteral("Monthly QA workload and FTE, term by term."),
                                 &runHeadcount });

} // namespace
} // namespace qadesk::cli
