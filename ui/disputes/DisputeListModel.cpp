#include "DisputeListModel.h"

#include "ScoreText.h"
#include "io/PersonalDataMasker.h"
#include "model/Enums.h"
#include "shell/Theme.h"
#include "time/CentreTime.h"

#include <QCoreApplication>
#include <QLocale>

// Texts keep the page's translation context: they were the page's, and are translated there.
namespace qadesk {

DisputeListModel::DisputeListModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

void DisputeListModel::setRows(QList<DisputeRow> rows, const QSet<qint64>& revealedEvaluations, const CentreTime& time)
{
    for (DisputeRow& row : rows) {
        row.raisedAt = time.toCentre(row.raisedAt);
        row.resolvedAt = time.toCentre(row.resolvedAt);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_revealed = revealedEvaluations;
    m_today = time.today();
    endResetModel();
}

void DisputeListModel::setRevealed(const QSet<qint64>& revealedEvaluations)
{
    m_revealed = revealedEvaluations;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

int DisputeListModel::rowOf(qint64 disputeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == disputeId)
            return row;
    }
    return -1;
}

QString DisputeListModel::disputedText(const DisputeRow& row)
{
    if (row.itemKey.isEmpty())
        return QCoreApplication::translate("qadesk::DisputesPage", "Whole evaluation");
    return row.itemQuestion.isEmpty() ? row.itemKey : row.itemQuestion;
}

int DisputeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_kind == Kind::Open ? int(DaysColumn) + 1 : int(ScoreAfterColumn) + 1;
}

int DisputeListModel::firstNumberColumn() const
{
    return m_kind == Kind::Open ? int(DaysColumn) : int(ScoreBeforeColumn);
}

QString DisputeListModel::personal(const DisputeRow& row, const QString& text) const
{
    return PersonalDataMasker::maskUnless(m_revealed.contains(row.evaluationId), text.simplified());
}

QString DisputeListModel::text(const DisputeRow& row, int column) const
{
    const QString disputed = disputedText(row);
    if (m_kind == Kind::Open) {
        switch (column) {
        case AgentColumn:
            return row.agent;
        case EvaluatorColumn:
            return row.evaluator;
        case ContactColumn:
            return personal(row, row.contact);
        case DisputedColumn:
            return disputed;
        case ReasonColumn:
            return personal(row, row.reason);
        case DaysColumn:
            return QLocale().toString(row.raisedAt.date().daysTo(m_today));
        default:
            return {};
        }
    }
    const bool overturned = row.status == DisputeStatus::Overturned;
    switch (column) {
    case ResolvedColumn:
        return QLocale().toString(row.resolvedAt, QLocale::ShortFormat);
    case OutcomeColumn:
        return displayName(row.status);
    case ResolvedAgentColumn:
        return row.agent;
    case ResolvedEvaluatorColumn:
        return row.evaluator;
    case ResolvedContactColumn:
        return personal(row, row.contact);
    case ResolvedDisputedColumn:
        return disputed;
    case ResolvedReasonColumn:
        return personal(row, row.reason);
    case ResolvedByColumn:
        return row.resolvedBy;
    case NoteColumn:
        return personal(row, row.resolutionNote);
    case ScoreBeforeColumn:
        return scoreText(row.score);
    case ScoreAfterColumn:
        return overturned ? scoreText(row.revisedScore)
                          : QCoreApplication::translate("qadesk::DisputesPage", "unchanged");
    default:
        return {};
    }
}

// Numbers as numbers; a missing score sorts below every score.
QVariant DisputeListModel::sortValue(const DisputeRow& row, int column) const
{
    if (m_kind == Kind::Open)
        return column == DaysColumn ? QVariant(row.raisedAt.date().daysTo(m_today)) : QVariant(text(row, column));
    switch (column) {
    case ResolvedColumn:
        return row.resolvedAt;
    case ScoreBeforeColumn:
        return row.score.value_or(-1.0);
    case ScoreAfterColumn:
        return (row.status == DisputeStatus::Overturned ? row.revisedScore : row.score).value_or(-1.0);
    default:
        return text(row, column);
    }
}

QVariant DisputeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisputeRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // long reasons and notes are cut in the column
        return text(row, index.column());
    case DisputeIdRole:
        return row.id;
    case SortRole:
        return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= firstNumberColumn() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return m_kind == Kind::Resolved && index.column() == OutcomeColumn && row.status == DisputeStatus::Overturned
            ? QVariant(theme::colour(theme::Colour::Accent))
            : QVariant();
    default:
        return {};
    }
}

QVariant DisputeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && m_kind == Kind::Open && section == DaysColumn)
        return QCoreApplication::translate("qadesk::DisputesPage", "Days since the dispute was raised");
    if (role != Qt::DisplayRole)
        return {};
    const QStringList open { QCoreApplication::translate("qadesk::DisputesPage", "Agent"),
                             QCoreApplication::translate("qadesk::DisputesPage", "Evaluator"),
                             QCoreApplication::translate("qadesk::DisputesPage", "Contact"),
                             QCoreApplication::translate("qadesk::DisputesPage", "Disputed"),
                             QCoreApplication::translate("qadesk::DisputesPage", "Reason"),
                             QCoreApplication::translate("qadesk::DisputesPage", "Days") };
    const QStringList resolved { QCoreApplication::translate("qadesk::DisputesPage", "Resolved"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Outcome"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Agent"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Evaluator"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Contact"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Disputed"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Reason"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Resolved by"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Note"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Score before"),
                                 QCoreApplication::translate("qadesk::DisputesPage", "Score after") };
    return (m_kind == Kind::Open ? open : resolved).at(section);
}

} // namespace qadesk
