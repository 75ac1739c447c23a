#include "ImportValues.h"

#include <QRegularExpression>

namespace qadesk {

std::optional<QDateTime> ImportValues::dateTime(const QString& text, const QTimeZone& zone)
{
    static const QRegularExpression s_pattern(QStringLiteral(
        "^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = s_pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    // Views, not copies: a manifest may have a hundred thousand times.
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const int milliseconds = match.captured(7).isEmpty() ? 0 : match.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(number(4), number(5), number(6), milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offset = match.captured(8);
    QDateTime result;
    if (offset.isEmpty()) {
        result = QDateTime(date, time, zone);
    } else if (offset == QLatin1String("Z")) {
        result = QDateTime(date, time, QTimeZone::utc());
    } else {
        const QString digits = QString(offset).remove(QLatin1Char(':'));
        const int seconds = (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60) * (digits.startsWith(QLatin1Char('-')) ? -1 : 1);
        result = QDateTime(date, time, QTimeZone(seconds));
    }
    if (!result.isValid())
        return std::nullopt;
    return result.toUTC();
}

std::optional<MessageSender> ImportValues::sender(const QString& text)
{
    const QString key = text.trimmed().toLower();
    static const QStringList s_agent { QStringLiteral("agent"), QStringLiteral("상담사"), QStringLiteral("상담원"),
                                       QStringLiteral("직원"), QStringLiteral("operator") };
    static const QStringList s_customer { QStringLiteral("customer"), QStringLiteral("고객"), QStringLiteral("client") };
    static const QStringList s_bot { QStringLiteral("bot"), QStringLiteral("챗봇"), QStringLiteral("봇") };
    static const QStringList s_system { QStringLiteral("system"), QStringLiteral("시스템") };
    if (s_agent.contains(key))
        return MessageSender::Agent;
    if (s_customer.contains(key))
        return MessageSender::Customer;
    if (s_bot.contains(key))
        return MessageSender::Bot;
    if (s_system.contains(key))
        return MessageSender::System;
    return std::nullopt;
}

std::optional<bool> ImportValues::flag(const QString& text)
{
    const QString key = text.trimmed().toLower();
    static const QStringList s_yes { QStringLiteral("1"), QStringLiteral("y"), QStringLiteral("yes"),
                                     QStringLiteral("true"), QStringLiteral("예"), QStringLiteral("o") };
    static const QStringList s_no { QStringLiteral("0"), QStringLiteral("n"), QStringLiteral("no"),
                                    QStringLiteral("false"), QStringLiteral("아니오"), QStringLiteral("x") };
    if (s_yes.contains(key))
        return true;
    if (s_no.contains(key))
        return false;
    return std::nullopt;
}

std::optional<int> ImportValues::integer(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

QString ImportValues::expectedDateTime()
{
    return tr("a date and time such as 2026-01-05 10:31:02 or 2026-01-05T10:31:02+09:00");
}

QString ImportValues::expectedSender()
{
    return tr("agent, customer, bot or system (상담사, 고객, 챗봇, 시스템)");
}

QString ImportValues::expectedFlag()
{
    return tr("1/0, Y/N, yes/no or true/false");
}

} // namespace qadesk
