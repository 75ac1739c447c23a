#pragma once

#include "calibration/CalibrationService.h"

#include <QAbstractTableModel>

namespace qadesk {

class CentreTime;

// The calibration sessions the actor may see, one per row: what anyone may know before the reveal.
class CalibrationSessionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Meeting, Contact, Agent, Scorecard, Progress, State, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    CalibrationSessionModel(const CentreTime& time, QObject* parent = nullptr);

    void setSessions(const QList<CalibrationSummary>& sessions);
    const CalibrationSummary& summary(int row) const { return m_sessions.at(row); }
    int rowOf(qint64 sessionId) const; // −1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CentreTime& m_time;
    QList<CalibrationSummary> m_sessions;
};

} // namespace qadesk
