#pragma once

#include "model/Coaching.h"
#include "people/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// Did coaching change the scores? For each focus item of a session: how often the agent passed it in the
// evaluations before the session and after it, with the counts, so "improves on paper but not in the scores"
// shows. Before = the s_windowDays before the session; after = from the session up to s_windowDays later (or today).
struct FocusItemEffect {
    QString itemKey;
    QString question;
    int beforeApplicable = 0;
    int beforePassed = 0;
    int afterApplicable = 0;
    int afterPassed = 0;
    std::optional<double> beforeRate() const;
    std::optional<double> afterRate() const;
    std::optional<double> change() const; // after − before, in rate units (0.25 = 25 points)
    // Two-proportion z-test of the change (normal approximation); nullopt when either side has too few answers.
    std::optional<double> pValue() const;

    enum class Verdict { TooFewEvaluations, Improved, NoClearChange, Worse };
    Verdict verdict() const;
};

struct SessionEffect {
    CoachingSession session;
    QString agentName;
    QList<FocusItemEffect> items;
};

class CoachingEffect final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::CoachingEffect)

public:
    static constexpr int s_windowDays = 60;
    static constexpr int s_minimumAnswers = 5; // per side, for a verdict
    static constexpr double s_significance = 0.05;

    // Throws StorageError.
    static SessionEffect of(const Database& database, const CoachingSession& session, const QDate& today);
    // Sessions held in [from, to] with agents the actor may see, newest first.
    static QList<SessionEffect> held(const Database& database, const Actor& actor, const QDate& from, const QDate& to,
                                     const QDate& today);
    static QString verdictName(FocusItemEffect::Verdict verdict);
};

} // namespace qadesk
