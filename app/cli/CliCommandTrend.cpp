#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "io/CsvReader.h"
#include "io/ImportValues.h"
#include "io/TextDecoding.h"
#include "people/AccessRules.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"
#include "workspace/Overview.h"
#include "workspace/ScoreHistory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

QString ruleCode(ControlRule rule)
{
    switch (rule) {
    case ControlRule::BeyondLimit:
        return QStringLiteral("beyond_limit");
    case ControlRule::EightOnOneSide:
        return QStringLiteral("eight_on_one_side");
    case ControlRule::SixTrending:
        return QStringLiteral("six_trending");
    }
    return {};
}

QString flagCode(TrendFlag flag)
{
    switch (flag) {
    case TrendFlag::Declining:
        return QStringLiteral("declining");
    case TrendFlag::BelowTarget:
        return QStringLiteral("below_target");
    case TrendFlag::OutOfControl:
        return QStringLiteral("out_of_control");
    case TrendFlag::Improving:
        return QStringLiteral("improving");
    }
    return {};
}

QJsonObject toJson(const TrendAnalysis& analysis, double target)
{
    QJsonArray periods;
    for (int i = 0; i < analysis.periods.size(); ++i) {
        const PeriodScore& p = analysis.periods.at(i);
        QJsonObject period { { QStringLiteral("start"), p.start.toString(Qt::ISODate) },
                             { QStringLiteral("count"), p.count },
                             { QStringLiteral("mean"), p.mean },
                             { QStringLiteral("moving_average"), analysis.movingAverage.at(i) } };
        // One evaluation has no interval: null rather than a made-up zero width.
        period.insert(QStringLiteral("ci_low"), p.count >= 2 ? QJsonValue(p.mean - p.halfWidth) : QJsonValue());
        period.insert(QStringLiteral("ci_high"), p.count >= 2 ? QJsonValue(p.mean + p.halfWidth) : QJsonValue());
        periods.append(period);
    }
    const auto nullable = [](bool valid, double value) { return valid ? QJsonValue(value) : QJsonValue(); };
    QJsonArray violations;
    for (const RuleViolation& v : analysis.chart.violations) {
        violations.append(QJsonObject { { QStringLiteral("rule"), ruleCode(v.rule) },
                                        { QStringLiteral("period"), analysis.periods.at(v.index).start.toString(Qt::ISODate) } });
    }
    QJsonArray findings;
    for (const TrendFinding& f : analysis.findings)
        findings.append(QJsonObject { { QStringLiteral("flag"), flagCode(f.flag) }, { QStringLiteral("reason"), f.reason } });
    return { { QStringLiteral("target"), target },
             { QStringLiteral("periods"), periods },
             { QStringLiteral("slope"), nullable(analysis.fit.n >= 2, analysis.fit.slope) },
             { QStringLiteral("intercept"), nullable(analysis.fit.n >= 2, analysis.fit.intercept) },
             { QStringLiteral("p_value"), nullable(analysis.fit.valid(), analysis.fit.pValue) },
             { QStringLiteral("control"),
               QJsonObject { { QStringLiteral("centre"), nullable(analysis.chart.valid(), analysis.chart.centre) },
                             { QStringLiteral("mean_moving_range"), nullable(analysis.chart.valid(), analysis.chart.meanMovingRange) },
                             { QStringLiteral("upper"), nullable(analysis.chart.valid(), analysis.chart.upper) },
                             { QStringLiteral("lower"), nullable(analysis.chart.valid(), analysis.chart.lower) },
                             { QStringLiteral("violations"), violations } } },
             { QStringLiteral("findings"), findings } };
}

// A CSV of date,score (0..100) rows: the figures for scores kept outside a workspace.
bool readCsv(const QString& path, QList<ScoredPoint>* points, QString* error)
{
    const auto decoded = TextDecoding::readFile(path, std::nullopt, error);
    if (!decoded)
        return false;
    const auto records = CsvReader::parse(decoded->text, error);
    if (!error->isEmpty())
        return false;
    const CsvHeader header(records.value(0).fields);
    const int dateColumn = header.find({ QStringLiteral("date") });
    const int scoreColumn = header.find({ QStringLiteral("score") });
    if (records.isEmpty() || dateColumn < 0 || scoreColumn < 0) {
        *error = QStringLiteral("%1:1: the header must name the columns date and score").arg(path);
        return false;
    }
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        const QDate date = QDate::fromString(r.fields.value(dateColumn).trimmed(), Qt::ISODate);
        bool ok = false;
        const double score = r.fields.value(scoreColumn).trimmed().toDouble(&ok);
        if (!date.isValid()) {
            *error = QStringLiteral("%1:%2: date: \"%3\" is not YYYY-MM-DD").arg(path).arg(r.line).arg(r.fields.value(dateColumn));
            return false;
        }
        if (!ok || score < 0 || score > 100) {
            *error = QStringLiteral("%1:%2: score: \"%3\" is not a number from 0 to 100").arg(path).arg(r.line).arg(r.fields.value(scoreColumn));
            return false;
        }
        points->append({ date, score });
    }
    return true;
}

int runTrend(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE") },
        { QStringLiteral("agent"), QStringLiteral("The agent's employee id (or row id)."), QStringLiteral("ID") },
        { QStringLiteral("team"), QStringLiteral("A team's name, instead of an agent."), QStringLiteral("NAME") },
        { QStringLiteral("csv"), QStringLiteral("Scores from a CSV with columns date (YYYY-MM-DD) and score (0..100) instead of a workspace."),
          QStringLiteral("FILE") },
        { QStringLiteral("by"), QStringLiteral("month (default) or week."), QStringLiteral("PERIOD"), QStringLiteral("month") },
        { QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD (default: 12 months before --to)."), QStringLiteral("DATE") },
        { QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD (default: today)."), QStringLiteral("DATE") },
        { QStringLiteral("target"), QStringLiteral("Target score 0..100 (default: the workspace's, or 85 for --csv)."), QStringLiteral("T") },
    });
    addSignInOptions(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Score trend of an agent, a team or a CSV of scores: period means with 95% "
                                              "intervals, moving average, least-squares slope with its p-value, XmR "
                                              "control chart with rule violations, and findings. Prints JSON."));
        code >= 0)
        return code;
    const QString by = parser.value(QStringLiteral("by"));
    if (by != QLatin1String("month") && by != QLatin1String("week"))
        return usageError(QStringLiteral("qadesk-cli trend: --by must be month or week, not \"%1\".").arg(by));
    const TrendPeriod period = by == QLatin1String("week") ? TrendPeriod::Week : TrendPeriod::Month;
    std::optional<double> target;
    if (parser.isSet(QStringLiteral("target"))) {
        double value = 0;
        if (!numberOption(parser, QStringLiteral("target"), &value))
            return 2;
        target = value;
    }

    if (parser.isSet(QStringLiteral("csv"))) {
        QList<ScoredPoint> points;
        QString error;
        if (!readCsv(parser.value(QStringLiteral("csv")), &points, &error))
            return fail(QStringLiteral("qadesk-cli trend: %1").arg(error));
        printJson(QJsonDocument(toJson(Trend::analyse(points, period, target.value_or(85)), target.value_or(85))));
        return 0;
    }

    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    if (parser.isSet(QStringLiteral("agent")) && parser.isSet(QStringLiteral("team")))
        return usageError(QStringLiteral("qadesk-cli trend: give --agent or --team, not both."));
    const auto badPeriod = [] {
        return usageError(QStringLiteral("qadesk-cli trend: --from and --to must be YYYY-MM-DD with --from not after --to."));
    };
    const auto day = [&parser](const QString& option) {
        return parser.isSet(option) ? QDate::fromString(parser.value(option), Qt::ISODate) : QDate();
    };
    if ((parser.isSet(QStringLiteral("to")) && !day(QStringLiteral("to")).isValid())
        || (parser.isSet(QStringLiteral("from")) && !day(QStringLiteral("from")).isValid()))
        return badPeriod();
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, true, &exitCode);
    if (!session)
        return exitCode;
    const Database* db = session->database.get();
    const Actor& actor = session->actor;
    if (!parser.isSet(QStringLiteral("agent")) && !parser.isSet(QStringLiteral("team")) && actor.role != Role::Agent)
        return usageError(QStringLiteral("qadesk-cli trend: give --agent or --team (or --csv)."));
    const QDate to = parser.isSet(QStringLiteral("to")) ? day(QStringLiteral("to")) : db->time().today();
    const QDate from
        = parser.isSet(QStringLiteral("from")) ? day(QStringLiteral("from")) : to.addMonths(-12).addDays(1);
    if (from > to)
        return badPeriod();
    try {
        ScoreScope scope;
        QJsonObject who;
        if (!parser.isSet(QStringLiteral("team"))) {
            // An agent user's own trend unless another agent is named (which the history then refuses).
            const QString id = parser.isSet(QStringLiteral("agent")) ? parser.value(QStringLiteral("agent"))
                                                                     : QString::number(actor.agentId);
            AgentRepository agents(*db);
            auto agent = parser.isSet(QStringLiteral("agent")) ? agents.findByEmployeeId(id) : std::nullopt;
            bool numeric = false;
            if (!agent && id.toLongLong(&numeric) > 0 && numeric)
                agent = agents.find(id.toLongLong());
            if (!agent)
                return fail(QStringLiteral("qadesk-cli trend: the workspace has no agent \"%1\".").arg(id));
            scope.agentId = agent->id;
            who = { { QStringLiteral("agent"), agent->employeeId }, { QStringLiteral("name"), agent->name } };
        } else {
            const QString name = parser.value(QStringLiteral("team"));
            for (const Team& team : TeamRepository(*db).all()) {
                if (team.name == name)
                    scope.teamId = team.id;
            }
            if (scope.teamId == 0)
                return fail(QStringLiteral("qadesk-cli trend: the workspace has no team \"%1\".").arg(name));
            who = { { QStringLiteral("team"), name } };
        }
        const double goal = target.value_or(targetScore(*db) * 100.0);
        QJsonObject report = toJson(Trend::analyse(ScoreHistory::scores(*db, actor, scope, from, to), period, goal), goal);
        for (auto it = who.constBegin(); it != who.constEnd(); ++it)
            report.insert(it.key(), it.value());
        report.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
        report.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
        printJson(QJsonDocument(report));
    } catch (const StorageError& e) {
        return fail(e.message());
    } catch (const AccessDenied& denied) {
        return fail(QStringLiteral("qadesk-cli trend: %1").arg(denied.message()));
    }
    return 0;
}

const Registration s_trend({ QStringLiteral("trend"), QStringLiteral("score trend, control chart and findings of an agent, team or CSV"),
                             &runTrend });

} // namespace
} // namespace qadesk::cli
