#include "OverviewPage.h"

#include "shell/ChartView.h"
#include "shell/PageReader.h"
#include "shell/Theme.h"
#include "ui_OverviewPage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QFrame>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace qadesk {
namespace {

QString percent(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value * 100.0, 'f', 1) : QStringLiteral("—");
}

} // namespace

OverviewPage::OverviewPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    theme::style(m_ui->titleLabel, theme::Text::Title);
    theme::style(m_ui->monthLabel, theme::Text::Subheading);
    m_ui->monthLabel->setContentsMargins(8, 0, 8, 0);
    for (auto* label : { m_ui->teamsLabel, m_ui->attentionLabel }) {
        theme::style(label, theme::Text::Heading);
        label->setContentsMargins(0, 8, 0, 0);
    }
    for (const char* name : { "doneTile", "averageTile", "criticalTile", "disputesTile", "followUpsTile" })
        addTile(QString::fromLatin1(name));

    m_chartView = new ChartView(this);
    m_chartView->setAccessibleName(tr("Average score by team"));
    m_chartView->setObjectName(QStringLiteral("teamsChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 320);
    m_ui->chartLayout->addWidget(m_chartView, 1);

    m_ui->attentionTableWidget->setColumnCount(6);
    m_ui->attentionTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->attentionTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->contentSplitter->setStretchFactor(0, 2);
    m_ui->contentSplitter->setStretchFactor(1, 3);
    m_ui->contentSplitter->setSizes({ 520, 780 });

    connect(m_ui->previousMonthButton, &QToolButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(m_ui->nextMonthButton, &QToolButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    connect(m_ui->attentionTableWidget, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_overview.attention.size())
            emit agentActivated(m_overview.attention.at(row).agentId);
    });
    showMonth(m_database.time().today());
}

OverviewPage::~OverviewPage() = default;

QLabel* OverviewPage::addTile(const QString& objectName)
{
    auto* tile = new QFrame(this);
    tile->setObjectName(objectName);
    tile->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    tile->setFrameShape(QFrame::StyledPanel);
    // The border is faint on light and dark palettes, and what outlines a tile in high contrast (base = window).
    tile->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid palette(midlight); border-radius: 6px; }")
            .arg(objectName));
    auto* layout = new QVBoxLayout(tile);
    auto* value = new QLabel(tile);
    value->setObjectName(objectName + QStringLiteral("ValueLabel"));
    theme::style(value, theme::Text::Figure);
    auto* caption = new QLabel(tile);
    caption->setWordWrap(true);
    theme::style(caption, theme::Colour::Muted);
    layout->addWidget(value);
    layout->addWidget(caption);
    m_ui->tilesLayout->addWidget(tile);
    m_tiles << std::pair { value, caption };
    return value;
}

void OverviewPage::showMonth(const QDate& day)
{
    m_month = QDate(day.year(), day.month(), 1);
    refresh();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

void OverviewPage::refresh()
{
    m_reader->read<Overview>([actor = m_actor, month = m_month](
                                 const Database& db) { return computeOverview(db, actor, month); },
                             [this](Overview& overview) {
                                 m_overview = std::move(overview);
                                 showOverview();
                             },
                             [this](const QString& error) { m_ui->titleLabel->setText(error); });
}

void OverviewPage::showOverview()
{
    const Overview& o = m_overview;
    //: Date format of the month shown on the overview (Qt date format): "November 2026", "2026년 11월".
    m_ui->monthLabel->setText(QLocale().toString(m_month, tr("MMMM yyyy")));
    m_ui->nextMonthButton->setEnabled(m_month < QDate(m_database.time().today().year(), m_database.time().today().month(), 1));

    const QString delta = o.average && o.previousAverage
        ? tr("%1%2 vs last month").arg(*o.average >= *o.previousAverage ? QStringLiteral("+") : QString(),
                                      QLocale().toString((*o.average - *o.previousAverage) * 100.0, 'f', 1))
        : tr("no evaluations last month");
    const QList<std::pair<QString, QString>> tiles {
        { o.evaluationsPlanned > 0 ? tr("%1 / %2").arg(o.evaluationsDone).arg(o.evaluationsPlanned)
                                   : QString::number(o.evaluationsDone),
          o.evaluationsPlanned > 0 ? tr("evaluations done / planned (%1 of the plan done)").arg(o.plannedDone)
                                   : tr("evaluations done (no sampling plan for this month)") },
        { percent(o.average), tr("average score · target %1 · %2").arg(percent(o.target), delta) },
        { QString::number(o.criticalFailures), tr("critical failures (auto-fail items)") },
        { QString::number(o.openDisputes), tr("open disputes waiting for review") },
        { QString::number(o.followUpsDue), tr("coaching follow-ups due this month") },
    };
    for (int i = 0; i < tiles.size(); ++i) {
        m_tiles.at(i).first->setText(tiles.at(i).first);
        m_tiles.at(i).second->setText(tiles.at(i).second);
    }

    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* current = new QBarSet(tr("This month"));
    auto* previous = new QBarSet(tr("Last month"));
    QStringList teams;
    for (const auto& team : o.teams) {
        // The axis elides long names: "카드상담 1팀 (Card Care 1)" is shown as "카드상담 1팀".
        teams << team.team.section(QStringLiteral(" ("), 0, 0);
        *current << (team.average ? *team.average * 100.0 : 0.0);
        *previous << (team.previousAverage ? *team.previousAverage * 100.0 : 0.0);
    }
    auto* bars = new QBarSeries();
    bars->append(previous);
    bars->append(current);
    // Each bar shows its value, and the team axis its names and grid lines, where there is room for them. With a
    // hundred teams the values would overlap into a smear and the names be cut to "…", and QtCharts lays each out as
    // a text document even when hidden: most of the page's fill on the 1 M workspace's 133 teams. The plot is the
    // view less its value axis and margins. A hidden team axis still places the bars and names them to a reader.
    const double teamPixels = (std::max(m_chartView->width(), m_chartView->minimumWidth()) - 100.0)
        / double(std::max<qsizetype>(1, o.teams.size()));
    bars->setLabelsVisible(teamPixels * bars->barWidth() / 2 >= QFontMetricsF(current->labelFont()).height());
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    bars->setLabelsAngle(-90);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(3);
    chart->addSeries(bars);
    auto* categories = new QBarCategoryAxis();
    categories->append(teams);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    categories->setVisible(teamPixels >= QFontMetricsF(small).horizontalAdvance(QStringLiteral("MMM")));
    auto* values = new QValueAxis();
    values->setRange(50, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    // The target as a line across the bars (on a hidden 0..1 axis spanning the category axis).
    auto* target = new QLineSeries();
    target->setName(tr("Target %1").arg(percent(o.target)));
    target->append(0, o.target * 100.0);
    target->append(1, o.target * 100.0);
    QPen pen(theme::colour(theme::Colour::Bad));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    target->setPen(pen);
    chart->addSeries(target);
    auto* span = new QValueAxis();
    span->setRange(0, 1);
    span->setVisible(false);
    chart->addAxis(span, Qt::AlignTop);
    target->attachAxis(span);
    target->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QColor> colours = theme::seriesColours(palette());
    for (auto [set, colour] : { std::pair { current, colours.at(0) }, std::pair { previous, colours.at(2) } }) {
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(theme::textOn(colour));
    }
    theme::styleChart(chart);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;

    m_ui->attentionTableWidget->setHorizontalHeaderLabels(
        { tr("Agent"), tr("Team"), tr("Evaluations"), tr("Average"), tr("Last month"), tr("Why") });
    m_ui->attentionTableWidget->setRowCount(int(o.attention.size()));
    for (int row = 0; row < o.attention.size(); ++row) {
        const AttentionItem& item = o.attention.at(row);
        // The margin says how far apart two agents must be before the difference means anything.
        const QString average = item.margin ? tr("%1 ± %2").arg(percent(item.average), percent(item.margin))
                                            : percent(item.average);
        const QStringList cells { item.agent, item.team, QString::number(item.evaluations), average,
                                  percent(item.previousAverage), item.explanation };
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            if (column >= 2 && column <= 4)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->attentionTableWidget->setItem(row, column, cell);
        }
    }
}

} // namespace qadesk
