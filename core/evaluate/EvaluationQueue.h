#pragma once

#include "analytics/ConversationMetrics.h"
#include "people/Actor.h"
#include "model/Enums.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace qadesk {

// What an evaluator can open: assigned contacts first, then any other contact matching the filters.
struct QueueFilter {
    enum class Status { Any, NotEvaluated, MyDraft, Submitted, AssignedToMe };
    Status status = Status::NotEvaluated;
    std::optional<Channel> channel;
    qint64 agentId = 0; // 0: any agent
    qint64 teamId = 0; // 0: any team
    QDate from; // invalid: no bound
    QDate to; // inclusive
    MetricsFilter metrics; // contacts worth a human ear: long dead air, much overtalk, slow replies
    int limit = 300;
};

struct QueueRow {
    qint64 contactId = 0;
    QString externalId;
    Channel channel = Channel::Call;
    QString agent;
    QString team;
    QDateTime startedAt;
    int durationSeconds = 0;
    QString queue;
    bool hasRecording = false;
    bool assignedToMe = false;
    QDate due; // of my assignment
    qint64 myDraftId = 0; // an unfinished evaluation of mine
    int submitted = 0; // submitted evaluations of the contact (anyone's)
};

class EvaluationQueue final {
public:
    // The rows for the actor, newest first within "assigned to me" then the rest, of the agents the actor may see (a
    // lead's teams, an agent's own contacts). Throws StorageError.
    static QList<QueueRow> rows(const Database& database, const Actor& actor, const QueueFilter& filter);
};

} // namespace qadesk
