#include "autoqa/AutoQaStore.h"

#include "TestSupport.h"
#include "autoqa/AutoQaCoverage.h"
#include "autoqa/AutoQaRunner.h"
#include "people/AccessRules.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// A workspace whose chat form checks the greeting (said) and the identity item (no forbidden phrase), and whose
// accuracy item has no rule; five chats, one call (no call form), all in November 2026.
struct RuledWorkspace
{
    std::unique_ptr<Database> db = test::memoryWorkspace();
    ScorecardVersion version;
    qint64 agent = 0;
    qint64 team = 0;
    qint64 evaluator = 0;
    QList<qint64> chats;
    qint64 call = 0;
    Actor manager = test::managerActor();

    RuledWorkspace()
    {
        ScorecardVersion content = test::sampleVersion();
        AutoQaRule greeting;
        greeting.phrases = { QStringLiteral("안녕하십니까"), QStringLiteral("안녕하세요") };
        content.sections[0].items[0].autoRule = greeting;
        AutoQaRule forbidden;
        forbidden.kind = AutoQaRule::Kind::ForbiddenPhrase;
        forbidden.phrases = { QStringLiteral("모르겠는데요") };
        content.sections[0].items[1].autoRule = forbidden;
        ScorecardRepository cards(*db);
        const qint64 card = cards.create(Scorecard { 0, QStringLiteral("채팅 평가표"), {}, Channel::Chat }, content,
                                         QStringLiteral("t"));
        cards.publish(cards.latestVersion(card)->id, manager);
        version = *cards.latestPublished(card);
        team = TeamRepository(*db).add(Team { 0, QStringLiteral("상담 1팀") });
        agent = AgentRepository(*db).add(Agent { 0, QStringLiteral("A001"), QStringLiteral("김민지"), team });
        evaluator = UserRepository(*db).add(User { 0, QStringLiteral("qa"), QStringLiteral("QA"), Role::Evaluator });
        // Greeting said in chats 1, 3 and 5; the forbidden phrase in chats 2 and 3.
        for (int n = 1; n <= 5; ++n) {
            Contact contact;
            contact.channel = Channel::Chat;
            contact.externalId = QStringLiteral("CHAT-%1").arg(n);
            contact.agentId = agent;
            contact.startedAt = test::centreTime(QDate(2026, 11, n), QTime(10, 0));
            contact.durationSeconds = 60;
            const QString greetingText
                = n % 2 == 1 ? QStringLiteral("안녕 하세요 고객님") : QStringLiteral("네 고객님");
            const QString answer
                = n == 2 || n == 3 ? QStringLiteral("글쎄요 모르겠는데요") : QStringLiteral("확인했습니다");
            contact.messages = { { 1, contact.startedAt, MessageSender::Customer, {}, QStringLiteral("문의합니다") },
                                 { 2, contact.startedAt.addSecs(10), MessageSender::Agent, {}, greetingText },
                                 { 3, contact.startedAt.addSecs(20), MessageSender::Agent, {}, answer } };
            chats << ContactRepository(*db).add(contact);
        }
        Contact phone;
        phone.externalId = QStringLiteral("CALL-1");
        phone.agentId = agent;
        phone.startedAt = test::centreTime(QDate(2026, 11, 3), QTime(9, 0));
        phone.durationSeconds = 100;
        call = ContactRepository(*db).add(phone);
    }

    // A submitted evaluation of a chat with these options for greeting and identity (accuracy 우수).
    qint64 evaluate(qint64 contactId, std::optional<int> greeting, int identity, const QDateTime& submittedAt,
                    EvaluationKind kind = EvaluationKind::Regular)
    {
        Evaluation e;
        e.contactId = contactId;
        e.scorecardVersionId = version.id;
        e.evaluatorId = evaluator;
        e.agentId = agent;
        e.teamId = team;
        e.kind = kind;
        e.status = EvaluationStatus::Submitted;
        e.createdAt = e.submittedAt = submittedAt;
        Answer greetingAnswer { QStringLiteral("greeting"), greeting, !greeting };
        e.answers = { greetingAnswer, { QStringLiteral("identity"), identity }, { QStringLiteral("accuracy"), 2 } };
        e.score = e.rawScore = 1.0;
        e.id = EvaluationWriter(*db, version).insert(e);
        return e.id;
    }
};

} // namespace

TEST_CASE("a run checks every contact with the rules of its channel's form and stores the suggestions")
{
    RuledWorkspace w;
    QList<std::pair<int, int>> progress;
    const auto summary = AutoQaRunner::run(*w.db, w.manager, {}, {}, [&progress](int done, int total) {
        progress.append({ done, total });
    });
    CHECK(summary.contacts == 6);
    CHECK(summary.checked == 5);
    CHECK(summary.withoutRules == 1); // the call: no call form
    CHECK(summary.suggestions == 10); // two ruled items of five chats
    CHECK(summary.problems.isEmpty());
    CHECK(progress.first() == std::pair { 0, 6 });
    CHECK(progress.last() == std::pair { 6, 6 });

    const AutoQaStore store(*w.db);
    const auto third = store.suggestions(w.chats.at(2), w.version.id); // greeting said, forbidden phrase too
    REQUIRE(third.size() == 2);
    CHECK(third.at(0).itemKey == QStringLiteral("greeting"));
    CHECK(third.at(0).optionIndex == 0);
    CHECK(third.at(0).passed);
    REQUIRE(third.at(0).evidence.size() == 1);
    CHECK(third.at(0).evidence.at(0).messageSequence == 2);
    CHECK(third.at(0).evidence.at(0).messageText == QStringLiteral("안녕 하세요 고객님"));
    CHECK(third.at(0).checkedAt == test::fixedNow());
    CHECK(third.at(1).itemKey == QStringLiteral("identity"));
    CHECK(third.at(1).optionIndex == 1);
    CHECK_FALSE(third.at(1).passed);
    CHECK(third.at(1).evidence.at(0).messageSequence == 3);
    CHECK(third.at(1).ruleFingerprint == w.version.sections[0].items[1].autoRule->fingerprint());

    // Nothing changed: a second run leaves them as they are.
    const auto again = AutoQaRunner::run(*w.db, w.manager, {}, {});
    CHECK(again.checked == 0);
    CHECK(again.upToDate == 5);
    // An agent may not run the rules.
    Actor agentUser;
    agentUser.role = Role::Agent;
    agentUser.agentId = w.agent;
    CHECK_THROWS_AS(AutoQaRunner::run(*w.db, agentUser, {}, {}), AccessDenied);
}

TEST_CASE("a run over a period checks only the contacts that started in it, and stops when cancelled")
{
    RuledWorkspace w;
    // 2 and 3 November (centre time): chats 2 and 3 and the call.
    const auto summary = AutoQaRunner::run(*w.db, w.manager, QDate(2026, 11, 2), QDate(2026, 11, 3));
    CHECK(summary.contacts == 3);
    CHECK(summary.checked == 2);
    int asked = 0;
    const auto cancelled = AutoQaRunner::run(*w.db, w.manager, {}, {}, {}, [&asked] { return ++asked > 2; });
    CHECK(cancelled.cancelled);
    CHECK(cancelled.checked + cancelled.upToDate < 5);
}

TEST_CASE("agreement compares each submitted answer with the suggestion the evaluator saw, and coverage counts")
{
    RuledWorkspace w;
    const QDateTime before = test::fixedNow().addDays(-1);
    const QDateTime after = test::fixedNow().addSecs(3600);
    // Evaluated before the rules ran: not compared.
    const qint64 early = w.evaluate(w.chats.at(4), 0, 0, before);
    AutoQaRunner::run(*w.db, w.manager, {}, {});
    // Chat 1 (suggested: yes, yes): the evaluator answers yes, no -> greeting agrees, identity does not.
    const qint64 first = w.evaluate(w.chats.at(0), 0, 1, after);
    // Chat 2 (suggested: no, no): greeting N/A, identity no -> greeting disagrees, identity agrees.
    const qint64 second = w.evaluate(w.chats.at(1), std::nullopt, 1, after);
    // Chat 3 (suggested: yes, no), a calibration scoring: recorded, but not counted.
    const qint64 calibration = w.evaluate(w.chats.at(2), 0, 1, after, EvaluationKind::Calibration);
    const AutoQaStore store(*w.db);
    EvaluationRepository evaluations(*w.db);
    CHECK(store.recordAgreement(*evaluations.find(early)) == 0);
    CHECK(store.recordAgreement(*evaluations.find(first)) == 2);
    CHECK(store.recordAgreement(*evaluations.find(second)) == 2);
    CHECK(store.recordAgreement(*evaluations.find(calibration)) == 2);

    const AutoQaCoverage coverage = AutoQaCoverage::compute(*w.db, w.manager, QDate(2026, 11, 1), QDate(2026, 11, 30));
    CHECK(coverage.contacts == 6);
    CHECK(coverage.autoChecked == 5);
    CHECK(*coverage.autoCheckedShare() == Approx(5.0 / 6.0));
    CHECK(coverage.evaluated == 3); // chats 1, 2 and 5; the calibration scoring does not count
    CHECK(*coverage.evaluatedShare() == Approx(0.5));
    CHECK(coverage.headline() == QStringLiteral("Auto-checked 83.3 % of 6 contacts; evaluated by people 50.0 %"));
    REQUIRE(coverage.items.size() == 2);
    CHECK(coverage.items.at(0).itemKey == QStringLiteral("greeting"));
    CHECK(coverage.items.at(0).compared == 2);
    CHECK(coverage.items.at(0).agreed == 1);
    CHECK(coverage.items.at(1).itemKey == QStringLiteral("identity"));
    CHECK(coverage.items.at(1).compared == 2);
    CHECK(coverage.items.at(1).agreed == 1);
    CHECK(coverage.items.at(1).scorecard == QStringLiteral("채팅 평가표"));
    CHECK(coverage.items.at(1).rule == QStringLiteral("Forbidden phrase anywhere: 모르겠는데요"));
    const QJsonObject json = coverage.toJson();
    CHECK(json.value(QStringLiteral("auto_checked_share")).toDouble() == 0.8333);
    CHECK(json.value(QStringLiteral("evaluated_share")).toDouble() == 0.5);

    // A period with only chat 1 and the call: one of two contacts checked, one evaluated.
    const AutoQaCoverage narrow = AutoQaCoverage::compute(*w.db, w.manager, QDate(2026, 11, 1), QDate(2026, 11, 1));
    CHECK(narrow.contacts == 1);
    CHECK(narrow.autoChecked == 1);
    CHECK(narrow.items.at(0).compared == 1);
    CHECK(narrow.items.at(0).agreed == 1);
}

TEST_CASE("new rules make the earlier checks stale until the contacts are checked again")
{
    RuledWorkspace w;
    AutoQaRunner::run(*w.db, w.manager, {}, {});
    ScorecardRepository cards(*w.db);
    const qint64 draft = cards.newDraft(w.version.id, QStringLiteral("t"));
    ScorecardVersion changed = *cards.version(draft);
    changed.sections[0].items[0].autoRule->phrases << QStringLiteral("반갑습니다");
    cards.saveDraft(changed, QStringLiteral("t"));
    cards.publish(draft, w.manager);
    CHECK(cards.version(draft)->sections[0].items[0].autoRule == changed.sections[0].items[0].autoRule);
    CHECK(AutoQaCoverage::compute(*w.db, w.manager, {}, {}).autoChecked == 0);
    CHECK(AutoQaRunner::run(*w.db, w.manager, {}, {}).checked == 5);
    CHECK(AutoQaCoverage::compute(*w.db, w.manager, {}, {}).autoChecked == 5);
}
