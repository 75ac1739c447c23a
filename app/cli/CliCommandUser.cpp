#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "people/AccessRules.h"
#include "people/UserAccounts.h"
#include "storage/OrganizationRepository.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace qadesk::cli {
namespace {

QJsonObject toJson(const UserAccount& account, const Database& db)
{
    QJsonArray teams;
    for (const qint64 id : account.teamIds) {
        if (const auto team = TeamRepository(db).find(id))
            teams << team->name;
    }
    QJsonObject object { { QStringLiteral("login"), account.user.login },
                         { QStringLiteral("name"), account.user.displayName },
                         { QStringLiteral("role"), toCode(account.user.role) },
                         { QStringLiteral("active"), account.user.active },
                         { QStringLiteral("teams"), teams } };
    if (account.user.agentId != 0) {
        if (const auto agent = AgentRepository(db).find(account.user.agentId))
            object.insert(QStringLiteral("agent"), agent->employeeId);
    }
    return object;
}

// Applies --name, --role, --team and --agent to `account`. Returns false after printing which value is wrong.
bool applyOptions(const QCommandLineParser& parser, const Database& db, UserAccount* account)
{
    if (parser.isSet(QStringLiteral("name")))
        account->user.displayName = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("role"))) {
        const auto role = fromCode<Role>(parser.value(QStringLiteral("role")));
        if (!role) {
            usageError(QStringLiteral("qadesk-cli user: --role must be admin, manager, evaluator, team_lead or agent, not "
                                      "\"%1\".")
                           .arg(parser.value(QStringLiteral("role"))));
            return false;
        }
        account->user.role = *role;
        if (*role != Role::TeamLead)
            account->teamIds.clear();
        if (*role != Role::Agent)
            account->user.agentId = 0;
    }
    if (parser.isSet(QStringLiteral("team"))) {
        account->teamIds.clear();
        const QList<Team> teams = TeamRepository(db).all();
        for (const QString& name : parser.values(QStringLiteral("team"))) {
            const auto team = std::find_if(teams.cbegin(), teams.cend(), [&](const Team& t) { return t.name == name; });
            if (team == teams.cend()) {
                usageError(QStringLiteral("qadesk-cli user: --team \"%1\" is not a team of this workspace.").arg(name));
                return false;
            }
            account->teamIds << team->id;
        }
    }
    if (parser.isSet(QStringLiteral("agent"))) {
        const auto agent = AgentRepository(db).findByEmployeeId(parser.value(QStringLiteral("agent")));
        if (!agent) {
            usageError(QStringLiteral("qadesk-cli user: --agent \"%1\" is not an employee id of this workspace.")
                           .arg(parser.value(QStringLiteral("agent"))));
            return false;
        }
        account->user.agentId = agent->id;
    }
    return true;
}

// The new password of `login`: the next line of standard input, or QADESK_NEW_PASSWORD.
std::optional<QString> newPassword(const QCommandLineParser& parser, const QString& login)
{
    if (parser.isSet(QStringLiteral("password-stdin")) || !qEnvironmentVariableIsSet("QADESK_NEW_PASSWORD")) {
        const QString line = readStdinLine();
        if (!line.isEmpty())
            return line;
        usageError(QStringLiteral("qadesk-cli user: the new password of %1 comes from QADESK_NEW_PASSWORD or the next "
                                  "line of standard input.")
                       .arg(login));
        return std::nullopt;
    }
    return qEnvironmentVariable("QADESK_NEW_PASSWORD");
}

int runUser(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list, edit, deactivate or passwd."));
    parser.addOption({ QStringLiteral("workspace"), QStringLiteral("The workspace file (*.qadesk)."), QStringLiteral("FILE") });
    addSignInOptions(parser);
    parser.addOption({ QStringLiteral("login"), QStringLiteral("The login of the user to add or change."), QStringLiteral("LOGIN") });
    parser.addOption({ QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("role"), QStringLiteral("admin, manager, evaluator, team_lead or agent."),
                       QStringLiteral("ROLE") });
    parser.addOption({ QStringLiteral("team"), QStringLiteral("A team a team lead leads (repeat for several)."),
                       QStringLiteral("TEAM") });
    parser.addOption({ QStringLiteral("agent"), QStringLiteral("The employee id of the agent an agent user is."),
                       QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("activate"), QStringLiteral("With edit: make a deactivated user active again.") });
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Manage the people of a workspace as a signed-in manager or administrator. "
                                              "New passwords come from QADESK_NEW_PASSWORD or the next line of standard "
                                              "input. Users are deactivated, never deleted."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList s_actions { QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("edit"),
                                         QStringLiteral("deactivate"), QStringLiteral("passwd") };
    if (positional.size() != 1 || !s_actions.contains(action))
        return usageError(QStringLiteral("qadesk-cli user: say add, list, edit, deactivate or passwd."));
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    int exitCode = 0;
    // Listing only reads, so it opens read-only and waits beside a writer like the other reading commands.
    const auto session = openSignedIn(parser, path, action == QLatin1String("list"), &exitCode);
    if (!session)
        return exitCode;
    const auto& db = session->database;
    const Actor* actor = &session->actor;

    try {
        const UserAccounts accounts(*db, *actor);
        if (action == QLatin1String("list")) {
            QJsonArray users;
            for (const UserAccount& account : accounts.list())
                users << toJson(account, *db);
            printJson(QJsonDocument(users));
            return 0;
        }
        QString login = actor->login;
        if (action != QLatin1String("passwd") && !requireOption(parser, QStringLiteral("login"), &login))
            return 2;
        if (parser.isSet(QStringLiteral("login")))
            login = parser.value(QStringLiteral("login"));
        if (action == QLatin1String("add")) {
            AccessRules::require(*actor, Action::ManagePeople); // before asking for the new user's password
            UserAccount account { User { 0, login, login, Role::Evaluator, 0, true }, {} };
            if (!parser.isSet(QStringLiteral("role")))
                return usageError(QStringLiteral("qadesk-cli user add: --role is required (see --help)."));
            if (!applyOptions(parser, *db, &account))
                return 2;
            const auto password = newPassword(parser, login);
            if (!password)
                return 2;
            accounts.add(account, *password);
            printJson(QJsonDocument(toJson(*accounts.find(login), *db)));
            return 0;
        }
        const auto noSuchUser = [&] {
            return fail(QStringLiteral("qadesk-cli user: %1 has no user \"%2\".").arg(db->displayName(), login));
        };
        if (action == QLatin1String("passwd")) {
            // Everyone may change their own password; find() needs the right to manage people.
            qint64 userId = actor->userId;
            if (login != actor->login) {
                const auto other = accounts.find(login);
                if (!other)
                    return noSuchUser();
                userId = other->user.id;
            }
            const auto password = newPassword(parser, login);
            if (!password)
                return 2;
            accounts.setPassword(userId, *password);
            printJson(QJsonDocument(QJsonObject { { QStringLiteral("login"), login },
                                                  { QStringLiteral("password"), QStringLiteral("changed") } }));
            return 0;
        }
        auto account = accounts.find(login);
        if (!account)
            return noSuchUser();
        if (action == QLatin1String("deactivate")) {
            accounts.deactivate(account->user.id);
        } else {
            if (!applyOptions(parser, *db, &*account))
                return 2;
            if (parser.isSet(QStringLiteral("activate")))
                account->user.active = true;
            accounts.edit(*account);
        }
        printJson(QJsonDocument(toJson(*accounts.find(login), *db)));
        return 0;
    } catch (const AccessDenied& refusal) {
        return fail(QStringLiteral("qadesk-cli user: %1").arg(refusal.message()));
    } catch (const StorageError& failure) {
        return fail(QStringLiteral("qadesk-cli user: %1").arg(failure.message()));
    }
}

const Registration s_user({ QStringLiteral("user"), QStringLiteral("Add, list, edit, deactivate users or set a password."),
                            &runUser });

} // namespace
} // namespace qadesk::cli
