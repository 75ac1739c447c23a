#include "AutoQaPage.h"

#include "people/AccessRules.h"
#include "shell/PageReader.h"
#include "shell/Theme.h"
#include "storage/Database.h"
#include "ui_AutoQaPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace qadesk {

AutoQaPage::AutoQaPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AutoQaPage>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    theme::style(m_ui->titleLabel, theme::Text::Title);
    theme::style(m_ui->headlineLabel, theme::Text::Heading);
    theme::style(m_ui->agreementLabel, theme::Text::Subheading);
    theme::style(m_ui->runStatusLabel, theme::Text::Small, theme::Colour::Muted);
    m_ui->agreementTableWidget->setColumnCount(6);
    m_ui->runProgressBar->hide();
    m_ui->cancelButton->hide();
    const Decision mayRun = AccessRules::check(m_actor, Action::Evaluate);
    m_ui->runButton->setEnabled(bool(mayRun));
    m_ui->runButton->setToolTip(mayRun.reason);
    const QDate today = m_database.time().today();
    m_ui->fromDateEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->toDateEdit->setDate(today);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &AutoQaPage::refresh);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &AutoQaPage::refresh);
    connect(m_ui->runButton, &QPushButton::clicked, this, &AutoQaPage::checkContacts);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AutoQaPage::cancelCheck);
    retranslate();
    refresh();
}

AutoQaPage::~AutoQaPage()
{
    if (m_watcher) {
        // The worker holds this page's database by reference: stop it and wait before the page goes.
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void AutoQaPage::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker fromBlocker(m_ui->fromDateEdit);
    const QSignalBlocker toBlocker(m_ui->toDateEdit);
    m_ui->fromDateEdit->setDate(from);
    m_ui->toDateEdit->setDate(to);
    refresh();
}

void AutoQaPage::refresh()
{
    m_reader->read<AutoQaCoverage>(
        [actor = m_actor, from = m_ui->fromDateEdit->date(), to = m_ui->toDateEdit->date()](const Database& db) {
            return AutoQaCoverage::compute(db, actor, from, to);
        },
        [this](AutoQaCoverage& coverage) {
            m_coverage = std::move(coverage);
            m_error.clear();
            showCoverage();
        },
        [this](const QString& error) {
            m_coverage = AutoQaCoverage {};
            m_error = error;
            showCoverage();
        });
}

void AutoQaPage::checkContacts()
{
    if (m_watcher || !AccessRules::check(m_actor, Action::Evaluate))
        return;
    m_watcher = new QFutureWatcher<AutoQaRunner::Summary>(this);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_ui->runProgressBar, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_ui->runProgressBar, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &AutoQaPage::finishCheck);
    m_ui->runProgressBar->setRange(0, 0);
    m_ui->runProgressBar->show();
    m_ui->cancelButton->show();
    m_ui->runButton->setEnabled(false);
    m_ui->runStatusLabel->setText(tr("Checking the contacts…"));
    // Every contact: those already checked under the same rules are skipped quickly.
    m_watcher->setFuture(AutoQaRunner::start(m_database, m_actor, {}, {}));
}

void AutoQaPage::cancelCheck()
{
    if (m_watcher)
        m_watcher->cancel();
}

bool AutoQaPage::isChecking() const
{
    return m_watcher != nullptr;
}

void AutoQaPage::finishCheck()
{
    auto* watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    m_ui->runProgressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->runButton->setEnabled(true);
    AutoQaRunner::Summary summary;
    if (watcher->future().resultCount() > 0)
        summary = watcher->result();
    else
        summary.cancelled = true;
    QString status = summary.cancelled ? tr("Cancelled: %n contact(s) checked.", nullptr, summary.checked)
                                       : tr("%n contact(s) checked, ", nullptr, summary.checked)
            + tr("%n already up to date.", nullptr, summary.upToDate);
    if (!summary.problems.isEmpty())
        status += QLatin1Char(' ') + tr("Problems: %1").arg(summary.problems.join(QLatin1Char(' ')));
    m_ui->runStatusLabel->setText(status);
    refresh();
    emit checkFinished(summary);
}

void AutoQaPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AutoQaPage::retranslate()
{
    m_ui->agreementTableWidget->setHorizontalHeaderLabels(
        { tr("Scorecard"), tr("Item"), tr("Rule"), tr("Answers compared"), tr("Agreed"), tr("Agreement") });
    showCoverage();
}

void AutoQaPage::showCoverage()
{
    if (!m_error.isEmpty()) {
        m_ui->headlineLabel->setText(m_error);
        m_ui->agreementTableWidget->setRowCount(0);
        return;
    }
    m_ui->headlineLabel->setText(m_coverage.headline());
    QTableWidget* table = m_ui->agreementTableWidget;
    table->setRowCount(int(m_coverage.items.size()));
    const QLocale locale;
    for (int row = 0; row < m_coverage.items.size(); ++row) {
        const auto& item = m_coverage.items.at(row);
        const auto share = item.share();
        const QStringList cells { tr("%1 (v%2)").arg(item.scorecard).arg(item.versionNumber),
                                  item.question,
                                  item.rule,
                                  locale.toString(item.compared),
                                  locale.toString(item.agreed),
                                  share ? tr("%1 %").arg(locale.toString(100.0 * *share, 'f', 1)) : tr("–") };
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            if (column >= 3)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, cell);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace qadesk
