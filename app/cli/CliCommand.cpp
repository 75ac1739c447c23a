#include "CliCommand.h"

#include "scoring/AnswerSheet.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>

namespace qadesk::cli {
namespace {

QList<Command>& registry()
{
    static QList<Command> s_commands;
    return s_commands;
}

void printError(const QString& message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
}

} // namespace

Registration::Registration(const Command& command)
{
    registry() << command;
}

const QList<Command>& commands()
{
    std::sort(registry().begin(), registry().end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    return registry();
}

int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    if (!withProgram.isEmpty())
        withProgram.first() = QStringLiteral("qadesk-cli ") + withProgram.first();
    if (!parser.parse(withProgram)) {
        printError(QStringLiteral("%1: %2\nTry '%1 --help'.").arg(withProgram.value(0), parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    return -1;
}

bool requireOption(const QCommandLineParser& parser, const QString& option, QString* value)
{
    if (!parser.isSet(option)) {
        printError(QStringLiteral("qadesk-cli: --%1 is required (see --help).").arg(option));
        return false;
    }
    *value = parser.value(option);
    return true;
}

bool numberOption(const QCommandLineParser& parser, const QString& option, double* value)
{
    bool ok = false;
    const double parsed = parser.value(option).toDouble(&ok);
    if (!ok) {
        printError(QStringLiteral("qadesk-cli: --%1 must be a number, not \"%2\".").arg(option, parser.value(option)));
        return false;
    }
    *value = parsed;
    return true;
}

bool integerOption(const QCommandLineParser& parser, const QString& option, qint64* value)
{
    bool ok = false;
    const qint64 parsed = parser.value(option).toLongLong(&ok);
    if (!ok) {
        printError(QStringLiteral("qadesk-cli: --%1 must be a whole number, not \"%2\".").arg(option, parser.value(option)));
        return false;
    }
    *value = parsed;
    return true;
}

bool timeZoneOption(const QCommandLineParser& parser, QTimeZone* zone)
{
    if (!parser.isSet(QStringLiteral("time-zone")))
        return true;
    const QTimeZone parsed(parser.value(QStringLiteral("time-zone")).toUtf8());
    if (!parsed.isValid()) {
        printError(QStringLiteral("qadesk-cli: --time-zone \"%1\" is not an IANA time zone such as Asia/Seoul.")
                       .arg(parser.value(QStringLiteral("time-zone"))));
        return false;
    }
    *zone = parsed;
    return true;
}

bool agentChannelOption(const QCommandLineParser& parser, int* channel)
{
    const QString side = parser.value(QStringLiteral("agent-channel"));
    if (side != QLatin1String("left") && side != QLatin1String("right")) {
        printError(QStringLiteral("qadesk-cli: --agent-channel must be left or right, not \"%1\".").arg(side));
        return false;
    }
    *channel = side == QLatin1String("right") ? 1 : 0;
    return true;
}

bool encodingOption(const QCommandLineParser& parser, std::optional<TextEncoding>* encoding)
{
    if (!parser.isSet(QStringLiteral("encoding")))
        return true;
    *encoding = TextDecoding::fromName(parser.value(QStringLiteral("encoding")));
    if (!*encoding)
        printError(QStringLiteral("qadesk-cli: --encoding must be utf-8, utf-16le, utf-16be or cp949, not \"%1\".")
                       .arg(parser.value(QStringLiteral("encoding"))));
    return encoding->has_value();
}

std::unique_ptr<Database> openForReading(const QString& path, QString* error)
{
    Database::Options options;
    if (ServerSettings::isUrl(path)) {
        options.readOnly = true;
        return Database::openWorkspace(path, options, error);
    }
    options.readOnly = true;
    options.busyTimeoutMs = 10 * 60 * 1000;
    options.waiting = [path] {
        printError(QStringLiteral("qadesk-cli: %1 is locked by another program; waiting for it (up to 10 minutes)…")
                       .arg(QDir::toNativeSeparators(path)));
    };
    return Database::open(path, options, error);
}

std::unique_ptr<Database> openForWriting(const QString& workspace, QString* error)
{
    return Database::openWorkspace(workspace, Database::Options {}, error);
}

void printJson(const QJsonDocument& document)
{
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

std::optional<QList<Answer>> readAnswerSheet(const QByteArray& json, const QString& path,
                                             const ScorecardVersion& version)
{
    QStringList errors;
    const auto answers = AnswerSheet::read(json, version, &errors);
    if (!answers) {
        for (QString& problem : errors)
            problem.prepend(path + QStringLiteral(": "));
        fail(errors.join(QLatin1Char('\n')));
    }
    return answers;
}

int fail(const QString& message)
{
    printError(message);
    return 1;
}

int usageError(const QString& message)
{
    printError(message);
    return 2;
}

} // namespace qadesk::cli
