#pragma once

#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLineEdit;

namespace qadesk {

// A scorecard version rendered as the evaluator answers it: sections with their items, the guidance, one choice per
// option (and N/A where allowed), a comment per item, critical items marked. The evaluation page answers with it and
// the designer previews forms with it. Keys 1–9 pick an option of the focused item, 0 or N marks it N/A.
class ScorecardFormView final : public QWidget {
    Q_OBJECT

public:
    explicit ScorecardFormView(QWidget* parent = nullptr);

    // Shows `version` with nothing answered and nothing highlighted: each evaluation then sets exactly its own
    // answers. The widgets are built only when the version differs from the one shown.
    void setVersion(const ScorecardVersion& version);
    void clearAnswers(); // no choice, no comment, no anchor; the form and its highlights stay
    // Rebuilds for an edited `version`, keeping the answers of items whose key still exists (the designer's preview).
    void setVersionKeepingAnswers(const ScorecardVersion& version);
    QList<Answer> answers() const;
    void setAnswer(const QString& itemKey, std::optional<int> optionIndex, bool na = false);
    void setAnswers(const QList<Answer>& answers); // choices and comments; anchors are kept and returned by answers()
    void setReadOnly(bool readOnly);
    // Marks items that still need something (an answer or a required comment) and scrolls to the first.
    void highlight(const QStringList& itemKeys);
    QWidget* itemRow(const QString& itemKey) const { return m_rows.value(itemKey); } // nullptr for an unknown key

signals:
    void answersChanged();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void build(); // the widgets for m_version, nothing answered
    void rebuild(); // the same version and answers, outlines and read-only state, with labels translated anew
    void outlineHighlighted();
    static constexpr int s_naId = -2;
    QHash<QString, QButtonGroup*> m_groups; // item key -> its choices (id: option index, or s_naId)
    QHash<QString, QLineEdit*> m_comments;
    QHash<QString, QWidget*> m_rows; // item key -> the frame holding its question, choices and comment
    QHash<QString, Anchor> m_anchors;
    QStringList m_order; // item keys in form order
    ScorecardVersion m_version; // what the form shows, to rebuild it in another language
    QStringList m_highlighted;
    bool m_readOnly = false;
};

} // namespace qadesk
