#pragma once

#include "reports/Report.h"

#include <QAbstractTableModel>

namespace qadesk {

// One report table for a QTableView: values shown as the PDF shows them, numbers right-aligned; RawValueRole gives
// the stored value (for sorting and tests).
class ReportTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ReportTableModel(ReportTable table, QObject* parent = nullptr);

    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ReportTable m_table;
};

} // namespace qadesk
