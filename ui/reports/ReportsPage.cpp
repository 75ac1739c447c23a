#include "ReportsPage.h"

#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "people/AccessRules.h"
#include "shell/Dialogs.h"
#include "workspace/JobPool.h"
#include "shell/ChartView.h"
#include "shell/PageReader.h"
#include "shell/SortedTable.h"
#include "shell/Theme.h"
#include "storage/OrganizationRepository.h"
#include "ui_ReportsPage.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPromise>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qadesk {
namespace {

constexpr int s_previewDelayMs = 250;

enum PeriodMode { MonthMode, DatesMode };

} // namespace

ReportsPage::ReportsPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportsPage>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    theme::style(m_ui->titleLabel, theme::Text::Title);
    theme::style(m_ui->descriptionLabel, theme::Colour::Muted);
    theme::style(m_ui->statusLabel, theme::Colour::Muted);
    const QDate today = m_database.time().today();
    m_ui->monthDateEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->fromDateEdit->setDate(today.addDays(-6));
    m_ui->toDateEdit->setDate(today);
    fillReports();
    fillTeams();
    fillAgents();
    updatePeriodControls();
    m_ui->exportProgressBar->setVisible(false);
    m_ui->cancelExportButton->setVisible(false);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(s_previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ReportsPage::startPreview);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, &ReportsPage::previewFinished);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, &ReportsPage::exportFinished);
    connect(&m_exportWatcher, &QFutureWatcherBase::progressValueChanged, m_ui->exportProgressBar, &QProgressBar::setValue);

    connect(m_ui->reportComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->descriptionLabel->setText(ReportBuilder::kind(m_ui->reportComboBox->currentData().toString())
                                            .value_or(ReportKind {})
                                            .description);
        schedulePreview();
    });
    connect(m_ui->periodComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodControls();
        schedulePreview();
    });
    for (auto* edit : { m_ui->monthDateEdit, m_ui->fromDateEdit, m_ui->toDateEdit })
        connect(edit, &QDateEdit::dateChanged, this, &ReportsPage::schedulePreview);
    connect(m_ui->basisComboBox, &QComboBox::currentIndexChanged, this, &ReportsPage::schedulePreview);
    connect(m_ui->teamComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillAgents();
        schedulePreview();
    });
    connect(m_ui->agentComboBox, &QComboBox::currentIndexChanged, this, &ReportsPage::schedulePreview);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReportsPage::startPreview);
    connect(m_ui->csvButton, &QPushButton::clicked, this, [this] { exportReport(ReportFormat::Csv); });
    connect(m_ui->xlsxButton, &QPushButton::clicked, this, [this] { exportReport(ReportFormat::Xlsx); });
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] { exportReport(ReportFormat::Pdf); });
    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    m_ui->descriptionLabel->setText(ReportBuilder::kinds().value(0).description);
    refresh();
}

ReportsPage::~ReportsPage()
{
    // The workers hold the workspace and this page's watchers: stop them before either goes.
    m_previewWatcher.cancel();
    m_exportWatcher.cancel();
    m_previewWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

void ReportsPage::fillReports()
{
    const QString current = m_ui->reportComboBox->currentData().toString();
    const QSignalBlocker blocker(m_ui->reportComboBox);
    m_ui->reportComboBox->clear();
    for (const auto& kind : ReportBuilder::kinds())
        m_ui->reportComboBox->addItem(kind.title, kind.id);
    m_ui->reportComboBox->setCurrentIndex(std::max(0, m_ui->reportComboBox->findData(current)));
    const QSignalBlocker periodBlocker(m_ui->periodComboBox);
    const int mode = std::max(0, m_ui->periodComboBox->currentIndex());
    m_ui->periodComboBox->clear();
    m_ui->periodComboBox->addItem(tr("Month"));
    m_ui->periodComboBox->addItem(tr("From – to"));
    m_ui->periodComboBox->setCurrentIndex(mode);
    const QSignalBlocker basisBlocker(m_ui->basisComboBox);
    const int basis = std::max(0, m_ui->basisComboBox->currentIndex());
    m_ui->basisComboBox->clear();
    m_ui->basisComboBox->addItem(tr("Evaluation date"), int(PeriodBasis::Evaluation));
    m_ui->basisComboBox->addItem(tr("Contact date"), int(PeriodBasis::Contact));
    m_ui->basisComboBox->setCurrentIndex(basis);
}

void ReportsPage::fillTeams()
{
    const qint64 current = m_ui->teamComboBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->teamComboBox);
    m_ui->teamComboBox->clear();
    m_ui->teamComboBox->addItem(tr("All teams"), qint64(0));
    for (const Team& team : std::as_const(m_teams))
        m_ui->teamComboBox->addItem(team.name, team.id);
    m_ui->teamComboBox->setCurrentIndex(std::max(0, m_ui->teamComboBox->findData(current)));
}

void ReportsPage::fillAgents()
{
    const qint64 current = m_ui->agentComboBox->currentData().toLongLong();
    const qint64 team = m_ui->teamComboBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->agentComboBox);
    m_ui->agentComboBox->clear();
    m_ui->agentComboBox->addItem(tr("All agents"), qint64(0));
    for (const Agent& agent : std::as_const(m_agents)) {
        if (!team || agent.teamId == team)
            m_ui->agentComboBox->addItem(QStringLiteral("%1 (%2)").arg(agent.name, agent.employeeId), agent.id);
    }
    m_ui->agentComboBox->setCurrentIndex(std::max(0, m_ui->agentComboBox->findData(current)));
}

void ReportsPage::updatePeriodControls()
{
    const bool month = m_ui->periodComboBox->currentIndex() == MonthMode;
    m_ui->monthDateEdit->setVisible(month);
    m_ui->fromDateEdit->setVisible(!month);
    m_ui->toDateEdit->setVisible(!month);
}

ReportRequest ReportsPage::request() const
{
    ReportRequest request;
    request.report = m_ui->reportComboBox->currentData().toString();
    if (m_ui->periodComboBox->currentIndex() == MonthMode) {
        const QDate day = m_ui->monthDateEdit->date();
        request.from = QDate(day.year(), day.month(), 1);
        request.to = request.from.addMonths(1).addDays(-1);
    } else {
        request.from = m_ui->fromDateEdit->date();
        request.to = m_ui->toDateEdit->date();
    }
    request.scope.teamId = m_ui->teamComboBox->currentData().toLongLong();
    request.scope.agentId = m_ui->agentComboBox->currentData().toLongLong();
    request.basis = PeriodBasis(m_ui->basisComboBox->currentData().toInt());
    return request;
}

void ReportsPage::setReport(const QString& id)
{
    m_ui->reportComboBox->setCurrentIndex(m_ui->reportComboBox->findData(id));
}

void ReportsPage::refresh()
{
    schedulePreview();
    struct Read {
        QList<Team> teams;
        QList<Agent> agents;
    };
    m_reader->read<Read>(
        [actor = m_actor](const Database& db) {
            Read r;
            for (const Team& team : TeamRepository(db).all()) {
                if (AccessRules::canSeeTeam(actor, team.id))
                    r.teams << team;
            }
            for (const Agent& agent : AgentRepository(db).all()) {
                if (AccessRules::canSeeAgent(actor, agent.id, agent.teamId))
                    r.agents << agent;
            }
            return r;
        },
        [this](Read& r) {
            const ScoreScope before = request().scope;
            m_teams = std::move(r.teams);
            m_agents = std::move(r.agents);
            fillTeams();
            fillAgents();
            const ScoreScope after = request().scope;
            if (after.teamId != before.teamId || after.agentId != before.agentId)
                schedulePreview(); // the chosen team or agent is gone
        },
        [this](const QString& error) { m_ui->statusLabel->setText(error); });
}

bool ReportsPage::isPreviewing() const
{
    return m_reader->isReading() || m_previewWatcher.isRunning() || m_previewTimer.isActive();
}

void ReportsPage::setMonth(const QDate& day)
{
    m_ui->periodComboBox->setCurrentIndex(MonthMode);
    m_ui->monthDateEdit->setDate(QDate(day.year(), day.month(), 1));
}

void ReportsPage::setDates(const QDate& from, const QDate& to)
{
    m_ui->periodComboBox->setCurrentIndex(DatesMode);
    m_ui->fromDateEdit->setDate(from);
    m_ui->toDateEdit->setDate(to);
}

void ReportsPage::setBasis(PeriodBasis basis)
{
    m_ui->basisComboBox->setCurrentIndex(std::max(0, m_ui->basisComboBox->findData(int(basis))));
}

void ReportsPage::setTeam(qint64 teamId)
{
    m_ui->teamComboBox->setCurrentIndex(std::max(0, m_ui->teamComboBox->findData(teamId)));
}

void ReportsPage::setAgent(qint64 agentId)
{
    m_ui->agentComboBox->setCurrentIndex(std::max(0, m_ui->agentComboBox->findData(agentId)));
}

void ReportsPage::schedulePreview()
{
    m_report.reset();
    m_ui->statusLabel->setText(tr("Computing the report…"));
    updateActions();
    m_previewTimer.start();
}

void ReportsPage::startPreview()
{
    m_previewTimer.stop();
    if (m_previewWatcher.isRunning()) {
        // The running preview is for older choices: stop it and start again when it has gone.
        m_previewAgain = true;
        m_previewWatcher.cancel();
        return;
    }
    m_report.reset();
    updateActions();
    const Database& database = m_database;
    const ReportRequest request = this->request();
    m_previewWatcher.setFuture(QtConcurrent::run(jobPool(), [&database, actor = m_actor, request](QPromise<PreviewOutcome>& promise) {
        PreviewOutcome outcome;
        const auto connection = database.openSibling(&outcome.error);
        if (connection)
            outcome.report = ReportBuilder::build(*connection, actor, request, [&promise](double) { return !promise.isCanceled(); },
                                                  &outcome.error);
        promise.addResult(outcome);
    }));
}

void ReportsPage::previewFinished()
{
    if (m_previewAgain) {
        m_previewAgain = false;
        startPreview();
        return;
    }
    const PreviewOutcome outcome = m_previewWatcher.future().resultCount() ? m_previewWatcher.result() : PreviewOutcome {};
    m_report = outcome.report;
    if (m_report)
        m_ui->statusLabel->setText(tr("%1 · %2 · %3").arg(m_report->title, m_report->periodText, m_report->scopeText));
    else
        m_ui->statusLabel->setText(outcome.error);
    showTables();
    updateActions();
    emit previewed();
}

void ReportsPage::showTables()
{
    QTabWidget* tabs = m_ui->tablesTabWidget;
    while (tabs->count() > 0) {
        QWidget* page = tabs->widget(0);
        tabs->removeTab(0);
        delete page;
    }
    if (!m_report)
        return;
    for (const ReportTable& table : m_report->tables) {
        auto* page = new QWidget;
        page->setObjectName(table.key + QStringLiteral("Tab"));
        auto* layout = new QVBoxLayout(page);
        if (table.chart) {
            auto* chartView = new ChartView(ReportCharts::create(*table.chart, font(), palette()), page);
            chartView->setAccessibleName(table.chart->title);
            chartView->setObjectName(table.key + QStringLiteral("ChartView"));
            chartView->setRenderHint(QPainter::Antialiasing);
            chartView->setMinimumHeight(ReportCharts::preferredHeight(*table.chart, font()));
            layout->addWidget(chartView, 2);
        }
        auto* view = new QTableView(page);
        view->setObjectName(table.key + QStringLiteral("TableView"));
        view->setAccessibleName(table.title);
        showSorted(view, new ReportTableModel(table, view), ReportTableModel::RawValueRole); // the report's order first
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        measureColumnsOnSample(view); // a team report lists 2,000 agents
        view->horizontalHeader()->setStretchLastSection(true);
        layout->addWidget(view, 3);
        if (!table.note.isEmpty()) {
            auto* note = new QLabel(table.note, page);
            note->setWordWrap(true);
            theme::style(note, theme::Colour::Muted);
            layout->addWidget(note);
        }
        tabs->addTab(page, tr("%1 (%2)").arg(table.title).arg(table.rows.size()));
    }
}

bool ReportsPage::exportReport(ReportFormat format)
{
    if (!m_report || m_exporting)
        return false;
    QString name = QStringLiteral("%1-%2").arg(m_report->id, m_report->from.toString(QStringLiteral("yyyy-MM")));
    if (m_report->periodText.contains(QLatin1Char(' ')))
        name = QStringLiteral("%1-%2_%3").arg(m_report->id, m_report->from.toString(Qt::ISODate), m_report->to.toString(Qt::ISODate));
    const QString folder = m_database.folder().isEmpty() ? QDir::homePath() : m_database.folder();
    QString path = Dialogs::saveFileName(this, tr("Export report"),
                                         QDir(folder).filePath(name + QLatin1Char('.') + ReportExporter::code(format)),
                                         ReportExporter::fileFilter(format));
    if (path.isEmpty())
        return false;
    if (ReportExporter::formatOfFile(path) != format)
        path += QLatin1Char('.') + ReportExporter::code(format);

    const ReportExporter exporter(*m_report, format); // here, in the GUI thread: a PDF's charts are drawn now
    m_ui->exportProgressBar->setValue(0);
    m_ui->statusLabel->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_exporting = true;
    m_exportWatcher.setFuture(QtConcurrent::run(jobPool(), [exporter, path](QPromise<ExportOutcome>& promise) {
        promise.setProgressRange(0, 1000);
        ExportOutcome outcome;
        outcome.files = exporter.write(path, [&promise](double fraction) {
            promise.setProgressValue(int(fraction * 1000));
            return !promise.isCanceled();
        }, &outcome.error);
        promise.addResult(outcome);
    }));
    updateActions();
    return true;
}

void ReportsPage::cancelExport()
{
    m_exportWatcher.cancel();
}

void ReportsPage::exportFinished()
{
    // A cancel may stop the worker before it reports: then there is no result, and nothing was written.
    m_exporting = false;
    const ExportOutcome outcome = m_exportWatcher.future().resultCount()
        ? m_exportWatcher.result()
        : ExportOutcome { std::nullopt, tr("The export was cancelled; no file was written.") };
    QString message;
    if (outcome.files) {
        QStringList names;
        for (const QString& file : *outcome.files)
            names << QFileInfo(file).fileName();
        message = tr("Saved %1 in %2.")
                      .arg(names.join(QStringLiteral(", ")),
                           QDir::toNativeSeparators(QFileInfo(outcome.files->value(0)).absolutePath()));
    } else {
        message = outcome.error;
        if (!m_exportWatcher.isCanceled())
            Dialogs::warning(this, tr("Export failed"), message);
    }
    m_ui->statusLabel->setText(message);
    updateActions();
    emit exported(outcome.files.has_value(), message);
}

void ReportsPage::updateActions()
{
    const bool exporting = m_exporting;
    for (auto* button : { m_ui->csvButton, m_ui->xlsxButton, m_ui->pdfButton })
        button->setEnabled(m_report.has_value() && !exporting);
    m_ui->exportProgressBar->setVisible(exporting);
    m_ui->cancelExportButton->setVisible(exporting);
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillReports();
        fillTeams();
        fillAgents();
        schedulePreview(); // the report's own titles and columns are translated when it is computed
    }
    QWidget::changeEvent(event);
}

} // namespace qadesk
