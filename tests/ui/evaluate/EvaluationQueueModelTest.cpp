#include "evaluate/EvaluationQueueModel.h"

#include "TestSupport.h"
#include "time/CentreTime.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

QueueRow queued(qint64 id, const QString& externalId, Channel channel, const QDateTime& startedUtc, int seconds)
{
    QueueRow row;
    row.contactId = id;
    row.externalId = externalId;
    row.channel = channel;
    row.agent = QStringLiteral("Agent %1").arg(id);
    row.startedAt = startedUtc;
    row.durationSeconds = seconds;
    row.hasRecording = channel == Channel::Call;
    return row;
}

QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

} // namespace

TEST_CASE("the queue model shows each contact as the queue reads and sorts start times and lengths as values")
{
    QueueRow assigned
        = queued(1, QStringLiteral("C-1"), Channel::Call, QDateTime(QDate(2026, 11, 19), QTime(1, 0), Qt::UTC), 310);
    assigned.assignedToMe = true;
    assigned.due = QDate(2026, 11, 25);
    QueueRow draft
        = queued(2, QStringLiteral("C-2"), Channel::Chat, QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC), 65);
    draft.myDraftId = 40;
    // 23:30 UTC on the 18th is 08:30 on the 19th in Seoul; a call without its recording is evaluated live.
    QueueRow live
        = queued(3, QStringLiteral("C-3"), Channel::Call, QDateTime(QDate(2026, 11, 18), QTime(23, 30), Qt::UTC), 1250);
    live.hasRecording = false;
    live.submitted = 2;

    EvaluationQueueModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({ assigned, draft, live }, CentreTime(test::centreZone()));

    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 6);
    // The model's texts in the run's language (QADESK_TEST_LANGUAGE, English by default).
    const auto tr = [](const char* source) { return QCoreApplication::translate("qadesk::EvaluationPage", source); };
    CHECK(model.headerData(EvaluationQueueModel::LengthColumn, Qt::Horizontal).toString() == tr("Length"));
    CHECK(column(model, EvaluationQueueModel::ContactColumn)
          == QStringList { QStringLiteral("C-1"), QStringLiteral("C-2"), QStringLiteral("C-3") });
    CHECK(column(model, EvaluationQueueModel::ChannelColumn) == QStringList { tr("call"), tr("chat"), tr("call, live") });
    CHECK(column(model, EvaluationQueueModel::LengthColumn)
          == QStringList { QStringLiteral("05:10"), QStringLiteral("01:05"), QStringLiteral("20:50") });
    CHECK(column(model, EvaluationQueueModel::StatusColumn)
          == QStringList { tr("assigned, due %1").arg(QStringLiteral("11-25")), tr("my draft"), tr("evaluated") });
    const QDateTime liveStart
        = model.index(2, EvaluationQueueModel::WhenColumn).data(EvaluationQueueModel::SortRole).toDateTime();
    CHECK(liveStart.date() == QDate(2026, 11, 19));
    CHECK(liveStart.time() == QTime(8, 30));
    CHECK(model.index(1, 3).data(EvaluationQueueModel::ContactIdRole).toLongLong() == 2);
    CHECK(model.rowOf(3) == 2);
    CHECK(model.rowOf(99) == -1);

    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(EvaluationQueueModel::SortRole);
    // 65 s < 310 s < 1250 s: as numbers, where the texts "01:05" < "05:10" < "20:50" would agree only by luck of the
    // zero padding, so the descending order is checked too.
    sorted.sort(EvaluationQueueModel::LengthColumn, Qt::AscendingOrder);
    CHECK(column(sorted, EvaluationQueueModel::ContactColumn)
          == QStringList { QStringLiteral("C-2"), QStringLiteral("C-1"), QStringLiteral("C-3") });
    sorted.sort(EvaluationQueueModel::LengthColumn, Qt::DescendingOrder);
    CHECK(column(sorted, EvaluationQueueModel::ContactColumn)
          == QStringList { QStringLiteral("C-3"), QStringLiteral("C-1"), QStringLiteral("C-2") });
    // 08:30 on the 19th, 10:00 on the 19th, 09:00 on the 20th.
    sorted.sort(EvaluationQueueModel::WhenColumn, Qt::AscendingOrder);
    CHECK(column(sorted, EvaluationQueueModel::ContactColumn)
          == QStringList { QStringLiteral("C-3"), QStringLiteral("C-1"), QStringLiteral("C-2") });

    // A submitted contact reads "evaluated" in place, wherever the sort put it.
    model.markSubmitted(1);
    CHECK(model.index(0, EvaluationQueueModel::StatusColumn).data().toString() == tr("evaluated"));
    CHECK(sorted.index(1, EvaluationQueueModel::StatusColumn).data().toString() == tr("evaluated"));
}
