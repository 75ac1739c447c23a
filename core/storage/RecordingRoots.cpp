#include "RecordingRoots.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "people/AccessRules.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace qadesk {
namespace {

const QString s_settingKey = QStringLiteral("recording_roots");

} // namespace

bool RecordingRoots::isValidName(const QString& name)
{
    static const QRegularExpression s_name(QStringLiteral("^[\\p{L}\\p{N}_-]{2,40}$"));
    return s_name.match(name).hasMatch();
}

QStringList RecordingRoots::names(const Database& database)
{
    const QStringList values = selectRows<QString>(
        database, QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"), { s_settingKey },
        QStringLiteral("read the recordings roots"), [](const QSqlQuery& q) { return q.value(0).toString(); });
    QStringList roots;
    if (values.isEmpty())
        return roots;
    for (const QJsonValue& value : QJsonDocument::fromJson(values.first().toUtf8()).array()) {
        if (isValidName(value.toString()))
            roots << value.toString();
    }
    return roots;
}

bool RecordingRoots::add(const Database& database, const QString& name, const Actor& actor, QString* error)
{
    if (const Decision allowed = AccessRules::check(actor, Action::DefineRecordingRoots); !allowed) {
        *error = allowed.reason;
        return false;
    }
    if (!isValidName(name)) {
        *error = tr("\"%1\" cannot name a recordings root: use 2 to 40 letters, digits, - or _.").arg(name);
        return false;
    }
    Transaction transaction(database);
    QStringList roots = names(database);
    if (roots.contains(name)) {
        *error = tr("The recordings root %1 is already there.").arg(name);
        return false;
    }
    const QStringList before = roots;
    roots << name;
    const QString json
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roots)).toJson(QJsonDocument::Compact));
    execWith(database, QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"), { s_settingKey },
             QStringLiteral("replace the recordings roots"));
    execWith(database, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"),
             { s_settingKey, json }, QStringLiteral("store the recordings roots"));
    AuditLog(database).record(actor.login, QStringLiteral("workspace_settings"), 0, QStringLiteral("recording_roots"),
                              QJsonObject { { QStringLiteral("roots"), QJsonArray::fromStringList(before) } },
                              QJsonObject { { QStringLiteral("roots"), QJsonArray::fromStringList(roots) } });
    transaction.commit();
    return true;
}

QString RecordingRoots::stored(const RootedPath& path)
{
    return path.root + QLatin1Char(':') + path.relative;
}

std::optional<RecordingRoots::RootedPath> RecordingRoots::split(const QString& stored, const QStringList& roots)
{
    const qsizetype colon = stored.indexOf(QLatin1Char(':'));
    if (colon < 0 || !roots.contains(stored.left(colon)))
        return std::nullopt;
    return RootedPath { stored.left(colon), stored.mid(colon + 1) };
}

std::optional<RecordingRoots::RootedPath> RecordingRoots::inRoot(const QString& root, const QString& folder,
                                                                 const QString& absolutePath)
{
    if (folder.isEmpty())
        return std::nullopt;
    const QString relative = QDir(folder).relativeFilePath(QFileInfo(absolutePath).absoluteFilePath());
    if (relative.startsWith(QLatin1String("..")) || QFileInfo(relative).isAbsolute())
        return std::nullopt;
    return RootedPath { root, QDir::fromNativeSeparators(relative) };
}

RecordingRoots::Location RecordingRoots::locate(const Database& database, const QString& stored,
                                                const QHash<QString, QString>& folders)
{
    const auto rooted = database.dialect() == SqlDialect::PostgreSQL ? split(stored, names(database)) : std::nullopt;
    if (!rooted) {
        const QString path = QFileInfo(stored).isAbsolute() ? stored : QDir(database.folder()).filePath(stored);
        return { path, {} };
    }
    const QString folder = folders.value(rooted->root);
    if (folder.isEmpty()) {
        return { {},
                 tr("The recording %1 is in the recordings root \"%2\", which this desktop has not mapped to a "
                    "folder. Choose its folder in File → Recordings folders….")
                     .arg(rooted->relative, rooted->root) };
    }
    const QString path = QDir(folder).filePath(rooted->relative);
    if (!QFileInfo::exists(path)) {
        return { path,
                 tr("The recording is missing: the recordings root \"%1\" is the folder %2 on this desktop, and "
                    "it has no %3. Check that the share is mounted there, or choose another folder in File → "
                    "Recordings folders….")
                     .arg(rooted->root, QDir::toNativeSeparators(folder), rooted->relative) };
    }
    return { path, {} };
}

} // namespace qadesk
