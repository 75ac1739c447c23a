#include "CliProcess.h"
#include "TestSupport.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qadesk;
using namespace qadesk::test;

namespace {

// A chat of agent A001 on `day` of November 2026 whose only reply wait is `waitSeconds` (stored with its metrics by
// the import path, ContactWriter).
void addChat(const Database& db, qint64 agentId, int day, int waitSeconds)
{
    Contact chat;
    chat.channel = Channel::Chat;
    chat.externalId = QStringLiteral("CH-%1").arg(day);
    chat.agentId = agentId;
    chat.startedAt = centreTime(QDate(2026, 11, day), QTime(10, 0));
    chat.durationSeconds = 600;
    chat.messages = { { 1, chat.startedAt, MessageSender::Customer, {}, QStringLiteral("문의합니다") },
                      { 2, chat.startedAt.addSecs(waitSeconds), MessageSender::Agent, {}, QStringLiteral("네") } };
    ContactWriter(db).insert(chat);
}

struct Drawn
{
    QString externalId;
    QString chosenBy;
};

} // namespace

TEST_CASE(
    "qadesk-cli sample keeps a reserve for the contacts its metrics filter matches, and stores how each was chosen")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.qadesk"));
    QStringList signIn;
    {
        const auto db = fileWorkspace(dir, QStringLiteral("sample.qadesk"));
        addSampleContact(*db); // agent A001, evaluator "eval", a call in October
        signIn = addCliManager(*db);
        const qint64 agent = AgentRepository(*db).findByEmployeeId(QStringLiteral("A001"))->id;
        // Replies after 150 s on the 2nd, 3rd and 4th; after 30 s on the 5th to the 9th.
        for (int day = 2; day <= 9; ++day)
            addChat(*db, agent, day, day <= 4 ? 150 : 30);
    }
    const QStringList sample { QStringLiteral("sample"),   QStringLiteral("--workspace"), path,
                               QStringLiteral("--period"), QStringLiteral("2026-11"),     QStringLiteral("--seed"),
                               QStringLiteral("7"),        QStringLiteral("--per-agent"), QStringLiteral("4") };

    // Half of the 4 (2 contacts) from the 3 chats with a reply wait over 2 minutes, the other 2 at random.
    const CliRun run = runCli(sample
                              + QStringList { QStringLiteral("--reserve"), QStringLiteral("50"),
                                              QStringLiteral("--reserve-reply-wait-over"), QStringLiteral("120") }
                              + signIn);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    QString error;
    const auto db = Database::open(path, &error);
    REQUIRE(db);
    const auto rules = selectRows<QString>(*db, QStringLiteral("SELECT rule_json FROM sampling_plans"), {},
                                           QStringLiteral("read the plans"),
                                           [](const QSqlQuery& q) { return q.value(0).toString(); });
    REQUIRE(rules.size() == 1);
    const QJsonObject reserve
        = QJsonDocument::fromJson(rules.first().toUtf8()).object().value(QStringLiteral("reserve")).toObject();
    CHECK(reserve.value(QStringLiteral("share")).toDouble() == 0.5);
    const QJsonObject filter = reserve.value(QStringLiteral("filter")).toObject();
    CHECK(filter.keys() == QStringList { QStringLiteral("reply_wait_over_s") });
    CHECK(filter.value(QStringLiteral("reply_wait_over_s")).toDouble() == 120);

    const auto drawn = selectRows<Drawn>(
        *db,
        QStringLiteral("SELECT c.external_id, a.chosen_by FROM assignments a JOIN contacts c ON c.id = a.contact_id"),
        {}, QStringLiteral("read the assignments"), [](const QSqlQuery& q) {
            return Drawn { q.value(0).toString(), q.value(1).toString() };
        });
    REQUIRE(drawn.size() == 4);
    const QStringList slow { QStringLiteral("CH-2"), QStringLiteral("CH-3"), QStringLiteral("CH-4") };
    int reserved = 0;
    for (const Drawn& d : drawn) {
        INFO(d.externalId.toStdString() << " " << d.chosenBy.toStdString());
        CHECK((d.chosenBy == QStringLiteral("reserve") || d.chosenBy == QStringLiteral("random")));
        if (d.chosenBy == QStringLiteral("reserve")) {
            ++reserved;
            CHECK(slow.contains(d.externalId));
        }
    }
    CHECK(reserved == 2);
}

TEST_CASE("qadesk-cli sample refuses a reserve without a filter, a filter without a reserve, and values out of range")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.qadesk"));
    QStringList signIn;
    {
        const auto db = fileWorkspace(dir, QStringLiteral("sample.qadesk"));
        addSampleContact(*db);
        signIn = addCliManager(*db);
    }
    const QStringList sample { QStringLiteral("sample"),   QStringLiteral("--workspace"), path,
                               QStringLiteral("--period"), QStringLiteral("2026-11"),     QStringLiteral("--seed"),
                               QStringLiteral("7") };
    const auto refused = [&](const QStringList& options, const QString& message) {
        const CliRun run = runCli(sample + options + signIn);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(message));
    };
    refused({ QStringLiteral("--reserve"), QStringLiteral("20") },
            QStringLiteral("--reserve needs at least one of --reserve-dead-air-over"));
    refused({ QStringLiteral("--reserve-dead-air-over"), QStringLiteral("10") },
            QStringLiteral("give the share with --reserve"));
    refused({ QStringLiteral("--reserve"), QStringLiteral("120"), QStringLiteral("--reserve-dead-air-over"),
              QStringLiteral("10") },
            QStringLiteral("--reserve must be a percentage from 0 to 100, not \"120\""));
    refused({ QStringLiteral("--reserve"), QStringLiteral("20"), QStringLiteral("--reserve-overtalk-over"),
              QStringLiteral("150") },
            QStringLiteral("--reserve-overtalk-over must be a percentage from 0 to 100, not \"150\""));
    refused({ QStringLiteral("--reserve"), QStringLiteral("20"), QStringLiteral("--reserve-reply-wait-over"),
              QStringLiteral("-5") },
            QStringLiteral("--reserve-reply-wait-over must be 0 or more seconds, not \"-5\""));
    refused({ QStringLiteral("--reserve"), QStringLiteral("lots"), QStringLiteral("--reserve-dead-air-over"),
              QStringLiteral("10") },
            QStringLiteral("--reserve must be a number, not \"lots\""));

    QString error;
    const auto db = Database::open(path, &error);
    REQUIRE(db);
    CHECK(selectRows<int>(*db, QStringLiteral("SELECT COUNT(*) FROM sampling_plans"), {}, QStringLiteral("count"),
                          [](const QSqlQuery& q) { return q.value(0).toInt(); })
              .value(0)
          == 0);
}
