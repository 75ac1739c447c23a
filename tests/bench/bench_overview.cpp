// Opening a workspace and computing the first screen, on a workspace of real size.
//
//   qadesk-cli demo --out big.qadesk --agents 2000 --months 24 --evaluations-per-agent-month 21 --recordings 0
//   qadesk_overview_bench big.qadesk [--runs 10] [--month 2026-11]
//
// Prints JSON: the first (cold) open + overview, then the median and worst of the following runs, in milliseconds.
// Built only with -DQADESK_BUILD_BENCHMARKS=ON (Release); never part of the unit tests.

#include "people/SignIn.h"
#include "storage/OrganizationRepository.h"
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

namespace {

struct Timing {
    double openMs = 0;
    double overviewMs = 0;
    int evaluations = 0;
};

bool measure(const QString& path, const QDate& month, Timing* timing, QString* error)
{
    QElapsedTimer clock;
    clock.start();
    const auto db = Database::open(path, error);
    if (!db)
        return false;
    timing->openMs = clock.nsecsElapsed() / 1e6;
    // The demo's manager sees every agent, as the centre manager opening the app does.
    const std::optional<User> manager = UserRepository(*db).findByLogin(QStringLiteral("manager"));
    if (!manager) {
        *error = QStringLiteral("%1 has no user \"manager\"; build it with qadesk-cli demo").arg(path);
        return false;
    }
    clock.restart();
    const Overview overview = computeOverview(*db, SignIn::actorFor(*db, *manager), month);
    timing->overviewMs = clock.nsecsElapsed() / 1e6;
    timing->evaluations = overview.evaluationsDone;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: qadesk_overview_bench WORKSPACE [--runs N] [--month YYYY-MM]\n", stderr);
        return 2;
    }
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 ? args.value(runsAt + 1).toInt() : 10;
    const int monthAt = int(args.indexOf(QStringLiteral("--month")));
    const QDate month = monthAt > 0 ? QDate::fromString(args.value(monthAt + 1) + QStringLiteral("-01"), Qt::ISODate)
                                    : QDate::currentDate();
    QString error;
    Timing cold;
    if (!measure(args.at(1), month, &cold, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<double> totals;
    QJsonArray samples;
    for (int i = 0; i < runs; ++i) {
        Timing warm;
        if (!measure(args.at(1), month, &warm, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        totals << warm.openMs + warm.overviewMs;
        samples << QJsonObject { { QStringLiteral("open_ms"), warm.openMs }, { QStringLiteral("overview_ms"), warm.overviewMs } };
    }
    std::sort(totals.begin(), totals.end());
    const QJsonObject result {
        { QStringLiteral("workspace"), args.at(1) },
        { QStringLiteral("month_evaluations"), cold.evaluations },
        { QStringLiteral("cold_open_ms"), cold.openMs },
        { QStringLiteral("cold_overview_ms"), cold.overviewMs },
        { QStringLiteral("median_total_ms"), totals.isEmpty() ? 0.0 : totals.at(totals.size() / 2) },
        { QStringLiteral("worst_total_ms"), totals.isEmpty() ? 0.0 : totals.last() },
        { QStringLiteral("runs"), samples },
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
