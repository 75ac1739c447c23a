#include "ReportTableModel.h"

namespace qadesk {

ReportTableModel::ReportTableModel(ReportTable table, QObject* parent)
    : QAbstractTableModel(parent)
    , m_table(std::move(table))
{
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportColumn& column = m_table.columns.at(index.column());
    const QVariant value = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportText::display(column, value);
    case Qt::ToolTipRole:
        return column.type == ColumnType::Text && value.toString().size() > 40 ? value : QVariant();
    case Qt::TextAlignmentRole:
        return column.type == ColumnType::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.columns.size())
        return m_table.columns.at(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace qadesk
