#pragma once

#include "disputes/DisputeQueue.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>

namespace qadesk {

class CentreTime;

// Disputes as a table, one a row: the open queue (agent, evaluator, contact, disputed item, reason, days open) or the
// resolved history (when, outcome, who, scores before and after). Contact ids, reasons and notes are masked unless
// the evaluation's contact was revealed. Every cell's tooltip is its whole text; SortRole sorts days and scores as
// numbers and the resolution time as a date-time.
class DisputeListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Kind { Open, Resolved };
    enum OpenColumn { AgentColumn, EvaluatorColumn, ContactColumn, DisputedColumn, ReasonColumn, DaysColumn };
    enum ResolvedColumn {
        ResolvedColumn,
        OutcomeColumn,
        ResolvedAgentColumn,
        ResolvedEvaluatorColumn,
        ResolvedContactColumn,
        ResolvedDisputedColumn,
        ResolvedReasonColumn,
        ResolvedByColumn,
        NoteColumn,
        ScoreBeforeColumn,
        ScoreAfterColumn
    };
    enum Role {
        DisputeIdRole = Qt::UserRole, // qint64
        SortRole,
    };

    explicit DisputeListModel(Kind kind, QObject* parent = nullptr);

    // Times and days open are reckoned in the centre's time zone, up to its today.
    void setRows(QList<DisputeRow> rows, const QSet<qint64>& revealedEvaluations, const CentreTime& time);
    void setRevealed(const QSet<qint64>& revealedEvaluations); // evaluation ids whose contact shows unmasked
    int rowOf(qint64 disputeId) const; // -1 when not listed
    static QString disputedText(const DisputeRow& row); // the disputed item's question, or the whole evaluation

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const DisputeRow& row, int column) const;
    QVariant sortValue(const DisputeRow& row, int column) const;
    QString personal(const DisputeRow& row, const QString& text) const;
    int firstNumberColumn() const;

    const Kind m_kind;
    QList<DisputeRow> m_rows;
    QSet<qint64> m_revealed;
    QDate m_today;
};

} // namespace qadesk
