#pragma once

#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;

namespace qadesk {

// A scorecard version rendered as the evaluator answers it: sections with their items, the guidance, one choice per
// option (and N/A where allowed), critical items marked. The designer previews forms with it.
class ScorecardFormView final : public QWidget {
    Q_OBJECT

public:
    explicit ScorecardFormView(QWidget* parent = nullptr);

    // Rebuilds for `version`, keeping the answers of items whose key still exists.
    void setVersion(const ScorecardVersion& version);
    QList<Answer> answers() const;
    void setAnswer(const QString& itemKey, std::optional<int> optionIndex, bool na = false);

signals:
    void answersChanged();

private:
    static constexpr int s_naId = -2;
    QHash<QString, QButtonGroup*> m_groups; // item key -> its choices (id: option index, or s_naId)
};

} // namespace qadesk
