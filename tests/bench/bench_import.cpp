// Checking and importing a large contacts manifest (calls without recordings), against the sqlite3 `.import` floor.
//
//   qadesk_import_bench [--rows 100000] [--new-agents 2000] [--keep DIR]
//
// In a temporary folder it writes two manifests of --rows calls each and imports them, in order, into one new
// workspace: the first names --new-agents agents the workspace lacks, the second a new agent on every row, checked
// against the contacts and agents of the first. For each it times check() and apply() and, when sqlite3 is on the
// PATH, `.import` of the same file into a bare table (the disk's floor). Prints JSON, in milliseconds.
// Built only with -DQADESK_BUILD_BENCHMARKS=ON (Release); never part of the unit tests.

#include "io/ContactImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace qadesk;

namespace {

// rows calls in January 2026 by agents<prefix>0 .. agents<prefix>(agents - 1), round robin, 40 agents a team.
bool writeManifest(const QString& path, const QString& prefix, int rows, int agents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "external_id,channel,agent_id,agent_name,team,started_at,duration_s,direction,queue,csat\n";
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0));
    for (int i = 0; i < rows; ++i) {
        const int agent = i % agents;
        text += QStringLiteral("%1-%2,call,%1%3,Agent %1%3,Team %1%4,%5,%6,inbound,billing,%7\n")
                    .arg(prefix)
                    .arg(i)
                    .arg(agent)
                    .arg(agent / 40)
                    .arg(start.addSecs(i * 7).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    .arg(60 + i % 600)
                    .arg(1 + i % 5)
                    .toUtf8();
    }
    return file.write(text) == text.size();
}

// The same file read by sqlite3 alone into a new table: what the disk and the CSV parsing cost, and nothing else.
double sqliteFloorMs(const QString& manifest, const QString& scratchDb)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return -1;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(sqlite, { scratchDb, QStringLiteral(".import --csv %1 contacts").arg(manifest) });
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? clock.nsecsElapsed() / 1e6 : -1;
}

struct Run {
    double checkMs = 0;
    double applyMs = 0;
    double floorMs = 0;
    int rows = 0;
    int unknownAgents = 0;
    int contactsAdded = 0;
    int agentsCreated = 0;
};

bool run(const Database& db, const QString& manifest, const QString& floorDb, Run* result, QString* error)
{
    const Actor importer { 0, QStringLiteral("bench"), QStringLiteral("Bench"), Role::Evaluator, {}, 0 };
    ContactImportOptions options;
    options.timeZone = QTimeZone(QByteArrayLiteral("Asia/Seoul"));
    options.createUnknownAgents = true;

    QElapsedTimer clock;
    clock.start();
    const ImportPlan plan = ContactImport::check(db, manifest, options);
    result->checkMs = clock.nsecsElapsed() / 1e6;
    if (!plan.problems.isEmpty()) {
        *error = plan.problems.first().toString();
        return false;
    }
    clock.restart();
    const auto summary = ContactImport::apply(db, plan, false, importer, {}, error);
    result->applyMs = clock.nsecsElapsed() / 1e6;
    if (!summary)
        return false;
    result->rows = plan.rowCount;
    result->unknownAgents = int(plan.unknownAgents.size());
    result->contactsAdded = summary->contactsAdded;
    result->agentsCreated = summary->agentsCreated;
    result->floorMs = sqliteFloorMs(manifest, floorDb);
    return true;
}

QJsonObject toJson(const QString& name, const Run& run)
{
    return QJsonObject {
        { QStringLiteral("manifest"), name },
        { QStringLiteral("rows"), run.rows },
        { QStringLiteral("new_agents"), run.unknownAgents },
        { QStringLiteral("check_ms"), run.checkMs },
        { QStringLiteral("apply_ms"), run.applyMs },
        { QStringLiteral("check_and_apply_ms"), run.checkMs + run.applyMs },
        { QStringLiteral("sqlite3_import_floor_ms"), run.floorMs },
        { QStringLiteral("contacts_added"), run.contactsAdded },
        { QStringLiteral("agents_created"), run.agentsCreated },
    };
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString& name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int rows = option(QStringLiteral("--rows"), 100000);
    const int newAgents = option(QStringLiteral("--new-agents"), 2000);
    if (rows < 1 || newAgents < 1) {
        std::fputs("usage: qadesk_import_bench [--rows N] [--new-agents N] [--keep DIR]\n", stderr);
        return 2;
    }
    QTemporaryDir temporary;
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    const QString folder = keepAt > 0 ? args.value(keepAt + 1) : temporary.path();

    QString error;
    Database::Options create;
    create.create = true;
    const auto db = Database::open(folder + QStringLiteral("/bench.qadesk"), create, &error);
    if (!db)
        return fail(error);

    const QString few = folder + QStringLiteral("/few-new-agents.csv");
    const QString many = folder + QStringLiteral("/all-new-agents.csv");
    if (!writeManifest(few, QStringLiteral("F"), rows, newAgents)
        || !writeManifest(many, QStringLiteral("M"), rows, rows))
        return fail(QStringLiteral("could not write the manifests in %1").arg(folder));

    QJsonArray runs;
    for (const auto& [name, path] : { std::pair { QStringLiteral("few-new-agents"), few },
                                      std::pair { QStringLiteral("all-new-agents"), many } }) {
        Run result;
        if (!run(*db, path, folder + QStringLiteral("/floor-%1.db").arg(name), &result, &error))
            return fail(QStringLiteral("%1: %2").arg(name, error));
        runs << toJson(name, result);
    }
    std::fputs(
        QJsonDocument(QJsonObject { { QStringLiteral("runs"), runs } }).toJson(QJsonDocument::Indented).constData(),
        stdout);
    return 0;
}
