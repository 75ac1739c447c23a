#include "EvaluationQueueModel.h"

#include "time/CentreTime.h"

#include <QCoreApplication>
#include <QLocale>

// Texts keep the page's translation context: they were the page's, and are translated there.
namespace qadesk {
namespace {

QString clock(int seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

EvaluationQueueModel::EvaluationQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EvaluationQueueModel::setRows(QList<QueueRow> rows, const CentreTime& time)
{
    for (QueueRow& row : rows)
        row.startedAt = time.toCentre(row.startedAt);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void EvaluationQueueModel::markSubmitted(qint64 contactId)
{
    const int row = rowOf(contactId);
    if (row < 0)
        return;
    QueueRow& queued = m_rows[row];
    queued.myDraftId = 0;
    queued.assignedToMe = false; // the assignment is done
    queued.submitted = std::max(queued.submitted, 1);
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

int EvaluationQueueModel::rowOf(qint64 contactId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).contactId == contactId)
            return row;
    }
    return -1;
}

int EvaluationQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvaluationQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvaluationQueueModel::evaluatedText()
{
    return QCoreApplication::translate("qadesk::EvaluationPage", "evaluated");
}

QString EvaluationQueueModel::statusText(const QueueRow& row) const
{
    QString status = row.myDraftId ? QCoreApplication::translate("qadesk::EvaluationPage", "my draft")
        : row.submitted            ? evaluatedText()
                                   : QString();
    if (row.assignedToMe)
        status = (status.isEmpty() ? QString() : status + QStringLiteral(", "))
            + QCoreApplication::translate("qadesk::EvaluationPage", "assigned, due %1")
                  .arg(row.due.toString(QStringLiteral("MM-dd")));
    return status;
}

QVariant EvaluationQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow& row = m_rows.at(index.row());
    if (role == ContactIdRole)
        return row.contactId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == LengthColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == SortRole) {
        switch (index.column()) {
        case WhenColumn:
            return row.startedAt;
        case LengthColumn:
            return row.durationSeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ContactColumn:
        return row.externalId;
    case ChannelColumn:
        return row.channel == Channel::Chat ? QCoreApplication::translate("qadesk::EvaluationPage", "chat")
            : row.hasRecording              ? QCoreApplication::translate("qadesk::EvaluationPage", "call")
                                            : QCoreApplication::translate("qadesk::EvaluationPage", "call, live");
    case AgentColumn:
        return row.agent;
    case WhenColumn:
        return QLocale().toString(row.startedAt, QLocale::ShortFormat);
    case LengthColumn:
        return clock(row.durationSeconds);
    case StatusColumn:
        return statusText(row);
    default:
        return {};
    }
}

QVariant EvaluationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContactColumn:
        return QCoreApplication::translate("qadesk::EvaluationPage", "Contact");
    case ChannelColumn:
        return QCoreApplication::translate("qadesk::EvaluationPage", "Channel");
    case AgentColumn:
        return QCoreApplication::translate("qadesk::EvaluationPage", "Agent");
    case WhenColumn:
        return QCoreApplication::translate("qadesk::EvaluationPage", "When");
    case LengthColumn:
        return QCoreApplication::translate("qadesk::EvaluationPage", "Length");
    case StatusColumn:
        return QCoreApplication::translate("qadesk::EvaluationPage", "Status");
    default:
        return {};
    }
}

} // namespace qadesk
