#pragma once

#include "workspace/ScoreHistory.h"

#include <QAbstractTableModel>
#include <QSet>

namespace qadesk {

class CentreTime;

// An agent's recent evaluations as a table, one a row. Contact ids and comments are masked unless their contact was
// revealed. SortRole gives the submission time as a date-time and the score as a number (no score sorts first).
class AgentEvaluationsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SubmittedColumn,
        ContactColumn,
        ChannelColumn,
        ScoreColumn,
        EvaluatorColumn,
        StatusColumn,
        CommentsColumn,
        ColumnCount
    };
    enum Role {
        ContactIdRole = Qt::UserRole, // qint64
        EvaluationIdRole, // qint64
        SortRole,
    };

    explicit AgentEvaluationsModel(QObject* parent = nullptr);

    // Submission times are shown in the centre's time zone.
    void setRows(QList<EvaluationSummary> rows, const QSet<qint64>& revealedContacts, const CentreTime& time);
    void setRevealed(const QSet<qint64>& revealedContacts); // shows the rows of these contacts unmasked

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList comments(const EvaluationSummary& row) const; // masked unless revealed

    QList<EvaluationSummary> m_rows;
    QSet<qint64> m_revealed;
};

} // namespace qadesk
