#pragma once

#include "autoqa/AutoQaEngine.h"
#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace qadesk {

// The auto-QA suggestions for the contact being evaluated: per item with a rule, an "auto" badge, the suggested
// answer, the rule's sentence and a button that shows the evidence (the message, or the moment in the recording).
// Each row says whether the evaluator's current answer agrees. The suggestions are only shown here; the answers the
// evaluator submits are theirs.
class AutoQaSuggestionsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AutoQaSuggestionsView(QWidget* parent = nullptr);

    void setSuggestions(const ScorecardVersion& version, const QList<AutoQaSuggestion>& suggestions);
    void setAnswers(const QList<Answer>& answers); // marks each suggestion confirmed or changed
    const QList<AutoQaSuggestion>& suggestions() const { return m_suggestions; }

    // `answers` with each unanswered item that has a suggestion answered as suggested: a new evaluation starts
    // from the suggestions, which the evaluator confirms or changes.
    static QList<Answer> preselected(const QList<Answer>& answers, const QList<AutoQaSuggestion>& suggestions);

    // Shows the evidence of the suggestion for `itemKey` (its first piece), as the row's button does.
    void showEvidence(const QString& itemKey);

signals:
    void messageRequested(int sequence); // select this message of the transcript
    void seekRequested(qint64 positionMs); // play the recording from here

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QLabel* m_title = nullptr;
    QVBoxLayout* m_rows = nullptr;
    ScorecardVersion m_version;
    QList<AutoQaSuggestion> m_suggestions;
    QList<Answer> m_answers;
};

} // namespace qadesk
