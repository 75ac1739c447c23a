#include "TestSupport.h"
#include "agents/AgentPage.h"
#include "disputes/DisputesPage.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/SqlSupport.h"
#include "storage/OrganizationRepository.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTableWidget>

using namespace qadesk;

namespace {

const QString s_phone = QStringLiteral("010-1234-5678");
const QString s_maskedPhone = QStringLiteral("010-****-5678");

// One submitted evaluation of a call whose id is the caller's number, with a phone number in its comments, and an
// open dispute whose reason holds one too; users of each role that reads them.
struct Workspace {
    test::EvaluatedWorkspace w;
    qint64 agentId = 0;
    qint64 disputeId = 0;

    Workspace()
    {
        agentId = w.agent(QString::fromUtf8("김민지"), QStringLiteral("Alpha"));
        Contact contact;
        contact.externalId = QStringLiteral("CALL-") + s_phone;
        contact.agentId = agentId;
        contact.startedAt = QDateTime(QDate(2026, 10, 5), QTime(10, 0), Qt::UTC);
        contact.durationSeconds = 100;
        contact.id = ContactRepository(*w.db).add(contact);
        Evaluation e;
        e.contactId = contact.id;
        e.scorecardVersionId = w.version.id;
        e.evaluatorId = w.evaluator;
        e.agentId = agentId;
        e.teamId = w.teams.value(QStringLiteral("Alpha"));
        e.status = EvaluationStatus::Submitted;
        e.createdAt = e.submittedAt = QDateTime(QDate(2026, 10, 5), QTime(12, 0), Qt::UTC);
        e.score = e.rawScore = 0.8;
        e.overallComment = QString::fromUtf8("고객 회신 번호 ") + s_phone;
        e.answers = { Answer { QStringLiteral("greeting"), 1, false, QString::fromUtf8("메일 a@b.co 로 안내"), {} } };
        const qint64 evaluationId = EvaluationWriter(*w.db, w.version).insert(e);
        const UserRepository users(*w.db);
        const qint64 lead = users.add(User { 0, QStringLiteral("lead"), QString::fromUtf8("박팀장"), Role::TeamLead, 0, true });
        execWith(*w.db, QStringLiteral("INSERT INTO user_teams (user_id, team_id) VALUES (?, ?)"),
                 { lead, w.teams.value(QStringLiteral("Alpha")) }, QStringLiteral("let the lead lead Alpha"));
        users.add(User { 0, QStringLiteral("manager"), QString::fromUtf8("최센터장"), Role::Manager, 0, true });
        disputeId = DisputeRepository(*w.db).raise(Dispute { 0, evaluationId, {}, lead, {},
                                                             QString::fromUtf8("고객이 ") + s_phone + QString::fromUtf8("로 다시 전화함"),
                                                             DisputeStatus::Open, 0, {}, {}, 0 },
                                                   QStringLiteral("lead"));
    }
};

QStringList rowTexts(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int c = 0; c < table->columnCount(); ++c)
        texts << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return texts;
}

} // namespace

TEST_CASE("the agent page masks comments and phone-shaped contact ids unless the role may reveal them")
{
    const Workspace w;
    const auto evaluationRow = [&w](const QString& actor) {
        AgentPage page(*w.w.db, test::actorOf(*w.w.db, actor));
        REQUIRE(page.setAgent(w.agentId));
        const auto* table = page.findChild<QTableWidget*>(QStringLiteral("evaluationsTableWidget"));
        REQUIRE(table->rowCount() == 1);
        return rowTexts(table, 0).join(QLatin1Char('|'));
    };
    const QString lead = evaluationRow(QStringLiteral("lead"));
    CHECK_FALSE(lead.contains(s_phone));
    CHECK(lead.contains(QStringLiteral("CALL-") + s_maskedPhone));
    CHECK(lead.contains(QString::fromUtf8("고객 회신 번호 ") + s_maskedPhone));
    CHECK(lead.contains(QStringLiteral("*@b.co")));
    const QString manager = evaluationRow(QStringLiteral("manager"));
    CHECK(manager.contains(QStringLiteral("CALL-") + s_phone));
    CHECK(manager.contains(QString::fromUtf8("고객 회신 번호 ") + s_phone));
    CHECK(manager.contains(QStringLiteral("a@b.co")));
}

TEST_CASE("the disputes page masks reasons, comments and contact ids unless the role may reveal them")
{
    const Workspace w;
    const auto shown = [&w](const QString& actor) {
        DisputesPage page(*w.w.db, test::actorOf(*w.w.db, actor));
        REQUIRE(page.selectDispute(w.disputeId));
        const auto* queue = page.findChild<QTableWidget*>(QStringLiteral("queueTableWidget"));
        return rowTexts(queue, 0).join(QLatin1Char('|')) + QLatin1Char('|')
            + page.findChild<QLabel*>(QStringLiteral("evaluationLabel"))->text() + QLatin1Char('|')
            + page.findChild<QLabel*>(QStringLiteral("disputeLabel"))->text();
    };
    // An evaluator decides disputes but may not reveal personal data.
    const QString evaluator = shown(QStringLiteral("qa"));
    CHECK_FALSE(evaluator.contains(s_phone));
    CHECK(evaluator.contains(QStringLiteral("CALL-") + s_maskedPhone));
    CHECK(evaluator.contains(QString::fromUtf8("고객이 ") + s_maskedPhone));
    CHECK(evaluator.contains(QString::fromUtf8("고객 회신 번호 ") + s_maskedPhone));
    const QString manager = shown(QStringLiteral("manager"));
    CHECK(manager.contains(QString::fromUtf8("고객이 ") + s_phone));
    CHECK(manager.contains(QString::fromUtf8("고객 회신 번호 ") + s_phone));
}
