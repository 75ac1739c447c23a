#include "WorkspaceSetup.h"

#include "UserAccounts.h"
#include "AccessRules.h"
#include "SignIn.h"
#include "scoring/ScorecardImport.h"
#include "storage/SqlSupport.h"
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
        const QList<std::pair<QString, QString>> settings {
            { QStringLiteral("name"), setup.centreName.trimmed() },
            { QStringLiteral("target_score"), QString::number(setup.targetScore) },
        };
        for (const auto& [key, value] : settings)
            execWith(*db, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"), { key, value },
                     tr("store the setting %1").arg(key));
        User admin { 0, setup.adminLogin.trimmed(), setup.adminDisplayName.trimmed(), Role::Admin, 0, true };
        admin.id = UserAccounts::addFirstAdministrator(*db, admin, setup.adminPassword);
        // The first administrator publishes the shipped forms, so the versions and the audit log name them.
        const Actor administrator = SignIn::actorFor(*db, admin);
        for (const QString& form : setup.scorecards) {
            QStringList problems;
            if (!ScorecardImport::importFile(*db, form, false, administrator, &problems))
                throw StorageError(problems.join(QLatin1Char('\n')));
        }
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

} // namespace qadesk
