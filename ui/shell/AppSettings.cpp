#include "AppSettings.h"

#include "storage/ServerSettings.h"

#include <QFileInfo>
#include <QStringList>

namespace qadesk {
namespace {

struct KeyInfo {
    const char* name;
    QVariant defaultValue;
};

KeyInfo info(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::WindowGeometry:
        return { "window/geometry", QByteArray() };
    case AppSettings::Key::WindowState:
        return { "window/state", QByteArray() };
    case AppSettings::Key::RecentWorkspaces:
        return { "workspace/recent", QStringList() };
    case AppSettings::Key::LastWorkspace:
        return { "workspace/last", QString() };
    case AppSettings::Key::Language:
        return { "ui/language", QStringLiteral("system") }; // "system", "ko" or "en"
    case AppSettings::Key::LastLogins:
        return { "workspace/logins", QVariantMap() }; // absolute workspace path → login
    case AppSettings::Key::Theme:
        return { "ui/theme", QStringLiteral("system") }; // "system", "light", "dark" or "high-contrast"
    case AppSettings::Key::RecordingFolders:
        return { "server/recording-folders", QVariantMap() }; // server URL without password → root → folder
    }
    return { "", QVariant() };
}

} // namespace

AppSettings& AppSettings::instance()
{
    static AppSettings s_instance;
    return s_instance;
}

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QVariant AppSettings::value(Key key) const
{
    const KeyInfo entry = info(key);
    return m_settings->value(QLatin1String(entry.name), entry.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    if (this->value(key) == value)
        return;
    m_settings->setValue(QLatin1String(info(key).name), value);
    emit changed(key);
}

QStringList AppSettings::recentWorkspaces() const
{
    return value(Key::RecentWorkspaces).toStringList();
}

void AppSettings::addRecentWorkspace(const QString& path)
{
    // A server is listed as its URL, which never holds a password here (ServerSettings::displayUrl()).
    const QString absolute = ServerSettings::isUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > s_maxRecent)
        recent.removeLast();
    setValue(Key::RecentWorkspaces, recent);
    setValue(Key::LastWorkspace, absolute);
}

QString AppSettings::lastLogin(const QString& path) const
{
    return value(Key::LastLogins).toMap().value(QFileInfo(path).absoluteFilePath()).toString();
}

void AppSettings::setLastLogin(const QString& path, const QString& login)
{
    QVariantMap logins = value(Key::LastLogins).toMap();
    logins.insert(QFileInfo(path).absoluteFilePath(), login);
    setValue(Key::LastLogins, logins);
}

QHash<QString, QString> AppSettings::recordingFolders(const QString& serverUrl) const
{
    QHash<QString, QString> folders;
    const QVariantMap roots = value(Key::RecordingFolders).toMap().value(serverUrl).toMap();
    for (auto it = roots.cbegin(); it != roots.cend(); ++it)
        folders.insert(it.key(), it.value().toString());
    return folders;
}

void AppSettings::setRecordingFolders(const QString& serverUrl, const QHash<QString, QString>& folders)
{
    QVariantMap servers = value(Key::RecordingFolders).toMap();
    QVariantMap roots;
    for (auto it = folders.cbegin(); it != folders.cend(); ++it)
        roots.insert(it.key(), it.value());
    servers.insert(serverUrl, roots);
    setValue(Key::RecordingFolders, servers);
}

} // namespace qadesk
