#pragma once

#include "people/Actor.h"
#include "planning/Sampler.h"
#include "stats/Headcount.h"
#include "stats/SampleSize.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace Ui {
class PlanningPage;
}

namespace qadesk {

class Database;
class MetricsFilterWidget;
class PageReader;

// The manager's planning tools: how many contacts to evaluate (with the margin each choice buys), how many QA staff
// that takes (two scenarios side by side, every term shown), and this month's sample, drawn, previewed and saved.
// Results update as the inputs change. What it reads from the workspace (the plans' progress, the score spread and the
// reply limit) it reads in the background.
class PlanningPage final : public QWidget {
    Q_OBJECT

public:
    PlanningPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~PlanningPage() override;

    std::optional<SampleSizeResult> sampleSize() const { return m_sampleSize; }
    std::optional<HeadcountResult> headcount(int scenario) const { return m_headcount[scenario]; }
    const std::optional<SamplePlan>& drawnPlan() const { return m_plan; }
    bool drawSample(); // the sampling tab's "Draw sample"
    bool savePlan(); // its "Save plan"
    bool applyReplyLimit(); // the centre standards tab's "Apply"
    void refresh(); // the plans' progress (the first time also the score spread and reply limit), in the background

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildSampleSizeTab();
    void buildHeadcountTab();
    void buildSamplingTab();
    void buildStandardsTab();
    void updateSampleSize();
    void updateHeadcount();
    void showPlans(const QList<PlanProgress>& plans);
    void showPlan();

    const std::unique_ptr<Ui::PlanningPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr;
    bool m_standardsRead = false; // the score spread and the reply limit are filled in from the workspace once
    // Sample size inputs.
    QComboBox* m_method = nullptr;
    QSpinBox* m_population = nullptr;
    QComboBox* m_confidence = nullptr;
    QDoubleSpinBox* m_margin = nullptr;
    QDoubleSpinBox* m_proportion = nullptr;
    QDoubleSpinBox* m_sigma = nullptr;
    QChartView* m_chartView = nullptr;
    std::optional<SampleSizeResult> m_sampleSize;
    // Headcount: one spin box per input and scenario, in the order of s_headcountFields.
    QList<QDoubleSpinBox*> m_headcountInputs[2];
    std::optional<HeadcountResult> m_headcount[2];
    // Sampling inputs.
    QDateEdit* m_month = nullptr;
    QComboBox* m_rule = nullptr;
    QSpinBox* m_perAgent = nullptr;
    QDoubleSpinBox* m_sampleMargin = nullptr;
    QComboBox* m_channel = nullptr;
    QSpinBox* m_minDuration = nullptr;
    QSpinBox* m_maxDuration = nullptr;
    QCheckBox* m_includeEvaluated = nullptr;
    QDoubleSpinBox* m_lowCsatWeight = nullptr;
    QDoubleSpinBox* m_repeatWeight = nullptr;
    QSpinBox* m_reserveShare = nullptr;
    MetricsFilterWidget* m_reserveFilter = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_replyLimit = nullptr;
    std::optional<SamplePlan> m_plan;
};

} // namespace qadesk
