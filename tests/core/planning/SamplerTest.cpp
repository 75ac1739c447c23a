#include "TestSupport.h"
#include "people/AccessRules.h"
#include "planning/Sampler.h"
#include "stats/SeededRandom.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace qadesk;

namespace {

const QDate s_first(2026, 10, 1);
const QDate s_last(2026, 10, 31);

// October 2026: "busy" has 120 calls and 20 chats spread over the month (a fifth with CSAT 1–2, a quarter not
// resolved first time, durations 60–900 s), "quiet" has 3 calls, "done" has 20 calls of which 10 are evaluated.
struct Fixture {
    std::unique_ptr<Database> db = test::memoryWorkspace();
    QHash<QString, qint64> agents;
    QList<qint64> evaluators;
    QSet<qint64> lowCsat;
    QSet<qint64> evaluated;

    Fixture()
    {
        const qint64 team = TeamRepository(*db).add(Team { 0, QStringLiteral("T") });
        for (const char* name : { "busy", "quiet", "done" })
            agents.insert(QString::fromLatin1(name),
                          AgentRepository(*db).add(Agent { 0, QString::fromLatin1(name), QString::fromLatin1(name), team }));
        for (int e = 0; e < 3; ++e)
            evaluators << UserRepository(*db).add(User { 0, QStringLiteral("qa%1").arg(e), QStringLiteral("QA"), Role::Evaluator });
        UserRepository(*db).add(User { 0, QStringLiteral("gone"), QStringLiteral("QA"), Role::Evaluator, 0, false });
        SeededRandom random(99);
        int sequence = 0;
        ContactWriter contacts(*db);
        const auto add = [&](const QString& agent, Channel channel, int day, int duration, std::optional<int> csat,
                             bool fcr) {
            Contact c;
            c.channel = channel;
            c.externalId = QStringLiteral("C%1").arg(++sequence);
            c.agentId = agents.value(agent);
            c.startedAt = QDateTime(s_first.addDays(day), QTime(3, 0));
            c.durationSeconds = duration;
            c.csat = csat;
            c.firstContactResolution = fcr;
            const qint64 id = contacts.insert(c);
            if (csat && *csat <= 2)
                lowCsat << id;
            return id;
        };
        for (int i = 0; i < 120; ++i)
            add(QStringLiteral("busy"), Channel::Call, i % 31, random.integer(60, 900),
                i % 5 == 0 ? std::optional<int>(random.integer(1, 2)) : std::optional<int>(5), i % 4 != 0);
        for (int i = 0; i < 20; ++i)
            add(QStringLiteral("busy"), Channel::Chat, i, 300, 4, true);
        for (int i = 0; i < 3; ++i)
            add(QStringLiteral("quiet"), Channel::Call, i * 9, 200, 5, true);
        QList<qint64> doneContacts;
        for (int i = 0; i < 20; ++i)
            doneContacts << add(QStringLiteral("done"), Channel::Call, i, 200, 5, true);

        ScorecardRepository cards(*db);
        const qint64 card = cards.create(Scorecard { 0, QStringLiteral("f") }, test::sampleVersion(), QStringLiteral("t"));
        cards.publish(cards.latestVersion(card)->id, test::managerActor(QStringLiteral("t")));
        const ScorecardVersion version = *cards.latestPublished(card);
        EvaluationWriter writer(*db, version);
        for (int i = 0; i < 10; ++i) {
            Evaluation e;
            e.contactId = doneContacts.at(i);
            e.scorecardVersionId = version.id;
            e.evaluatorId = evaluators.first();
            e.agentId = agents.value(QStringLiteral("done"));
            e.status = EvaluationStatus::Submitted;
            e.createdAt = e.submittedAt = QDateTime(s_first, QTime(9, 0));
            writer.insert(e);
            evaluated << doneContacts.at(i);
        }
    }

    SamplePlan draw(const SamplingRule& rule, quint64 seed = 7)
    {
        QString error;
        auto plan = Sampler::draw(*db, s_first, s_last, rule, seed, &error);
        INFO(error.toStdString());
        REQUIRE(plan);
        return *plan;
    }
};

QList<qint64> contactIds(const SamplePlan& plan)
{
    QList<qint64> ids;
    for (const auto& a : plan.assignments)
        ids << a.contactId;
    return ids;
}

const AgentSample& agentNamed(const SamplePlan& plan, const QString& name)
{
    for (const auto& agent : plan.agents) {
        if (agent.agent == name)
            return agent;
    }
    FAIL("no agent " << name.toStdString());
    return plan.agents.first();
}

} // namespace

TEST_CASE("the same seed draws the same plan, another seed another")
{
    Fixture f;
    SamplingRule rule;
    CHECK(contactIds(f.draw(rule, 7)) == contactIds(f.draw(rule, 7)));
    CHECK(contactIds(f.draw(rule, 7)) != contactIds(f.draw(rule, 8)));
}

TEST_CASE("no contact is drawn twice and the rule's eligibility holds")
{
    Fixture f;
    SamplingRule rule;
    rule.perAgent = 30;
    rule.channel = Channel::Call;
    rule.minDurationSeconds = 120;
    rule.maxDurationSeconds = 800;
    const SamplePlan plan = f.draw(rule);
    const QList<qint64> ids = contactIds(plan);
    CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == ids.size());
    for (const qint64 id : ids) {
        const auto contact = ContactRepository(*f.db).find(id);
        CHECK(contact->channel == Channel::Call);
        CHECK(contact->durationSeconds >= 120);
        CHECK(contact->durationSeconds <= 800);
        CHECK_FALSE(f.evaluated.contains(id)); // already evaluated: not drawn again
    }
    CHECK(agentNamed(plan, QStringLiteral("done")).eligible == 10);
    CHECK(agentNamed(plan, QStringLiteral("done")).short_);
}

TEST_CASE("agents with fewer contacts than n get all of them, flagged")
{
    Fixture f;
    const SamplePlan plan = f.draw(SamplingRule {});
    const AgentSample& quiet = agentNamed(plan, QStringLiteral("quiet"));
    CHECK(quiet.eligible == 3);
    CHECK(quiet.drawn == 3);
    CHECK(quiet.short_);
    CHECK_FALSE(agentNamed(plan, QStringLiteral("busy")).short_);
    CHECK(agentNamed(plan, QStringLiteral("busy")).drawn == 8);
}

TEST_CASE("each agent's sample is spread over the weeks of the period")
{
    Fixture f;
    for (const int n : { 8, 13, 30 }) {
        SamplingRule rule;
        rule.perAgent = n;
        const SamplePlan plan = f.draw(rule);
        REQUIRE(plan.weeks == 5);
        QHash<int, int> perWeek;
        for (const auto& a : plan.assignments) {
            if (a.agentId == f.agents.value(QStringLiteral("busy")))
                ++perWeek[a.week];
        }
        const int ceiling = (n + plan.weeks - 1) / plan.weeks;
        for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it) {
            INFO("n = " << n << ", week " << it.key());
            CHECK(it.value() <= ceiling + 1);
        }
    }
}

TEST_CASE("evaluators' loads differ by at most one, and inactive evaluators get nothing")
{
    Fixture f;
    SamplingRule rule;
    rule.perAgent = 11;
    const SamplePlan plan = f.draw(rule);
    QHash<qint64, int> loads;
    for (const auto& a : plan.assignments)
        ++loads[a.evaluatorId];
    CHECK(loads.size() == 3);
    const auto [low, high] = std::minmax_element(loads.cbegin(), loads.cend());
    CHECK(*high - *low <= 1);
}

TEST_CASE("over-sampling low CSAT draws more of them than their share")
{
    Fixture f;
    SamplingRule rule;
    rule.perAgent = 40;
    rule.channel = Channel::Call;
    int plain = 0;
    int weighted = 0;
    for (quint64 seed = 1; seed <= 20; ++seed) {
        rule.lowCsatWeight = 1;
        for (const qint64 id : contactIds(f.draw(rule, seed)))
            plain += f.lowCsat.contains(id);
        rule.lowCsatWeight = 6;
        for (const qint64 id : contactIds(f.draw(rule, seed)))
            weighted += f.lowCsat.contains(id);
    }
    CHECK(weighted > plain * 1.5);
}

TEST_CASE("the statistical rule sizes each agent's sample from its own population")
{
    Fixture f;
    SamplingRule rule;
    rule.size = SamplingRule::Size::Statistical;
    rule.margin = 0.15;
    const SamplePlan plan = f.draw(rule);
    // busy: 140 eligible contacts; n0 = 1.96² × 0.25 / 0.0225 = 42.7; n = 42.7 / (1 + 41.7/140) = 32.9 → 33.
    CHECK(agentNamed(plan, QStringLiteral("busy")).target == 33);
    CHECK(agentNamed(plan, QStringLiteral("busy")).drawn == 33);
}

TEST_CASE("a saved plan keeps its rule and seed, feeds the assignments, and is audited")
{
    Fixture f;
    SamplePlan plan = f.draw(SamplingRule {}, 42);
    const qint64 id = Sampler::save(*f.db, plan, test::managerActor());
    CHECK(id > 0);
    const int stored = selectRows<int>(*f.db, QStringLiteral("SELECT COUNT(*) FROM assignments WHERE plan_id = ?"), { id },
                                       QStringLiteral("count"), [](const QSqlQuery& q) { return q.value(0).toInt(); })
                           .value(0);
    CHECK(stored == plan.assignments.size());
    const auto seed = selectRows<qint64>(*f.db, QStringLiteral("SELECT seed FROM sampling_plans WHERE id = ?"), { id },
                                         QStringLiteral("seed"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    CHECK(seed.value(0) == 42);
    CHECK(AuditLog(*f.db).entriesFor(QStringLiteral("sampling_plan"), id).size() == 1);
    // A second plan does not draw the same contacts again.
    const SamplePlan next = f.draw(SamplingRule {}, 42);
    const QList<qint64> first = contactIds(plan);
    for (const qint64 contact : contactIds(next))
        CHECK_FALSE(first.contains(contact));
}

TEST_CASE("a plan without evaluators or with a bad period says why")
{
    Fixture f;
    QString error;
    CHECK_FALSE(Sampler::draw(*f.db, s_last, s_first, SamplingRule {}, 1, &error));
    CHECK(error.contains(QStringLiteral("period")));
    execWith(*f.db, QStringLiteral("UPDATE users SET active = 0"), {}, QStringLiteral("retire everyone"));
    CHECK_FALSE(Sampler::draw(*f.db, s_first, s_last, SamplingRule {}, 1, &error));
    CHECK(error.contains(QStringLiteral("no active evaluators")));
}

TEST_CASE("an empty draw says why, from the widest cause to the narrowest, and an empty plan is not saved")
{
    Fixture f;
    QString error;
    const auto reason = [&f, &error](const QDate& first, const QDate& last, const SamplingRule& rule) {
        error.clear();
        CHECK_FALSE(Sampler::draw(*f.db, first, last, rule, 1, &error));
        return error;
    };
    // November has no contacts at all.
    CHECK(reason(QDate(2026, 11, 1), QDate(2026, 11, 30), SamplingRule {})
          == QStringLiteral("Nothing to draw: the workspace has no contacts in 2026-11-01 – 2026-11-30. Import that "
                            "period's contacts first."));
    // October has the fixture's 163 contacts, none of them an e-mail and none longer than 900 s.
    SamplingRule email;
    email.channel = Channel::Email;
    CHECK(reason(s_first, s_last, email)
              .startsWith(QStringLiteral("Nothing to draw: none of the 163 contact(s) in "
                                         "2026-10-01 – 2026-10-31 meets the rule")));
    SamplingRule tooLong;
    tooLong.minDurationSeconds = 1000; // the longest call lasts 900 s
    CHECK(reason(s_first, s_last, tooLong).contains(QStringLiteral("none of the 163 contact(s)")));
    // Plurals read "contact(s)" here: core tests run without a translator. Once every contact is planned, nothing is
    // left to draw.
    SamplingRule everything;
    everything.perAgent = 1000;
    SamplePlan all = f.draw(everything);
    CHECK(all.assignments.size() == 153); // 163 contacts less the 10 evaluated
    Sampler::save(*f.db, all, test::managerActor());
    CHECK(reason(s_first, s_last, SamplingRule {})
          == QStringLiteral("Nothing to draw: the 163 contact(s) in 2026-10-01 – 2026-10-31 that meet the rule are all "
                            "evaluated or in another plan already."));
    execWith(*f.db, QStringLiteral("UPDATE agents SET active = 0"), {}, QStringLiteral("retire the agents"));
    CHECK(reason(s_first, s_last, SamplingRule {})
          == QStringLiteral("Nothing to draw: the 163 contact(s) in 2026-10-01 – 2026-10-31 belong to inactive agents "
                            "only."));

    SamplePlan empty;
    empty.plan.periodStart = s_first;
    empty.plan.periodEnd = s_last;
    const qint64 plans
        = selectRows<qint64>(*f.db, QStringLiteral("SELECT COUNT(*) FROM sampling_plans"), {},
                             QStringLiteral("count plans"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
              .value(0);
    CHECK_THROWS_WITH(Sampler::save(*f.db, empty, test::managerActor()),
                      Catch::Contains("An empty sample is not saved"));
    CHECK(selectRows<qint64>(*f.db, QStringLiteral("SELECT COUNT(*) FROM sampling_plans"), {},
                             QStringLiteral("count plans"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
              .value(0)
          == plans);
}

TEST_CASE("only managers and administrators save a plan, and a refused one writes nothing")
{
    Fixture f;
    const auto count = [&f](const QString& table) {
        return selectRows<qint64>(*f.db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {},
                                  QStringLiteral("count"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
            .value(0);
    };
    SamplePlan plan = f.draw(SamplingRule {}, 7);
    REQUIRE_FALSE(plan.assignments.isEmpty());
    const qint64 audited = count(QStringLiteral("audit_log"));
    for (const Role role : { Role::Evaluator, Role::TeamLead, Role::Agent }) {
        const Actor actor { 5, QStringLiteral("someone"), QStringLiteral("someone"), role, {}, 0 };
        CHECK_THROWS_MATCHES(Sampler::save(*f.db, plan, actor), AccessDenied,
                             Catch::Matchers::Message("Only managers and administrators save sampling plans."));
    }
    CHECK(plan.plan.id == 0);
    CHECK(count(QStringLiteral("sampling_plans")) == 0);
    CHECK(count(QStringLiteral("assignments")) == 0);
    CHECK(count(QStringLiteral("audit_log")) == audited);

    const qint64 id = Sampler::save(*f.db, plan, test::managerActor(QStringLiteral("centre.manager")));
    CHECK(count(QStringLiteral("sampling_plans")) == 1);
    CHECK(count(QStringLiteral("assignments")) == plan.assignments.size());
    CHECK(test::auditActions(*f.db, QStringLiteral("sampling_plan"), id)
          == QStringList { QStringLiteral("centre.manager:create") });
}

TEST_CASE("a reserved share is drawn from the contacts matching its filter, and the plan says which were chosen how")
{
    Fixture f;
    const qint64 busy = f.agents.value(QStringLiteral("busy"));
    // Four of busy's calls have long dead air (25 s), four others short (5 s); the rest have no metrics.
    const auto calls = selectRows<qint64>(*f.db,
                                          QStringLiteral("SELECT id FROM contacts WHERE agent_id = ? AND channel = 'call' "
                                                         "ORDER BY id LIMIT 8"),
                                          { busy }, QStringLiteral("calls"),
                                          [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    REQUIRE(calls.size() == 8);
    QSet<qint64> longDeadAir;
    for (int i = 0; i < 8; ++i) {
        CallAnalysis analysis;
        analysis.durationMs = 300000;
        analysis.deadAir = { { 10000, 10000 + (i < 4 ? 25000 : 5000) } };
        ConversationMetrics::storeCall(*f.db, calls.at(i), analysis);
        if (i < 4)
            longDeadAir << calls.at(i);
    }
    SamplingRule rule;
    rule.perAgent = 10;
    rule.reserveShare = 0.2; // 2 of 10
    rule.reserveFilter.deadAirOverMs = 20000;
    SamplePlan plan = f.draw(rule);
    const AgentSample& sample = agentNamed(plan, QStringLiteral("busy"));
    CHECK(sample.drawn == 10);
    CHECK(sample.reserved == 2);
    int reserved = 0;
    for (const auto& a : plan.assignments) {
        if (a.reserved) {
            ++reserved;
            CHECK(longDeadAir.contains(a.contactId));
            CHECK(a.agentId == busy);
        }
    }
    CHECK(reserved == 2);
    CHECK(agentNamed(plan, QStringLiteral("quiet")).reserved == 0); // nothing of theirs matches: all random
    CHECK(agentNamed(plan, QStringLiteral("quiet")).drawn == 3);
    CHECK(contactIds(plan) == contactIds(f.draw(rule))); // the same seed, the same plan

    // Half of 10 is 5, but only 4 match: all four are reserved, and the random draw takes the other 6.
    rule.reserveShare = 0.5;
    const SamplePlan half = f.draw(rule);
    CHECK(agentNamed(half, QStringLiteral("busy")).reserved == 4);
    CHECK(agentNamed(half, QStringLiteral("busy")).drawn == 10);
    QSet<qint64> reservedIds;
    for (const auto& a : half.assignments) {
        if (a.reserved)
            reservedIds << a.contactId;
    }
    CHECK(reservedIds == longDeadAir);

    // Saved with the plan: the rule's reserve and how each assignment was chosen.
    const qint64 planId = Sampler::save(*f.db, plan, test::managerActor(QStringLiteral("boss")));
    const auto chosen = selectRows<std::pair<qint64, QString>>(
        *f.db, QStringLiteral("SELECT contact_id, chosen_by FROM assignments WHERE plan_id = ? AND chosen_by = 'reserve'"),
        { planId }, QStringLiteral("chosen"),
        [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toString() }; });
    CHECK(chosen.size() == 2);
    CHECK(Sampler::progress(*f.db).first().reserved == 2);
    QString error;
    const auto readBack = SamplingRule::fromJson(
        QJsonDocument::fromJson(plan.plan.ruleJson.toUtf8()).object(), &error);
    REQUIRE(readBack);
    CHECK(readBack->reserveShare == Approx(0.2));
    CHECK(readBack->reserveFilter.deadAirOverMs == 20000);
    CHECK(plan.toJson().value(QStringLiteral("assignments")).toArray().first().toObject().value(QStringLiteral("chosen_by"))
          == QStringLiteral("reserve"));

    // A share without a filter says what is missing.
    SamplingRule unfiltered;
    unfiltered.reserveShare = 0.2;
    CHECK_FALSE(Sampler::draw(*f.db, s_first, s_last, unfiltered, 7, &error));
    CHECK(error.contains(QStringLiteral("filter")));
}
