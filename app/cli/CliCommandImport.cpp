#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "io/ContactImport.h"
#include "storage/Database.h"
#include "storage/RecordingRoots.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace qadesk::cli {
namespace {

QJsonObject toJson(const ImportProblem& problem)
{
    return { { QStringLiteral("file"), problem.file },
             { QStringLiteral("line"), problem.line },
             { QStringLiteral("column"), problem.column },
             { QStringLiteral("message"), problem.message } };
}

QJsonObject toJson(const ImportPlan& plan)
{
    QJsonArray problems;
    for (const ImportProblem& problem : plan.problems)
        problems.append(toJson(problem));
    QJsonArray unknown;
    for (const UnknownAgent& agent : plan.unknownAgents) {
        QJsonArray lines;
        for (const int line : agent.lines)
            lines.append(line);
        unknown.append(QJsonObject { { QStringLiteral("employee_id"), agent.employeeId },
                                     { QStringLiteral("name"), agent.name },
                                     { QStringLiteral("team"), agent.team },
                                     { QStringLiteral("lines"), lines } });
    }
    return { { QStringLiteral("manifest"), plan.manifestPath },
             { QStringLiteral("encoding"), TextDecoding::name(plan.encoding) },
             { QStringLiteral("rows"), plan.rowCount },
             { QStringLiteral("good_rows"), int(plan.goodRows.size()) },
             { QStringLiteral("problems"), problems },
             { QStringLiteral("unknown_agents"), unknown } };
}

// --recordings-root and --recordings-folder into *options. Returns -1 to go on, or the exit code to stop with after
// saying what is wrong: a root the workspace does not have, or a root without its folder here.
int recordingRootOptions(const QCommandLineParser& parser, const Database& db, ContactImportOptions* options)
{
    const bool root = parser.isSet(QStringLiteral("recordings-root"));
    if (root != parser.isSet(QStringLiteral("recordings-folder")))
        return usageError(QStringLiteral("qadesk-cli import: --recordings-root and --recordings-folder go together: the "
                                         "root's name, and where this computer finds its folder."));
    if (!root)
        return -1;
    if (db.dialect() != SqlDialect::PostgreSQL)
        return usageError(QStringLiteral("qadesk-cli import: --recordings-root is for a team server; a workspace file "
                                         "stores recordings by their path."));
    const QString name = parser.value(QStringLiteral("recordings-root"));
    const QString folder = parser.value(QStringLiteral("recordings-folder"));
    QStringList roots;
    try {
        roots = RecordingRoots::names(db);
    } catch (const StorageError& failure) {
        return fail(QStringLiteral("qadesk-cli import: %1").arg(failure.message()));
    }
    if (!roots.contains(name))
        return usageError(roots.isEmpty()
                              ? QStringLiteral("qadesk-cli import: %1 has no recordings root \"%2\"; it has none yet "
                                               "(a manager adds them in QA Desk, File → Recordings folders…).")
                                    .arg(db.displayName(), name)
                              : QStringLiteral("qadesk-cli import: %1 has no recordings root \"%2\"; its roots are %3.")
                                    .arg(db.displayName(), name, roots.join(QStringLiteral(", "))));
    if (!QFileInfo(folder).isDir())
        return usageError(QStringLiteral("qadesk-cli import: --recordings-folder %1 is not a folder.")
                              .arg(QDir::toNativeSeparators(folder)));
    options->recordingRoot = name;
    options->recordingRootFolder = QFileInfo(folder).absoluteFilePath();
    return -1;
}

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("MANIFEST"), QStringLiteral("The contacts manifest (CSV, docs/formats/contacts.md)."));
    parser.addOptions({
        { QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE") },
        { QStringLiteral("encoding"), QStringLiteral("utf-8, utf-16le, utf-16be or cp949 (euc-kr); detected per file when not given."),
          QStringLiteral("ENC") },
        { QStringLiteral("time-zone"),
          QStringLiteral("IANA zone of times written without an offset (default: the workspace's)."),
          QStringLiteral("ZONE") },
        { QStringLiteral("agent-channel"), QStringLiteral("left (default) or right: the agent's side of stereo recordings."),
          QStringLiteral("SIDE"), QStringLiteral("left") },
        { QStringLiteral("create-agents"), QStringLiteral("Add agents the workspace does not know instead of rejecting their rows.") },
        { QStringLiteral("good-rows-only"), QStringLiteral("Import the rows without problems even when others have some.") },
        { QStringLiteral("check"), QStringLiteral("Check the files and print what was found; write nothing.") },
        { QStringLiteral("recordings-root"),
          QStringLiteral("On a team server: the recordings root the recordings are under; each is stored relative to "
                         "it. Needs --recordings-folder."),
          QStringLiteral("NAME") },
        { QStringLiteral("recordings-folder"),
          QStringLiteral("Where this computer finds the folder of --recordings-root; every recording must be inside "
                         "it."),
          QStringLiteral("FOLDER") },
    });
    addSignInOptions(parser);
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Import contacts with their recordings and transcripts from a CSV manifest. "
                                              "Every row and file is checked first; with problems nothing is written "
                                              "unless --good-rows-only. Prints what was found and done as JSON."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("qadesk-cli import: give one MANIFEST file."));
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;

    ContactImportOptions options;
    if (!encodingOption(parser, &options.encoding))
        return 2;
    QTimeZone zone;
    if (!timeZoneOption(parser, &zone))
        return 2;
    if (!agentChannelOption(parser, &options.agentChannel))
        return 2;
    options.createUnknownAgents = parser.isSet(QStringLiteral("create-agents"));

    QString error;
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, false, &exitCode);
    if (!session)
        return exitCode;
    const Database* db = session->database.get();
    options.timeZone = zone.isValid() ? zone : db->time().zone();
    if (const int code = recordingRootOptions(parser, *db, &options); code >= 0)
        return code;
    const ImportPlan plan = ContactImport::check(*db, parser.positionalArguments().first(), options);
    QJsonObject report = toJson(plan);
    if (parser.isSet(QStringLiteral("check"))) {
        printJson(QJsonDocument(report));
        return plan.problems.isEmpty() ? 0 : 1;
    }
    const auto summary = ContactImport::apply(*db, plan, parser.isSet(QStringLiteral("good-rows-only")),
                                              session->actor, {}, &error);
    if (summary) {
        report.insert(QStringLiteral("imported"), QJsonObject { { QStringLiteral("contacts"), summary->contactsAdded },
                                                                { QStringLiteral("agents_created"), summary->agentsCreated },
                                                                { QStringLiteral("teams_created"), summary->teamsCreated },
                                                                { QStringLiteral("rows_skipped"), summary->rowsSkipped } });
    } else {
        report.insert(QStringLiteral("error"), error);
    }
    printJson(QJsonDocument(report));
    return summary ? 0 : 1;
}

const Registration s_import({ QStringLiteral("import"), QStringLiteral("import contacts, recordings and transcripts from a CSV manifest"),
                              &runImport });

} // namespace
} // namespace qadesk::cli
