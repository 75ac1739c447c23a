#include "CliCommandSignIn.h"

#include "CliCommand.h"
#include "demo/DemoWorkspaceBuilder.h"
#include "people/SignIn.h"
#include "storage/StorageError.h"

#include <QThread>

#include <cstdio>

namespace qadesk::cli {

void addSignInOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("user"), QStringLiteral("Act as this user (login)."), QStringLiteral("LOGIN") });
    parser.addOption({ QStringLiteral("password-stdin"),
                       QStringLiteral("Read the user's password from the first line of standard input instead of the "
                                      "QADESK_PASSWORD environment variable. A demo workspace needs no password: "
                                      "--user alone views it as that user.") });
}

QString readStdinLine()
{
    QByteArray line;
    // A password line is short; anything longer than this is not one, and reading stops there instead of growing.
    constexpr int maximumLength = 4096;
    int c = 0;
    while (line.size() < maximumLength && (c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

namespace {

std::optional<Actor> signIn(const QCommandLineParser& parser, const Database& database, int* exitCode)
{
    QString error;
    try {
        // On a team server the server has checked the password of the URL's login; --user may only repeat it.
        if (database.isTeamServer()) {
            if (parser.isSet(QStringLiteral("user"))
                && parser.value(QStringLiteral("user")) != database.server().user) {
                *exitCode = usageError(QStringLiteral("qadesk-cli: on a team server you act as the login of the URL "
                                                      "(%1), not as --user %2.")
                                           .arg(database.server().user, parser.value(QStringLiteral("user"))));
                return std::nullopt;
            }
            if (auto actor = SignIn::serverSession(database, &error))
                return actor;
            *exitCode = fail(QStringLiteral("qadesk-cli: %1").arg(error));
            return std::nullopt;
        }
        QString login;
        if (!requireOption(parser, QStringLiteral("user"), &login)) {
            *exitCode = 2;
            return std::nullopt;
        }
        // The demo is for exploring, as the app's "view as" is: any of its users, without a password.
        if (DemoWorkspaceBuilder::isDemo(database)) {
            if (auto actor = SignIn::viewDemoAs(database, login, &error))
                return actor;
            *exitCode = fail(QStringLiteral("qadesk-cli: %1").arg(error));
            return std::nullopt;
        }
        if (!parser.isSet(QStringLiteral("password-stdin")) && !qEnvironmentVariableIsSet("QADESK_PASSWORD")) {
            *exitCode = usageError(QStringLiteral("qadesk-cli: the password of %1 comes from QADESK_PASSWORD or, "
                                                  "with --password-stdin, from standard input.")
                                       .arg(login));
            return std::nullopt;
        }
        const QString password = parser.isSet(QStringLiteral("password-stdin"))
            ? readStdinLine()
            : qEnvironmentVariable("QADESK_PASSWORD");
        if (auto actor = SignIn::authenticate(database, login, password, &error))
            return actor;
    } catch (const StorageError& failure) {
        *exitCode = fail(failure.message());
        return std::nullopt;
    }
    QThread::msleep(static_cast<unsigned long>(SignIn::retryDelayMs(1)));
    *exitCode = fail(QStringLiteral("qadesk-cli: %1").arg(error));
    return std::nullopt;
}

} // namespace

std::optional<SignedIn> openSignedIn(const QCommandLineParser& parser, const QString& path, bool reading, int* exitCode)
{
    QString error;
    auto database = reading ? openForReading(path, &error) : openForWriting(path, &error);
    if (!database) {
        *exitCode = fail(error);
        return std::nullopt;
    }
    auto actor = signIn(parser, *database, exitCode);
    if (!actor)
        return std::nullopt;
    return SignedIn { std::move(database), *actor };
}

} // namespace qadesk::cli
