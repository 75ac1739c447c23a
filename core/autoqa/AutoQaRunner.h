#pragma once

#include "model/Scorecard.h"
#include "people/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>

namespace qadesk {

class Database;

// Runs the auto-QA rules over contacts and stores what they suggest (AutoQaStore). Each contact is checked with the
// rules of the scorecard the Evaluate page offers for its channel (the current published version); a contact already
// checked under the same rules is left as it is. The suggestions never touch an evaluation or a score.
class AutoQaRunner final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::AutoQaRunner)

public:
    struct Summary
    {
        int contacts = 0; // contacts in the range the actor may see
        int checked = 0; // checked by this run
        int upToDate = 0; // already checked under the same rules
        int withoutRules = 0; // no published scorecard with rules for their channel
        int suggestions = 0; // stored by this run
        bool cancelled = false;
        QStringList problems; // one sentence per contact that could not be checked (a storage failure)
        // {"contacts", "checked", "up_to_date", "without_rules", "suggestions", "cancelled", "problems"}
        QJsonObject toJson() const;
    };
    using Progress = std::function<void(int done, int total)>;
    using Cancel = std::function<bool()>;

    // Checks the contacts that started within [from, to] in the workspace's time zone (an invalid date leaves that
    // end open) and that the actor may see. Throws AccessDenied unless the actor may evaluate, StorageError when
    // the contacts cannot be listed. Blocks (recordings may be decoded): use start() from the GUI.
    static Summary run(const Database& database, const Actor& actor, const QDate& from, const QDate& to,
                       const Progress& progress = {}, const Cancel& cancel = {});
    // run() on a thread of the global pool over its own connection to the workspace (a file or a server; not an
    // in-memory one). The future reports progress as done/total in its progress range, one Summary, and cancels
    // between contacts; a failure to open or an access refusal comes back in Summary::problems.
    static QFuture<Summary> start(const Database& database, const Actor& actor, const QDate& from, const QDate& to);

    // Identifies the set of rules of a version: a contact checked under another fingerprint is checked again.
    // Empty when the version has no rule.
    static QString rulesFingerprint(const ScorecardVersion& version);
};

} // namespace qadesk
