#include "TestSupport.h"
#include "people/AccessRules.h"
#include "storage/AuditLog.h"
#include "storage/CalibrationRepository.h"
#include "storage/CoachingRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

QList<Answer> passingAnswers()
{
    return { Answer { QStringLiteral("greeting"), 0, false, {}, Anchor { 1500, std::nullopt } },
             Answer { QStringLiteral("identity"), 0, false, {}, {} },
             Answer { QStringLiteral("accuracy"), 1, false, QStringLiteral("요금 안내 일부 누락"), {} } };
}

qint64 publishedSample(const Database& db)
{
    ScorecardRepository cards(db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("인바운드 콜 평가표"), {}, Channel::Call, false },
                                     test::sampleVersion(), QStringLiteral("admin"));
    const qint64 versionId = cards.latestVersion(card)->id;
    cards.publish(versionId, test::managerActor(QStringLiteral("admin")));
    return versionId;
}

} // namespace

TEST_CASE("teams, agents and users round-trip")
{
    const auto db = test::memoryWorkspace();
    TeamRepository teams(*db);
    AgentRepository agents(*db);
    UserRepository users(*db);

    Team team { 0, QStringLiteral("카드 상담팀"), QStringLiteral("Busan") };
    team.id = teams.add(team);
    CHECK(teams.find(team.id) == team);

    Agent agent { 0, QStringLiteral("E-1001"), QStringLiteral("박서준"), team.id, QDate(2023, 1, 9), true };
    agent.id = agents.add(agent);
    CHECK(agents.find(agent.id) == agent);
    CHECK(agents.findByEmployeeId(QStringLiteral("E-1001")) == agent);
    agent.active = false;
    agents.update(agent);
    CHECK(agents.inTeam(team.id) == QList<Agent> { agent });

    User user { 0, QStringLiteral("seo.park"), QStringLiteral("박서준"), Role::Agent, agent.id, true };
    user.id = users.add(user);
    CHECK(users.findByLogin(QStringLiteral("seo.park")) == user);
    CHECK(users.withRole(Role::Agent) == QList<User> { user });

    CHECK_THROWS_AS(agents.add(agent), StorageError); // employee ids are unique
}

TEST_CASE("a contact round-trips with its recording and its transcript")
{
    const auto db = test::memoryWorkspace();
    const qint64 callId = test::addSampleContact(*db);
    ContactRepository contacts(*db);
    const auto call = contacts.find(callId);
    REQUIRE(call);
    CHECK(call->queue == QStringLiteral("카드 분실"));
    CHECK(call->csat == 4);
    CHECK_FALSE(call->nps);
    REQUIRE(call->recording);
    CHECK(call->recording->channels == 2);

    Contact chat;
    chat.channel = Channel::Chat;
    chat.externalId = QStringLiteral("CHAT-7");
    chat.agentId = call->agentId;
    chat.startedAt = QDateTime(QDate(2026, 10, 6), QTime(9, 0), Qt::UTC);
    chat.durationSeconds = 600;
    chat.firstContactResolution = true;
    chat.nps = 9;
    chat.messages = { ChatMessage { 1, chat.startedAt, MessageSender::Customer, QStringLiteral("고객"),
                                    QStringLiteral("카드를 잃어버렸어요") },
                      ChatMessage { 2, chat.startedAt.addSecs(40), MessageSender::Agent, QStringLiteral("김민지"),
                                    QStringLiteral("바로 정지해 드리겠습니다.") } };
    chat.id = contacts.add(chat);
    CHECK(contacts.find(chat.id) == chat);
    CHECK(contacts.findId(Channel::Chat, QStringLiteral("CHAT-7")) == chat.id);
    CHECK(contacts.count() == 2);
}

TEST_CASE("a scorecard version round-trips, publishing freezes it, editing makes a new draft")
{
    const auto db = test::memoryWorkspace();
    ScorecardRepository cards(*db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("평가표"), QStringLiteral("설명"), Channel::Call, false },
                                     test::sampleVersion(), QStringLiteral("admin"));
    auto draft = cards.latestVersion(card);
    REQUIRE(draft);
    CHECK(draft->status == VersionStatus::Draft);
    CHECK(draft->sections.size() == 2);
    CHECK(draft->sections[1].weight == 2.0);
    CHECK_FALSE(draft->sections[0].weight);
    const ScorecardItem* accuracy = draft->findItem(QStringLiteral("accuracy"));
    REQUIRE(accuracy);
    CHECK(accuracy->options.size() == 3);
    CHECK(accuracy->options[0].fails);
    CHECK(accuracy->commentRequiredOnFail);
    CHECK(draft->findItem(QStringLiteral("identity"))->critical == CriticalScope::Evaluation);

    draft->sections[0].title = QStringLiteral("인사");
    cards.saveDraft(*draft, QStringLiteral("admin"));
    CHECK(cards.version(draft->id)->sections[0].title == QStringLiteral("인사"));

    cards.publish(draft->id, test::managerActor(QStringLiteral("admin")));
    const auto published = cards.version(draft->id);
    CHECK(published->status == VersionStatus::Published);
    CHECK(published->publishedBy == QStringLiteral("admin"));
    CHECK_THROWS_AS(cards.saveDraft(*published, QStringLiteral("admin")), StorageError);
    CHECK(cards.currentFor(Channel::Call)->id == draft->id);
    CHECK_FALSE(cards.currentFor(Channel::Chat));

    const qint64 second = cards.newDraft(draft->id, QStringLiteral("admin"));
    CHECK(second != draft->id);
    CHECK(cards.newDraft(draft->id, QStringLiteral("admin")) == second); // one open draft at a time
    auto edited = cards.version(second);
    CHECK(edited->number == 2);
    edited->sections[0].items[0].question = QStringLiteral("바뀐 질문");
    cards.saveDraft(*edited, QStringLiteral("admin"));
    CHECK(cards.version(draft->id)->sections[0].items[0].question == QStringLiteral("첫인사를 정확히 했는가?"));
    CHECK(cards.versions(card).size() == 2);
    CHECK(AuditLog(*db).entriesFor(QStringLiteral("scorecard_version"), draft->id).size() == 2);
}

TEST_CASE("only managers and administrators publish or retire a scorecard, and a refusal changes nothing")
{
    const auto db = test::memoryWorkspace();
    ScorecardRepository cards(*db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("평가표"), {}, Channel::Call, false },
                                     test::sampleVersion(), QStringLiteral("designer"));
    const qint64 draftId = cards.latestVersion(card)->id;
    const QString refusal = QStringLiteral("Only managers and administrators publish or retire scorecards.");
    for (const Role role : { Role::Evaluator, Role::TeamLead, Role::Agent }) {
        const Actor actor { 5, QStringLiteral("someone"), QStringLiteral("someone"), role, {}, 0 };
        CHECK_THROWS_MATCHES(cards.publish(draftId, actor, QStringLiteral("첫 판")), AccessDenied,
                             Catch::Matchers::Message(refusal.toStdString()));
        CHECK_THROWS_MATCHES(cards.setRetired(card, true, actor), AccessDenied,
                             Catch::Matchers::Message(refusal.toStdString()));
    }
    const auto stillDraft = cards.version(draftId);
    CHECK(stillDraft->status == VersionStatus::Draft);
    CHECK(stillDraft->publishedBy.isEmpty());
    CHECK_FALSE(stillDraft->publishedAt.isValid());
    CHECK_FALSE(cards.currentFor(Channel::Call));
    CHECK_FALSE(cards.find(card)->retired);
    CHECK(test::auditActions(*db, QStringLiteral("scorecard_version"), draftId).isEmpty());
    CHECK(test::auditActions(*db, QStringLiteral("scorecard"), card)
          == QStringList { QStringLiteral("designer:create") });

    const Actor manager = test::managerActor(QStringLiteral("centre.manager"));
    cards.publish(draftId, manager, QStringLiteral("첫 판"));
    const auto published = cards.version(draftId);
    CHECK(published->status == VersionStatus::Published);
    CHECK(published->publishedBy == QStringLiteral("centre.manager"));
    CHECK(published->changeNote == QStringLiteral("첫 판"));
    cards.setRetired(card, true, manager);
    CHECK(cards.find(card)->retired);
    CHECK_FALSE(cards.currentFor(Channel::Call)); // retired: no longer offered for new evaluations
    CHECK(test::auditActions(*db, QStringLiteral("scorecard_version"), draftId)
          == QStringList { QStringLiteral("centre.manager:publish") });
    CHECK(test::auditActions(*db, QStringLiteral("scorecard"), card)
          == QStringList { QStringLiteral("designer:create"), QStringLiteral("centre.manager:update") });
}

TEST_CASE("an evaluation goes from draft to submitted and is then locked, and revisions supersede it")
{
    const auto db = test::memoryWorkspace();
    const qint64 contactId = test::addSampleContact(*db);
    const qint64 versionId = publishedSample(*db);
    const qint64 evaluator = UserRepository(*db).findByLogin(QStringLiteral("eval"))->id;
    EvaluationRepository evaluations(*db);

    Evaluation draft;
    draft.contactId = contactId;
    draft.scorecardVersionId = versionId;
    draft.evaluatorId = evaluator;
    draft.id = evaluations.createDraft(draft, QStringLiteral("eval"));
    CHECK(evaluations.draftFor(contactId, evaluator) == draft.id);

    draft.answers = passingAnswers();
    draft.answers[2].comment.clear();
    draft.answers[2].optionIndex = 0; // fails: needs a comment before submit
    draft.annotations = { Annotation { 0, Anchor { 42000, std::nullopt }, QStringLiteral("고객 말 끊음"),
                                       QStringLiteral("eval"), db->time().now() } };
    draft.overallComment = QStringLiteral("전반적으로 친절함");
    draft.rowVersion = evaluations.saveDraft(draft);
    CHECK_THROWS_WITH(evaluations.submit(draft.id, QStringLiteral("eval")), Catch::Contains("accuracy"));

    draft.answers = passingAnswers();
    evaluations.saveDraft(draft);
    auto stored = evaluations.find(draft.id);
    REQUIRE(stored);
    CHECK(stored->answers == draft.answers);
    CHECK(stored->annotations.size() == 1);
    CHECK(stored->annotations[0].anchor.positionMs == 42000);
    CHECK(stored->agentId != 0);
    CHECK(stored->teamId != 0);

    evaluations.submit(draft.id, QStringLiteral("eval"));
    stored = evaluations.find(draft.id);
    CHECK(stored->status == EvaluationStatus::Submitted);
    CHECK(stored->submittedBy == QStringLiteral("eval"));
    // Opening 20/20 (weight = possible points 20), Resolution 5/10 (weight 2): (1*20 + 0.5*2) / 22
    CHECK(*stored->score == Approx(21.0 / 22.0));
    CHECK_THROWS_AS(evaluations.saveDraft(*stored), StorageError);
    CHECK_THROWS_AS(evaluations.submit(draft.id, QStringLiteral("eval")), StorageError);

    QList<Answer> changed = passingAnswers();
    changed[2].optionIndex = 2;
    const qint64 revisionId = evaluations.revise(draft.id, changed, QStringLiteral("이의 제기 인정"), QStringLiteral("lead"));
    const auto original = evaluations.find(draft.id);
    const auto revision = evaluations.find(revisionId);
    CHECK(original->superseded);
    CHECK(original->answers == stored->answers);
    CHECK(*original->score == Approx(21.0 / 22.0));
    CHECK(revision->revisionOf == draft.id);
    CHECK(revision->status == EvaluationStatus::Revised);
    CHECK(*revision->score == Approx(1.0));
    CHECK_THROWS_AS(evaluations.revise(draft.id, changed, {}, QStringLiteral("lead")), StorageError);

    const auto trail = AuditLog(*db).entriesFor(QStringLiteral("evaluation"), draft.id);
    REQUIRE(trail.size() == 3);
    CHECK(trail[0].action == QStringLiteral("create"));
    CHECK(trail[1].action == QStringLiteral("submit"));
    CHECK(trail[1].actor == QStringLiteral("eval"));
    CHECK(trail[2].action == QStringLiteral("supersede"));
    CHECK(trail[2].actor == QStringLiteral("lead"));
}

TEST_CASE("a coaching session round-trips with focus items, linked evaluations and action items")
{
    const auto db = test::memoryWorkspace();
    test::addSampleContact(*db);
    const qint64 agent = AgentRepository(*db).findByEmployeeId(QStringLiteral("A001"))->id;
    const qint64 coach = UserRepository(*db).add(User { 0, QStringLiteral("lead"), QStringLiteral("최팀장"), Role::TeamLead, 0, true });
    CoachingRepository coaching(*db);

    CoachingSession session;
    session.agentId = agent;
    session.coachId = coach;
    session.heldAt = QDateTime(QDate(2026, 10, 20), QTime(14, 0), Qt::UTC);
    session.focusItemKeys = { QStringLiteral("identity"), QStringLiteral("accuracy") };
    session.notes = QStringLiteral("본인 확인 절차를 건너뛰는 습관");
    session.actionItems = { ActionItem { 0, QStringLiteral("본인 확인 스크립트 숙지"), QDate(2026, 10, 27), false, {} } };
    session.followUp = QDate(2026, 11, 3);
    session.id = coaching.add(session, QStringLiteral("lead"));

    auto stored = coaching.find(session.id);
    REQUIRE(stored);
    session.actionItems[0].id = stored->actionItems[0].id;
    CHECK(*stored == session);

    stored->acknowledgement = AcknowledgementStatus::Refused;
    stored->acknowledgementNote = QStringLiteral("평가가 불공정하다고 생각함");
    stored->actionItems[0].done = true;
    stored->actionItems << ActionItem { 0, QStringLiteral("우수 콜 3건 청취"), QDate(2026, 10, 30), false, {} };
    coaching.update(*stored, QStringLiteral("lead"));
    const auto updated = coaching.find(session.id);
    CHECK(updated->acknowledgement == AcknowledgementStatus::Refused);
    CHECK(updated->actionItems.size() == 2);
    CHECK(updated->actionItems[0].done);
    CHECK(coaching.forAgent(test::managerActor(), agent).size() == 1);
    CHECK(AuditLog(*db).entriesFor(QStringLiteral("coaching_session"), session.id).size() == 2);
}

TEST_CASE("a dispute is raised, then upheld or overturned, each step audited")
{
    const auto db = test::memoryWorkspace();
    const qint64 contactId = test::addSampleContact(*db);
    const qint64 versionId = publishedSample(*db);
    UserRepository users(*db);
    const qint64 evaluator = users.findByLogin(QStringLiteral("eval"))->id;
    const qint64 lead = users.add(User { 0, QStringLiteral("lead"), QStringLiteral("최팀장"), Role::TeamLead, 0, true });
    const qint64 reviewer = users.add(User { 0, QStringLiteral("qa2"), QStringLiteral("한검토"), Role::Evaluator, 0, true });
    EvaluationRepository evaluations(*db);
    DisputeRepository disputes(*db);

    auto submitted = [&]() {
        Evaluation e;
        e.contactId = contactId;
        e.scorecardVersionId = versionId;
        e.evaluatorId = evaluator;
        e.id = evaluations.createDraft(e, QStringLiteral("eval"));
        e.answers = passingAnswers();
        evaluations.saveDraft(e);
        evaluations.submit(e.id, QStringLiteral("eval"));
        return e.id;
    };

    SECTION("upheld: the score stands")
    {
        const qint64 evaluationId = submitted();
        const qint64 id = disputes.raise(Dispute { 0, evaluationId, QStringLiteral("accuracy"), lead, {},
                                                   QStringLiteral("요금 안내는 정확했음") },
                                         QStringLiteral("lead"));
        CHECK(evaluations.find(evaluationId)->status == EvaluationStatus::InDispute);
        CHECK(disputes.open().size() == 1);
        CHECK_THROWS_AS(disputes.raise(Dispute { 0, evaluationId, {}, lead, {}, QStringLiteral("again") },
                                       QStringLiteral("lead")),
                        StorageError);
        // The disputing side does not judge its own dispute.
        CHECK_THROWS_WITH(disputes.uphold(id, lead, QStringLiteral("제 판단으로 유지"), QStringLiteral("lead")),
                          Catch::Contains("cannot resolve dispute"));
        CHECK(disputes.find(id)->status == DisputeStatus::Open);
        // Nor does the evaluator whose evaluation is disputed.
        CHECK_THROWS_WITH(disputes.uphold(id, evaluator, QStringLiteral("내 평가가 맞음"), QStringLiteral("eval")),
                          Catch::Contains("Nobody decides a dispute on an evaluation they made."));
        CHECK(disputes.find(id)->status == DisputeStatus::Open);
        disputes.uphold(id, reviewer, QStringLiteral("녹취 재청취 결과 누락 확인"), QStringLiteral("qa2"));
        CHECK(disputes.find(id)->status == DisputeStatus::Upheld);
        CHECK(evaluations.find(evaluationId)->status == EvaluationStatus::Submitted);
        CHECK(disputes.open().isEmpty());
        CHECK_THROWS_AS(disputes.uphold(id, reviewer, {}, QStringLiteral("qa2")), StorageError);
    }

    SECTION("overturned: a revision replaces the evaluation and the original is unchanged")
    {
        const qint64 evaluationId = submitted();
        const auto original = evaluations.find(evaluationId);
        const qint64 id = disputes.raise(Dispute { 0, evaluationId, QStringLiteral("accuracy"), lead, {},
                                                   QStringLiteral("요금 안내는 정확했음") },
                                         QStringLiteral("lead"));
        QList<Answer> corrected = passingAnswers();
        corrected[2].optionIndex = 2;
        const qint64 revisionId = disputes.overturn(id, reviewer, corrected, QStringLiteral("재청취 결과 정확"),
                                                    QStringLiteral("qa2"));
        const auto dispute = disputes.find(id);
        CHECK(dispute->status == DisputeStatus::Overturned);
        CHECK(dispute->revisionId == revisionId);
        const auto after = evaluations.find(evaluationId);
        CHECK(after->superseded);
        CHECK(after->answers == original->answers);
        CHECK(after->score == original->score);
        CHECK(*evaluations.find(revisionId)->score == Approx(1.0));
        const auto trail = AuditLog(*db).entriesFor(QStringLiteral("dispute"), id);
        REQUIRE(trail.size() == 2);
        CHECK(trail[0].action == QStringLiteral("raise"));
        CHECK(trail[1].action == QStringLiteral("overturn"));
        CHECK(AuditLog(*db).entriesFor(QStringLiteral("evaluation"), revisionId).size() == 1);
    }
}

TEST_CASE("a calibration session is revealed only when every participant has submitted")
{
    const auto db = test::memoryWorkspace();
    const qint64 contactId = test::addSampleContact(*db);
    const qint64 versionId = publishedSample(*db);
    UserRepository users(*db);
    const qint64 first = users.findByLogin(QStringLiteral("eval"))->id;
    const qint64 second = users.add(User { 0, QStringLiteral("eval2"), QStringLiteral("정하늘"), Role::Evaluator, 0, true });
    CalibrationRepository calibrations(*db);
    const qint64 id = calibrations.add(CalibrationSession { 0, QStringLiteral("10월 캘리브레이션"), contactId, versionId,
                                                            { first, second }, 0, db->time().now(), false },
                                       QStringLiteral("admin"));
    CHECK(calibrations.find(id)->evaluatorIds == QList<qint64> { first, second });

    EvaluationRepository evaluations(*db);
    for (const qint64 evaluator : { first, second }) {
        CHECK_FALSE(calibrations.revealIfComplete(id, QStringLiteral("admin")));
        Evaluation e;
        e.contactId = contactId;
        e.scorecardVersionId = versionId;
        e.evaluatorId = evaluator;
        e.kind = EvaluationKind::Calibration;
        e.calibrationSessionId = id;
        e.id = evaluations.createDraft(e, QStringLiteral("eval"));
        e.answers = passingAnswers();
        evaluations.saveDraft(e);
        evaluations.submit(e.id, QStringLiteral("eval"));
    }
    CHECK(calibrations.revealIfComplete(id, QStringLiteral("admin")));
    CHECK(calibrations.find(id)->revealed);
}
