#include "WorkspaceSetup.h"

#include "AccessRules.h"
#include "SignIn.h"
#include "UserAccounts.h"
#include "scoring/ScorecardImport.h"
#include "storage/SqlSupport.h"
#include "storage/TeamServer.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace qadesk {

QStringList WorkspaceSetup::check(const CentreSetup& setup)
{
    QStringList problems;
    if (setup.centreName.trimmed().isEmpty())
        problems << tr("The centre's name is empty.");
    // Qt lists Etc/UTC and other links as unavailable but reads them, and reads "Seoul" as a POSIX rule: an IANA
    // name is listed, or an Area/Location that Qt can read.
    const QByteArray zone = setup.timeZoneId.toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(zone) && !(zone.contains('/') && QTimeZone(zone).isValid()))
        problems << tr("Time zone \"%1\" is not an IANA time zone such as Asia/Seoul.").arg(setup.timeZoneId);
    if (!(setup.targetScore > 0.0 && setup.targetScore <= 1.0))
        problems << tr("The target score must be above 0 % and at most 100 %.");
    if (setup.adminDisplayName.trimmed().isEmpty())
        problems << tr("The administrator's display name is empty.");
    if (setup.adminPassword.size() < UserAccounts::s_minimumPasswordLength)
        problems << tr("The administrator's password needs at least %1 characters.").arg(UserAccounts::s_minimumPasswordLength);
    for (const QString& form : setup.scorecards) {
        if (!QFileInfo::exists(form))
            problems << tr("Scorecard %1 is not part of this QA Desk.").arg(form);
    }
    return problems;
}

std::unique_ptr<Database> WorkspaceSetup::create(const QString& path, const CentreSetup& setup, QString* error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists. A new workspace needs a new file; QA Desk never turns an existing file into a "
                    "workspace.")
                     .arg(shown);
        return nullptr;
    }
    if (const QStringList problems = check(setup); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return nullptr;
    }
    Database::Options options;
    options.create = true;
    options.timeZone = QTimeZone(setup.timeZoneId.toUtf8());
    auto db = Database::open(path, options, error);
    if (!db)
        return nullptr;
    QString failure;
    try {
        Transaction transaction(*db);
        populate(*db, setup);
        transaction.commit();
    } catch (const StorageError& problem) {
        failure = problem.message();
    } catch (const AccessDenied& refusal) {
        failure = refusal.message();
    }
    if (!failure.isEmpty()) {
        *error = tr("%1 was not created: %2").arg(shown, failure);
        db.reset();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        return nullptr;
    }
    return db;
}

void WorkspaceSetup::populate(const Database& db, const CentreSetup& setup)
{
    const QList<std::pair<QString, QString>> settings {
        { QStringLiteral("name"), setup.centreName.trimmed() },
        { QStringLiteral("target_score"), QString::number(setup.targetScore) },
    };
    for (const auto& [key, value] : settings)
        execWith(db, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"), { key, value },
                 tr("store the setting %1").arg(key));
    User admin { 0, setup.adminLogin.trimmed(), setup.adminDisplayName.trimmed(), Role::Admin, 0, true };
    admin.id = UserAccounts::addFirstAdministrator(db, admin, setup.adminPassword);
    // The first administrator publishes the shipped forms, so the versions and the audit log name them.
    const Actor administrator = SignIn::actorFor(db, admin);
    for (const QString& form : setup.scorecards) {
        QStringList problems;
        if (!ScorecardImport::importFile(db, form, false, administrator, &problems))
            throw StorageError(problems.join(QLatin1Char('\n')));
    }
}

std::unique_ptr<Database> WorkspaceSetup::createOnServer(const ServerSettings& server, const CentreSetup& setup,
                                                         QString* error)
{
    if (const QStringList problems = check(setup); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return nullptr;
    }
    Database::Options options;
    options.timeZone = QTimeZone(setup.timeZoneId.toUtf8());
    auto db = Database::openServer(server, options, error);
    if (!db)
        return nullptr;
    try {
        const bool hasCentre
            = !selectRows<QString>(*db, QStringLiteral("SELECT value FROM workspace_settings WHERE key = 'name'"), {},
                                   tr("read the centre's name"),
                                   [](const QSqlQuery& q) { return q.value(0).toString(); })
                   .isEmpty();
        if (hasCentre) {
            *error = tr("%1 already holds a QA Desk centre; server init sets up an empty database only.")
                         .arg(db->displayName());
            return nullptr;
        }
        Transaction transaction(*db);
        TeamServer::install(*db);
        // The zone the schema was created with; stored again in case an earlier, failed set-up stored another.
        execWith(*db, QStringLiteral("UPDATE workspace_settings SET value = ? WHERE key = 'time_zone'"),
                 { setup.timeZoneId }, tr("store the setting %1").arg(QStringLiteral("time_zone")));
        populate(*db, setup);
        transaction.commit();
    } catch (const StorageError& problem) {
        *error = tr("%1 was not set up: %2").arg(db->displayName(), problem.message());
        return nullptr;
    } catch (const AccessDenied& refusal) {
        *error = tr("%1 was not set up: %2").arg(db->displayName(), refusal.message());
        return nullptr;
    }
    db->time().setZone(QTimeZone(setup.timeZoneId.toUtf8()));
    return db;
}

} // namespace qadesk
