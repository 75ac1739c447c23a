#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace qadesk {

// Team server passwords in the desktop's keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Store,
// through QtKeychain), each under the server's URL without its password. Never in the settings. A desktop without a
// keyring (a headless session has no Secret Service) makes every call fail with *error saying so; callers then ask
// for the password instead.
class ServerKeyring final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::ServerKeyring)

public:
    // The password remembered for `url`; nullopt when none is, with *error empty, or when the keyring failed, with
    // *error saying why.
    static std::optional<QString> read(const QString& url, QString* error);
    static bool write(const QString& url, const QString& password, QString* error);
    // Forgets the password of `url`; true also when none was remembered.
    static bool remove(const QString& url, QString* error);
};

} // namespace qadesk
