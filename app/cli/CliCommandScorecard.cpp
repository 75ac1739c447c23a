#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "scoring/ScorecardDiff.h"
#include "scoring/ScorecardImport.h"
#include "scoring/ScorecardJson.h"
#include "storage/Database.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace qadesk::cli {
namespace {

const QString s_usage = QStringLiteral(
    "Usage: qadesk-cli scorecard ACTION ...\n\n"
    "  validate FILE                                  check a scorecard file; prints {\"valid\", \"errors\"}\n"
    "  import FILE --workspace W --user LOGIN [--draft]   add it to a workspace (published unless --draft)\n"
    "  export --workspace W --id N [--version V] --out FILE   write a stored version (default: the latest)\n"
    "  list --workspace W                             the workspace's scorecards and their versions\n"
    "  diff OLD.json NEW.json                         what changed between two versions of a form\n");

std::unique_ptr<Database> openWorkspace(const QCommandLineParser& parser)
{
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return nullptr;
    QString error;
    auto db = openForWriting(path, &error);
    if (!db)
        fail(error);
    return db;
}

int validate(const QStringList& positional)
{
    if (positional.size() != 1)
        return usageError(s_usage);
    const QStringList errors = ScorecardImport::check(positional.first());
    printJson(QJsonDocument(QJsonObject { { QStringLiteral("valid"), errors.isEmpty() },
                                          { QStringLiteral("errors"), QJsonArray::fromStringList(errors) } }));
    return errors.isEmpty() ? 0 : 1;
}

int importFile(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.size() != 1)
        return usageError(s_usage);
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    int exitCode = 0;
    const auto session = openSignedIn(parser, path, false, &exitCode);
    if (!session)
        return exitCode;
    QStringList errors;
    const auto imported = ScorecardImport::importFile(*session->database, positional.first(),
                                                      parser.isSet(QStringLiteral("draft")), session->actor, &errors);
    if (!imported)
        return fail(errors.join(QLatin1Char('\n')));
    printJson(QJsonDocument(QJsonObject { { QStringLiteral("scorecard_id"), imported->scorecardId },
                                          { QStringLiteral("version_id"), imported->versionId },
                                          { QStringLiteral("status"), imported->published ? QStringLiteral("published")
                                                                                          : QStringLiteral("draft") } }));
    return 0;
}

int exportFile(const QCommandLineParser& parser)
{
    const auto db = openWorkspace(parser);
    qint64 id = 0;
    QString out;
    if (!db || !integerOption(parser, QStringLiteral("id"), &id) || !requireOption(parser, QStringLiteral("out"), &out))
        return 2;
    ScorecardRepository scorecards(*db);
    const auto scorecard = scorecards.find(id);
    if (!scorecard)
        return fail(QStringLiteral("qadesk-cli scorecard export: the workspace has no scorecard %1.").arg(id));
    std::optional<ScorecardVersion> version;
    if (parser.isSet(QStringLiteral("version"))) {
        for (const auto& header : scorecards.versions(id)) {
            if (QString::number(header.number) == parser.value(QStringLiteral("version")))
                version = scorecards.version(header.id);
        }
    } else {
        version = scorecards.latestVersion(id);
    }
    if (!version)
        return fail(QStringLiteral("qadesk-cli scorecard export: scorecard %1 has no version %2.")
                        .arg(id)
                        .arg(parser.value(QStringLiteral("version"))));
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ScorecardJson::write(*scorecard, *version)) < 0)
        return fail(QStringLiteral("%1: cannot be written (%2)").arg(out, file.errorString()));
    printJson(QJsonDocument(QJsonObject { { QStringLiteral("out"), out }, { QStringLiteral("version"), version->number } }));
    return 0;
}

int list(const QCommandLineParser& parser)
{
    const auto db = openWorkspace(parser);
    if (!db)
        return 1;
    ScorecardRepository scorecards(*db);
    QJsonArray rows;
    for (const auto& scorecard : scorecards.all()) {
        QJsonArray versions;
        for (const auto& version : scorecards.versions(scorecard.id))
            versions << QJsonObject { { QStringLiteral("number"), version.number },
                                      { QStringLiteral("status"), toCode(version.status) },
                                      { QStringLiteral("published_at"), version.publishedAt.toString(Qt::ISODate) } };
        rows << QJsonObject { { QStringLiteral("id"), scorecard.id },
                              { QStringLiteral("name"), scorecard.name },
                              { QStringLiteral("channel"), scorecard.channel ? QJsonValue(toCode(*scorecard.channel)) : QJsonValue() },
                              { QStringLiteral("retired"), scorecard.retired },
                              { QStringLiteral("versions"), versions } };
    }
    printJson(QJsonDocument(rows));
    return 0;
}

int diff(const QStringList& positional)
{
    if (positional.size() != 2)
        return usageError(s_usage);
    QStringList errors;
    const auto from = ScorecardJson::readFile(positional.at(0), &errors);
    const auto to = ScorecardJson::readFile(positional.at(1), &errors);
    if (!from || !to)
        return fail(errors.join(QLatin1Char('\n')));
    QJsonArray changes;
    for (const auto& change : ScorecardDiff::compare(from->version, to->version))
        changes << change.description();
    printJson(QJsonDocument(QJsonObject { { QStringLiteral("changes"), changes } }));
    return 0;
}

int runScorecard(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("validate, import, export, list or diff"));
    parser.addOptions({
        { QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE") },
        { QStringLiteral("draft"), QStringLiteral("import: keep the imported version as a draft.") },
        { QStringLiteral("id"), QStringLiteral("export: the scorecard id (see list)."), QStringLiteral("N") },
        { QStringLiteral("version"), QStringLiteral("export: the version number (default the latest)."), QStringLiteral("V") },
        { QStringLiteral("out"), QStringLiteral("export: the file to write."), QStringLiteral("FILE") },
    });
    addSignInOptions(parser); // import acts as the signed-in user, who must be allowed to publish unless --draft
    if (const int code = parse(parser, arguments, s_usage); code >= 0)
        return code;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    try {
        if (action == QLatin1String("validate"))
            return validate(positional);
        if (action == QLatin1String("import"))
            return importFile(parser, positional);
        if (action == QLatin1String("export"))
            return exportFile(parser);
        if (action == QLatin1String("list"))
            return list(parser);
        if (action == QLatin1String("diff"))
            return diff(positional);
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return usageError(s_usage);
}

const Registration s_scorecard({ QStringLiteral("scorecard"),
                                 QStringLiteral("Validate, import, export, list and compare scorecards."), &runScorecard });

} // namespace
} // namespace qadesk::cli
