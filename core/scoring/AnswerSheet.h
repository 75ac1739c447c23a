#pragma once

#include "ScoringEngine.h"
#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace qadesk {

// Answers written by hand for `qadesk-cli score` and `evaluate`:
// {"answers": {"<item key>": "<option label> | yes | no | na"}, "comments": {"<item key>": "…"}} ("comments" optional).
class AnswerSheet final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::AnswerSheet)

public:
    // Maps each answer to the item's option, with its comment. Every problem (unknown key, unknown label, N/A where not allowed, an
    // item left unanswered) is appended to *errors as "answers.<key>: …"; returns nullopt if there was any.
    static std::optional<QList<Answer>> read(const QByteArray& json, const ScorecardVersion& version, QStringList* errors);
};

// The engine's result as the CLI prints it: scores 0..100, null where there is no score.
QJsonObject scoreResultToJson(const ScoreResult& result);

} // namespace qadesk
