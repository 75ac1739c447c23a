// The first screen of a team server: the overview of a month on a PostgreSQL workspace of a million evaluations.
//
//   qadesk-cli server push million.qadesk postgresql://postgres@127.0.0.1:5432/million
//   qadesk_server_overview_bench postgresql://postgres@127.0.0.1:5432/million [--runs 10] [--month 2026-11]
//
// Connects once, computes the overview once cold, then `--runs` times on the same connection, as a desktop refreshes
// it; prints JSON with the connection time, the cold overview and the median and worst of the others, in
// milliseconds. The target on the development machine is 300 ms. Built only with -DQADESK_BUILD_BENCHMARKS=ON
// (Release); never part of the unit tests.

#include "people/Actor.h"
#include "storage/Database.h"
#include "workspace/Overview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace qadesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !ServerSettings::isUrl(args.at(1))) {
        std::fputs("usage: qadesk_server_overview_bench postgresql://LOGIN@HOST:PORT/DB [--runs N] [--month YYYY-MM]\n",
                   stderr);
        return 2;
    }
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 ? args.value(runsAt + 1).toInt() : 10;
    const int monthAt = int(args.indexOf(QStringLiteral("--month")));
    const QDate month = monthAt > 0 ? QDate::fromString(args.value(monthAt + 1) + QStringLiteral("-01"), Qt::ISODate)
                                    : QDate::currentDate();
    // A manager sees every agent: the largest overview there is.
    const Actor manager { 0, QStringLiteral("bench"), QStringLiteral("bench"), Role::Manager, {}, 0 };

    QString error;
    QElapsedTimer clock;
    clock.start();
    Database::Options options;
    options.readOnly = true;
    const auto db = Database::openWorkspace(args.at(1), options, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double connectMs = clock.nsecsElapsed() / 1e6;
    clock.restart();
    const Overview cold = computeOverview(*db, manager, month);
    const double coldMs = clock.nsecsElapsed() / 1e6;

    QList<double> times;
    QJsonArray samples;
    for (int i = 0; i < runs; ++i) {
        clock.restart();
        computeOverview(*db, manager, month);
        times << clock.nsecsElapsed() / 1e6;
        samples << times.last();
    }
    std::sort(times.begin(), times.end());
    const QJsonObject result {
        { QStringLiteral("workspace"), db->displayName() },
        { QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM")) },
        { QStringLiteral("month_evaluations"), cold.evaluationsDone },
        { QStringLiteral("connect_ms"), connectMs },
        { QStringLiteral("cold_overview_ms"), coldMs },
        { QStringLiteral("median_overview_ms"), times.isEmpty() ? 0.0 : times.at(times.size() / 2) },
        { QStringLiteral("worst_overview_ms"), times.isEmpty() ? 0.0 : times.last() },
        { QStringLiteral("runs"), samples },
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
