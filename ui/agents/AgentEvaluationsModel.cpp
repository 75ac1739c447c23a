#include "AgentEvaluationsModel.h"

#include "io/PersonalDataMasker.h"
#include "model/Enums.h"
#include "time/CentreTime.h"

#include <QCoreApplication>
#include <QLocale>

// Texts keep the page's translation context: they were the page's, and are translated there.
namespace qadesk {

AgentEvaluationsModel::AgentEvaluationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AgentEvaluationsModel::setRows(QList<EvaluationSummary> rows, const QSet<qint64>& revealedContacts,
                                    const CentreTime& time)
{
    for (EvaluationSummary& row : rows)
        row.submittedAt = time.toCentre(row.submittedAt);
    beginResetModel();
    m_rows = std::move(rows);
    m_revealed = revealedContacts;
    endResetModel();
}

void AgentEvaluationsModel::setRevealed(const QSet<qint64>& revealedContacts)
{
    m_revealed = revealedContacts;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int AgentEvaluationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentEvaluationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AgentEvaluationsModel::comments(const EvaluationSummary& row) const
{
    QStringList comments;
    if (!row.overallComment.isEmpty())
        comments.append(row.overallComment);
    if (!row.revisionNote.isEmpty())
        comments.append(QCoreApplication::translate("qadesk::AgentPage", "%1 (revised by %2)")
                            .arg(row.revisionNote, row.revisedBy));
    comments.append(row.failedItems);
    const bool revealed = m_revealed.contains(row.contactId);
    for (QString& comment : comments)
        comment = PersonalDataMasker::maskUnless(revealed, comment);
    return comments;
}

QVariant AgentEvaluationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvaluationSummary& row = m_rows.at(index.row());
    switch (role) {
    case ContactIdRole:
        return row.contactId;
    case EvaluationIdRole:
        return row.evaluationId;
    case Qt::ToolTipRole:
        return index.column() == CommentsColumn ? comments(row).join(QLatin1Char('\n')) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (index.column() == SubmittedColumn)
            return row.submittedAt;
        if (index.column() == ScoreColumn)
            return row.score ? QVariant(*row.score) : QVariant(-1.0);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SubmittedColumn:
        return QLocale().toString(row.submittedAt, QLocale::ShortFormat);
    case ContactColumn:
        return PersonalDataMasker::maskUnless(m_revealed.contains(row.contactId), row.externalId);
    case ChannelColumn:
        return displayNameOfCode<Channel>(row.channel);
    case ScoreColumn:
        return row.score ? QLocale().toString(*row.score, 'f', 1)
                + (row.criticalFailed ? QCoreApplication::translate("qadesk::AgentPage", " (critical)") : QString())
                         : QCoreApplication::translate("qadesk::AgentPage", "no score");
    case EvaluatorColumn:
        return row.evaluator;
    case StatusColumn:
        return displayNameOfCode<EvaluationStatus>(row.status);
    case CommentsColumn:
        return comments(row).join(QStringLiteral(" · "));
    default:
        return {};
    }
}

QVariant AgentEvaluationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubmittedColumn:
        return QCoreApplication::translate("qadesk::AgentPage", "Submitted");
    case ContactColumn:
        return QCoreApplication::translate("qadesk::AgentPage", "Contact");
    case ChannelColumn:
        return QCoreApplication::translate("qadesk::AgentPage", "Channel");
    case ScoreColumn:
        return QCoreApplication::translate("qadesk::AgentPage", "Score");
    case EvaluatorColumn:
        return QCoreApplication::translate("qadesk::AgentPage", "Evaluator");
    case StatusColumn:
        return QCoreApplication::translate("qadesk::AgentPage", "Status");
    case CommentsColumn:
        return QCoreApplication::translate("qadesk::AgentPage", "Comments");
    default:
        return {};
    }
}

} // namespace qadesk
