#pragma once

#include "ImportProblem.h"
#include "TextDecoding.h"
#include "model/Contact.h"
#include "people/Actor.h"

#include <QList>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace qadesk {

class Database;

struct ContactImportOptions {
    std::optional<TextEncoding> encoding; // of the manifest and its transcripts; detected per file when not given
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // for times written without an offset
    int agentChannel = 0; // which channel of a stereo recording is the agent: 0 = left, 1 = right
    bool createUnknownAgents = false; // add agents the workspace does not know, instead of rejecting their rows
    // On a team server: the recordings root the recordings are stored under, and this desktop's folder of it
    // (RecordingRoots). A recording outside that folder is a problem of its row. Empty: paths as on a file.
    QString recordingRoot;
    QString recordingRootFolder;
};

// An agent named in the manifest that the workspace does not have yet.
struct UnknownAgent {
    QString employeeId;
    QString name; // from the agent_name column, else the employee id
    QString team; // from the team column; may be empty
    QList<int> lines;
};

struct ImportRow {
    int line = 0;
    Contact contact; // agentId is 0 for an agent still to be created
    QString agentEmployeeId;
};

// What checking a manifest found: the rows that can be written, the problems of the others (and of their
// recordings and transcripts), and the agents the workspace lacks. Nothing has been written yet.
struct ImportPlan {
    QString manifestPath;
    TextEncoding encoding = TextEncoding::Utf8;
    int rowCount = 0; // data rows in the manifest
    QList<ImportRow> goodRows;
    QList<ImportProblem> problems; // in file order; the manifest's own, then each referenced file's
    QSet<int> badLines; // manifest lines with at least one problem
    QList<UnknownAgent> unknownAgents;
    bool cancelled = false;
    QString workspaceError; // the workspace could not be read while checking (damaged, incomplete): nothing imports

    bool fileUnreadable() const { return rowCount == 0 && !problems.isEmpty(); }
};

struct ImportSummary {
    int contactsAdded = 0;
    int agentsCreated = 0;
    int teamsCreated = 0;
    int rowsSkipped = 0;
};

// Imports contacts from a CSV manifest (docs/formats/contacts.md) with their recordings and transcripts in two
// steps: check() reads and validates every row and every referenced file and writes nothing; apply() writes the
// good rows in one transaction — or refuses when there are problems and the caller did not choose good rows only.
class ContactImport final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ContactImport)

public:
    // progress gets 0..1 and what is being done; returning false cancels. Both may run in a worker thread with
    // their own connection to the workspace (Database::openSibling).
    using Progress = std::function<bool(double fraction, const QString& step)>;

    static ImportPlan check(const Database& database, const QString& manifestPath, const ContactImportOptions& options,
                            const Progress& progress = {});

    // Writes the plan. With problems in the plan it writes nothing unless goodRowsOnly. Returns nullopt with *error
    // when it refused (also when the actor may not import contacts), was cancelled or the workspace failed; then
    // nothing at all was written. The actor's login goes to the audit log.
    static std::optional<ImportSummary> apply(const Database& database, const ImportPlan& plan, bool goodRowsOnly,
                                              const Actor& actor, const Progress& progress, QString* error);

    // Where a recording path is stored: relative to the workspace folder when inside it.
    static QString storedMediaPath(const Database& database, const QString& absolutePath);
};

} // namespace qadesk
