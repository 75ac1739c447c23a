#pragma once

#include "storage/Database.h"

#include <QJsonObject>

namespace qadesk {

// How much a workspace holds; what `qadesk-cli info` prints.
struct WorkspaceCounts {
    int schemaVersion = 0;
    QString timeZone; // the IANA zone of the workspace's days and months
    qint64 teams = 0;
    qint64 agents = 0;
    qint64 users = 0;
    qint64 contacts = 0;
    qint64 evaluations = 0;
    qint64 scorecards = 0;
    qint64 coachingSessions = 0;
    qint64 disputes = 0;

    QJsonObject toJson() const;
};

WorkspaceCounts countWorkspace(const Database& database); // throws StorageError

} // namespace qadesk
