#include "CalibrationPage.h"

#include "CalibrationSessionModel.h"
#include "NewCalibrationDialog.h"
#include "RevealModel.h"
#include "Tints.h"
#include "people/AccessRules.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCharts.h"
#include "shell/ChartView.h"
#include "shell/PageReader.h"
#include "storage/Database.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "ui_CalibrationPage.h"

#include <QChart>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QVBoxLayout>

#include <utility>

namespace qadesk {
namespace {

constexpr int s_agreementMonths = 12;
constexpr int s_itemsListed = 5;

void prepareTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
}

QString points(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1);
}

} // namespace

CalibrationPage::CalibrationPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CalibrationPage>())
    , m_database(database)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    m_revealReader = new PageReader(m_database, this);
    m_sessions = new CalibrationSessionModel(database.time(), this);
    m_reveal = new RevealModel(this);
    m_ui->sessionsTableView->setModel(m_sessions);
    m_ui->revealTableView->setModel(m_reveal);
    prepareTable(m_ui->sessionsTableView);
    prepareTable(m_ui->revealTableView);
    m_ui->sessionsTableView->horizontalHeader()->setSectionResizeMode(CalibrationSessionModel::Title,
                                                                      QHeaderView::Stretch);
    m_ui->pageSplitter->setStretchFactor(0, 1);
    m_ui->pageSplitter->setStretchFactor(1, 3);
    m_ui->pageSplitter->setSizes({ 170, 530 }); // about five sessions above the grid at 768 pixels high
    m_chartView = new ChartView(m_ui->chartHolderWidget);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    auto* chartLayout = new QVBoxLayout(m_ui->chartHolderWidget);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartView);

    connect(m_ui->sessionsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSession(); });
    connect(m_ui->revealTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CalibrationPage::showItem);
    connect(m_ui->newSessionButton, &QPushButton::clicked, this, &CalibrationPage::newSession);
    connect(m_ui->scoreButton, &QPushButton::clicked, this, &CalibrationPage::scoreCurrent);
    connect(m_ui->revealButton, &QPushButton::clicked, this, &CalibrationPage::revealCurrent);
    connect(m_ui->saveNoteButton, &QPushButton::clicked, this, &CalibrationPage::saveConclusion);
    connect(m_ui->draftButton, &QPushButton::clicked, this, &CalibrationPage::createDraftVersion);
    const Decision organise = AccessRules::check(m_actor, Action::OrganiseCalibration);
    m_ui->newSessionButton->setEnabled(bool(organise));
    m_ui->newSessionButton->setToolTip(organise.reason);
    refresh();
}

CalibrationPage::~CalibrationPage() = default;

void CalibrationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

qint64 CalibrationPage::currentSessionId() const
{
    const QModelIndex current = m_ui->sessionsTableView->currentIndex();
    return current.isValid() ? m_sessions->summary(current.row()).session.id : 0;
}

void CalibrationPage::refresh()
{
    struct Read {
        QList<CalibrationSummary> sessions;
        std::optional<Report> agreement; // the last months' calibration report, for those who organise
        QString error; // why there is no report
    };
    const auto read = [actor = m_actor](const Database& db) {
        Read r { CalibrationService(db, actor).sessions(), std::nullopt, {} };
        if (AccessRules::check(actor, Action::OrganiseCalibration)) {
            const QDate today = db.time().today();
            ReportRequest request;
            request.report = QStringLiteral("calibration");
            request.from = QDate(today.year(), today.month(), 1).addMonths(1 - s_agreementMonths);
            request.to = today;
            r.agreement = ReportBuilder::build(db, actor, request, {}, &r.error);
        }
        return r;
    };
    m_reader->read<Read>(
        read,
        [this](Read& r) {
            const qint64 created = std::exchange(m_sessionToSelect, 0);
            const qint64 selected = created ? created : currentSessionId();
            m_sessions->setSessions(r.sessions);
            showSessions(selected);
            showAgreement(r.agreement, r.error);
        },
        [this](const QString& error) { setStatus(error, true); });
}

void CalibrationPage::showSessions(qint64 selected)
{
    m_ui->sessionsTableView->resizeColumnsToContents();
    m_ui->sessionsTableView->horizontalHeader()->setSectionResizeMode(CalibrationSessionModel::Title,
                                                                      QHeaderView::Stretch);
    if (!selectSession(selected) && m_sessions->rowCount() > 0) {
        // The first revealed session: the newest one is often still blind.
        int row = 0;
        while (row < m_sessions->rowCount() - 1 && !m_sessions->summary(row).session.revealed)
            ++row;
        m_ui->sessionsTableView->selectRow(row);
    }
    showSession();
}

bool CalibrationPage::selectSession(qint64 sessionId)
{
    const int row = sessionId ? m_sessions->rowOf(sessionId) : -1;
    if (row < 0)
        return false;
    m_ui->sessionsTableView->selectRow(row);
    return true;
}

void CalibrationPage::showSession(int itemRow)
{
    const QModelIndex current = m_ui->sessionsTableView->currentIndex();
    const qint64 sessionId = current.isValid() ? m_sessions->summary(current.row()).session.id : 0;
    // The grid of the session shown stays until its new reveal replaces it; another session's goes at once.
    if (!m_reveal->reveal() || m_reveal->reveal()->session.id != sessionId) {
        m_reveal->setReveal(std::nullopt);
        m_ui->summaryLabel->clear();
    }
    if (!current.isValid()) {
        m_ui->summaryLabel->setText(tr("No calibration session yet."));
        updateButtons();
        return;
    }
    const CalibrationSummary& summary = m_sessions->summary(current.row());
    if (!summary.session.revealed) {
        QString text = tr("Blind until every participant has submitted or the organiser reveals it: %1 of %2 "
                          "submitted. Nobody sees the others' answers before then.")
                           .arg(summary.submitted)
                           .arg(summary.session.evaluatorIds.size());
        if (summary.participating && !summary.submittedByActor)
            text += QLatin1Char(' ') + tr("Your scoring is still to come: Score it.");
        m_ui->summaryLabel->setText(text);
        updateButtons();
        return;
    }
    updateButtons();
    // The reveal reads every participant's answers: on the worker too.
    struct Revealed {
        std::optional<CalibrationReveal> reveal;
        QString denied; // why this actor may not see it
    };
    m_revealReader->read<Revealed>(
        [actor = m_actor, sessionId](const Database& db) {
            Revealed r;
            try {
                r.reveal = CalibrationService(db, actor).reveal(sessionId);
            } catch (const AccessDenied& e) {
                r.denied = e.message();
            }
            return r;
        },
        [this, sessionId, itemRow](Revealed& r) {
            if (currentSessionId() != sessionId)
                return; // another session was chosen meanwhile
            if (r.reveal)
                showReveal(*r.reveal, itemRow);
            else
                m_ui->summaryLabel->setText(r.denied);
            updateButtons();
            showItem();
        },
        [this](const QString& error) { setStatus(error, true); });
}

void CalibrationPage::showReveal(const CalibrationReveal& reveal, int itemRow)
{
    m_reveal->setReveal(reveal);
    QStringList parts;
    parts << tr("%1 of %2 items in disagreement").arg(reveal.disagreements()).arg(reveal.items.size());
    if (reveal.mean)
        parts << tr("mean %1").arg(points(*reveal.mean));
    if (reveal.range)
        parts << tr("range %1 points").arg(points(*reveal.range));
    if (reveal.standardDeviation)
        parts << tr("standard deviation %1 points").arg(points(*reveal.standardDeviation));
    if (reveal.kappa)
        parts << tr("Fleiss' kappa %1 (%2)")
                     .arg(QLocale().toString(*reveal.kappa, 'f', 2), Agreement::kappaInterpretation(*reveal.kappa));
    parts << (reveal.referenceBaseline ? tr("deviations from the reference") : tr("deviations from the consensus"));
    m_ui->summaryLabel->setText(parts.join(QStringLiteral(" · ")));
    m_ui->revealTableView->resizeColumnsToContents();
    m_ui->revealTableView->setColumnWidth(0, std::min(m_ui->revealTableView->columnWidth(0), 380));
    if (itemRow >= 0)
        m_ui->revealTableView->selectRow(itemRow);
}

void CalibrationPage::showItem()
{
    m_ui->agreedComboBox->clear();
    m_ui->noteLineEdit->clear();
    const QModelIndex current = m_ui->revealTableView->currentIndex();
    const auto& reveal = m_reveal->reveal();
    if (!reveal || !current.isValid() || current.row() >= reveal->items.size()) {
        updateButtons();
        return;
    }
    const RevealItem& item = reveal->items.at(current.row());
    m_ui->agreedComboBox->addItem(tr("Not agreed yet"));
    for (int o = 0; o < item.optionLabels.size(); ++o)
        m_ui->agreedComboBox->addItem(item.optionLabels.at(o), o);
    const ScorecardItem* formItem = reveal->version.findItem(item.itemKey);
    if (formItem && formItem->naAllowed)
        m_ui->agreedComboBox->addItem(tr("N/A"), -1);
    if (item.conclusion.agreedNa)
        m_ui->agreedComboBox->setCurrentIndex(m_ui->agreedComboBox->findData(-1));
    else if (item.conclusion.agreedOption)
        m_ui->agreedComboBox->setCurrentIndex(m_ui->agreedComboBox->findData(*item.conclusion.agreedOption));
    m_ui->noteLineEdit->setText(item.conclusion.note);
    updateButtons();
}

void CalibrationPage::updateButtons()
{
    const QModelIndex current = m_ui->sessionsTableView->currentIndex();
    const CalibrationSummary* summary = current.isValid() ? &m_sessions->summary(current.row()) : nullptr;
    const bool mayScore = summary && summary->participating && !summary->session.revealed;
    m_ui->scoreButton->setEnabled(mayScore);
    m_ui->scoreButton->setText(summary && summary->submittedByActor ? tr("&Open my scoring") : tr("&Score it"));
    m_ui->revealButton->setEnabled(summary && summary->mayReveal);
    const bool keepsKey = summary && summary->session.revealed && summary->organising;
    const bool itemSelected = m_ui->revealTableView->currentIndex().isValid() && m_reveal->reveal()
        && m_ui->revealTableView->currentIndex().row() < m_reveal->reveal()->items.size();
    for (QWidget* widget :
         std::initializer_list<QWidget*> { m_ui->agreedComboBox, m_ui->noteLineEdit, m_ui->saveNoteButton })
        widget->setEnabled(keepsKey && itemSelected);
    m_ui->draftButton->setEnabled(keepsKey);
    const QString why = summary && summary->session.revealed && !summary->organising
        ? tr("The organiser, a manager or an administrator keeps the answer key.")
        : QString();
    m_ui->saveNoteButton->setToolTip(why);
    m_ui->draftButton->setToolTip(why);
}

void CalibrationPage::showAgreement(const std::optional<Report>& report, const QString& error)
{
    if (!AccessRules::check(m_actor, Action::OrganiseCalibration)) {
        m_chartView->setChart(new QChart);
        m_ui->itemsLabel->clear();
        return;
    }
    const ReportTable* months = report ? report->table(QStringLiteral("months")) : nullptr;
    if (months && months->chart) {
        m_chartView->setChart(ReportCharts::create(*months->chart, font(), palette()));
    } else {
        auto* empty = new QChart;
        empty->setTitle(report ? tr("No revealed calibration session in the last %1 months.").arg(s_agreementMonths)
                               : error);
        m_chartView->setChart(empty);
    }
    QString text = QStringLiteral("<b>%1</b><ol>").arg(tr("Items to clarify first").toHtmlEscaped());
    if (const ReportTable* items = report ? report->table(QStringLiteral("items")) : nullptr) {
        for (int row = 0; row < std::min<qsizetype>(s_itemsListed, items->rows.size()); ++row) {
            const QVariantList& cells = items->rows.at(row);
            text += QStringLiteral("<li>%1 — %2</li>")
                        .arg(cells.at(0).toString().toHtmlEscaped(),
                             tr("%1 % agreement").arg(QLocale().toString(cells.at(3).toDouble() * 100.0, 'f', 0)));
        }
    }
    text += QStringLiteral("</ol><b>%1</b><ul>")
                .arg(tr("Leniency (+) or severity (−) against the reference").toHtmlEscaped());
    if (const ReportTable* evaluators = report ? report->table(QStringLiteral("evaluators")) : nullptr) {
        const int deviation = evaluators->column(ReportBuilder::tr("Deviation (points)"));
        const int drift = evaluators->column(ReportBuilder::tr("Drift"));
        for (const QVariantList& cells : evaluators->rows) {
            const double value = cells.at(deviation).toDouble();
            text
                += QStringLiteral("<li>%1: %2 · %3</li>")
                       .arg(cells.at(0).toString().toHtmlEscaped(),
                            tr("%1 points")
                                .arg((value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(value, 'f', 1)),
                            cells.at(drift).toString().toHtmlEscaped());
        }
    }
    m_ui->itemsLabel->setText(text + QStringLiteral("</ul>"));
}

void CalibrationPage::newSession()
{
    auto* dialog = new NewCalibrationDialog(m_database, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_sessionToSelect = dialog->sessionId();
        refresh();
        setStatus(tr("Session created. Each participant scores it blind with Score it."));
    });
    dialog->open();
}

void CalibrationPage::scoreCurrent()
{
    if (const qint64 id = currentSessionId())
        emit scoreRequested(id);
}

void CalibrationPage::revealCurrent()
{
    const qint64 id = currentSessionId();
    if (!id)
        return;
    try {
        CalibrationService(m_database, m_actor).revealNow(id);
        setStatus(tr("Revealed."));
    } catch (const AccessDenied& e) {
        setStatus(e.message(), true);
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
    }
    refresh();
}

void CalibrationPage::saveConclusion()
{
    const QModelIndex current = m_ui->revealTableView->currentIndex();
    const auto& reveal = m_reveal->reveal();
    if (!reveal || !current.isValid() || current.row() >= reveal->items.size())
        return;
    CalibrationItem conclusion;
    conclusion.itemKey = reveal->items.at(current.row()).itemKey;
    conclusion.note = m_ui->noteLineEdit->text().trimmed();
    const QVariant agreed = m_ui->agreedComboBox->currentData();
    if (agreed.isValid() && agreed.toInt() >= 0)
        conclusion.agreedOption = agreed.toInt();
    conclusion.agreedNa = agreed.isValid() && agreed.toInt() < 0;
    const int row = current.row();
    try {
        CalibrationService(m_database, m_actor).saveConclusion(reveal->session.id, conclusion);
        setStatus(tr("Saved the answer key of this item."));
    } catch (const AccessDenied& e) {
        setStatus(e.message(), true);
        return;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return;
    }
    showSession(row);
}

void CalibrationPage::createDraftVersion()
{
    const qint64 id = currentSessionId();
    if (!id)
        return;
    try {
        const qint64 draftId = CalibrationService(m_database, m_actor).createDraftVersion(id);
        const auto draft = ScorecardRepository(m_database).version(draftId);
        setStatus(tr("Draft version %1 holds the clarified guidance; review and publish it on the Scorecards page.")
                      .arg(draft ? draft->number : 0));
    } catch (const AccessDenied& e) {
        setStatus(e.message(), true);
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
    }
}

QString CalibrationPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void CalibrationPage::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    setErrorInk(m_ui->statusLabel, error);
}

} // namespace qadesk
