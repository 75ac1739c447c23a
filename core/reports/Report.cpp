#include "Report.h"

#include <QRegularExpression>

namespace qadesk {

int ReportTable::column(const QString& title) const
{
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).title == title)
            return c;
    }
    return -1;
}

const ReportTable* Report::table(const QString& key) const
{
    for (const auto& table : tables) {
        if (table.key == key)
            return &table;
    }
    return nullptr;
}

QString ReportText::display(const ReportColumn& column, const QVariant& value, const QLocale& locale)
{
    if (value.isNull() || !value.isValid())
        return QStringLiteral("—");
    switch (column.type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Integer:
        return locale.toString(value.toLongLong());
    case ColumnType::Decimal:
        return locale.toString(value.toDouble(), 'f', column.decimals);
    case ColumnType::Percent:
        return locale.toString(value.toDouble() * 100.0, 'f', column.decimals) + QStringLiteral(" %");
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

QString ReportText::period(const QDate& from, const QDate& to)
{
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return from.toString(QStringLiteral("yyyy-MM"));
    return QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

std::optional<std::pair<QDate, QDate>> ReportText::month(const QString& text)
{
    static const QRegularExpression s_month(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!s_month.match(text).hasMatch())
        return std::nullopt;
    const QDate first = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return std::nullopt;
    return std::pair { first, first.addMonths(1).addDays(-1) };
}

} // namespace qadesk
