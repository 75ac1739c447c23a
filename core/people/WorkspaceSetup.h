#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace qadesk {

// What a centre says when it starts its own workspace.
struct CentreSetup {
    QString centreName;
    QString timeZoneId; // IANA, e.g. "Asia/Seoul"
    QString adminLogin;
    QString adminDisplayName;
    QString adminPassword;
    double targetScore = 0.85; // 0–1, the default target every agent is measured against
    QStringList scorecards; // shipped forms (ScorecardJson::shippedForms()) to add, published
};

// Starts a new workspace: its settings, the first administrator and the chosen scorecards, in one transaction.
class WorkspaceSetup final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::WorkspaceSetup)

public:
    // Every problem of the setup (empty name, unknown time zone, target out of range, bad login, short password),
    // each as a sentence naming the field. Empty: valid.
    static QStringList check(const CentreSetup& setup);
    // Creates the workspace file at `path`, which must not exist yet (an existing file, even an empty one, is never
    // turned into a workspace). On failure returns null, sets *error, and leaves no file behind.
    static std::unique_ptr<Database> create(const QString& path, const CentreSetup& setup, QString* error);
    // Makes an empty PostgreSQL database, reached as its owner, a team server: the schema (migrated under an advisory
    // lock), the group roles, privileges, row-level security and audit triggers (TeamServer), the settings, the first
    // administrator as a login role with `adminPassword`, and the scorecards. A database that already holds a centre
    // is refused. On failure returns null and sets *error; the roles and rows of a failed set-up are rolled back.
    static std::unique_ptr<Database> createOnServer(const ServerSettings& server, const CentreSetup& setup,
                                                    QString* error);

private:
    // The settings, the administrator and the scorecards, in the caller's transaction. Throws StorageError or
    // AccessDenied.
    static void populate(const Database& db, const CentreSetup& setup);
};

} // namespace qadesk
