#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportExporter.h"
#include "shell/Translator.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

QJsonDocument reportList()
{
    QJsonArray reports;
    for (const auto& kind : ReportBuilder::kinds())
        reports << QJsonObject { { QStringLiteral("name"), kind.id },
                                 { QStringLiteral("title"), kind.title },
                                 { QStringLiteral("description"), kind.description },
                                 { QStringLiteral("needs_agent"), kind.needsAgent } };
    return QJsonDocument(QJsonObject { { QStringLiteral("reports"), reports } });
}

// A team by name or id; 0 with *error when there is none.
qint64 findTeam(const Database& db, const QString& text, QString* error)
{
    for (const auto& team : TeamRepository(db).all()) {
        if (team.name == text || QString::number(team.id) == text)
            return team.id;
    }
    *error = QStringLiteral("qadesk-cli report: there is no team \"%1\" (give its name or id).").arg(text);
    return 0;
}

// An agent by employee id, id or (unique) name; 0 with *error when there is none or the name is ambiguous.
qint64 findAgent(const Database& db, const QString& text, QString* error)
{
    const AgentRepository agents(db);
    if (const auto agent = agents.findByEmployeeId(text))
        return agent->id;
    QList<qint64> named;
    for (const auto& agent : agents.all()) {
        if (QString::number(agent.id) == text)
            return agent.id;
        if (agent.name == text)
            named << agent.id;
    }
    if (named.size() == 1)
        return named.first();
    *error = named.isEmpty()
        ? QStringLiteral("qadesk-cli report: there is no agent \"%1\" (give the employee id, id or name).").arg(text)
        : QStringLiteral("qadesk-cli report: %1 agents are called \"%2\"; give the employee id.").arg(named.size()).arg(text);
    return 0;
}

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    QStringList reports;
    for (const ReportKind& kind : ReportBuilder::kinds())
        reports << kind.id;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The report: %1 (--list describes them).")
                                                             .arg(reports.join(QStringLiteral(", "))));
    parser.addOptions({
        { QStringLiteral("list"), QStringLiteral("List the reports as JSON and stop.") },
        { QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE") },
        { QStringLiteral("period"), QStringLiteral("A calendar month, YYYY-MM."), QStringLiteral("MONTH") },
        { QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD (with --to, instead of --period)."), QStringLiteral("DAY") },
        { QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD, included."), QStringLiteral("DAY") },
        { QStringLiteral("team"), QStringLiteral("Only this team (name or id)."), QStringLiteral("TEAM") },
        { QStringLiteral("agent"), QStringLiteral("Only this agent (employee id, id or name)."), QStringLiteral("AGENT") },
        { QStringLiteral("format"), QStringLiteral("csv, xlsx or pdf (default: from the --out extension). CSV writes one "
                                                   "file per table beside FILE: NAME-<table>.csv."),
          QStringLiteral("FORMAT") },
        { QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE") },
        { QStringLiteral("as-of"), QStringLiteral("Judge overdue assignments on this day, YYYY-MM-DD (default: today)."),
          QStringLiteral("DAY") },
        { QStringLiteral("lang"), QStringLiteral("Language of the titles and headers: ko or en (default: from the locale, "
                                                 "LANG)."),
          QStringLiteral("LANG") },
        { QStringLiteral("by"),
          QStringLiteral("What dates an evaluation into the period: evaluation (its submission; a revision keeps the "
                         "one it replaces; the default) or contact."),
          QStringLiteral("BASIS"), QStringLiteral("evaluation") },
    });
    addSignInOptions(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Compute a report for a period and a team or agent and write it as CSV, "
                                              "Excel or PDF; prints what was written as JSON."));
        code >= 0)
        return code;
    const QString language = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("lang")) && language != QLatin1String("ko") && language != QLatin1String("en"))
        return usageError(QStringLiteral("qadesk-cli report: --lang must be ko or en, not \"%1\".").arg(language));
    installTranslations(parser.isSet(QStringLiteral("lang")) ? language : QStringLiteral("system"));
    if (parser.isSet(QStringLiteral("list"))) {
        printJson(reportList());
        return 0;
    }
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return usageError(QStringLiteral("qadesk-cli report: give one report name (see --list)."));
    ReportRequest request;
    request.report = names.first();
    if (!ReportBuilder::kind(request.report))
        return usageError(QStringLiteral("qadesk-cli report: there is no report \"%1\" (see --list).").arg(request.report));
    QString path;
    QString out;
    if (!requireOption(parser, QStringLiteral("workspace"), &path) || !requireOption(parser, QStringLiteral("out"), &out))
        return 2;
    if (parser.isSet(QStringLiteral("period")) == (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))))
        return usageError(QStringLiteral("qadesk-cli report: give either --period YYYY-MM or --from and --to."));
    if (parser.isSet(QStringLiteral("period"))) {
        const auto month = ReportText::month(parser.value(QStringLiteral("period")));
        if (!month)
            return usageError(QStringLiteral("qadesk-cli report: --period must be YYYY-MM, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("period"))));
        std::tie(request.from, request.to) = *month;
    } else {
        request.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        request.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
            return usageError(QStringLiteral("qadesk-cli report: --from and --to must be days YYYY-MM-DD, --from first."));
    }
    if (parser.isSet(QStringLiteral("as-of"))) {
        request.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!request.asOf.isValid())
            return usageError(QStringLiteral("qadesk-cli report: --as-of must be a day YYYY-MM-DD."));
    }
    const QString basis = parser.value(QStringLiteral("by"));
    if (basis != QLatin1String("evaluation") && basis != QLatin1String("contact"))
        return usageError(
            QStringLiteral("qadesk-cli report: --by must be evaluation or contact, not \"%1\".").arg(basis));
    request.basis = basis == QLatin1String("contact") ? PeriodBasis::Contact : PeriodBasis::Evaluation;
    if (parser.isSet(QStringLiteral("team")) && parser.isSet(QStringLiteral("agent")))
        return usageError(QStringLiteral("qadesk-cli report: give --team or --agent, not both."));
    const auto format = parser.isSet(QStringLiteral("format"))
        ? ReportExporter::formatFromCode(parser.value(QStringLiteral("format")))
        : ReportExporter::formatOfFile(out);
    if (!format)
        return usageError(QStringLiteral("qadesk-cli report: --format must be csv, xlsx or pdf (or --out must end in one)."));

    int exitCode = 0;
    const auto session = openSignedIn(parser, path, true, &exitCode);
    if (!session)
        return exitCode;
    const Database* db = session->database.get();
    QString error;
    try {
        if (parser.isSet(QStringLiteral("team"))) {
            request.scope.teamId = findTeam(*db, parser.value(QStringLiteral("team")), &error);
            if (!request.scope.teamId)
                return fail(error);
        }
        if (parser.isSet(QStringLiteral("agent"))) {
            request.scope.agentId = findAgent(*db, parser.value(QStringLiteral("agent")), &error);
            if (!request.scope.agentId)
                return fail(error);
        }
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    const auto report = ReportBuilder::build(*db, session->actor, request, {}, &error);
    if (!report)
        return fail(QStringLiteral("qadesk-cli report: %1").arg(error));
    const auto files = ReportExporter(*report, *format).write(out, {}, &error);
    if (!files)
        return fail(QStringLiteral("qadesk-cli report: %1").arg(error));

    QJsonArray tables;
    for (const auto& table : report->tables)
        tables << QJsonObject { { QStringLiteral("key"), table.key },
                                { QStringLiteral("title"), table.title },
                                { QStringLiteral("rows"), qint64(table.rows.size()) } };
    printJson(QJsonDocument(QJsonObject { { QStringLiteral("report"), report->id },
                                          { QStringLiteral("title"), report->title },
                                          { QStringLiteral("period"), report->periodText },
                                          { QStringLiteral("scope"), report->scopeText },
                                          { QStringLiteral("format"), ReportExporter::code(*format) },
                                          { QStringLiteral("files"), QJsonArray::fromStringList(*files) },
                                          { QStringLiteral("tables"), tables } }));
    return 0;
}

const Registration s_report({ QStringLiteral("report"),
                              QStringLiteral("Write a report (agent, team, items, ...) as CSV, XLSX or PDF."), &runReport });

} // namespace
} // namespace qadesk::cli
