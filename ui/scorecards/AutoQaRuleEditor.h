#pragma once

#include "model/Scorecard.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qadesk {

// The small editor of an item's auto-QA rule in the scorecard designer: the kind of check, the phrases (variants
// separated by " / ") and where to look, or the measure and its limit, and the answers it suggests.
class AutoQaRuleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AutoQaRuleEditor(QWidget* parent = nullptr);

    // Shows the item's rule (none: "No automatic check"); signals nothing.
    void setItem(const ScorecardItem& item, bool editable);
    std::optional<AutoQaRule> rule() const; // as the fields say now

signals:
    void ruleEdited(const std::optional<AutoQaRule>& rule); // after a change by the user

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill(const std::optional<AutoQaRule>& rule);
    void updateVisibility();
    void edited();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_phrases = nullptr;
    QComboBox* m_window = nullptr;
    QSpinBox* m_windowSize = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_comparison = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QComboBox* m_pass = nullptr;
    QComboBox* m_fail = nullptr;
    QLabel* m_summary = nullptr;
    QList<QLabel*> m_labels;
    ScorecardItem m_item;
    bool m_filling = false;
};

} // namespace qadesk
