#include "ImportWizard.h"

#include "shell/AppSettings.h"
#include "shell/Dialogs.h"
#include "workspace/JobPool.h"
#include "shell/Theme.h"
#include "storage/Database.h"
#include "storage/RecordingRoots.h"
#include "storage/StorageError.h"
#include "ui_ImportWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPromise>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace qadesk {
namespace {

// The pages' ids: uic adds them in the form's order.
enum Page { FilesPage, CheckPage, ImportPage };

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text); // long messages are cut in the cell
    return item;
}

void fillTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->verticalHeader()->hide(); // row numbers would read as the file's line numbers
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, cell(rows.at(r).at(c)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

ImportWizard::ImportWizard(const Database& database, const Actor& actor, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ImportWizard>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnLastPage);

    m_ui->encodingComboBox->addItem(tr("Detect"));
    for (const auto encoding : { TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Cp949 })
        m_ui->encodingComboBox->addItem(TextDecoding::name(encoding) + (encoding == TextEncoding::Cp949 ? QStringLiteral(" / EUC-KR") : QString()),
                                        int(encoding));
    for (const QString& zone : { m_database.time().zoneId(), QStringLiteral("Asia/Seoul"), QStringLiteral("UTC") }) {
        if (m_ui->timeZoneComboBox->findText(zone) < 0)
            m_ui->timeZoneComboBox->addItem(zone);
    }
    m_ui->agentChannelComboBox->addItem(tr("Left channel"), 0);
    m_ui->agentChannelComboBox->addItem(tr("Right channel"), 1);
    if (m_database.dialect() == SqlDialect::PostgreSQL)
        addRecordingRootChoice();

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Contacts manifest"), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setManifest(path);
    });
    connect(m_ui->cancelCheckButton, &QPushButton::clicked, this, [this] { m_checkWatcher.cancel(); });
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] { m_importWatcher.cancel(); });
    connect(m_ui->createAgentsAgainCheckBox, &QCheckBox::toggled, this, [this](bool create) {
        m_ui->createAgentsCheckBox->setChecked(create);
        startCheck();
    });
    connect(m_ui->goodRowsRadioButton, &QRadioButton::toggled, this, [this] { showPlan(); });

    for (auto* watcher : { static_cast<QFutureWatcherBase*>(&m_checkWatcher), static_cast<QFutureWatcherBase*>(&m_importWatcher) }) {
        auto* bar = watcher == &m_checkWatcher ? m_ui->checkProgressBar : m_ui->importProgressBar;
        connect(watcher, &QFutureWatcherBase::progressValueChanged, bar, &QProgressBar::setValue);
        connect(watcher, &QFutureWatcherBase::progressTextChanged, bar, [bar](const QString& text) {
            bar->setFormat(text + QStringLiteral(" — %p%"));
        });
    }
    connect(&m_checkWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_ui->cancelCheckButton->setEnabled(false);
        if (m_checkWatcher.isCanceled() || m_checkWatcher.future().resultCount() == 0) {
            m_plan = ImportPlan { };
            m_plan.cancelled = true;
        } else {
            m_plan = m_checkWatcher.result();
        }
        showPlan();
    });
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_ui->cancelImportButton->setEnabled(false);
        button(QWizard::CancelButton)->setEnabled(true);
        const bool cancelled = m_importWatcher.isCanceled() || m_importWatcher.future().resultCount() == 0;
        const ImportOutcome outcome = cancelled ? ImportOutcome { std::nullopt, tr("The import was cancelled; nothing was imported.") }
                                                : m_importWatcher.result();
        m_summary = outcome.summary;
        if (m_summary) {
            m_ui->importProgressBar->setValue(1000);
            m_ui->importResultLabel->setText(
                tr("Imported %n contact(s).", nullptr, m_summary->contactsAdded)
                + (m_summary->agentsCreated > 0 ? QLatin1Char(' ') + tr("Created %n agent(s).", nullptr, m_summary->agentsCreated) : QString())
                + (m_summary->teamsCreated > 0 ? QLatin1Char(' ') + tr("Created %n team(s).", nullptr, m_summary->teamsCreated) : QString())
                + (m_summary->rowsSkipped > 0 ? QLatin1Char(' ') + tr("Left out %n row(s) with problems.", nullptr, m_summary->rowsSkipped) : QString()));
        } else {
            m_ui->importResultLabel->setText(outcome.error);
        }
        if (m_summary)
            theme::style(m_ui->importResultLabel, theme::Text::Body);
        else
            theme::style(m_ui->importResultLabel, theme::Colour::Bad);
        m_ui->importPage->setDone(true);
    });
}

ImportWizard::~ImportWizard()
{
    // A worker still running holds a connection to the workspace file: stop it and wait before going away.
    m_checkWatcher.cancel();
    m_importWatcher.cancel();
    m_checkWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void ImportWizard::setManifest(const QString& path)
{
    m_ui->manifestLineEdit->setText(QDir::toNativeSeparators(path));
}

ContactImportOptions ImportWizard::options() const
{
    ContactImportOptions options;
    if (m_ui->encodingComboBox->currentIndex() > 0)
        options.encoding = TextEncoding(m_ui->encodingComboBox->currentData().toInt());
    const QTimeZone zone(m_ui->timeZoneComboBox->currentText().trimmed().toUtf8());
    options.timeZone = zone.isValid() ? zone : m_database.time().zone();
    options.agentChannel = m_ui->agentChannelComboBox->currentData().toInt();
    options.createUnknownAgents = m_ui->createAgentsCheckBox->isChecked();
    if (m_rootComboBox) {
        options.recordingRoot = m_rootComboBox->currentData().toString();
        options.recordingRootFolder = m_rootFolders.value(options.recordingRoot);
    }
    return options;
}

// On a team server each recording is stored under a recordings root, found on each desktop in its own folder: the
// import asks which root the manifest's recordings are under.
void ImportWizard::addRecordingRootChoice()
{
    m_rootComboBox = new QComboBox(m_ui->filesPage);
    m_rootComboBox->setObjectName(QStringLiteral("recordingRootComboBox"));
    m_rootComboBox->setPlaceholderText(tr("None yet: a manager adds one in File → Recordings folders…"));
    m_rootFolders = AppSettings::instance().recordingFolders(m_database.displayName());
    try {
        for (const QString& root : RecordingRoots::names(m_database)) {
            const QString folder = m_rootFolders.value(root);
            m_rootComboBox->addItem(folder.isEmpty() ? tr("%1 (no folder on this computer)").arg(root)
                                                     : tr("%1 (%2 on this computer)").arg(root, QDir::toNativeSeparators(folder)),
                                    root);
        }
    } catch (const StorageError& e) {
        m_rootComboBox->setPlaceholderText(e.message());
    }
    m_ui->filesLayout->addRow(tr("&Recordings root:"), m_rootComboBox);
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == CheckPage)
        startCheck();
    else if (id == ImportPage)
        startImport();
}

void ImportWizard::done(int result)
{
    // Closing while work runs cancels it (the import rolls back); the window goes once the worker has stopped.
    m_checkWatcher.cancel();
    m_importWatcher.cancel();
    m_checkWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
    QWizard::done(result);
}

void ImportWizard::startCheck()
{
    if (m_checkWatcher.isRunning()) {
        m_checkWatcher.cancel();
        m_checkWatcher.waitForFinished();
    }
    m_ui->checkPage->setDone(false);
    m_ui->cancelCheckButton->setEnabled(true);
    m_ui->checkProgressBar->setValue(0);
    m_ui->checkSummaryLabel->setText(tr("Checking…"));
    const QString manifest = QDir::fromNativeSeparators(m_ui->manifestLineEdit->text().trimmed());
    const ContactImportOptions options = this->options();
    const Database& database = m_database;
    m_checkWatcher.setFuture(QtConcurrent::run(jobPool(), [&database, manifest, options](QPromise<ImportPlan>& promise) {
        promise.setProgressRange(0, 1000);
        QString error;
        const auto connection = database.openSibling(&error);
        if (!connection) {
            ImportPlan plan;
            plan.manifestPath = manifest;
            plan.problems.append(ImportProblem { manifest, 0, {}, error });
            promise.addResult(plan);
            return;
        }
        promise.addResult(ContactImport::check(*connection, manifest, options, [&promise](double fraction, const QString& step) {
            promise.setProgressValueAndText(int(fraction * 1000), step);
            return !promise.isCanceled();
        }));
    }));
}

void ImportWizard::showPlan()
{
    const ImportPlan& plan = m_plan;
    QList<QStringList> rows;
    for (const ImportRow& row : plan.goodRows) {
        const Contact& c = row.contact;
        const QString media = c.recording ? QFileInfo(c.recording->path).fileName()
                                          : (c.messages.isEmpty() ? tr("no recording yet") : tr("%n message(s)", nullptr, int(c.messages.size())));
        rows.append({ QString::number(row.line), c.externalId, displayName(c.channel), row.agentEmployeeId,
                      QLocale().toString(m_database.time().toCentre(c.startedAt), QLocale::ShortFormat), QString::number(c.durationSeconds), media });
    }
    fillTable(m_ui->rowsTableWidget, { tr("Line"), tr("Id"), tr("Channel"), tr("Agent"), tr("Started"), tr("Seconds"), tr("Recording or transcript") }, rows);

    QList<QStringList> problems;
    for (const ImportProblem& problem : plan.problems)
        problems.append({ QFileInfo(problem.file).fileName(), problem.line > 0 ? QString::number(problem.line) : QString(), problem.column, problem.message });
    fillTable(m_ui->problemsTableWidget, { tr("File"), tr("Line"), tr("Column"), tr("Problem") }, problems);

    QList<QStringList> agents;
    for (const UnknownAgent& agent : plan.unknownAgents) {
        QStringList lines;
        for (const int line : agent.lines)
            lines.append(QString::number(line));
        agents.append({ agent.employeeId, agent.name, agent.team, lines.join(QStringLiteral(", ")) });
    }
    fillTable(m_ui->agentsTableWidget, { tr("Employee id"), tr("Name"), tr("Team"), tr("Lines") }, agents);
    {
        const QSignalBlocker blocker(m_ui->createAgentsAgainCheckBox);
        m_ui->createAgentsAgainCheckBox->setChecked(m_ui->createAgentsCheckBox->isChecked());
    }
    m_ui->createAgentsAgainCheckBox->setEnabled(!plan.unknownAgents.isEmpty());

    m_ui->checkTabWidget->setTabText(0, tr("Rows ready (%1)").arg(plan.goodRows.size()));
    m_ui->checkTabWidget->setTabText(1, tr("Problems (%1)").arg(plan.problems.size()));
    m_ui->checkTabWidget->setTabText(2, tr("Unknown agents (%1)").arg(plan.unknownAgents.size()));
    if (!plan.problems.isEmpty())
        m_ui->checkTabWidget->setCurrentIndex(1);

    QString summary;
    bool canImport = false;
    if (plan.cancelled) {
        summary = tr("The check was cancelled. Go back and start it again.");
    } else if (plan.fileUnreadable()) {
        summary = tr("The manifest cannot be imported: %1").arg(plan.problems.value(0).toString());
    } else {
        summary = tr("%1 (%2): %n row(s)", nullptr, plan.rowCount).arg(QFileInfo(plan.manifestPath).fileName(), TextDecoding::name(plan.encoding))
                  + QStringLiteral(" — ") + tr("%1 ready, %2 with problems.").arg(plan.goodRows.size()).arg(plan.badLines.size());
        canImport = !plan.goodRows.isEmpty() && (plan.problems.isEmpty() || m_ui->goodRowsRadioButton->isChecked());
        if (!plan.problems.isEmpty() && !m_ui->goodRowsRadioButton->isChecked())
            summary += QLatin1Char(' ') + tr("Fix the problems, or choose to import only the good rows.");
    }
    m_ui->checkSummaryLabel->setText(summary);
    m_ui->nothingRadioButton->setEnabled(!plan.problems.isEmpty());
    m_ui->goodRowsRadioButton->setEnabled(!plan.problems.isEmpty() && !plan.goodRows.isEmpty());
    m_ui->checkPage->setDone(canImport);
}

void ImportWizard::startImport()
{
    m_ui->importPage->setDone(false);
    m_ui->cancelImportButton->setEnabled(true);
    m_ui->importResultLabel->clear();
    // Closing mid-import is allowed (it cancels), but the wizard's own Cancel would look like it stops nothing.
    button(QWizard::CancelButton)->setEnabled(false);
    const Database& database = m_database;
    const ImportPlan plan = m_plan;
    const bool goodRowsOnly = m_ui->goodRowsRadioButton->isChecked();
    const Actor actor = m_actor;
    m_importWatcher.setFuture(QtConcurrent::run(jobPool(), [&database, plan, goodRowsOnly, actor](QPromise<ImportOutcome>& promise) {
        promise.setProgressRange(0, 1000);
        ImportOutcome outcome;
        const auto connection = database.openSibling(&outcome.error);
        if (connection) {
            outcome.summary = ContactImport::apply(*connection, plan, goodRowsOnly, actor, [&promise](double fraction, const QString& step) {
                promise.setProgressValueAndText(int(fraction * 1000), step);
                return !promise.isCanceled();
            }, &outcome.error);
        }
        promise.addResult(outcome);
    }));
}

} // namespace qadesk
