#include "DemoWorkspaceBuilder.h"

#include "DemoAudio.h"
#include "DemoContent.h"
#include "DemoForms.h"
#include "autoqa/AutoQaMeasures.h"
#include "autoqa/AutoQaRunner.h"
#include "autoqa/AutoQaStore.h"
#include "people/SignIn.h"
#include "scoring/ScoringEngine.h"
#include "stats/SeededRandom.h"
#include "storage/Aggregates.h"
#include "storage/CalibrationRepository.h"
#include "storage/CoachingRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <memory>

namespace qadesk {
namespace {

const QString s_actor = QStringLiteral("demo");
const QTime s_closing(18, 0); // the centre works 09:00–18:00 in the workspace's time zone

struct Form {
    ScorecardVersion version;
    std::unique_ptr<EvaluationWriter> writer;
    QString rulesFingerprint; // of its auto-QA rules
};

struct AgentProfile {
    Agent agent;
    bool chat = false;
    bool english = false;
    double skill = 0.8; // pass probability of an ordinary item in the first month
    double slopePerMonth = 0; // the trend's slope in the first months; skillIn() bounds where it leads
    int shockMonth = -1; // a month with a sudden drop: the control chart should flag it
    QSet<QString> weakItems;
    QDate coachedOn; // a coaching session on the weak items, if any
    bool coachingWorks = false; // after the session the weak items recover, or only "improve on paper"
    qint64 leadId = 0;
};

struct Evaluator {
    qint64 userId = 0;
    QString login;
    double bias = 0; // lenient (+) or harsh (−) evaluators
};

constexpr double s_slowReplyChance = 0.06; // of an agent's reply after the first, in a demo chat

double clamp(double value, double low, double high)
{
    return std::max(low, std::min(high, value));
}

// An agent's pass probability in a month. A trend is steep at first and levels off: the drift approaches
// slope × s_trendMonths, so an improving or declining agent settles at a new level instead of walking to 100 % or to
// a handful of points over a long demo; the band keeps every agent's level plausible for a working centre.
constexpr double s_trendMonths = 8;
constexpr double s_lowestSkill = 0.76;
constexpr double s_highestSkill = 0.975;

double skillIn(const AgentProfile& profile, int month)
{
    const double drift = profile.slopePerMonth * s_trendMonths * (1 - std::exp(-month / s_trendMonths));
    return clamp(profile.skill + drift, s_lowestSkill, std::max(s_highestSkill, profile.skill));
}

class Builder final {
public:
    Builder(Database& db, const DemoOptions& options, const DemoWorkspaceBuilder::Progress& progress)
        : m_db(db)
        , m_options(options)
        , m_progress(progress)
        , m_random(options.seed)
        , m_conversations(options.seed ^ 0x5ca1ab1e)
    {
    }

    bool run(const QString& mediaFolder, DemoSummary* summary, QString* error);

private:
    bool report(double fraction, const QString& step) const { return !m_progress || m_progress(fraction, step); }
    void createOrganisation();
    bool createForms(QString* error);
    void createContactsAndEvaluations(int month, const QDate& first, const QDate& last);
    Evaluation evaluate(const AgentProfile& profile, const Form& form, const Contact& contact, int month,
                        const Evaluator& evaluator, const QDateTime& submittedAt);
    void createSamplingPlan();
    void createDisputes();
    void createCoaching();
    void createCalibration();
    void calibrate(const CalibrationSession& session, const Contact& contact, int month, bool upcoming);
    bool createRecordings(const QString& mediaFolder, QString* error);
    void checkOnArrival(const Form& form, const Contact& contact);

    Database& m_db; // its clock is moved to each calibration meeting while the scorings are submitted
    const DemoOptions& m_options;
    const DemoWorkspaceBuilder::Progress& m_progress;
    SeededRandom m_random;
    // Slow chat replies and the recorded calls' holds and interruptions draw from their own stream, so adding them
    // left every other figure of a seed's demo as it was.
    SeededRandom m_conversations;
    QList<AgentProfile> m_agents;
    QList<Evaluator> m_evaluators;
    QList<qint64> m_teamIds;
    qint64 m_managerId = 0;
    Form m_callForm;
    Form m_chatForm;
    std::unique_ptr<ContactWriter> m_contacts;
    qint64 m_contactSequence = 0;
    DemoSummary m_summary;
};

void Builder::createOrganisation()
{
    TeamRepository teams(m_db);
    AgentRepository agents(m_db);
    UserRepository users(m_db);
    const int teamCount = m_options.agents <= 60 ? (m_options.agents >= 24 ? 4 : 3) : m_options.agents / 15;
    const auto profiles = demo::teamProfiles(teamCount);
    QList<qint64> leads;
    for (int t = 0; t < profiles.size(); ++t) {
        m_teamIds << teams.add(Team { 0, profiles.at(t).name, profiles.at(t).site });
        leads << users.add(User { 0, QStringLiteral("lead%1").arg(t + 1),
                                  demo::staffName(560 + t) + QString::fromUtf8(" 팀장"), Role::TeamLead, 0, true });
        // Each lead leads their team, so "view as" a lead shows what a lead sees.
        execWith(m_db, QStringLiteral("INSERT INTO user_teams (user_id, team_id) VALUES (?, ?)"),
                 { leads.last(), m_teamIds.last() }, QStringLiteral("write the teams a lead leads"));
    }
    users.add(User { 0, QStringLiteral("admin"), QString::fromUtf8("관리자"), Role::Admin, 0, true });
    m_managerId = users.add(User { 0, QStringLiteral("manager"), demo::staffName(590) + QString::fromUtf8(" 센터장"),
                                   Role::Manager, 0, true });
    const int evaluatorCount = std::max(3, m_options.agents / 12);
    for (int e = 0; e < evaluatorCount; ++e) {
        Evaluator evaluator;
        evaluator.login = QStringLiteral("qa%1").arg(e + 1);
        evaluator.userId = users.add(User { 0, evaluator.login, QStringLiteral("QA ") + demo::staffName(500 + e * 7),
                                            Role::Evaluator, 0, true });
        evaluator.bias = clamp(m_random.normal(0, 0.025), -0.06, 0.06);
        m_evaluators << evaluator;
    }

    int koreanIndex = 0;
    int englishIndex = 0;
    for (int a = 0; a < m_options.agents; ++a) {
        const int team = a % int(profiles.size());
        AgentProfile profile;
        profile.chat = profiles.at(team).chat;
        profile.english = profiles.at(team).english;
        profile.leadId = leads.at(team);
        profile.agent.employeeId = QStringLiteral("A%1").arg(a + 1, 4, 10, QLatin1Char('0'));
        profile.agent.name = profile.english ? demo::englishName(englishIndex++) : demo::koreanName(koreanIndex++);
        profile.agent.teamId = m_teamIds.at(team);
        profile.agent.hireDate = m_options.until.addDays(-m_random.integer(60, 2500));
        profile.agent.id = agents.add(profile.agent);

        profile.skill = clamp(m_random.normal(0.905, 0.04), 0.74, 0.985);
        const double pattern = m_random.uniform();
        if (pattern < 0.22)
            profile.slopePerMonth = m_random.uniform(0.01, 0.02); // improving
        else if (pattern < 0.42)
            profile.slopePerMonth = -m_random.uniform(0.01, 0.02); // declining
        else
            profile.slopePerMonth = m_random.normal(0, 0.003); // steady
        if (m_options.months >= 3 && m_random.chance(0.06))
            profile.shockMonth = m_options.months - 1 - m_random.integer(0, 1);
        m_agents << profile;
    }
}

bool Builder::createForms(QString* error)
{
    ScorecardRepository scorecards(m_db);
    // The demo's manager publishes the forms, as in a centre: only managers and administrators may.
    const Actor manager = SignIn::actorFor(m_db, *UserRepository(m_db).findByLogin(QStringLiteral("manager")));
    for (auto [channel, form] : { std::pair { Channel::Call, &m_callForm }, std::pair { Channel::Chat, &m_chatForm } }) {
        Scorecard scorecard;
        ScorecardVersion version;
        if (!demo::loadShippedForm(channel, &scorecard, &version, error))
            return false;
        const qint64 id = scorecards.create(scorecard, version, s_actor);
        const qint64 versionId = scorecards.latestVersion(id)->id;
        scorecards.publish(versionId, manager);
        form->version = *scorecards.version(versionId);
        form->writer = std::make_unique<EvaluationWriter>(m_db, form->version);
        form->rulesFingerprint = AutoQaRunner::rulesFingerprint(form->version);
    }
    // Weak items and coaching plans need the forms' item keys.
    for (auto& profile : m_agents) {
        const ScorecardVersion& version = profile.chat ? m_chatForm.version : m_callForm.version;
        QStringList keys;
        for (const auto& section : version.sections) {
            for (const auto& item : section.items) {
                if (item.critical == CriticalScope::None)
                    keys << item.key;
            }
        }
        const int weakCount = m_random.integer(1, 2);
        for (int w = 0; w < weakCount && !keys.isEmpty(); ++w)
            profile.weakItems << keys.takeAt(m_random.integer(0, int(keys.size()) - 1));
        const bool needsCoaching = profile.slopePerMonth < -0.01 || profile.shockMonth >= 0 || m_random.chance(0.2);
        if (needsCoaching && m_options.months >= 3) {
            const QDate month = m_options.until.addMonths(-m_random.integer(1, std::min(3, m_options.months - 1)));
            profile.coachedOn = QDate(month.year(), month.month(), m_random.integer(5, 20));
            profile.coachingWorks = m_random.chance(0.6);
        }
    }
    return true;
}

Evaluation Builder::evaluate(const AgentProfile& profile, const Form& form, const Contact& contact, int month,
                             const Evaluator& evaluator, const QDateTime& submittedAt)
{
    double skill = skillIn(profile, month) + evaluator.bias;
    if (month == profile.shockMonth)
        skill -= 0.16;
    const bool afterCoaching = profile.coachedOn.isValid() && m_db.time().dateOf(contact.startedAt) > profile.coachedOn;
    const double weakPenalty = afterCoaching && profile.coachingWorks ? 0.06 : 0.28;

    Evaluation evaluation;
    evaluation.contactId = contact.id;
    evaluation.scorecardVersionId = form.version.id;
    evaluation.evaluatorId = evaluator.userId;
    evaluation.agentId = profile.agent.id;
    evaluation.teamId = profile.agent.teamId;
    evaluation.status = EvaluationStatus::Submitted;
    evaluation.createdAt = submittedAt.addSecs(-contact.durationSeconds * 2 - 300);
    evaluation.updatedAt = evaluation.submittedAt = submittedAt;
    evaluation.submittedBy = evaluator.login;
    evaluation.secondsSpent = int(contact.durationSeconds * m_random.uniform(1.1, 1.6)) + m_random.integer(180, 600);
    const auto comments = demo::failureComments();
    for (const auto& section : form.version.sections) {
        for (const auto& item : section.items) {
            Answer answer;
            answer.itemKey = item.key;
            if (item.naAllowed && m_random.chance(0.07)) {
                answer.na = true;
                evaluation.answers << answer;
                continue;
            }
            const double p = clamp(skill + (item.critical != CriticalScope::None ? 0.085 : 0.0)
                                       - (profile.weakItems.contains(item.key) ? weakPenalty : 0.0),
                                   0.05, 0.995);
            QList<int> passing;
            QList<int> failing;
            for (int o = 0; o < item.options.size(); ++o)
                (item.options.at(o).fails ? failing : passing) << o;
            std::sort(passing.begin(), passing.end(),
                      [&](int a, int b) { return item.options.at(a).points > item.options.at(b).points; });
            if (m_random.chance(p) && !passing.isEmpty()) {
                answer.optionIndex = passing.size() > 1 && !m_random.chance(0.7) ? passing.at(m_random.integer(1, int(passing.size()) - 1))
                                                                                   : passing.first();
            } else {
                answer.optionIndex = failing.isEmpty() ? passing.last() : m_random.pick(failing);
                if (item.commentRequiredOnFail || m_random.chance(0.3))
                    answer.comment = m_random.pick(comments);
                if (contact.channel == Channel::Call && m_random.chance(0.5))
                    answer.anchor.positionMs = qint64(m_random.uniform(0.1, 0.9) * contact.durationSeconds * 1000);
            }
            evaluation.answers << answer;
        }
    }
    if (m_random.chance(0.5))
        evaluation.overallComment = m_random.pick(demo::overallComments());
    const ScoreResult result = scoreEvaluation(form.version, evaluation.answers);
    evaluation.score = result.score;
    evaluation.rawScore = result.rawScore;
    evaluation.criticalFailed = result.criticalFailed;
    return evaluation;
}

void Builder::createContactsAndEvaluations(int month, const QDate& first, const QDate& last)
{
    const QDateTime cutoff = m_db.time().at(m_options.until, s_closing); // the end of the last day
    const auto callQueues = demo::callQueues();
    const auto chatQueues = demo::chatQueues();
    for (const auto& profile : m_agents) {
        const int count = std::max(1, int(m_options.contactsPerAgentMonth * m_random.uniform(0.8, 1.2) * (last.day() / double(first.daysInMonth())) + 0.5));
        QList<Contact> contacts;
        for (int c = 0; c < count; ++c) {
            Contact contact;
            contact.channel = profile.chat ? Channel::Chat : Channel::Call;
            contact.externalId = QStringLiteral("%1-%2")
                                     .arg(profile.chat ? QStringLiteral("CHAT") : QStringLiteral("CALL"))
                                     .arg(++m_contactSequence, 7, 10, QLatin1Char('0'));
            contact.agentId = profile.agent.id;
            const QDate day = first.addDays(m_random.integer(0, last.day() - 1));
            const int secondOfDay = m_random.integer(9 * 3600, 18 * 3600 - 1);
            contact.startedAt = m_db.time().at(day, QTime(0, 0)).addSecs(secondOfDay);
            contact.durationSeconds = int(clamp(m_random.normal(profile.chat ? 540 : 310, profile.chat ? 160 : 110), 45, 1800));
            contact.direction = m_random.chance(0.9) ? Direction::Inbound : Direction::Outbound;
            contact.queue = m_random.pick(profile.chat ? chatQueues : callQueues);
            const int hold = profile.chat || m_random.chance(0.6) ? 0 : m_random.integer(10, 120);
            const int afterWork = m_random.integer(15, 90);
            contact.holdSeconds = hold;
            contact.afterCallWorkSeconds = afterWork;
            contact.handleSeconds = contact.durationSeconds + afterWork;
            const double skill = skillIn(profile, month);
            contact.firstContactResolution = m_random.chance(clamp(skill - 0.08, 0.4, 0.95));
            if (m_random.chance(0.35)) // survey response rate
                contact.csat = int(clamp(std::round(m_random.normal(1 + 4 * skill, 0.8)), 1, 5));
            if (m_random.chance(0.25))
                contact.nps = int(clamp(std::round(m_random.normal(10 * skill, 1.8)), 0, 10));
            if (profile.chat) {
                const auto script = demo::chatScript(m_random.integer(0, 2));
                QDateTime at = contact.startedAt;
                for (int i = 0; i < script.size(); ++i) {
                    const bool agentLine = script.at(i).agent;
                    // Weaker agents keep customers waiting longer, now and then well past a minute.
                    int wait = agentLine ? int(clamp(m_random.normal(35 + (1 - skill) * 120, 20), 5, 240))
                                         : m_random.integer(8, 45);
                    // Now and then the agent is away for minutes: the slow replies sampling should find.
                    if (agentLine && i > 1 && m_conversations.chance(s_slowReplyChance))
                        wait = m_conversations.integer(150, 480);
                    at = at.addSecs(i == 0 ? 0 : wait);
                    QString text = script.at(i).text;
                    text.replace(QStringLiteral("{agent}"), profile.agent.name);
                    contact.messages << ChatMessage { i + 1, at, agentLine ? MessageSender::Agent : MessageSender::Customer,
                                                      agentLine ? profile.agent.name : QString::fromUtf8("고객"), text };
                }
                contact.durationSeconds = int(contact.startedAt.secsTo(at)) + 30;
                contact.handleSeconds = contact.durationSeconds + afterWork;
            }
            contact.id = m_contacts->insert(contact);
            checkOnArrival(profile.chat ? m_chatForm : m_callForm, contact);
            contacts << contact;
        }
        m_summary.contacts += contacts.size();

        // Evaluate a random sample of the month's contacts, each a few hours to three days after the contact.
        for (int i = int(contacts.size()) - 1; i > 0; --i)
            std::swap(contacts[i], contacts[m_random.integer(0, i)]);
        const Form& form = profile.chat ? m_chatForm : m_callForm;
        // A month still under way has only its share of the month's evaluations done so far.
        const int quota = int(m_options.evaluationsPerAgentMonth * double(last.day()) / first.daysInMonth() + 0.5);
        int done = 0;
        for (const auto& contact : contacts) {
            if (done >= quota)
                break;
            const QDateTime submittedAt = contact.startedAt.addSecs(m_random.integer(2 * 3600, 72 * 3600));
            if (submittedAt > cutoff)
                continue;
            const Evaluator& evaluator = m_evaluators.at(m_random.integer(0, int(m_evaluators.size()) - 1));
            Evaluation evaluation = evaluate(profile, form, contact, month, evaluator, submittedAt);
            evaluation.id = form.writer->insert(evaluation);
            AutoQaStore(m_db).recordAgreement(evaluation);
            ++done;
        }
        m_summary.evaluations += done;
    }
}

void Builder::createSamplingPlan()
{
    // This month's plan: every agent's evaluated contacts, topped up with contacts still to evaluate, so the queue
    // has work in it and the overview shows done against planned. Evaluators get balanced loads.
    const QDate first(m_options.until.year(), m_options.until.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    const QJsonObject rule { { QStringLiteral("rule"), QStringLiteral("fixed") },
                             { QStringLiteral("per_agent"), m_options.evaluationsPerAgentMonth } };
    const qint64 planId = insertWith(
        m_db,
        QStringLiteral("INSERT INTO sampling_plans (name, period_start, period_end, rule_json, seed, created_at, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { DemoWorkspaceBuilder::tr("Monthly sample %1").arg(first.toString(QStringLiteral("yyyy-MM"))), dbDate(first),
          dbDate(last), QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Compact)), qint64(m_options.seed),
          dbTime(m_db.time().at(first, QTime(0, 0))), QStringLiteral("manager") },
        QStringLiteral("create the demo sampling plan"));
    QHash<qint64, int> load;
    for (const auto& evaluator : m_evaluators)
        load.insert(evaluator.userId, 0);
    const auto leastLoaded = [&load, this] {
        qint64 best = m_evaluators.first().userId;
        for (const auto& evaluator : m_evaluators) {
            if (load.value(evaluator.userId) < load.value(best))
                best = evaluator.userId;
        }
        return best;
    };
    const qint64 monthStart = m_db.time().dayStartMs(first);
    for (const auto& profile : m_agents) {
        const auto contacts = selectRows<std::tuple<qint64, qint64, qint64>>(
            m_db,
            QStringLiteral("SELECT c.id, e.id, e.evaluator_id FROM contacts c LEFT JOIN evaluations e ON "
                           "e.contact_id = c.id AND e.kind = 'regular' AND e.revision_of IS NULL WHERE c.agent_id = ? "
                           "AND c.started_at >= ? ORDER BY e.id IS NULL, c.started_at DESC"),
            { profile.agent.id, monthStart }, QStringLiteral("choose the demo plan's contacts"),
            [](const QSqlQuery& q) {
                return std::tuple { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() };
            });
        for (int i = 0; i < contacts.size() && i < m_options.evaluationsPerAgentMonth; ++i) {
            const auto [contactId, evaluationId, evaluatorId] = contacts.at(i);
            const qint64 assignee = evaluationId ? evaluatorId : leastLoaded();
            load[assignee] += 1;
            execWith(m_db,
                     QStringLiteral("INSERT INTO assignments (plan_id, contact_id, evaluator_id, due, evaluation_id) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     { planId, contactId, assignee, dbDate(last), dbId(evaluationId) },
                     QStringLiteral("assign a demo contact"));
        }
    }
}

void Builder::createDisputes()
{
    // Disputes come from the last two months' evaluations with a failed item, raised by the agent's team lead.
    const QDateTime since = m_db.time().at(m_options.until.addMonths(-2), QTime(0, 0));
    auto candidates = selectRows<std::pair<qint64, qint64>>(
        m_db,
        QStringLiteral("SELECT e.id, e.agent_id FROM evaluations e WHERE e.submitted_at >= ? AND e.superseded = 0 AND "
                       "EXISTS (SELECT 1 FROM evaluation_answers a WHERE a.evaluation_id = e.id AND a.failed = 1) "
                       "ORDER BY e.id"),
        { dbTime(since) }, QStringLiteral("choose evaluations to dispute"),
        [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toLongLong() }; });
    const int wanted = std::min(int(candidates.size()), std::clamp(int(candidates.size() / 60), 3, 40));
    QHash<qint64, qint64> leadOfAgent;
    for (const auto& profile : m_agents)
        leadOfAgent.insert(profile.agent.id, profile.leadId);
    EvaluationRepository evaluations(m_db);
    DisputeRepository disputes(m_db);
    const auto reasons = demo::disputeReasons();
    for (int d = 0; d < wanted; ++d) {
        const auto [evaluationId, agentId] = candidates.takeAt(m_random.integer(0, int(candidates.size()) - 1));
        const auto evaluation = evaluations.find(evaluationId);
        const ScorecardVersion& version
            = evaluation->scorecardVersionId == m_callForm.version.id ? m_callForm.version : m_chatForm.version;
        const Answer* failed = nullptr;
        for (const auto& answer : evaluation->answers) {
            const ScorecardItem* item = version.findItem(answer.itemKey);
            if (!failed && answer.optionIndex && item->options.at(*answer.optionIndex).fails)
                failed = &answer;
        }
        Dispute dispute;
        dispute.evaluationId = evaluationId;
        dispute.itemKey = failed ? failed->itemKey : QString();
        dispute.raisedBy = leadOfAgent.value(agentId);
        dispute.raisedAt = evaluation->submittedAt.addSecs(m_random.integer(3600, 2 * 86400));
        dispute.reason = m_random.pick(reasons);
        const qint64 id = disputes.raise(dispute, QStringLiteral("lead"));
        ++m_summary.disputes;
        const double outcome = m_random.uniform();
        // QA decides, but never on an evaluation of their own: the first other evaluator does.
        const Evaluator& decider = m_evaluators.first().userId != evaluation->evaluatorId ? m_evaluators.first()
                                                                                        : m_evaluators.at(1);
        const qint64 resolver = decider.userId;
        // The last few stay open, so the QA queue has work in it.
        if (d >= wanted - std::max(2, wanted / 4))
            continue;
        if (outcome < 0.4) {
            disputes.uphold(id, resolver, QString::fromUtf8("녹취 재청취 결과 평가 기준대로 감점이 맞음"), decider.login);
        } else if (outcome < 0.75 && failed) {
            QList<Answer> corrected = evaluation->answers;
            for (auto& answer : corrected) {
                if (answer.itemKey != failed->itemKey)
                    continue;
                answer.optionIndex = version.findItem(answer.itemKey)->bestOption();
                answer.comment = QString::fromUtf8("이의 제기 인정: %1").arg(dispute.reason);
            }
            disputes.overturn(id, resolver, corrected, QString::fromUtf8("이의 제기를 인정하여 재평가함"), decider.login);
        }
    }
}

void Builder::createCoaching()
{
    CoachingRepository coaching(m_db);
    const auto notes = demo::coachingNotes();
    const auto actions = demo::actionItems();
    for (const auto& profile : m_agents) {
        if (!profile.coachedOn.isValid())
            continue;
        CoachingSession session;
        session.agentId = profile.agent.id;
        session.coachId = profile.leadId;
        session.heldAt = m_db.time().at(profile.coachedOn, QTime(15, 0));
        session.focusItemKeys = QStringList(profile.weakItems.values());
        session.focusItemKeys.sort();
        session.evaluationIds = selectRows<qint64>(
            m_db,
            QStringLiteral("SELECT id FROM evaluations WHERE agent_id = ? AND submitted_at < ? AND superseded = 0 "
                           "ORDER BY score, id LIMIT 2"),
            { profile.agent.id, dbTime(session.heldAt) }, QStringLiteral("link evaluations to coaching"),
            [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        session.notes = m_random.pick(notes);
        for (int a = 0; a < 2; ++a) {
            const QDate due = profile.coachedOn.addDays(7 * (a + 1));
            session.actionItems << ActionItem { 0, actions.at((a + m_random.integer(0, 4)) % actions.size()), due,
                                                due < m_options.until && m_random.chance(0.7), {} };
        }
        const double acknowledgement = m_random.uniform();
        session.acknowledgement = acknowledgement < 0.8 ? AcknowledgementStatus::Acknowledged
            : acknowledgement < 0.9                     ? AcknowledgementStatus::Refused
                                                        : AcknowledgementStatus::Pending;
        if (session.acknowledgement == AcknowledgementStatus::Refused)
            session.acknowledgementNote = QString::fromUtf8("평가 기준이 상담 현실과 맞지 않는다고 함");
        session.followUp = profile.coachedOn.addDays(14);
        coaching.add(session, QStringLiteral("lead"));
        ++m_summary.coachingSessions;
    }
}

// Two sessions a month on a recent call: three evaluators score it blind and the centre manager's scoring is the
// reference. Each evaluator departs from the reference on an item with a chance that shrinks month by month (the
// sessions work) and grows with the evaluator's bias, so the page has disagreement to show and agreement to track.
// One more session, a few days ahead, still waits for its last evaluator.
void Builder::createCalibration()
{
    if (m_evaluators.size() < 3 || !m_managerId)
        return;
    const QDate lastMonth(m_options.until.year(), m_options.until.month(), 1);
    CalibrationRepository calibrations(m_db);
    ContactRepository contacts(m_db);
    const QDateTime closing = m_db.time().now();
    QList<std::pair<int, QDate>> meetings; // (month, day); the last is still to come
    for (int month = 0; month < m_options.months; ++month) {
        const QDate first = lastMonth.addMonths(month - m_options.months + 1);
        for (const int day : { 10, 24 }) {
            if (first.addDays(day - 1) < m_options.until)
                meetings << std::pair { month, first.addDays(day - 1) };
        }
    }
    meetings << std::pair { m_options.months - 1, m_options.until.addDays(4) };
    for (int m = 0; m < meetings.size(); ++m) {
        const auto [month, meeting] = meetings.at(m);
        const bool upcoming = m == meetings.size() - 1;
        const QDate callsUntil = upcoming ? m_options.until.addDays(1) : meeting;
        const auto calls = selectRows<qint64>(
            m_db,
            QStringLiteral("SELECT id FROM contacts WHERE channel = 'call' AND started_at >= ? AND started_at < ? "
                           "ORDER BY started_at, id"),
            { dbTime(m_db.time().at(callsUntil.addDays(-9), QTime(0, 0))),
              dbTime(m_db.time().at(callsUntil, QTime(0, 0))) },
            QStringLiteral("choose a calibration call"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        if (calls.isEmpty())
            continue;
        const auto contact = contacts.find(m_random.pick(calls));
        CalibrationSession session;
        session.title = QString::fromUtf8("%1월 캘리브레이션 — %2").arg(meeting.month()).arg(contact->externalId);
        session.contactId = contact->id;
        session.scorecardVersionId = m_callForm.version.id;
        session.scheduledAt = m_db.time().at(meeting, QTime(15, 0));
        session.createdAt = upcoming ? closing.addDays(-1) : session.scheduledAt.addDays(-3);
        session.organiserId = m_managerId;
        session.referenceUserId = m_managerId;
        session.evaluatorIds << m_managerId;
        for (int e = 0; e < std::min<qsizetype>(3, m_evaluators.size()); ++e)
            session.evaluatorIds << m_evaluators.at((e + m) % m_evaluators.size()).userId;
        m_db.time().setNow(session.createdAt);
        session.id = calibrations.add(session, QStringLiteral("manager"));
        calibrate(session, *contact, month, upcoming);
    }
    m_db.time().setNow(closing);
}

void Builder::calibrate(const CalibrationSession& session, const Contact& contact, int month, bool upcoming)
{
    const AgentProfile* profile = nullptr;
    for (const auto& candidate : m_agents) {
        if (candidate.agent.id == contact.agentId)
            profile = &candidate;
    }
    if (!profile)
        return;
    const Evaluator expert { m_managerId, QStringLiteral("manager"), 0 };
    const Evaluation reference = evaluate(*profile, m_callForm, contact, month, expert, session.scheduledAt);
    EvaluationRepository evaluations(m_db);
    const auto comments = demo::failureComments();
    for (int p = 0; p < session.evaluatorIds.size(); ++p) {
        if (upcoming && p == session.evaluatorIds.size() - 1)
            break; // still to score
        const qint64 userId = session.evaluatorIds.at(p);
        Evaluator who = expert;
        for (const auto& evaluator : std::as_const(m_evaluators)) {
            if (evaluator.userId == userId)
                who = evaluator;
        }
        Evaluation scoring = reference;
        scoring.evaluatorId = userId;
        scoring.submittedBy = who.login;
        if (userId != m_managerId) {
            const double departure = std::max(0.04, 0.2 - 0.025 * month) + 2 * std::abs(who.bias);
            for (auto& answer : scoring.answers) {
                const ScorecardItem* item = m_callForm.version.findItem(answer.itemKey);
                if (!item || item->options.size() < 2)
                    continue;
                const int current = answer.optionIndex.value_or(0);
                // Critical items are argued over least; a lenient evaluator seldom marks down what the reference
                // passed in full.
                const bool full = !answer.na && item->options.at(current).points >= item->maxPoints;
                const double chance = departure * (item->critical != CriticalScope::None ? 0.25 : 1.0)
                    * (full && who.bias >= 0 ? 0.4 : 1.0);
                if (!m_random.chance(chance))
                    continue;
                // A lenient evaluator mostly drifts to an option worth more, a harsh one to one worth less.
                const double points = answer.na ? -1 : item->options.at(current).points;
                QList<int> others;
                QList<int> preferred;
                for (int o = 0; o < item->options.size(); ++o) {
                    if (o == current && !answer.na)
                        continue;
                    others << o;
                    if (who.bias >= 0 ? item->options.at(o).points > points : item->options.at(o).points < points)
                        preferred << o;
                }
                const int other
                    = !preferred.isEmpty() && m_random.chance(0.75) ? m_random.pick(preferred) : m_random.pick(others);
                answer.na = false;
                answer.optionIndex = other;
                answer.comment = item->options.at(other).fails ? m_random.pick(comments) : QString();
            }
        }
        scoring.kind = EvaluationKind::Calibration;
        scoring.calibrationSessionId = session.id;
        scoring.id = 0;
        // Scored the day after the session was set up, each an hour after the one before.
        m_db.time().setNow(session.createdAt.addDays(1).addSecs(3600 * (p - qsizetype(session.evaluatorIds.size()))));
        scoring.id = evaluations.createDraft(scoring, who.login);
        evaluations.saveDraft(scoring);
        evaluations.submit(scoring.id, who.login);
    }
}

bool Builder::createRecordings(const QString& mediaFolder, QString* error)
{
    if (m_options.recordings <= 0)
        return true;
    if (!demo::audioToolsAvailable(error))
        return false;
    if (!QDir().mkpath(mediaFolder)) {
        *error = DemoWorkspaceBuilder::tr("Cannot create the folder %1 for the demo recordings.").arg(QDir::toNativeSeparators(mediaFolder));
        return false;
    }
    const auto calls = selectRows<std::pair<qint64, QString>>(
        m_db, QStringLiteral("SELECT id, external_id FROM contacts WHERE channel = 'call' ORDER BY started_at DESC, id LIMIT ?"),
        { m_options.recordings }, QStringLiteral("choose calls to record"),
        [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toString() }; });
    QHash<qint64, bool> englishAgent;
    for (const auto& profile : m_agents)
        englishAgent.insert(profile.agent.id, profile.english);
    ContactRepository contacts(m_db);
    const QDir workspaceFolder = QFileInfo(mediaFolder).dir();
    for (int i = 0; i < calls.size(); ++i) {
        if (!report(0.85 + 0.14 * i / calls.size(), DemoWorkspaceBuilder::tr("Recording demo calls")))
            return false;
        const auto [contactId, externalId] = calls.at(i);
        const bool english = englishAgent.value(contacts.find(contactId)->agentId);
        // Every third call has a hold of several seconds (dead air), every other one an interruption (overtalk), and
        // the latest both.
        const double hold = m_conversations.uniform(4.0, 9.0);
        const double interruption = m_conversations.uniform(0.8, 1.8);
        const demo::SynthesisOptions synthesis { english, i % 3 == 0 ? hold : 0.0, i % 2 == 0 ? interruption : 0.0 };
        const QString file = QDir(mediaFolder).filePath(externalId + QStringLiteral(".wav"));
        qint64 durationMs = 0;
        if (!demo::synthesizeCall(demo::callScript(i, english), synthesis, file, &durationMs, error))
            return false;
        contacts.attachRecording(contactId, Recording { workspaceFolder.relativeFilePath(file), durationMs, 2, 0 });
        execWith(m_db, QStringLiteral("UPDATE contacts SET duration_s = ? WHERE id = ?"),
                 { int(durationMs / 1000), contactId }, QStringLiteral("set the recorded call's length"));
        checkOnArrival(m_callForm, *contacts.find(contactId));
        ++m_summary.recordings;
    }
    return true;
}

// The demo's contacts were checked by the auto-QA rules as they arrived, before anyone evaluated them, so the
// evaluations' agreement with the rules is recorded as an evaluator's would be.
void Builder::checkOnArrival(const Form& form, const Contact& contact)
{
    const ContactMeasures measures = measureContactForAutoQa(m_db, contact);
    AutoQaStore(m_db).storeCheck(contact.id, form.version.id, form.rulesFingerprint,
                                 AutoQaEngine::suggestAll(form.version, contact, measures),
                                 contact.startedAt.addSecs(contact.durationSeconds));
}

bool Builder::run(const QString& mediaFolder, DemoSummary* summary, QString* error)
{
    const QDate lastMonth(m_options.until.year(), m_options.until.month(), 1);
    {
        Transaction transaction(m_db);
        execWith(m_db, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?), (?, ?), (?, ?), (?, ?)"),
                 { QStringLiteral("name"), DemoWorkspaceBuilder::tr("QA Desk demo centre"), QStringLiteral("target_score"),
                   QStringLiteral("0.85"), QStringLiteral("demo_seed"), QString::number(m_options.seed),
                   QStringLiteral("demo"), QStringLiteral("1") },
                 QStringLiteral("write workspace settings"));
        createOrganisation();
        if (!createForms(error))
            return false;
        transaction.commit();
    }
    m_contacts = std::make_unique<ContactWriter>(m_db);
    for (int month = 0; month < m_options.months; ++month) {
        const QDate first = lastMonth.addMonths(month - m_options.months + 1);
        const QDate last = month == m_options.months - 1 ? m_options.until : first.addMonths(1).addDays(-1);
        if (!report(0.02 + 0.75 * month / m_options.months, DemoWorkspaceBuilder::tr("Contacts and evaluations of %1").arg(first.toString(QStringLiteral("yyyy-MM")))))
            return false;
        Transaction transaction(m_db);
        createContactsAndEvaluations(month, first, last);
        transaction.commit();
    }
    if (!report(0.8, DemoWorkspaceBuilder::tr("Disputes, coaching and calibration")))
        return false;
    {
        Transaction transaction(m_db);
        createSamplingPlan();
        createDisputes();
        createCoaching();
        createCalibration();
        Aggregates::rebuild(m_db); // once for every month written above, instead of evaluation by evaluation
        transaction.commit();
    }
    {
        Transaction transaction(m_db);
        if (!createRecordings(mediaFolder, error))
            return false;
        transaction.commit();
    }
    m_summary.teams = m_teamIds.size();
    m_summary.agents = m_agents.size();
    *summary = m_summary;
    return true;
}

} // namespace

QJsonObject DemoSummary::toJson() const
{
    return QJsonObject { { QStringLiteral("teams"), teams },
                         { QStringLiteral("agents"), agents },
                         { QStringLiteral("contacts"), contacts },
                         { QStringLiteral("evaluations"), evaluations },
                         { QStringLiteral("recordings"), recordings },
                         { QStringLiteral("disputes"), disputes },
                         { QStringLiteral("coaching_sessions"), coachingSessions } };
}

bool DemoWorkspaceBuilder::build(const QString& path, const DemoOptions& options, const Progress& progress,
                                 DemoSummary* summary, QString* error)
{
    const QFileInfo target(path);
    if (target.exists()) {
        *error = DemoWorkspaceBuilder::tr("%1 already exists; choose a new file for the demo workspace.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (options.agents < 1 || options.months < 1 || options.contactsPerAgentMonth < 1) {
        *error = DemoWorkspaceBuilder::tr("The demo needs at least one agent, one month and one contact per agent and month.");
        return false;
    }
    const QString building = target.absoluteFilePath() + QStringLiteral(".building");
    for (const QString& leftover : { building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm") })
        QFile::remove(leftover);
    const QString mediaFolder = target.absolutePath() + QLatin1Char('/') + target.completeBaseName() + QStringLiteral("-media");

    bool ok = false;
    try {
        Database::Options create;
        create.create = true;
        create.timeZone = options.timeZone;
        const auto db = Database::open(building, create, error);
        if (!db)
            return false;
        DemoOptions resolved = options;
        if (!resolved.until.isValid())
            resolved.until = db->time().today();
        // The demo's own steps (the calibration's submissions, the audit trail) happen at the close of its last day,
        // or now when that is still to come, so the same options give the same workspace.
        const QDateTime closing = db->time().at(resolved.until, s_closing);
        if (closing < db->time().now())
            db->time().setNow(closing);
        Builder builder(*db, resolved, progress);
        ok = builder.run(mediaFolder, summary, error);
        if (ok)
            execSql(db->sql(), QStringLiteral("PRAGMA optimize"), QStringLiteral("optimise the demo workspace"));
        if (!ok && error->isEmpty())
            *error = DemoWorkspaceBuilder::tr("The demo workspace was cancelled.");
    } catch (const StorageError& failure) {
        *error = failure.message();
        ok = false;
    }
    if (ok && !QFile::rename(building, target.absoluteFilePath())) {
        *error = DemoWorkspaceBuilder::tr("Cannot move the demo workspace to %1.").arg(QDir::toNativeSeparators(path));
        ok = false;
    }
    if (!ok) {
        for (const QString& leftover : { building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm") })
            QFile::remove(leftover);
    }
    return ok;
}

bool DemoWorkspaceBuilder::isDemo(const Database& database)
{
    const auto flags = selectRows<QString>(
        database, QStringLiteral("SELECT value FROM workspace_settings WHERE key = 'demo'"), {},
        QStringLiteral("read whether the workspace is a demo"), [](const QSqlQuery& q) { return q.value(0).toString(); });
    return flags.value(0) == QLatin1String("1");
}

} // namespace qadesk
