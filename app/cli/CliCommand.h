#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "io/TextDecoding.h"
#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <memory>

namespace qadesk {
class Database;
}

namespace qadesk::cli {

// A sub-command of qadesk-cli. `run` gets the arguments after the sub-command name (argv[0] is the sub-command)
// and returns the process exit code: 0 on success, 1 on bad input or a failed operation, 2 on a usage error.
struct Command {
    QString name;
    QString summary;
    int (*run)(const QStringList& arguments);
};

// Registers a command from a static object in its own source file, so adding a command touches no shared file.
class Registration final {
public:
    explicit Registration(const Command& command);
};

const QList<Command>& commands();

// Parses `arguments` with `parser` (which gets --help added). Returns an exit code to stop with (help shown: 0,
// usage error printed to stderr: 2), or -1 to go on.
int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& description);

// Reads a required option, printing "qadesk-cli NAME: --OPTION is required" when it is missing.
bool requireOption(const QCommandLineParser& parser, const QString& option, QString* value);
// Parses a number option; prints which option and value are wrong on failure.
bool numberOption(const QCommandLineParser& parser, const QString& option, double* value);
bool integerOption(const QCommandLineParser& parser, const QString& option, qint64* value);
// Reads --time-zone, when given, into *zone; prints the value that is not an IANA zone on failure.
bool timeZoneOption(const QCommandLineParser& parser, QTimeZone* zone);
// Reads --agent-channel (left or right) into *channel (0 or 1, as Recording::agentChannel); prints the value that is
// neither on failure.
bool agentChannelOption(const QCommandLineParser& parser, int* channel);
// Reads --encoding, when given, into *encoding; prints the names it takes on failure.
bool encodingOption(const QCommandLineParser& parser, std::optional<TextEncoding>* encoding);

// Opens a workspace for a command that only reads: read-only, so it works on a read-only file or folder and beside a
// program that writes; when another program holds an exclusive lock it says so on stderr and waits (up to ten
// minutes) instead of failing. Returns null with *error naming the file and the problem.
// A team server URL (postgresql://LOGIN@HOST:PORT/DB?sslmode=…) opens with every transaction read-only.
std::unique_ptr<Database> openForReading(const QString& path, QString* error);
// Opens a workspace file or team server URL for a command that writes.
std::unique_ptr<Database> openForWriting(const QString& workspace, QString* error);

void printJson(const QJsonDocument& document);
int fail(const QString& message); // prints to stderr, returns 1
int usageError(const QString& message); // prints to stderr, returns 2 (the arguments were wrong)
// The answers of an answer sheet (AnswerSheet) `json`, read from `path`, on `version`; prints every problem prefixed
// with the path to stderr and returns nullopt when there is any.
std::optional<QList<Answer>> readAnswerSheet(const QByteArray& json, const QString& path,
                                             const ScorecardVersion& version);

} // namespace qadesk::cli
