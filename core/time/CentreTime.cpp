#include "CentreTime.h"

namespace qadesk {

CentreTime::CentreTime(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

QDateTime CentreTime::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

qint64 CentreTime::dayStartMs(const QDate& day) const
{
    return at(day, QTime(0, 0)).toMSecsSinceEpoch();
}

QDateTime CentreTime::at(const QDate& day, const QTime& time) const
{
    return QDateTime(day, time, m_zone).toUTC();
}

} // namespace qadesk
