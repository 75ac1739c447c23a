#pragma once

#include "evaluate/EvaluationQueue.h"

#include <QAbstractTableModel>

namespace qadesk {

class CentreTime;

// The evaluation queue as a table, one contact a row, in the order EvaluationQueue gives. SortRole gives each column a
// value that sorts as it reads: the start as a date-time, the length in seconds.
class EvaluationQueueModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ContactColumn, ChannelColumn, AgentColumn, WhenColumn, LengthColumn, StatusColumn, ColumnCount };
    enum Role {
        ContactIdRole = Qt::UserRole, // qint64
        SortRole,
    };

    explicit EvaluationQueueModel(QObject* parent = nullptr);

    // Start times are shown in the centre's time zone.
    void setRows(QList<QueueRow> rows, const CentreTime& time);
    // The contact's row reads "evaluated" until the next setRows(): a submitted contact stays in view.
    void markSubmitted(qint64 contactId);
    int rowOf(qint64 contactId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString evaluatedText();

private:
    QString statusText(const QueueRow& row) const;

    QList<QueueRow> m_rows;
};

} // namespace qadesk
