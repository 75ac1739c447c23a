#pragma once

#include <QHash>
#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace qadesk {

// The application's own settings in one place (QSettings underneath): an enum of keys with their defaults, so no
// string key is scattered through widgets. Tests use an instance on a temporary file.
class AppSettings final : public QObject {
    Q_OBJECT

public:
    enum class Key { WindowGeometry, WindowState, RecentWorkspaces, LastWorkspace, Language, LastLogins, Theme, RecordingFolders };
    Q_ENUM(Key)

    static constexpr int s_maxRecent = 8;

    // The settings of the running application (QSettings' native location).
    static AppSettings& instance();
    // Settings kept in `iniFile` (tests).
    explicit AppSettings(const QString& iniFile, QObject* parent = nullptr);

    QVariant value(Key key) const; // the default when unset
    void setValue(Key key, const QVariant& value);
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString& path); // most recent first, de-duplicated, at most s_maxRecent
    // The login last signed in (or viewed as, in a demo) on the workspace at `path`, never a password; empty when none.
    QString lastLogin(const QString& path) const;
    void setLastLogin(const QString& path, const QString& login);
    // This desktop's folder for each recordings root of the team server `serverUrl` (its URL without password).
    QHash<QString, QString> recordingFolders(const QString& serverUrl) const;
    void setRecordingFolders(const QString& serverUrl, const QHash<QString, QString>& folders);

signals:
    void changed(qadesk::AppSettings::Key key);

private:
    AppSettings();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace qadesk
