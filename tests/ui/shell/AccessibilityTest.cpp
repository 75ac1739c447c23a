#include "DisputeTestWorkspace.h"
#include "TestSupport.h"
#include "evaluate/WaveformView.h"
#include "shell/AppSettings.h"
#include "shell/ChartView.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

bool interactive(const QWidget* widget)
{
    // Parts of a compound control (a spin box's line edit, a tab bar's scroll arrows, a view's header and scroll
    // bars) are named through the control itself.
    if (qobject_cast<const QHeaderView*>(widget) || qobject_cast<const QScrollBar*>(widget))
        return false;
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
            || qobject_cast<const QTabBar*>(parent))
            return false;
    }
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QAbstractSlider*>(widget);
}

// The name a screen reader gives the control: its accessible name, its own text, or a label pointing at it.
bool named(const QWidget* widget, const QWidget& root)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return true;
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
        button && !button->text().trimmed().isEmpty())
        return true;
    const auto labels = root.findChildren<QLabel*>();
    if (std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* label) {
            return label->buddy() == widget && !label->text().trimmed().isEmpty();
        }))
        return true;
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* form = qobject_cast<QFormLayout*>(parent->layout())) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(const_cast<QWidget*>(widget))))
                return !label->text().trimmed().isEmpty();
        }
    }
    return false;
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 %2 (in %3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
}

// Every visible control of `page`, with each tab of its tab widgets shown in turn.
QStringList unnamedControls(QWidget& page, const QWidget& root)
{
    QStringList result;
    const auto collect = [&] {
        QCoreApplication::processEvents();
        for (QWidget* widget : page.findChildren<QWidget*>()) {
            if (widget->isVisible() && interactive(widget) && !named(widget, root)
                && !result.contains(describe(widget)))
                result << describe(widget);
        }
    };
    collect();
    for (QTabWidget* tabs : page.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            collect();
        }
    }
    return result;
}

// The widget's own background where it paints one, over `base`.
QColor over(const QColor& top, const QColor& base)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + base.redF() * (1 - a)),
                            float(top.greenF() * a + base.greenF() * (1 - a)),
                            float(top.blueF() * a + base.blueF() * (1 - a)));
}

QColor colourOf(const QVariant& value, const QColor& otherwise)
{
    if (!value.isValid())
        return otherwise;
    return value.typeId() == QMetaType::QColor ? value.value<QColor>() : value.value<QBrush>().color();
}

// Texts on `page` (labels, their rich-text colours, and the cells of its tables) that read at less than 4.5:1.
QStringList unreadableTexts(QWidget& page)
{
    static const QRegularExpression s_style(QStringLiteral("style=[\'\"]([^\'\"]*)[\'\"]"));
    static const QRegularExpression s_colour(QStringLiteral("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{6})"));
    static const QRegularExpression s_background(QStringLiteral("background:\\s*(#[0-9a-fA-F]{6})"));
    QStringList result;
    QSet<QString> seen;
    const auto check = [&](const QColor& text, const QColor& background, const QString& what) {
        const double ratio = theme::contrastRatio(text, background);
        if (ratio < 4.5 && !seen.contains(what)) {
            seen << what;
            result << QStringLiteral("%1: %2 on %3 (%4:1)")
                          .arg(what, text.name(), background.name())
                          .arg(ratio, 0, 'f', 1);
        }
    };
    const auto collect = [&] {
        QCoreApplication::processEvents();
        for (QLabel* label : page.findChildren<QLabel*>()) {
            // Banners and callouts paint their own background and pick their text for it (ThemeTest).
            if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->styleSheet().isEmpty())
                continue;
            const QColor background = label->palette().color(label->backgroundRole());
            check(label->palette().color(label->foregroundRole()), background,
                  label->objectName() + label->text().left(30));
            // A span with its own background is read against that.
            for (const auto& style : s_style.globalMatch(label->text())) {
                const auto colour = s_colour.match(style.captured(1));
                const auto own = s_background.match(style.captured(1));
                if (colour.hasMatch())
                    check(QColor(colour.captured(1)), own.hasMatch() ? QColor(own.captured(1)) : background,
                          label->objectName() + style.captured(1));
            }
        }
        for (QAbstractItemView* view : page.findChildren<QAbstractItemView*>()) {
            if (!view->isVisible() || !view->model() || qobject_cast<QHeaderView*>(view))
                continue;
            const QAbstractItemModel* model = view->model();
            const QColor base = view->palette().color(QPalette::Base);
            for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    if (index.data().toString().isEmpty())
                        continue;
                    const QColor background = over(colourOf(index.data(Qt::BackgroundRole), base), base);
                    const QColor text = colourOf(index.data(Qt::ForegroundRole), view->palette().color(QPalette::Text));
                    check(text, background, view->objectName() + QLatin1Char(' ') + index.data().toString().left(30));
                }
            }
        }
    };
    collect();
    for (QTabWidget* tabs : page.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            collect();
        }
    }
    return result;
}

const QStringList s_pages { QStringLiteral("overview"), QStringLiteral("evaluate"), QStringLiteral("team"),
                            QStringLiteral("agent"),    QStringLiteral("disputes"), QStringLiteral("scorecards"),
                            QStringLiteral("planning"), QStringLiteral("reports"),  QStringLiteral("people"),
                            QStringLiteral("autoqa") };

} // namespace

TEST_CASE("every control on every page has a name a screen reader can say")
{
    QTemporaryDir dir;
    QString path;
    {
        const auto db = test::demoCentre(dir);
        path = db->path();
    }
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openWorkspace(path));
    for (const QString& id : s_pages) {
        REQUIRE(window.showPage(id));
        REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000)); // pages read in the background
        QWidget* page = window.page(id);
        REQUIRE(page);
        INFO(id.toStdString());
        CHECK(unnamedControls(*page, window).join(QLatin1Char('\n')).toStdString() == "");
    }
    CHECK(unnamedControls(*window.centralWidget(), window).join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("in the dark and high-contrast schemes every text on every page reads against its background")
{
    QTemporaryDir dir;
    QString path;
    {
        const auto db = test::demoCentre(dir);
        path = db->path();
    }
    for (const auto scheme : { theme::Scheme::Dark, theme::Scheme::HighContrast }) {
        theme::apply(scheme);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openWorkspace(path));
        for (const QString& id : s_pages) {
            REQUIRE(window.showPage(id));
            REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000));
            INFO(theme::schemeName(scheme).toStdString() << ' ' << id.toStdString());
            CHECK(unreadableTexts(*window.page(id)).join(QLatin1Char('\n')).toStdString() == "");
        }
    }
    theme::apply(theme::Scheme::System);
}

TEST_CASE("the waveform moves the playhead from the keyboard and says where it is")
{
    WaveformView view;
    view.resize(400, 96);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    WaveformPeaks peaks;
    peaks.channels = 1;
    peaks.durationMs = 65000;
    peaks.peaks = { QList<quint8>(100, 120) };
    view.setPeaks(peaks, 0);
    QObject::connect(&view, &WaveformView::seekRequested, &view, &WaveformView::setPosition);
    view.setFocus();
    CHECK(view.focusPolicy() == Qt::StrongFocus);
    CHECK(view.accessibleDescription() == QStringLiteral("Playhead at 00:00 of 01:05"));

    QSignalSpy seeks(&view, &WaveformView::seekRequested);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.accessibleDescription() == QStringLiteral("Playhead at 00:10 of 01:05"));
    QTest::keyClick(&view, Qt::Key_PageDown);
    CHECK(seeks.last().at(0).toLongLong() == 40000);
    QTest::keyClick(&view, Qt::Key_Left);
    CHECK(seeks.last().at(0).toLongLong() == 35000);
    QTest::keyClick(&view, Qt::Key_End);
    CHECK(seeks.last().at(0).toLongLong() == 65000);
    QTest::keyClick(&view, Qt::Key_Right); // never past the end
    CHECK(seeks.last().at(0).toLongLong() == 65000);
    CHECK(view.accessibleDescription() == QStringLiteral("Playhead at 01:05 of 01:05"));
    QTest::keyClick(&view, Qt::Key_Home);
    CHECK(seeks.last().at(0).toLongLong() == 0);
    QTest::keyClick(&view, Qt::Key_PageUp); // never before the start
    CHECK(seeks.last().at(0).toLongLong() == 0);
    CHECK(seeks.size() == 8); // every key asks, even at an end
}

TEST_CASE("a chart is read point by point from the keyboard")
{
    auto* chart = new QChart;
    auto* lastMonth = new QBarSet(QStringLiteral("Last month"));
    auto* thisMonth = new QBarSet(QStringLiteral("This month"));
    *lastMonth << 80 << 70 << 90;
    *thisMonth << 82.5 << 71 << 88;
    auto* bars = new QBarSeries;
    bars->append(lastMonth);
    bars->append(thisMonth);
    chart->addSeries(bars);
    auto* teams = new QBarCategoryAxis;
    teams->append({ QStringLiteral("Cards 1"), QStringLiteral("Cards 2"), QStringLiteral("Chat") });
    chart->addAxis(teams, Qt::AlignBottom);
    bars->attachAxis(teams);
    auto* target = new QLineSeries;
    target->setName(QStringLiteral("Target"));
    target->append(0, 85);
    target->append(1, 85);
    chart->addSeries(target);

    ChartView view(chart);
    view.resize(400, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.focusPolicy() == Qt::StrongFocus);
    view.setFocus();
    QCoreApplication::processEvents();
    // It starts on the longest series, the last added of equals: this month's bars.
    CHECK(view.accessibleDescription() == QStringLiteral("This month: Cards 1, 82.5"));
    CHECK(thisMonth->isBarSelected(0));
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.accessibleDescription() == QStringLiteral("This month: Cards 2, 71.0"));
    CHECK(thisMonth->selectedBars() == QList<int> { 1 });
    QTest::keyClick(&view, Qt::Key_End);
    QTest::keyClick(&view, Qt::Key_Right); // stays on the last
    CHECK(view.accessibleDescription() == QStringLiteral("This month: Chat, 88.0"));
    QTest::keyClick(&view, Qt::Key_Up);
    CHECK(view.accessibleDescription() == QStringLiteral("Last month: Chat, 90.0"));
    CHECK(thisMonth->selectedBars().isEmpty());
    CHECK(lastMonth->isBarSelected(2));
    QTest::keyClick(&view, Qt::Key_Home);
    CHECK(view.accessibleDescription() == QStringLiteral("Last month: Cards 1, 80.0"));
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_End); // the target line has two points
    CHECK(view.accessibleDescription() == QStringLiteral("Target: Cards 2, 85.0"));
    CHECK(target->selectedPoints() == QList<int> { 1 });
}
