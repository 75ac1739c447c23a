#include "RevealModel.h"

#include "Tints.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace qadesk {
namespace {

QString pointsText(const std::optional<double>& fraction, bool signedValue = false)
{
    if (!fraction)
        return QStringLiteral("—");
    const QString number = QLocale().toString(*fraction * 100.0, 'f', 1);
    return signedValue && *fraction > 0.0005 ? QStringLiteral("+") + number : number;
}

} // namespace

RevealModel::RevealModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RevealModel::setReveal(const std::optional<CalibrationReveal>& reveal)
{
    beginResetModel();
    m_reveal = reveal;
    endResetModel();
}

int RevealModel::agreementColumn() const
{
    return m_reveal ? 1 + int(m_reveal->participants.size()) : 1;
}

int RevealModel::agreedColumn() const
{
    return agreementColumn() + 1;
}

int RevealModel::totalRow() const
{
    return m_reveal ? int(m_reveal->items.size()) : 0;
}

int RevealModel::deviationRow() const
{
    return totalRow() + 1;
}

int RevealModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_reveal ? 0 : int(m_reveal->items.size()) + 2;
}

int RevealModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_reveal ? 0 : agreedColumn() + 1;
}

QVariant RevealModel::data(const QModelIndex& index, int role) const
{
    if (!m_reveal || !index.isValid())
        return {};
    if (index.row() < m_reveal->items.size())
        return itemData(m_reveal->items.at(index.row()), index.column(), role);
    return totalsData(index.row(), index.column(), role);
}

QVariant RevealModel::itemData(const RevealItem& item, int column, int role) const
{
    switch (role) {
    case DisagreementRole:
        return item.disagreement;
    case ItemKeyRole:
        return item.itemKey;
    case Qt::BackgroundRole:
        return item.disagreement ? QVariant(disagreementTint(QGuiApplication::palette())) : QVariant();
    case Qt::TextAlignmentRole:
        return column == agreementColumn() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == 0)
            return QStringLiteral("%1 — %2").arg(item.section, item.question);
        if (column == agreedColumn())
            return item.conclusion.note;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == 0)
        return item.question;
    if (column == agreementColumn())
        return item.agreement ? QLocale().toString(*item.agreement * 100.0, 'f', 0) + QStringLiteral(" %")
                              : QStringLiteral("—");
    if (column == agreedColumn()) {
        if (!item.conclusion.agreedOption && !item.conclusion.agreedNa)
            return item.conclusion.note.isEmpty() ? QString() : tr("(note only)");
        return CalibrationReveal::choiceText(item,
                                             RevealChoice { item.conclusion.agreedOption, item.conclusion.agreedNa });
    }
    const int participant = column - 1;
    if (participant < 0 || participant >= item.choices.size())
        return {};
    return CalibrationReveal::choiceText(item, item.choices.at(participant));
}

QVariant RevealModel::totalsData(int row, int column, int role) const
{
    const bool total = row == totalRow();
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && column > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (column == 0)
        return total                      ? tr("Total score")
            : m_reveal->referenceBaseline ? tr("Deviation from the reference")
                                          : tr("Deviation from the consensus");
    const int participant = column - 1;
    if (participant >= 0 && participant < m_reveal->participants.size()) {
        const RevealParticipant& p = m_reveal->participants.at(participant);
        return total ? pointsText(p.total) : pointsText(p.deviation, true);
    }
    if (column == agreementColumn() && total)
        return tr("range %1").arg(pointsText(m_reveal->range));
    if (column == agreementColumn())
        return tr("SD %1").arg(pointsText(m_reveal->standardDeviation));
    return {};
}

QVariant RevealModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_reveal)
        return {};
    if (section == 0)
        return tr("Item");
    if (section == agreementColumn())
        return tr("Agreement");
    if (section == agreedColumn())
        return tr("Agreed answer");
    const int participant = section - 1;
    if (participant < 0 || participant >= m_reveal->participants.size())
        return {};
    const RevealParticipant& p = m_reveal->participants.at(participant);
    return p.reference ? tr("%1 (reference)").arg(p.name) : p.name;
}

} // namespace qadesk
