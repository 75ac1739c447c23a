#include "TestSupport.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// What Database::openServer says failed, with its message, for connecting with `settings`.
std::pair<ServerFailure, QString> failureOf(const ServerSettings& settings)
{
    QString error;
    ServerFailure failure = ServerFailure::None;
    const auto db = Database::openServer(settings, Database::Options {}, &error, &failure);
    CHECK_FALSE(db);
    return { failure, error };
}

// Runs `statement` as the test server's superuser on the database `database`.
void runAsSuperuser(const ServerSettings& server, const QString& statement)
{
    const QString name = QStringLiteral("pg-superuser");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(server.database);
        REQUIRE(admin.open());
        QSqlQuery query(admin);
        INFO(statement.toStdString());
        REQUIRE(query.exec(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

bool serverAsksForPasswords(const ServerSettings& server)
{
    bool asks = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-hba"));
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(server.database);
        REQUIRE(admin.open());
        QSqlQuery query(admin);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE 'qadesk_test_scram' = ANY "
                                          "(user_name) OR '+qadesk_test_scram' = ANY (user_name)")));
        asks = query.next() && query.value(0).toInt() > 0;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-hba"));
    return asks;
}

} // namespace

TEST_CASE("an unknown host and a closed port are told apart by the real libpq")
{
    ServerSettings settings;
    settings.host = QStringLiteral("nohost.invalid"); // .invalid never resolves (RFC 6761)
    settings.database = QStringLiteral("qadesk");
    settings.user = QStringLiteral("kim");
    auto [failure, error] = failureOf(settings);
    CHECK(failure == ServerFailure::HostUnknown);
    CHECK(error.endsWith(QLatin1String("the host nohost.invalid is not known (check its name).")));

    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 1; // a privileged port nothing listens on
    std::tie(failure, error) = failureOf(settings);
    CHECK(failure == ServerFailure::Port);
    CHECK(error.contains(QLatin1String("nothing answers on port 1 of 127.0.0.1")));
}

TEST_CASE("a real PostgreSQL server's refusals say whether TLS, the login, the password or the database failed")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);

    ServerSettings settings = *server;
    settings.database = QStringLiteral("qadesk_absent_") + suffix;
    auto [failure, error] = failureOf(settings);
    CHECK(failure == ServerFailure::Database);
    CHECK(error.endsWith(QStringLiteral("the server has no database %1.").arg(settings.database)));

    settings = *server;
    settings.user = QStringLiteral("nobody_") + suffix;
    std::tie(failure, error) = failureOf(settings);
    CHECK(failure == ServerFailure::Login);
    CHECK(error.endsWith(QStringLiteral("the server has no login %1.").arg(settings.user)));

    const QString retired = QStringLiteral("retired_") + suffix;
    runAsSuperuser(*server, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(retired));
    settings.user = retired;
    std::tie(failure, error) = failureOf(settings);
    CHECK(failure == ServerFailure::LoginDeactivated);

    // A server without TLS refuses sslmode=require; one with TLS fails verify-full without the CA's certificate.
    settings = *server;
    settings.sslMode = QStringLiteral("verify-full");
    qputenv("PGSSLROOTCERT", QByteArrayLiteral("/nonexistent/root.crt"));
    std::tie(failure, error) = failureOf(settings);
    qunsetenv("PGSSLROOTCERT");
    CHECK(failure == ServerFailure::Tls);
    CHECK(error.contains(QLatin1String("the TLS connection failed (sslmode=verify-full)")));

    if (!serverAsksForPasswords(*server)) {
        if (qEnvironmentVariableIntValue("QADESK_TEST_PG_REQUIRED") == 1)
            FAIL("the test server's pg_hba.conf has no scram-sha-256 line for +qadesk_test_scram (see scripts/test)");
        WARN("the test server asks no passwords: the password refusals are not tested in this run");
        return;
    }
    const QString login = QStringLiteral("scram_") + suffix;
    runAsSuperuser(*server,
                   QStringLiteral("DO $$ BEGIN CREATE ROLE qadesk_test_scram NOLOGIN; "
                                  "EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    runAsSuperuser(*server,
                   QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right-pw' IN ROLE qadesk_test_scram").arg(login));
    settings = *server;
    settings.user = login;
    settings.password = QStringLiteral("wrong-pw");
    std::tie(failure, error) = failureOf(settings);
    CHECK(failure == ServerFailure::Password);
    CHECK(
        error.endsWith(QStringLiteral("the password of %1 is wrong, or %1 is not a login on this server.").arg(login)));

    // No password anywhere: not in the settings, PGPASSWORD or a password file.
    const QByteArray pgPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/pgpass"));
    settings.password.clear();
    std::tie(failure, error) = failureOf(settings);
    qunsetenv("PGPASSFILE");
    if (!pgPassword.isEmpty())
        qputenv("PGPASSWORD", pgPassword);
    CHECK(failure == ServerFailure::PasswordMissing);

    // The right password passes the server's check; what may fail after it (this login may not create the schema)
    // is no connection failure.
    settings.password = QStringLiteral("right-pw");
    QString rightError;
    ServerFailure rightFailure = ServerFailure::None;
    Database::openServer(settings, Database::Options {}, &rightError, &rightFailure);
    CHECK(rightFailure == ServerFailure::None);
    runAsSuperuser(*server, QStringLiteral("DROP ROLE %1").arg(login));
    runAsSuperuser(*server, QStringLiteral("DROP ROLE %1").arg(retired));
}
