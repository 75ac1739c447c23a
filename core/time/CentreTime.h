#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>
#include <QVariantList>

namespace qadesk {

// The centre's clock and calendar. Instants are UTC (milliseconds since the epoch in storage); days, weeks and months
// begin, and times are shown, in the workspace's IANA time zone, never the machine's. Core reads "now" only here, so a
// test fixes the clock with setNow() and passes on any day.
//
// A Database owns one and shares it with its siblings; set it up before handing the workspace to other threads.
class CentreTime final
{
public:
    explicit CentreTime(const QTimeZone& zone = QTimeZone::systemTimeZone());

    QTimeZone zone() const { return m_zone; }
    QString zoneId() const { return QString::fromUtf8(m_zone.id()); }
    void setZone(const QTimeZone& zone) { m_zone = zone; }

    // Fixes the clock at `instant` (tests); an invalid instant returns to the system clock.
    void setNow(const QDateTime& instant) { m_fixedNow = instant.toUTC(); }

    QDateTime now() const; // UTC
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    QDate today() const { return dateOf(now()); } // in the centre's zone

    // The first instant of `day` in the centre's zone, in milliseconds since the epoch; a period [from, to] is
    // [dayStartMs(from), dayStartMs(to + 1 day)).
    qint64 dayStartMs(const QDate& day) const;
    // Those two bounds of the period [from, to], as the values to bind to `instant >= ? AND instant < ?`.
    QVariantList periodMs(const QDate& from, const QDate& to) const
    {
        return { dayStartMs(from), dayStartMs(to.addDays(1)) };
    }
    // The centre's wall time `time` on `day`, as a UTC instant.
    QDateTime at(const QDate& day, const QTime& time) const;
    // The centre's calendar day of an instant.
    QDate dateOf(const QDateTime& instant) const { return toCentre(instant).date(); }
    // An instant as the centre's wall time, for display.
    QDateTime toCentre(const QDateTime& instant) const { return instant.toTimeZone(m_zone); }

private:
    QTimeZone m_zone;
    QDateTime m_fixedNow;
};

} // namespace qadesk
