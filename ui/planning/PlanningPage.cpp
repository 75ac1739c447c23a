#include "PlanningPage.h"

#include "evaluate/MetricsFilterWidget.h"
#include "people/AccessRules.h"
#include "shell/ActionFailure.h"
#include "shell/ChartView.h"
#include "shell/PageReader.h"
#include "shell/Theme.h"
#include "stats/SampleSize.h"
#include "storage/StorageError.h"
#include "ui_PlanningPage.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSpinBox>
#include <QValueAxis>

#include <algorithm>
#include <functional>

namespace qadesk {
namespace {

struct HeadcountField {
    const char* label;
    const char* explanation;
    double defaultValue;
    double maximum;
    int decimals;
    std::function<void(HeadcountInputs&, double)> set;
};

// The inputs of the headcount, in the order they are shown; defaults are a typical 100-agent centre.
const QList<HeadcountField>& headcountFields()
{
    static const QList<HeadcountField> s_fields {
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Agents"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Agents monitored"), 100, 100000, 0,
          [](HeadcountInputs& in, double v) { in.agents = int(v); } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Evaluations per agent"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Per month"), 8, 500, 1,
          [](HeadcountInputs& in, double v) { in.evaluationsPerAgent = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Contact length (min)"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Average evaluated call or chat"), 5, 120, 1,
          [](HeadcountInputs& in, double v) { in.contactMinutes = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Review factor"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Listening time ÷ contact length: 1.0 once through, more with re-listening"), 1.2, 5, 2,
          [](HeadcountInputs& in, double v) { in.reviewFactor = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Scoring and write-up (min)"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Per evaluation"), 10, 120, 1,
          [](HeadcountInputs& in, double v) { in.scoringMinutes = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Feedback (min)"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Per evaluation, to the agent or team lead"), 5, 120, 1,
          [](HeadcountInputs& in, double v) { in.feedbackMinutes = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Coaching sessions per agent"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Per month, held by QA"), 1, 20, 1,
          [](HeadcountInputs& in, double v) { in.coachingSessionsPerAgent = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Coaching session (min)"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Length of one session"), 30, 480, 0,
          [](HeadcountInputs& in, double v) { in.coachingMinutes = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Calibration (h per QA)"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Per QA person per month"), 4, 100, 1,
          [](HeadcountInputs& in, double v) { in.calibrationHoursPerQa = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Live monitoring (h)"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Total per month"), 20, 2000, 1,
          [](HeadcountInputs& in, double v) { in.liveMonitoringHours = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Paid hours per FTE"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Per month (40 h a week ≈ 209)"), 209, 400, 0,
          [](HeadcountInputs& in, double v) { in.paidHoursPerFte = v; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Shrinkage (%)"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Leave, training, meetings"), 20, 99, 0,
          [](HeadcountInputs& in, double v) { in.shrinkage = v / 100.0; } },
        { QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Utilisation (%)"), QT_TRANSLATE_NOOP("qadesk::PlanningPage", "Share of available time on QA work"), 85, 100, 0,
          [](HeadcountInputs& in, double v) { in.utilisation = v / 100.0; } },
    };
    return s_fields;
}

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

int reservedCount(const SamplePlan& plan)
{
    return int(std::count_if(plan.assignments.cbegin(), plan.assignments.cend(),
                             [](const PlannedAssignment& a) { return a.reserved; }));
}

} // namespace

PlanningPage::PlanningPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanningPage>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    theme::style(m_ui->titleLabel, theme::Text::Title);
    theme::style(m_ui->sampleSizeResultLabel, theme::Text::Figure);
    m_ui->sampleSizeResultLabel->setContentsMargins(0, 12, 0, 0);
    buildSampleSizeTab();
    buildHeadcountTab();
    buildSamplingTab();
    buildStandardsTab();
    updateSampleSize();
    updateHeadcount();
    refresh();
}

PlanningPage::~PlanningPage() = default;

void PlanningPage::buildSampleSizeTab()
{
    QFormLayout* form = m_ui->sampleSizeFormLayout;
    const auto explain = [form](const QString& text) {
        auto* label = new QLabel(text);
        label->setWordWrap(true);
        theme::style(label, theme::Text::Small, theme::Colour::Muted);
        form->addRow(QString(), label);
    };
    m_method = new QComboBox(this);
    m_method->addItem(tr("Pass rate or defect rate (Cochran)"), QStringLiteral("cochran"));
    m_method->addItem(tr("Average score (mean)"), QStringLiteral("mean"));
    m_method->addItem(tr("Quick estimate (Yamane)"), QStringLiteral("yamane"));
    form->addRow(tr("What to measure"), m_method);
    explain(tr("A pass rate needs the most contacts; with score history, the average-score method usually needs fewer."));
    m_population = new QSpinBox(this);
    m_population->setObjectName(QStringLiteral("populationSpinBox"));
    m_population->setRange(0, 10000000);
    m_population->setValue(300);
    form->addRow(tr("Contacts in the period"), m_population);
    explain(tr("An agent's contacts this month (0 if unknown or very many). A small population lowers the number needed."));
    m_confidence = new QComboBox(this);
    for (const double level : { 0.90, 0.95, 0.99 })
        m_confidence->addItem(QStringLiteral("%1 %").arg(level * 100, 0, 'f', 0), level);
    m_confidence->setCurrentIndex(1);
    form->addRow(tr("Confidence"), m_confidence);
    explain(tr("How sure you want to be that the true value lies within the margin."));
    m_margin = new QDoubleSpinBox(this);
    m_margin->setObjectName(QStringLiteral("marginSpinBox"));
    m_margin->setRange(0.5, 50);
    m_margin->setValue(10);
    m_margin->setSuffix(tr(" points"));
    form->addRow(tr("Margin of error"), m_margin);
    explain(tr("± how far the measured value may be from the truth, in percentage or score points."));
    m_proportion = new QDoubleSpinBox(this);
    m_proportion->setRange(1, 99);
    m_proportion->setValue(50);
    m_proportion->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Expected pass rate"), m_proportion);
    explain(tr("50 % when unknown: it gives the safest (largest) number."));
    m_sigma = new QDoubleSpinBox(this);
    m_sigma->setRange(0.1, 100);
    m_sigma->setSuffix(tr(" points"));
    m_sigma->setValue(10); // until the workspace's own spread is read
    form->addRow(tr("Score spread (σ)"), m_sigma);
    explain(tr("Standard deviation of scores; filled in from this workspace's last three months."));

    m_chartView = new ChartView(this);
    m_chartView->setAccessibleName(tr("Contacts to evaluate for each margin of error"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(480, 360);
    m_ui->sampleSizeChartLayout->addWidget(m_chartView);

    for (auto* box : { m_method, m_confidence })
        connect(box, &QComboBox::currentIndexChanged, this, &PlanningPage::updateSampleSize);
    connect(m_population, &QSpinBox::valueChanged, this, &PlanningPage::updateSampleSize);
    for (auto* spin : { m_margin, m_proportion, m_sigma })
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PlanningPage::updateSampleSize);
}

void PlanningPage::updateSampleSize()
{
    const QString method = m_method->currentData().toString();
    const double z = zForConfidence(m_confidence->currentData().toDouble());
    const int population = m_population->value();
    m_proportion->setEnabled(method == QLatin1String("cochran"));
    m_sigma->setEnabled(method == QLatin1String("mean"));
    const auto compute = [&](double margin, QString* error) {
        if (method == QLatin1String("mean"))
            return SampleSize::mean(population, z, m_sigma->value(), margin, error);
        if (method == QLatin1String("yamane"))
            return SampleSize::yamane(population, margin / 100.0, error);
        return SampleSize::proportion(population, z, margin / 100.0, m_proportion->value() / 100.0, error);
    };
    QString error;
    m_sampleSize = compute(m_margin->value(), &error);
    if (!m_sampleSize) {
        m_ui->sampleSizeResultLabel->setText(QStringLiteral("—"));
        m_ui->sampleSizeExplanationLabel->setText(error);
    } else {
        m_ui->sampleSizeResultLabel->setText(tr("Evaluate %1 contacts").arg(m_sampleSize->n));
        m_ui->sampleSizeExplanationLabel->setText(
            tr("With %1 evaluations the result is within ±%2 points of the truth %3 times out of 100 (n0 = %4 before the "
               "population correction).")
                .arg(m_sampleSize->n)
                .arg(number(m_margin->value()))
                .arg(m_confidence->currentData().toDouble() * 100, 0, 'f', 0)
                .arg(number(m_sampleSize->n0)));
    }

    auto* chart = new QChart();
    chart->setTitle(tr("Contacts to evaluate for each margin of error"));
    auto* line = new QLineSeries();
    line->setName(tr("contacts needed"));
    double highest = 1;
    for (double margin = 2; margin <= 20.001; margin += 0.5) {
        QString ignored;
        if (const auto point = compute(margin, &ignored)) {
            line->append(margin, point->n);
            highest = std::max(highest, double(point->n));
        }
    }
    chart->addSeries(line);
    auto* current = new QScatterSeries();
    current->setName(tr("your choice"));
    if (m_sampleSize)
        current->append(m_margin->value(), m_sampleSize->n);
    chart->addSeries(current);
    auto* x = new QValueAxis();
    x->setRange(0, 20);
    x->setTickCount(5);
    x->setTitleText(tr("margin of error (± points)"));
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = new QValueAxis();
    y->setRange(0, highest * 1.1);
    y->applyNiceNumbers();
    y->setTitleText(tr("contacts"));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* series : std::initializer_list<QAbstractSeries*> { line, current }) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QColor> colours = theme::seriesColours(palette());
    line->setColor(colours.at(0));
    current->setColor(colours.at(1));
    current->setBorderColor(colours.at(1));
    theme::styleChart(chart);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void PlanningPage::buildHeadcountTab()
{
    const auto& fields = headcountFields();
    const QStringList terms { tr("Evaluations"), tr("Review hours"), tr("Scoring hours"), tr("Feedback hours"),
                              tr("Coaching hours"), tr("Calibration hours"), tr("Live monitoring hours"),
                              tr("Productive hours per FTE"), tr("Workload hours"), tr("QA FTE needed"),
                              tr("Agents per QA") };
    QTableWidget* table = m_ui->headcountTableWidget;
    table->setColumnCount(4);
    table->setRowCount(int(fields.size() + terms.size()));
    table->setHorizontalHeaderLabels({ tr("Input or term"), tr("Scenario A"), tr("Scenario B (what if)"), tr("What it means") });
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(25); // every input and result fits without scrolling
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < fields.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(tr(fields.at(row).label)));
        table->setItem(row, 3, new QTableWidgetItem(tr(fields.at(row).explanation)));
        for (int scenario = 0; scenario < 2; ++scenario) {
            auto* spin = new QDoubleSpinBox(table);
            spin->setRange(0, fields.at(row).maximum);
            spin->setDecimals(fields.at(row).decimals);
            spin->setValue(fields.at(row).defaultValue);
            // "Contacts a month, Scenario A": the row and the column a sighted user reads it by.
            spin->setAccessibleName(QStringLiteral("%1, %2").arg(tr(fields.at(row).label),
                                                                 table->horizontalHeaderItem(1 + scenario)->text()));
            spin->setObjectName(QStringLiteral("headcount%1Input%2").arg(scenario ? QStringLiteral("B") : QStringLiteral("A")).arg(row));
            table->setCellWidget(row, 1 + scenario, spin);
            m_headcountInputs[scenario] << spin;
            connect(spin, &QDoubleSpinBox::valueChanged, this, &PlanningPage::updateHeadcount);
        }
    }
    for (int t = 0; t < terms.size(); ++t) {
        auto* label = new QTableWidgetItem(terms.at(t));
        QFont font = label->font();
        font.setBold(t >= terms.size() - 3);
        label->setFont(font);
        table->setItem(int(fields.size()) + t, 0, label);
    }
    table->resizeColumnsToContents();
    connect(m_ui->copyScenarioButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_headcountInputs[0].size(); ++i)
            m_headcountInputs[1].at(i)->setValue(m_headcountInputs[0].at(i)->value());
    });
}

void PlanningPage::updateHeadcount()
{
    const auto& fields = headcountFields();
    QTableWidget* table = m_ui->headcountTableWidget;
    for (int scenario = 0; scenario < 2; ++scenario) {
        HeadcountInputs inputs;
        for (int i = 0; i < fields.size(); ++i)
            fields.at(i).set(inputs, m_headcountInputs[scenario].at(i)->value());
        QString error;
        m_headcount[scenario] = Headcount::compute(inputs, &error);
        const auto& r = m_headcount[scenario];
        const QStringList values = r ? QStringList { number(r->evaluations, 0),        number(r->reviewHours),
                                                     number(r->scoringHours),          number(r->feedbackHours),
                                                     number(r->coachingHours),         number(r->calibrationHours),
                                                     number(r->liveMonitoringHours),   number(r->productiveHoursPerFte),
                                                     number(r->workloadHours),         number(r->fte, 2),
                                                     number(r->agentsPerQa) }
                                     : QStringList { error };
        for (int t = 0; t < 11; ++t) {
            auto* cell = new QTableWidgetItem(values.value(t));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (t >= 8) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
            table->setItem(int(fields.size()) + t, 1 + scenario, cell);
        }
    }
}

void PlanningPage::buildSamplingTab()
{
    QFormLayout* form = m_ui->samplingFormLayout;
    m_month = new QDateEdit(m_database.time().today(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    form->addRow(tr("Month"), m_month);
    m_rule = new QComboBox(this);
    m_rule->addItem(tr("Fixed number per agent"), QStringLiteral("fixed"));
    m_rule->addItem(tr("Statistical, per agent"), QStringLiteral("statistical"));
    form->addRow(tr("How many"), m_rule);
    m_perAgent = new QSpinBox(this);
    m_perAgent->setRange(1, 500);
    m_perAgent->setValue(8);
    form->addRow(tr("Contacts per agent"), m_perAgent);
    m_sampleMargin = new QDoubleSpinBox(this);
    m_sampleMargin->setRange(1, 50);
    m_sampleMargin->setValue(15);
    m_sampleMargin->setSuffix(tr(" points"));
    form->addRow(tr("Margin (statistical)"), m_sampleMargin);
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("Calls and chats"), QString());
    m_channel->addItem(tr("Calls only"), QStringLiteral("call"));
    m_channel->addItem(tr("Chats only"), QStringLiteral("chat"));
    form->addRow(tr("Channel"), m_channel);
    m_minDuration = new QSpinBox(this);
    m_minDuration->setRange(0, 36000);
    m_minDuration->setSuffix(tr(" s"));
    m_minDuration->setValue(60);
    form->addRow(tr("Shortest contact"), m_minDuration);
    m_maxDuration = new QSpinBox(this);
    m_maxDuration->setRange(0, 36000);
    m_maxDuration->setSuffix(tr(" s"));
    m_maxDuration->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Longest contact"), m_maxDuration);
    m_includeEvaluated = new QCheckBox(tr("Also contacts already evaluated"), this);
    form->addRow(QString(), m_includeEvaluated);
    m_lowCsatWeight = new QDoubleSpinBox(this);
    m_lowCsatWeight->setRange(1, 20);
    m_lowCsatWeight->setValue(2);
    m_lowCsatWeight->setPrefix(QStringLiteral("× "));
    form->addRow(tr("Over-sample low CSAT"), m_lowCsatWeight);
    m_repeatWeight = new QDoubleSpinBox(this);
    m_repeatWeight->setRange(1, 20);
    m_repeatWeight->setValue(1);
    m_repeatWeight->setPrefix(QStringLiteral("× "));
    form->addRow(tr("Over-sample repeat contacts"), m_repeatWeight);
    // A share of each agent's sample kept for the contacts worth a human ear (long dead air, slow replies).
    auto* reserve = new QWidget(this);
    auto* reserveLayout = new QHBoxLayout(reserve);
    reserveLayout->setContentsMargins(0, 0, 0, 0);
    m_reserveShare = new QSpinBox(reserve);
    m_reserveShare->setObjectName(QStringLiteral("reserveShareSpinBox"));
    m_reserveShare->setRange(0, 100);
    m_reserveShare->setValue(0);
    m_reserveShare->setSuffix(tr(" %"));
    m_reserveShare->setAccessibleName(tr("Reserved share"));
    m_reserveFilter = new MetricsFilterWidget(reserve);
    m_reserveFilter->setObjectName(QStringLiteral("reserveFilterWidget"));
    m_reserveFilter->setNoneText(tr("No reserve"));
    reserveLayout->addWidget(m_reserveShare);
    reserveLayout->addWidget(m_reserveFilter, 1);
    form->addRow(tr("Reserve for"), reserve);
    const auto syncReserve = [this] {
        const bool filtered = !m_reserveFilter->filter().isEmpty();
        m_reserveShare->setEnabled(filtered);
        if (filtered && m_reserveShare->value() == 0)
            m_reserveShare->setValue(20);
    };
    connect(m_reserveFilter, &MetricsFilterWidget::filterChanged, this, syncReserve);
    syncReserve();
    m_seed = new QSpinBox(this);
    m_seed->setRange(1, 999999);
    m_seed->setValue(m_database.time().today().dayOfYear() * 1000 + m_database.time().today().year() % 1000);
    form->addRow(tr("Seed"), m_seed);
    m_ui->savePlanButton->setEnabled(false);
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        const bool fixed = m_rule->currentData().toString() == QLatin1String("fixed");
        m_perAgent->setEnabled(fixed);
        m_sampleMargin->setEnabled(!fixed);
    });
    m_sampleMargin->setEnabled(false);
    connect(m_ui->drawButton, &QPushButton::clicked, this, &PlanningPage::drawSample);
    connect(m_ui->savePlanButton, &QPushButton::clicked, this, &PlanningPage::savePlan);
    for (QTableWidget* table : { m_ui->sampleTableWidget, m_ui->plansTableWidget }) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setStretchLastSection(true);
    }
}

bool PlanningPage::drawSample()
{
    SamplingRule rule;
    rule.size = m_rule->currentData().toString() == QLatin1String("fixed") ? SamplingRule::Size::Fixed
                                                                            : SamplingRule::Size::Statistical;
    rule.perAgent = m_perAgent->value();
    rule.margin = m_sampleMargin->value() / 100.0;
    if (!m_channel->currentData().toString().isEmpty())
        rule.channel = fromCode<Channel>(m_channel->currentData().toString());
    rule.minDurationSeconds = m_minDuration->value();
    rule.maxDurationSeconds = m_maxDuration->value();
    rule.includeEvaluated = m_includeEvaluated->isChecked();
    rule.lowCsatWeight = m_lowCsatWeight->value();
    rule.repeatWeight = m_repeatWeight->value();
    rule.reserveFilter = m_reserveFilter->filter();
    rule.reserveShare = rule.reserveFilter.isEmpty() ? 0.0 : m_reserveShare->value() / 100.0;
    const QDate first(m_month->date().year(), m_month->date().month(), 1);
    QString error;
    try {
        m_plan = Sampler::draw(m_database, first, first.addMonths(1).addDays(-1), rule, quint64(m_seed->value()), &error);
    } catch (const StorageError& e) {
        error = e.message();
        m_plan.reset();
    }
    // A disabled Save says why on hover, as the status line does: an empty sample never looks saveable, and a role
    // that may not save plans is told so.
    const Decision maySave = AccessRules::check(m_actor, Action::SavePlan);
    m_ui->savePlanButton->setEnabled(m_plan.has_value() && maySave);
    m_ui->savePlanButton->setToolTip(!maySave ? maySave.reason : m_plan ? QString() : error);
    if (!m_plan) {
        m_ui->sampleTableWidget->setRowCount(0);
        m_ui->samplingStatusLabel->setText(error);
        return false;
    }
    showPlan();
    return true;
}

void PlanningPage::showPlan()
{
    int shortAgents = 0;
    QTableWidget* table = m_ui->sampleTableWidget;
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels(
        { tr("Agent"), tr("Eligible"), tr("Target"), tr("Drawn"), tr("Through the reserve"), tr("Note") });
    table->setRowCount(int(m_plan->agents.size()));
    for (int row = 0; row < m_plan->agents.size(); ++row) {
        const AgentSample& agent = m_plan->agents.at(row);
        shortAgents += agent.short_;
        const QStringList cells { agent.agent, QString::number(agent.eligible), QString::number(agent.target),
                                  QString::number(agent.drawn), QString::number(agent.reserved),
                                  agent.short_ ? tr("fewer contacts than the target: all drawn") : QString() };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    m_ui->samplingStatusLabel->setText(tr("%1 contacts for %2 agents over %3 weeks; %4 agent(s) have fewer contacts than "
                                          "the target. Seed %5 redraws exactly this sample.")
                                           .arg(m_plan->assignments.size())
                                           .arg(m_plan->agents.size())
                                           .arg(m_plan->weeks)
                                           .arg(shortAgents)
                                           .arg(m_plan->plan.seed)
                                       + (m_plan->rule.reserveShare > 0
                                              ? QLatin1Char(' ')
                                                  + tr("%n contact(s) were chosen through the reserve (%1), the rest at "
                                                       "random.",
                                                       nullptr, reservedCount(*m_plan))
                                                        .arg(m_plan->rule.reserveFilter.describe())
                                              : QString()));
}

bool PlanningPage::savePlan()
{
    if (!m_plan)
        return false;
    if (const auto failure = failureOf([this] { Sampler::save(m_database, *m_plan, m_actor); })) {
        m_ui->samplingStatusLabel->setText(*failure);
        return false;
    }
    m_ui->samplingStatusLabel->setText(tr("Saved \"%1\": its %2 assignments are in the evaluators' queues.")
                                           .arg(m_plan->plan.name)
                                           .arg(m_plan->assignments.size()));
    m_plan.reset();
    m_ui->savePlanButton->setEnabled(false);
    refresh();
    return true;
}

void PlanningPage::buildStandardsTab()
{
    m_replyLimit = new QSpinBox(this);
    m_replyLimit->setObjectName(QStringLiteral("replyLimitSpinBox"));
    m_replyLimit->setRange(ConversationMetrics::s_minReplyLimitSeconds, ConversationMetrics::s_maxReplyLimitSeconds);
    m_replyLimit->setSuffix(tr(" s"));
    m_ui->standardsFormLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // a number, not a text line
    m_ui->standardsFormLayout->addRow(tr("Reply limit for chats"), m_replyLimit);
    // Only managers and administrators set the centre's standards; the others see it, and why they cannot change it.
    // Nobody changes it before it is read.
    m_replyLimit->setEnabled(false);
    m_ui->applyReplyLimitButton->setEnabled(false);
    m_ui->applyReplyLimitButton->setToolTip(AccessRules::check(m_actor, Action::SetReplyLimit).reason);
    connect(m_ui->applyReplyLimitButton, &QPushButton::clicked, this, &PlanningPage::applyReplyLimit);
}

bool PlanningPage::applyReplyLimit()
{
    QString error;
    bool applied = false;
    if (const auto failure = failureOf(
            [this, &error, &applied] {
                applied = ConversationMetrics::setReplyLimit(m_database, m_actor, m_replyLimit->value(), &error);
            })) {
        error = *failure;
    }
    m_ui->standardsStatusLabel->setText(
        applied ? tr("The reply limit is now %n second(s); every chat was measured again.", nullptr, m_replyLimit->value())
                : error);
    return applied;
}

void PlanningPage::refresh()
{
    struct Read {
        QList<PlanProgress> plans;
        std::optional<double> sigma; // the last three months' score spread, when there is one
        qint64 replyLimitMs = 0;
    };
    const bool standards = !m_standardsRead;
    m_reader->read<Read>(
        [standards](const Database& db) {
            Read r { Sampler::progress(db), std::nullopt, 0 };
            if (standards) {
                r.replyLimitMs = ConversationMetrics::replyLimitMs(db);
                try {
                    r.sigma = Sampler::scoreStandardDeviation(db, db.time().today(), 3);
                } catch (const StorageError&) {
                    // An unreadable history leaves the usual 10 points; the field says where the value comes from.
                }
            }
            return r;
        },
        [this, standards](Read& r) {
            showPlans(r.plans);
            if (!standards || m_standardsRead)
                return;
            m_standardsRead = true;
            if (r.sigma)
                m_sigma->setValue(*r.sigma * 100.0);
            m_replyLimit->setValue(int(r.replyLimitMs / 1000));
            const bool mayChange = AccessRules::check(m_actor, Action::SetReplyLimit).allowed;
            m_replyLimit->setEnabled(mayChange);
            m_ui->applyReplyLimitButton->setEnabled(mayChange);
        },
        [this](const QString& error) {
            m_ui->samplingStatusLabel->setText(error);
            m_ui->standardsStatusLabel->setText(error);
        });
}

void PlanningPage::showPlans(const QList<PlanProgress>& plans)
{
    QTableWidget* table = m_ui->plansTableWidget;
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        { tr("Plan"), tr("Period"), tr("Done / planned"), tr("Progress"), tr("Through the reserve") });
    table->setRowCount(int(plans.size()));
    for (int row = 0; row < plans.size(); ++row) {
        const PlanProgress& p = plans.at(row);
        const QStringList cells { p.plan.name,
                                  QStringLiteral("%1 – %2").arg(p.plan.periodStart.toString(Qt::ISODate),
                                                                p.plan.periodEnd.toString(Qt::ISODate)),
                                  QStringLiteral("%1 / %2").arg(p.done).arg(p.planned),
                                  p.planned ? QStringLiteral("%1 %").arg(100 * p.done / p.planned) : QStringLiteral("—"),
                                  QString::number(p.reserved) };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
}

void PlanningPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace qadesk
