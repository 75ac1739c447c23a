#include "TestSupport.h"
#include "agents/AgentPage.h"
#include "disputes/DisputesPage.h"
#include "scorecards/ScorecardFormView.h"
#include "shell/Dialogs.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/SqlSupport.h"
#include "storage/OrganizationRepository.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace qadesk;

namespace {

const QString s_phone = QStringLiteral("010-1234-5678");
const QString s_maskedPhone = QStringLiteral("010-****-5678");

const QString s_refusal = QStringLiteral("Only managers and administrators may reveal personal data.");

// One submitted evaluation of a call whose id is the caller's number, with a phone number in its comments, and an
// open dispute whose reason holds one too; users of each role that reads them, and the agent's own user.
struct Workspace {
    test::EvaluatedWorkspace w;
    qint64 agentId = 0;
    qint64 contactId = 0;
    qint64 disputeId = 0;

    Workspace()
    {
        agentId = w.agent(QString::fromUtf8("김민지"), QStringLiteral("Alpha"));
        Contact contact;
        contact.externalId = QStringLiteral("CALL-") + s_phone;
        contact.agentId = agentId;
        contact.startedAt = QDateTime(QDate(2026, 10, 5), QTime(10, 0), Qt::UTC);
        contact.durationSeconds = 100;
        contact.id = contactId = ContactRepository(*w.db).add(contact);
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
        users.add(User { 0, QStringLiteral("minji"), QString::fromUtf8("김민지"), Role::Agent, agentId, true });
        disputeId = DisputeRepository(*w.db).raise(Dispute { 0, evaluationId, {}, lead, {},
                                                             QString::fromUtf8("고객이 ") + s_phone + QString::fromUtf8("로 다시 전화함"),
                                                             DisputeStatus::Open, 0, {}, {}, 0 },
                                                   QStringLiteral("lead"));
    }
};

QStringList rowTexts(const QAbstractItemView* table, int row)
{
    QStringList texts;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        texts << table->model()->index(row, c).data().toString();
    return texts;
}

// The audit log's reveals of the contact, as "actor:action@instant".
QStringList reveals(const Database& db, qint64 contactId)
{
    QStringList entries;
    for (const AuditEntry& entry : AuditLog(db).entriesFor(QStringLiteral("contact"), contactId))
        entries << QStringLiteral("%1:%2@%3").arg(entry.actor, entry.action, entry.at.toUTC().toString(Qt::ISODate));
    return entries;
}

// The greeting item's comment as the disputes page's form of the submitted evaluation shows it.
QString originalComment(const DisputesPage& page)
{
    const auto* area = page.findChild<QWidget*>(QStringLiteral("originalScrollArea"));
    return area->findChild<QLineEdit*>(QStringLiteral("comment_greeting"))->text();
}

} // namespace

TEST_CASE("the agent page masks comments and contact ids until a manager reveals the contact, which is audited")
{
    const Workspace w;
    const auto tryReveal = [&w](const QString& login, bool mayReveal) {
        AgentPage page(*w.w.db, test::actorOf(*w.w.db, login));
        REQUIRE(page.setAgent(w.agentId));
        auto* table = page.findChild<QTableView*>(QStringLiteral("evaluationsTableView"));
        const auto* button = page.findChild<QPushButton*>(QStringLiteral("revealPersonalDataButton"));
        REQUIRE(table->model()->rowCount() == 1);
        table->selectRow(0);
        const QString before = rowTexts(table, 0).join(QLatin1Char('|'));
        CHECK_FALSE(before.contains(s_phone));
        CHECK(before.contains(QStringLiteral("CALL-") + s_maskedPhone));
        CHECK(before.contains(QString::fromUtf8("고객 회신 번호 ") + s_maskedPhone));
        CHECK(before.contains(QStringLiteral("*@b.co")));
        CHECK(button->isEnabled() == mayReveal);
        if (!mayReveal)
            CHECK(button->toolTip() == s_refusal);
        CHECK(page.revealSelectedEvaluation() == mayReveal);
        const QString after = rowTexts(table, 0).join(QLatin1Char('|'));
        if (mayReveal) {
            CHECK(after.contains(QStringLiteral("CALL-") + s_phone));
            CHECK(after.contains(QString::fromUtf8("고객 회신 번호 ") + s_phone));
            CHECK(after.contains(QStringLiteral("a@b.co")));
            CHECK_FALSE(button->isEnabled()); // revealed already
        } else {
            CHECK(after == before);
            CHECK(page.findChild<QLabel*>(QStringLiteral("statusLabel"))->text() == s_refusal);
        }
    };
    // The agent sees their own evaluation, masked like everyone else, and cannot reveal it; neither can their lead.
    tryReveal(QStringLiteral("minji"), false);
    tryReveal(QStringLiteral("lead"), false);
    CHECK(reveals(*w.w.db, w.contactId).isEmpty());
    tryReveal(QStringLiteral("manager"), true);
    // The workspace's clock stands at 2026-11-20 10:00 in Seoul, 01:00 UTC.
    CHECK(reveals(*w.w.db, w.contactId) == QStringList { QStringLiteral("manager:reveal@2026-11-20T01:00:00Z") });
    // A new page starts masked again: a reveal lasts while the page that asked for it is open.
    AgentPage again(*w.w.db, test::actorOf(*w.w.db, QStringLiteral("manager")));
    REQUIRE(again.setAgent(w.agentId));
    CHECK_FALSE(rowTexts(again.findChild<QTableView*>(QStringLiteral("evaluationsTableView")), 0)
                    .join(QLatin1Char('|'))
                    .contains(s_phone));
}

TEST_CASE("the disputes page masks reasons, comments and contact ids until a manager reveals the contact")
{
    const Workspace w;
    const auto shown = [](const DisputesPage& page) {
        const auto* queue = page.findChild<QTableView*>(QStringLiteral("queueTableView"));
        return rowTexts(queue, 0).join(QLatin1Char('|')) + QLatin1Char('|')
            + page.findChild<QLabel*>(QStringLiteral("evaluationLabel"))->text() + QLatin1Char('|')
            + page.findChild<QLabel*>(QStringLiteral("evaluatorCommentLabel"))->text() + QLatin1Char('|')
            + page.findChild<QLabel*>(QStringLiteral("disputeLabel"))->text();
    };
    const auto checkMasked = [](const QString& text) {
        CHECK_FALSE(text.contains(s_phone));
        CHECK(text.contains(QStringLiteral("CALL-") + s_maskedPhone));
        CHECK(text.contains(QString::fromUtf8("고객이 ") + s_maskedPhone));
        CHECK(text.contains(QString::fromUtf8("고객 회신 번호 ") + s_maskedPhone));
    };
    {
        // An evaluator decides disputes but may not reveal personal data.
        DisputesPage page(*w.w.db, test::actorOf(*w.w.db, QStringLiteral("qa")));
        REQUIRE(page.selectDispute(w.disputeId));
        const auto* button = page.findChild<QPushButton*>(QStringLiteral("revealPersonalDataButton"));
        CHECK_FALSE(button->isHidden());
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip() == s_refusal);
        CHECK_FALSE(page.revealPersonalData());
        CHECK(page.statusText() == s_refusal);
        checkMasked(shown(page));
    }
    CHECK(reveals(*w.w.db, w.contactId).isEmpty());

    DisputesPage page(*w.w.db, test::actorOf(*w.w.db, QStringLiteral("manager")));
    REQUIRE(page.selectDispute(w.disputeId));
    checkMasked(shown(page));
    // The item's comment in the scored form too, with the e-mail address masked.
    CHECK_FALSE(originalComment(page).contains(QStringLiteral("a@b.co")));
    CHECK(originalComment(page).startsWith(QString::fromUtf8("메일 ")));
    const auto* button = page.findChild<QPushButton*>(QStringLiteral("revealPersonalDataButton"));
    CHECK(button->isEnabled());
    REQUIRE(page.revealPersonalData());
    const QString revealed = shown(page);
    CHECK(revealed.contains(QStringLiteral("CALL-") + s_phone));
    CHECK(revealed.contains(QString::fromUtf8("고객이 ") + s_phone));
    CHECK(revealed.contains(QString::fromUtf8("고객 회신 번호 ") + s_phone));
    CHECK(page.currentDispute()->id == w.disputeId); // still under review
    CHECK_FALSE(button->isEnabled());
    CHECK(originalComment(page) == QString::fromUtf8("메일 a@b.co 로 안내"));
    CHECK(reveals(*w.w.db, w.contactId) == QStringList { QStringLiteral("manager:reveal@2026-11-20T01:00:00Z") });
}

TEST_CASE("an overturn from the masked form keeps the item's comment as it was stored")
{
    const Workspace w;
    // The manager decides without revealing: the form shows the comment masked, and the revision must not store that.
    DisputesPage page(*w.w.db, test::actorOf(*w.w.db, QStringLiteral("manager")));
    REQUIRE(page.selectDispute(w.disputeId));
    CHECK_FALSE(originalComment(page).contains(QStringLiteral("a@b.co")));
    page.revisionForm()->setAnswer(QStringLiteral("greeting"), 0);
    // The fixture's evaluation answered the greeting alone; a revision answers every item.
    page.revisionForm()->setAnswer(QStringLiteral("identity"), 0);
    page.revisionForm()->setAnswer(QStringLiteral("accuracy"), 2);
    page.findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))->setPlainText(QString::fromUtf8("인사 확인됨"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    const bool overturned = page.overturn();
    INFO(page.statusText().toStdString());
    REQUIRE(overturned);

    const Dispute resolved = *DisputeRepository(*w.w.db).find(w.disputeId);
    REQUIRE(resolved.revisionId != 0);
    const Evaluation revision = *EvaluationRepository(*w.w.db).find(resolved.revisionId);
    const Answer* greeting = revision.answerFor(QStringLiteral("greeting"));
    REQUIRE(greeting);
    CHECK(greeting->optionIndex == 0);
    CHECK(greeting->comment == QString::fromUtf8("메일 a@b.co 로 안내"));
}
