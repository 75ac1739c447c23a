#pragma once

#include <QCoreApplication>

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace qadesk {

class Database;

struct DemoOptions {
    int agents = 40;
    int months = 6; // the last `months` calendar months up to and including `until`'s month
    quint64 seed = 1;
    QDate until; // contacts and evaluations stop at this day; invalid: today in `timeZone`
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // the workspace's; the centre works 09:00–18:00 in it
    int recordings = 12; // the most recent calls get real speech recordings (espeak-ng + sox); 0 for none
    int contactsPerAgentMonth = 30;
    int evaluationsPerAgentMonth = 8;
};

struct DemoSummary {
    qint64 teams = 0;
    qint64 agents = 0;
    qint64 contacts = 0;
    qint64 evaluations = 0;
    qint64 recordings = 0;
    qint64 disputes = 0;
    qint64 coachingSessions = 0;
    QJsonObject toJson() const;
};

// Builds a realistic demo workspace: teams with Korean and English names, agents with improving, declining and steady
// score patterns and weak items, calls and chats with plausible metrics, the shipped Korean call and chat scorecards,
// evaluations, a sampling plan for the current month, disputes, coaching sessions, a calibration session, and short
// stereo recordings (agent left, customer right). The same options (seed and `until` included) give the same
// workspace.
//
// The workspace is written to a temporary file beside `path` and moved into place only when complete, so a failed
// or cancelled build leaves nothing behind. `path` must not exist yet. `progress` (optional) receives 0..1 and the
// current step, and cancels the build by returning false.
class DemoWorkspaceBuilder final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::DemoWorkspaceBuilder)

public:
    using Progress = std::function<bool(double fraction, const QString& step)>;
    static bool build(const QString& path, const DemoOptions& options, const Progress& progress, DemoSummary* summary,
                      QString* error);
    // Whether the workspace was built here (workspace setting `demo` = 1): a demo lets anyone "view as" any user
    // instead of signing in. Throws StorageError when the workspace cannot be read.
    static bool isDemo(const Database& database);
};

} // namespace qadesk
