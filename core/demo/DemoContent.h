#pragma once

#include <QString>
#include <QStringList>

namespace qadesk::demo {

// The words the demo workspace is made of: names, queues, comments and dialogues in the style of Korean contact
// centres (the book in shared/domain), with an English-speaking team.

struct TeamProfile {
    QString name;
    QString site;
    bool chat = false; // the team answers chats instead of calls
    bool english = false; // agents have English names and speak English on calls
};

QList<TeamProfile> teamProfiles(int count);
QString koreanName(int index); // deterministic, varied Hangul names
// A name for the centre's staff (leads, QA, manager): from the same pool, but never with a numeric suffix,
// which on a person reads as a typo. Staff are few, so sharing a name with some agent is fine.
QString staffName(int index);
QString englishName(int index);
QStringList callQueues();
QStringList chatQueues();
QStringList failureComments(); // what an evaluator writes on a failed item
QStringList overallComments();
QStringList coachingNotes();
QStringList actionItems();
QStringList disputeReasons();

struct Line {
    bool agent = true;
    QString text;
    bool holdAfter = false; // the agent puts the customer on hold after this line (a recorded call's dead air)
    bool interrupts = false; // the customer cuts into the agent's line before (a recorded call's overtalk)
};
// A chat about a card or account problem; {agent} is replaced with the agent's name.
QList<Line> chatScript(int variant);
// A call dialogue; the recording plays the agent on the left channel and the customer on the right.
QList<Line> callScript(int variant, bool english);

} // namespace qadesk::demo
