#include "reports/ReportTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

TEST_CASE("a report table sorts its numbers as numbers and its dates as dates in the preview")
{
    ReportTable table;
    table.key = QStringLiteral("agents");
    table.columns = { { QStringLiteral("Agent"), ColumnType::Text, 0 },
                      { QStringLiteral("Average score"), ColumnType::Decimal, 1 },
                      { QStringLiteral("Evaluations"), ColumnType::Integer, 0 },
                      { QStringLiteral("Last evaluated"), ColumnType::Date, 0 } };
    table.rows = { { QStringLiteral("Kim"), 9.5, qint64(120), QDate(2026, 11, 2) },
                   { QStringLiteral("Lee"), 100.0, qint64(8), QDate(2026, 9, 30) },
                   { QStringLiteral("Park"), 10.4, qint64(15), QDate(2026, 10, 15) } };
    ReportTableModel model(table);
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 4);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Average score"));
    CHECK(model.index(0, 1).data(Qt::TextAlignmentRole).toInt() == int(Qt::AlignRight | Qt::AlignVCenter));

    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ReportTableModel::RawValueRole);
    // As text "10.4" < "100.0" < "9.5"; as numbers 9.5 < 10.4 < 100.
    sorted.sort(1, Qt::AscendingOrder);
    CHECK(column(sorted, 0) == QStringList { QStringLiteral("Kim"), QStringLiteral("Park"), QStringLiteral("Lee") });
    // As text "120" < "15" < "8".
    sorted.sort(2, Qt::DescendingOrder);
    CHECK(column(sorted, 0) == QStringList { QStringLiteral("Kim"), QStringLiteral("Park"), QStringLiteral("Lee") });
    sorted.sort(2, Qt::AscendingOrder);
    CHECK(column(sorted, 0) == QStringList { QStringLiteral("Lee"), QStringLiteral("Park"), QStringLiteral("Kim") });
    // September 30 < October 15 < November 2, whatever the locale writes first.
    sorted.sort(3, Qt::AscendingOrder);
    CHECK(column(sorted, 0) == QStringList { QStringLiteral("Lee"), QStringLiteral("Park"), QStringLiteral("Kim") });
    // Back to the report's own order.
    sorted.sort(-1);
    CHECK(column(sorted, 0) == QStringList { QStringLiteral("Kim"), QStringLiteral("Lee"), QStringLiteral("Park") });
}
