#include "CalibrationSessionModel.h"

#include "time/CentreTime.h"

#include <QLocale>

namespace qadesk {

CalibrationSessionModel::CalibrationSessionModel(const CentreTime& time, QObject* parent)
    : QAbstractTableModel(parent)
    , m_time(time)
{
}

void CalibrationSessionModel::setSessions(const QList<CalibrationSummary>& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

int CalibrationSessionModel::rowOf(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).session.id == sessionId)
            return row;
    }
    return -1;
}

int CalibrationSessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int CalibrationSessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalibrationSessionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const CalibrationSummary& s = m_sessions.at(index.row());
    if (role == SessionIdRole)
        return s.session.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return s.session.title;
    case Meeting:
        return s.session.scheduledAt.isValid()
            ? QLocale().toString(m_time.toCentre(s.session.scheduledAt), QLocale::ShortFormat)
            : QString();
    case Contact:
        return s.contactText;
    case Agent:
        return s.agentName;
    case Scorecard:
        return s.scorecardText;
    case Progress:
        return tr("%1 of %2 submitted").arg(s.submitted).arg(s.session.evaluatorIds.size());
    case State:
        if (s.session.revealed)
            return tr("Revealed");
        if (s.participating && !s.submittedByActor)
            return tr("Waiting for your scoring");
        return tr("Blind");
    default:
        return {};
    }
}

QVariant CalibrationSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Session");
    case Meeting:
        return tr("Meeting");
    case Contact:
        return tr("Contact");
    case Agent:
        return tr("Agent");
    case Scorecard:
        return tr("Scorecard");
    case Progress:
        return tr("Scorings");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace qadesk
