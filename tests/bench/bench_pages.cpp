// Opening a large workspace in the main window and switching through every page, as a user would.
//
//   qadesk_pages_bench WORKSPACE.qadesk [--settle-ms 400]
//
// Opens the workspace (a demo: no sign-in) in a MainWindow on this thread, then shows each page in turn. A 1 ms timer
// stands in for the screen: the longest gap between its ticks while a page is shown and read (its reads run on the
// window's worker) is how long the GUI thread was blocked by that page. On the disputes page the next dispute in the
// queue is chosen too ("disputes-next"). On a busy machine a gap also holds time the GUI thread waited for a core, so
// each gap's own CPU time (the thread's clock) is measured too: the largest says what the page itself costs. Prints
// JSON: the open's wall time and gap, and for each page the longest gap, the longest CPU time within one gap and the
// wall time until its reads finished. Built only with -DQADESK_BUILD_BENCHMARKS=ON (Release); never part of the unit
// tests. It writes nothing to the workspace, but a workspace of an older schema is upgraded on open: run it on a copy.

#include "shell/AppSettings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <tuple>

using namespace qadesk;

namespace {

// CPU time this thread has used, in nanoseconds.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int settleAt = int(args.indexOf(QStringLiteral("--settle-ms")));
    const int settleMs = settleAt > 0 ? args.value(settleAt + 1).toInt() : 400;
    if (args.size() < 2 || args.at(1).startsWith(QStringLiteral("--"))) {
        std::fputs("usage: qadesk_pages_bench WORKSPACE.qadesk [--settle-ms N]\n", stderr);
        return 2;
    }
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1366, 768);
    window.show();

    // The "screen": a 1 ms timer on the GUI thread; a gap between its ticks is time the GUI could not paint.
    QTimer frame;
    frame.setInterval(1);
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    qint64 cpuAtTick = 0;
    qint64 longestCpuNs = 0;
    QObject::connect(&frame, &QTimer::timeout, &app, [&] {
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
        const qint64 cpu = threadCpuNs();
        longestCpuNs = std::max(longestCpuNs, cpu - cpuAtTick);
        cpuAtTick = cpu;
    });
    sinceTick.start();
    cpuAtTick = threadCpuNs();
    frame.start();
    // Runs the event loop until `done` or `limitMs` passed.
    const auto runUntil = [&app](const std::function<bool()>& done, int limitMs) {
        QElapsedTimer waited;
        waited.start();
        while (!done() && waited.elapsed() < limitMs)
            app.processEvents(QEventLoop::WaitForMoreEvents, 5);
    };
    // Runs `step` from the event loop, then lets the loop run until the window's reads are done and it settled; the
    // longest gap seen, and the wall time until the reads were done.
    const auto measure = [&](const std::function<bool()>& step, bool* ok) {
        QElapsedTimer wall;
        QTimer::singleShot(0, &app, [&] {
            sinceTick.restart();
            longestGapMs = 0;
            cpuAtTick = threadCpuNs();
            longestCpuNs = 0;
            wall.start();
            *ok = step();
        });
        runUntil([&] { return wall.isValid(); }, 60000);
        runUntil([&] { return !window.isReading(); }, 60000);
        const double readMs = wall.nsecsElapsed() / 1e6;
        runUntil([] { return false; }, settleMs);
        return std::tuple { longestGapMs, longestCpuNs / 1e6, readMs };
    };

    bool opened = false;
    const auto [openGap, openCpuMs, openMs] = measure([&] { return window.openWorkspace(args.at(1)); }, &opened);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QJsonArray pages;
    const auto record = [&](const QString& name, const std::function<bool()>& step) {
        bool done = false;
        const auto [gap, cpuMs, ms] = measure(step, &done);
        std::fprintf(stderr, "%-16s longest block %4lld ms (CPU %5.1f ms), read in %7.1f ms\n", qPrintable(name), gap,
                     cpuMs, ms);
        pages.append(QJsonObject { { QStringLiteral("page"), name },
                                   { QStringLiteral("shown"), done },
                                   { QStringLiteral("longest_gui_block_ms"), gap },
                                   { QStringLiteral("longest_gui_block_cpu_ms"), cpuMs },
                                   { QStringLiteral("read_wall_ms"), ms } });
    };
    for (const char* id : { "overview", "evaluate", "team", "agent", "disputes", "calibration", "scorecards",
                            "planning", "reports", "people", "autoqa", "overview", "team" }) {
        const QString page = QString::fromLatin1(id);
        record(page, [&] { return window.showPage(page); });
        if (page == QLatin1String("disputes")) {
            // A reviewer going down the queue: the next dispute's evaluation is read and its review pane filled.
            record(QStringLiteral("disputes-next"), [&] {
                auto* queue = window.page(page)->findChild<QTableView*>(QStringLiteral("queueTableView"));
                const auto chosen = queue->selectionModel()->selectedRows();
                const int next = chosen.isEmpty() ? 0 : chosen.first().row() + 1;
                if (next >= queue->model()->rowCount())
                    return false;
                queue->selectRow(next);
                return true;
            });
        }
    }
    const QJsonObject report {
        { QStringLiteral("workspace"), args.at(1) },
        { QStringLiteral("open_wall_ms"), openMs },
        { QStringLiteral("open_longest_gui_block_ms"), openGap },
        { QStringLiteral("open_longest_gui_block_cpu_ms"), openCpuMs },
        { QStringLiteral("pages"), pages },
    };
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
    return 0;
}
