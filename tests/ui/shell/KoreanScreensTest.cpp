#include "DisputeTestWorkspace.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "agents/AgentPage.h"
#include "disputes/DisputesPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/Translator.h"
#include "storage/DisputeRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QCalendarWidget>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTest>

using namespace qadesk;

namespace {

// Korean for one test case; English again afterwards, as the other tests of this program expect.
struct KoreanUi {
    KoreanUi() { REQUIRE(installTranslations(QStringLiteral("ko")) == QStringLiteral("ko")); }
    ~KoreanUi() { installTranslations(QStringLiteral("en")); }
    Q_DISABLE_COPY_MOVE(KoreanUi)
};

void addModelTexts(const QAbstractItemModel* model, const QModelIndex& parent, QStringList* texts)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            texts->append(index.data(Qt::DisplayRole).toString());
            texts->append(index.data(Qt::ToolTipRole).toString());
            if (c == 0 && model->hasChildren(index))
                addModelTexts(model, index, texts);
        }
    }
}

// Every text a user can read on `root` and its children, in any tab: labels, buttons, lists, tables with their
// headers, charts' legends and axes.
QStringList readableTexts(const QWidget& root)
{
    QStringList texts;
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        texts << widget->toolTip();
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            texts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            texts << button->text();
        } else if (const auto* box = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
        } else if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
            texts << group->title();
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (const auto* header = qobject_cast<const QHeaderView*>(widget)) {
            if (const QAbstractItemModel* model = header->model()) {
                const int count = header->orientation() == Qt::Horizontal ? model->columnCount() : model->rowCount();
                for (int i = 0; i < count; ++i)
                    texts << model->headerData(i, header->orientation()).toString();
            }
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
            if (view->model())
                addModelTexts(view->model(), view->rootIndex(), &texts);
        } else if (const auto* chartView = qobject_cast<const QChartView*>(widget)) {
            for (const QAbstractSeries* series : chartView->chart()->series())
                texts << series->name();
            for (QAbstractAxis* axis : chartView->chart()->axes()) {
                texts << axis->titleText();
                if (auto* categories = qobject_cast<QCategoryAxis*>(axis))
                    texts << categories->categoriesLabels();
                if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
                    texts << bars->categories();
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

// Codes and keys found as whole words (a key like "accuracy" inside "accuracy_check" is another word).
QStringList rawWordsIn(const QStringList& texts, const QSet<QString>& raw)
{
    static const QRegularExpression s_words(QStringLiteral("[A-Za-z0-9_]+"));
    QStringList found;
    for (const QString& text : texts) {
        auto it = s_words.globalMatch(text);
        while (it.hasNext()) {
            const QString word = it.next().captured(0);
            if (raw.contains(word))
                found << QStringLiteral("%1 in \"%2\"").arg(word, text.left(120));
        }
    }
    found.removeDuplicates();
    return found;
}

// Every code an enum is stored as.
QSet<QString> storedCodes()
{
    QSet<QString> codes;
    for (const auto value : { Channel::Call, Channel::Chat, Channel::Email })
        codes << toCode(value);
    for (const auto value : { Direction::Inbound, Direction::Outbound })
        codes << toCode(value);
    for (const auto value : { Role::Admin, Role::Manager, Role::TeamLead, Role::Evaluator, Role::Agent })
        codes << toCode(value);
    for (const auto value : { MessageSender::Agent, MessageSender::Customer, MessageSender::Bot, MessageSender::System })
        codes << toCode(value);
    for (const auto value : { ItemKind::YesNo, ItemKind::Scale, ItemKind::Options })
        codes << toCode(value);
    for (const auto value : { CriticalScope::None, CriticalScope::Section, CriticalScope::Evaluation })
        codes << toCode(value);
    for (const auto value : { VersionStatus::Draft, VersionStatus::Published })
        codes << toCode(value);
    for (const auto value : { EvaluationKind::Regular, EvaluationKind::Live, EvaluationKind::Calibration, EvaluationKind::Self })
        codes << toCode(value);
    for (const auto value : { EvaluationStatus::Draft, EvaluationStatus::Submitted, EvaluationStatus::InDispute,
                              EvaluationStatus::Revised })
        codes << toCode(value);
    for (const auto value : { DisputeStatus::Open, DisputeStatus::Upheld, DisputeStatus::Overturned })
        codes << toCode(value);
    for (const auto value : { AcknowledgementStatus::Pending, AcknowledgementStatus::Acknowledged, AcknowledgementStatus::Refused })
        codes << toCode(value);
    return codes;
}

// Every item key of the workspace's scorecards.
QSet<QString> itemKeys(const Database& db)
{
    QSet<QString> keys;
    const ScorecardRepository scorecards(db);
    for (const Scorecard& scorecard : scorecards.all()) {
        for (const ScorecardVersion& header : scorecards.versions(scorecard.id)) {
            const std::optional<ScorecardVersion> version = scorecards.version(header.id);
            REQUIRE(version);
            for (const ScorecardSection& section : version->sections) {
                for (const ScorecardItem& item : section.items)
                    keys << item.key;
            }
        }
    }
    return keys;
}

} // namespace

TEST_CASE("in Korean no stored code or item key reaches the screen")
{
    const KoreanUi korean;
    QTemporaryDir dir;
    qint64 disputedAgent = 0;
    QString path;
    QSet<QString> codes;
    QSet<QString> raw;
    {
        const auto db = test::demoCentre(dir);
        path = db->path();
        codes = storedCodes();
        raw = codes + itemKeys(*db);
        REQUIRE(codes.contains(QStringLiteral("in_dispute")));
        REQUIRE(raw.contains(QStringLiteral("accuracy"))); // an item key of the demo's call scorecard
        // An evaluation in dispute, so the agent page lists the status.
        const test::Disputable target = test::disputableEvaluation(*db);
        const auto agentUser = UserRepository(*db).findByLogin(QStringLiteral("admin"));
        REQUIRE(agentUser);
        DisputeRepository(*db).raise(Dispute { 0, target.evaluationId, target.itemKey, agentUser->id, {},
                                               QString::fromUtf8("안내가 맞았습니다"), DisputeStatus::Open, 0, {}, {}, 0 },
                                     QStringLiteral("admin"));
        disputedAgent = target.agentId;
    }

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openWorkspace(path));
    for (const QString& id : { QStringLiteral("evaluate"), QStringLiteral("overview"), QStringLiteral("team"), QStringLiteral("agent"),
                              QStringLiteral("disputes"), QStringLiteral("scorecards"), QStringLiteral("planning"),
                              QStringLiteral("reports") }) {
        REQUIRE(window.showPage(id));
        REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000)); // pages read in the background
        QWidget* page = window.page(id);
        REQUIRE(page);
        if (auto* agent = qobject_cast<AgentPage*>(page)) {
            REQUIRE(agent->setAgent(disputedAgent));
        }
        if (auto* disputes = qobject_cast<DisputesPage*>(page)) {
            disputes->findChild<QTabWidget*>(QStringLiteral("disputesTabWidget"))
                ->setCurrentWidget(disputes->findChild<QWidget*>(QStringLiteral("ratesTab")));
            disputes->showRates(QDate(2026, 11, 1));
            REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000));
        }
        QCoreApplication::processEvents();
        const QStringList texts = readableTexts(*page);
        INFO(id.toStdString());
        CHECK(texts.size() > 10);
        // The designer is where authors name items: its tree shows each key beside the question, as a field of the
        // form being written, so only the stored codes count there.
        CHECK(rawWordsIn(texts, id == QLatin1String("scorecards") ? codes : raw).join(QLatin1Char('\n')).toStdString() == "");
    }
    auto* agent = qobject_cast<AgentPage*>(window.page(QStringLiteral("agent")));
    const QStringList agentTexts = readableTexts(*agent);
    CHECK(agentTexts.contains(QString::fromUtf8("이의 제기 중")));
    CHECK(agentTexts.contains(QString::fromUtf8("통화")));
    auto* disputes = window.page(QStringLiteral("disputes"));
    CHECK(readableTexts(*disputes).contains(QString::fromUtf8("평가 전체")));
}

TEST_CASE("the trend legend is in the UI language")
{
    const KoreanUi korean;
    QTemporaryDir dir;
    DemoOptions options;
    options.agents = 4;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    options.contactsPerAgentMonth = 12;
    const auto db = test::demoWorkspace(dir, options);
    AgentPage page(*db, test::actorOf(*db, QStringLiteral("admin")));
    page.resize(1366, 768);
    page.show();
    page.setWindow(12, TrendPeriod::Month);
    QStringList names;
    for (const QAbstractSeries* series : page.findChild<QChartView*>(QStringLiteral("trendChartView"))->chart()->series())
        names << series->name();
    CHECK(names.contains(QString::fromUtf8("95% 구간")));
    CHECK(names.contains(QString::fromUtf8("목표")));
    CHECK(names.contains(QString::fromUtf8("점수")));
    CHECK_FALSE(names.contains(QStringLiteral("Target")));
    test::saveScreenshot(page, QStringLiteral("agent-ko.png"));
}

TEST_CASE("date edits built before the language changes read dates in the new language")
{
    QDateEdit edit(QDate(2026, 11, 30));
    edit.setCalendarPopup(true);
    edit.show();
    REQUIRE(edit.calendarWidget());
    {
        const KoreanUi korean;
        CHECK(QLocale().language() == QLocale::Korean);
        CHECK(edit.locale().language() == QLocale::Korean);
        CHECK(edit.calendarWidget()->locale().language() == QLocale::Korean);
        CHECK(edit.text() == QLocale(QLocale::Korean, QLocale::SouthKorea).toString(QDate(2026, 11, 30), edit.displayFormat()));
    }
    CHECK(edit.locale().language() == QLocale::English);
    CHECK(edit.calendarWidget()->locale().language() == QLocale::English);
}
