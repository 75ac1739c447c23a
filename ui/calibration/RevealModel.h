#pragma once

#include "calibration/CalibrationReveal.h"

#include <QAbstractTableModel>

namespace qadesk {

// The reveal grid: one row per item (then the totals and the deviations), one column per participant, with the
// item's agreement and its agreed answer. Rows where the participants disagree are tinted with a colour taken from
// the palette (light or dark), so they stand out in either theme.
class RevealModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { DisagreementRole = Qt::UserRole + 1, ItemKeyRole };

    explicit RevealModel(QObject* parent = nullptr);

    void setReveal(const std::optional<CalibrationReveal>& reveal); // nullopt: empty
    const std::optional<CalibrationReveal>& reveal() const { return m_reveal; }
    int participantColumn(int participant) const { return 1 + participant; }
    int agreementColumn() const;
    int agreedColumn() const;
    int totalRow() const; // after the items
    int deviationRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant itemData(const RevealItem& item, int column, int role) const;
    QVariant totalsData(int row, int column, int role) const;
    std::optional<CalibrationReveal> m_reveal;
};

} // namespace qadesk
