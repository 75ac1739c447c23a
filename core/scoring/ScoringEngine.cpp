#include "ScoringEngine.h"

namespace qadesk {
namespace {

std::optional<double> weightedMean(const QList<SectionScore>& sections, bool raw)
{
    double weighted = 0;
    double weights = 0;
    for (const auto& section : sections) {
        const auto& value = raw ? section.rawScore : section.score;
        if (!value)
            continue;
        weighted += *value * section.weight;
        weights += section.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return weighted / weights;
}

} // namespace

ScoreResult scoreEvaluation(const ScorecardVersion& version, const QList<Answer>& answers)
{
    QHash<QString, const Answer*> byKey;
    for (const auto& answer : answers)
        byKey.insert(answer.itemKey, &answer);

    ScoreResult result;
    bool anyApplicable = false;
    for (const auto& section : version.sections) {
        SectionScore sectionScore;
        sectionScore.title = section.title;
        for (const auto& item : section.items) {
            const Answer* answer = byKey.value(item.key);
            const bool validNa = answer && answer->na && item.naAllowed;
            const bool validOption = answer && !answer->na && answer->optionIndex && *answer->optionIndex >= 0
                && *answer->optionIndex < item.options.size();
            if (validNa)
                continue;
            if (!validOption) {
                result.unanswered << item.key;
                continue;
            }
            const ScorecardOption& option = item.options.at(*answer->optionIndex);
            sectionScore.earned += option.points;
            sectionScore.possible += item.maxPoints;
            if (option.fails) {
                result.failedItems << item.key;
                if (item.commentRequiredOnFail && answer->comment.trimmed().isEmpty())
                    result.missingComments << item.key;
                if (item.critical == CriticalScope::Section)
                    sectionScore.criticalFailed = true;
                else if (item.critical == CriticalScope::Evaluation)
                    result.evaluationCriticalFailed = true;
            }
        }
        if (sectionScore.possible > 0) {
            anyApplicable = true;
            sectionScore.weight = section.weight.value_or(sectionScore.possible);
            sectionScore.rawScore = sectionScore.earned / sectionScore.possible;
            sectionScore.score = sectionScore.criticalFailed ? 0.0 : *sectionScore.rawScore;
        }
        result.criticalFailed = result.criticalFailed || sectionScore.criticalFailed;
        result.sections << sectionScore;
    }
    result.criticalFailed = result.criticalFailed || result.evaluationCriticalFailed;
    if (!anyApplicable)
        return result;

    result.rawScore = weightedMean(result.sections, true);
    result.score = result.evaluationCriticalFailed ? std::optional<double>(0.0) : weightedMean(result.sections, false);
    return result;
}

} // namespace qadesk
