#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace qadesk {

class Database;

// What the actor wants to do. Each rule is decided in AccessRules::check, so the services, the UI and the command
// line give the same answer and the same reason.
enum class Action {
    Evaluate, // score a contact
    PublishScorecard, // publish or retire a scorecard version
    SavePlan, // save a sampling plan
    ManagePeople, // add, edit and deactivate users
    ImportHistory, // move past evaluations in from spreadsheets, in other evaluators' names
    ImportContacts, // import contacts with their recordings and transcripts
    RevealPersonalData, // unmask card numbers, resident numbers, phones and e-mail
    ViewAgentRecords, // an agent's evaluations, trends, coaching sessions and disputes
    RaiseDispute, // dispute an evaluation of an agent
    DecideDispute, // uphold or overturn a dispute
    AcknowledgeCoaching, // acknowledge or refuse a coaching session
    OrganiseCalibration, // set up a calibration session, reveal it early, keep its answer key
    SetReplyLimit, // change the centre's reply limit for chats (workspace setting reply_limit_s)
    DefineRecordingRoots, // name the recordings roots of a team server, which every desktop maps to a folder
};

// The record an action is about. Only the fields the action's rule reads need to be set; 0 means "none".
struct Subject {
    qint64 agentId = 0; // the agent the record belongs to
    qint64 teamId = 0; // that agent's team
    qint64 evaluatorId = 0; // the user who made the evaluation
    qint64 raisedBy = 0; // the user who raised the dispute
};

struct Decision {
    bool allowed = false;
    QString reason; // why not, as a sentence for the user; empty when allowed
    explicit operator bool() const { return allowed; }
};

// Thrown by a service that refuses an action; message() is the Decision's reason.
class AccessDenied final : public std::runtime_error {
public:
    explicit AccessDenied(const QString& reason);
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The permission rules of DESIGN.md "People and permissions", in one place.
class AccessRules final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::AccessRules)

public:
    static Decision check(const Actor& actor, Action action, const Subject& subject = {});
    // Throws AccessDenied with the reason when check() refuses.
    static void require(const Actor& actor, Action action, const Subject& subject = {});
    // Whether the actor may see the records of an agent in a team (the team may be 0 for an agent without one).
    static bool canSeeAgent(const Actor& actor, qint64 agentId, qint64 teamId);
    // The same rule as an SQL condition on a column holding agent ids, for services that filter what they read: true
    // for QA and management, the agents now in a lead's teams, an agent user's own record. The ids are the signed-in
    // actor's, never input, so they are written into the SQL.
    static QString visibleAgentsSql(const Actor& actor, const QString& agentColumn);
    // Whether the actor sees every agent's records (QA, management, administration), so that visibleAgentsSql
    // filters nothing.
    static bool seesEveryAgent(const Actor& actor);
    // Refuses (AccessDenied) an agent whose records the actor may not see, by the agent's current team; an agent that
    // does not exist is left to the caller. Throws StorageError when the team cannot be read.
    static void requireAgentRecords(const Database& database, const Actor& actor, qint64 agentId);
    // Whether the actor may see a whole team's figures: QA and management every team, a lead the teams they lead.
    static bool canSeeTeam(const Actor& actor, qint64 teamId);
};

} // namespace qadesk
