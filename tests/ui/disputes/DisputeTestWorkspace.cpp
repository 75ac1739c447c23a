#include "DisputeTestWorkspace.h"
#include "TestSupport.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

namespace qadesk::test {

std::unique_ptr<Database> demoCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 4;
    options.months = 1;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    options.contactsPerAgentMonth = 12;
    return demoWorkspace(dir, options);
}

Disputable disputableEvaluation(const Database& db, int nth)
{
    const auto rows = selectRows<Disputable>(
        db,
        QStringLiteral("SELECT e.id, MIN(i.item_key) FROM evaluations e JOIN evaluation_answers a ON a.evaluation_id = e.id "
                       "JOIN scorecard_items i ON i.id = a.item_id WHERE e.status = 'submitted' AND e.superseded = 0 "
                       "AND e.kind = 'regular' AND a.failed = 1 GROUP BY e.id ORDER BY e.id LIMIT 1 OFFSET ?"),
        { nth }, QStringLiteral("find an evaluation to dispute"),
        [](const QSqlQuery& q) { return Disputable { q.value(0).toLongLong(), q.value(1).toString() }; });
    REQUIRE(rows.size() == 1);
    return rows.first();
}

} // namespace qadesk::test
