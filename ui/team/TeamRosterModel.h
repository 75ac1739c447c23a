#pragma once

#include "workspace/TeamRoster.h"

#include <QAbstractTableModel>

namespace qadesk {

// A TeamRoster as a table, one agent a row. Every column gives SortRole a value that sorts as it reads (numbers as
// numbers, "6 / 8" by its completion ratio); missing values are invalid, which QSortFilterProxyModel puts last in
// ascending order.
class TeamRosterModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AgentColumn, TeamColumn, DoneColumn, AverageColumn, TrendColumn, FlagsColumn, ColumnCount };
    enum Role {
        AgentIdRole = Qt::UserRole, // qint64
        SortRole,
        MonthlyMeansRole, // TrendColumn: QVariantList of doubles (0..100), invalid for a month without a mean
    };

    explicit TeamRosterModel(QObject* parent = nullptr);

    void setRoster(TeamRoster roster);
    const TeamRoster& roster() const { return m_roster; }
    const RosterAgent& agent(const QModelIndex& index) const; // index of this model, valid

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TeamRoster m_roster;
};

} // namespace qadesk
