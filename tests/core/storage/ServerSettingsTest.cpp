#include "storage/ServerSettings.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

QString refusal(const QString& url)
{
    QString error;
    const auto settings = ServerSettings::fromUrl(url, &error);
    CHECK_FALSE(settings);
    return error;
}

} // namespace

TEST_CASE("a team server URL gives its host, port, database, login and TLS mode")
{
    QString error;
    const auto settings = ServerSettings::fromUrl(
        QStringLiteral("postgresql://kim.qa@db.centre.example:6543/qadesk?sslmode=verify-full"), &error);
    REQUIRE(settings);
    CHECK(settings->host == QLatin1String("db.centre.example"));
    CHECK(settings->port == 6543);
    CHECK(settings->database == QLatin1String("qadesk"));
    CHECK(settings->user == QLatin1String("kim.qa"));
    CHECK(settings->password.isEmpty()); // libpq then reads PGPASSWORD or ~/.pgpass
    CHECK(settings->sslMode == QLatin1String("verify-full"));
    CHECK(settings->connectOptions() == QLatin1String("connect_timeout=10;sslmode=verify-full"));

    // postgres:// as libpq accepts it; the default port 5432; no sslmode leaves libpq's default.
    const auto plain = ServerSettings::fromUrl(QStringLiteral("postgres://lee@10.0.0.5/centre"), &error);
    REQUIRE(plain);
    CHECK(plain->port == 5432);
    CHECK(plain->sslMode.isEmpty());
    CHECK(plain->connectOptions() == QLatin1String("connect_timeout=10"));
    CHECK(plain->displayUrl() == QLatin1String("postgresql://lee@10.0.0.5:5432/centre"));

    CHECK(ServerSettings::isUrl(QStringLiteral("PostgreSQL://a@b/c")));
    CHECK_FALSE(ServerSettings::isUrl(QStringLiteral("/home/qa/centre.qadesk")));
    CHECK_FALSE(ServerSettings::isUrl(QStringLiteral("postgresql.qadesk")));
}

TEST_CASE("a malformed team server URL is refused naming the part that is wrong, never showing the password")
{
    CHECK(refusal(QStringLiteral("postgresql://db.example/qadesk")).contains(QLatin1String("the login is missing")));
    CHECK(
        refusal(QStringLiteral("postgresql://kim@db.example")).contains(QLatin1String("the database name is missing")));
    CHECK(refusal(QStringLiteral("postgresql://kim@db.example/"))
              .contains(QLatin1String("the database name is missing")));
    CHECK(refusal(QStringLiteral("postgresql://kim@/qadesk")).contains(QLatin1String("the host is missing")));
    CHECK(refusal(QStringLiteral("postgresql://kim@db.example:99999/qadesk")).contains(QLatin1String("port")));
    CHECK(refusal(QStringLiteral("postgresql://kim@db.example/qadesk?sslmode=always"))
              .contains(
                  QLatin1String("sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full, not "
                                "\"always\"")));
    CHECK(refusal(QStringLiteral("postgresql://kim@db.example/qadesk?application_name=x"))
              .contains(QLatin1String("\"application_name\" is not a setting QA Desk knows")));
    const QString withPassword = refusal(QStringLiteral("postgresql://kim:s3cret-pw@db.example/qadesk?sslmode=no"));
    CHECK_FALSE(withPassword.contains(QLatin1String("s3cret-pw")));
    CHECK(withPassword.contains(QLatin1String("postgresql://kim@db.example/qadesk")));
}

TEST_CASE("a failed connection says whether the host, port, TLS, password, login or database failed")
{
    ServerSettings settings;
    settings.host = QStringLiteral("db.example");
    settings.port = 5433;
    settings.database = QStringLiteral("centre");
    settings.user = QStringLiteral("kim");
    settings.sslMode = QStringLiteral("require");
    // libpq 15's messages, as QPSQL reports them.
    const auto explain = [&](const char* libpq) {
        return settings.explainConnectionError(
            QSqlError(QStringLiteral("Unable to connect"), QString::fromLatin1(libpq), QSqlError::ConnectionError));
    };
    const QString prefix
        = QStringLiteral("Could not connect to the team server db.example:5433 (database centre, login kim): ");
    CHECK(explain("could not translate host name \"db.example\" to address: Name or service not known")
          == prefix + QStringLiteral("the host db.example is not known (check its name)."));
    CHECK(
        explain(
            "connection to server at \"10.0.0.5\", port 5433 failed: Connection refused\n\tIs the server running on "
            "that host and accepting TCP/IP connections?")
        == prefix
            + QStringLiteral("nothing answers on port 5433 of db.example (check the port, and that PostgreSQL listens "
                             "on that address)."));
    CHECK(explain("server does not support SSL, but SSL was required")
              .startsWith(prefix + QStringLiteral("the TLS connection failed (sslmode=require)")));
    CHECK(explain(
              "connection to server at \"10.0.0.5\", port 5433 failed: FATAL:  password authentication failed for user "
              "\"kim\"")
          == prefix + QStringLiteral("the password of kim is wrong, or kim is not a login on this server."));
    CHECK(explain("connection to server at \"10.0.0.5\", port 5433 failed: fe_sendauth: no password supplied")
          == prefix + QStringLiteral("the server asks for the password of kim; give it in PGPASSWORD or ~/.pgpass."));
    CHECK(explain("connection to server at \"10.0.0.5\", port 5433 failed: FATAL:  database \"centre\" does not exist")
          == prefix + QStringLiteral("the server has no database centre."));
    CHECK(explain("connection to server at \"10.0.0.5\", port 5433 failed: FATAL:  role \"kim\" does not exist")
          == prefix + QStringLiteral("the server has no login kim."));
    CHECK(explain(
              "connection to server at \"10.0.0.5\", port 5433 failed: FATAL:  role \"kim\" is not permitted to log in")
          == prefix + QStringLiteral("the login kim has been deactivated."));
}
