#include "PersonalDataMasker.h"

#include <QDate>
#include <QRegularExpression>

namespace qadesk {
namespace {

// Replaces every match of `pattern` with what `replace` makes of it; it may return the match unchanged.
template <typename Replace> QString replaceMatches(const QString& text, const QRegularExpression& pattern, Replace replace)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        result += replace(match);
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// Masks all digits but the last `keep`, leaving separators in place.
QString maskDigits(const QString& text, int keep)
{
    int remaining = int(digitsOf(text).size());
    QString result;
    for (const QChar c : text) {
        if (c.isDigit()) {
            result += remaining > keep ? QLatin1Char('*') : c;
            --remaining;
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace

bool PersonalDataMasker::luhnValid(const QString& digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

QString PersonalDataMasker::mask(const QString& text)
{
    // Between digit groups people type "-", "." or a space, and around a dash or dot sometimes spaces too:
    // 4111-1111-…, 4111.1111.…, 4111 - 1111 - …, 010 1234 5678.
    static const QString s_separator = QStringLiteral("(?: ?[-.] ?| )");
    static const QRegularExpression s_email(
        QStringLiteral("(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)(@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})\\b"));
    static const QRegularExpression s_rrn(
        QStringLiteral("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})( ?- ?| |)([1-8])(\\d{6})(?!\\d)"));
    static const QRegularExpression s_card(QStringLiteral("(?<!\\d)\\d(?:") + s_separator
                                           + QStringLiteral("?\\d){12,18}(?!\\d)"));
    // +82 10-1234-5678, +82-2-123-4567, +82 (0)10 …: the country code replaces the trunk 0.
    static const QRegularExpression s_internationalPhone(QStringLiteral("(\\+82 ?-? ?(?:\\(0\\) ?)?\\d{1,2}")
                                                         + s_separator + QStringLiteral("?)(\\d{3,4})(")
                                                         + s_separator + QStringLiteral("?\\d{4})(?!\\d)"));
    // 010-1234-5678, 02-123-4567, (02) 123-4567, 01012345678.
    static const QRegularExpression s_phone(QStringLiteral("(?<![\\d+])((?:\\(0\\d{1,2}\\)|0\\d{1,2})") + s_separator
                                            + QStringLiteral("?)(\\d{3,4})(") + s_separator
                                            + QStringLiteral("?\\d{4})(?!\\d)"));

    QString result = replaceMatches(text, s_email, [](const QRegularExpressionMatch& m) {
        // The first letter stays when more follow; a one-letter name would be given away by it.
        const QString name = m.captured(1);
        const qsizetype kept = name.size() > 1 ? 1 : 0;
        return name.left(kept) + QString(name.size() - kept, QLatin1Char('*')) + m.captured(2);
    });
    result = replaceMatches(result, s_rrn, [](const QRegularExpressionMatch& m) {
        // A real birth date (the gender digit gives the century) or it is just a number.
        const int gender = m.captured(5).toInt();
        const int century = gender == 1 || gender == 2 || gender == 5 || gender == 6 ? 1900 : 2000;
        const QDate birth(century + m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!birth.isValid())
            return m.captured(0);
        const QString separator = m.captured(4).isEmpty() ? QStringLiteral("-") : m.captured(4);
        return m.captured(1) + m.captured(2) + m.captured(3) + separator + m.captured(5) + QStringLiteral("******");
    });
    result = replaceMatches(result, s_card, [](const QRegularExpressionMatch& m) {
        const QString digits = digitsOf(m.captured(0));
        return digits.size() >= 13 && luhnValid(digits) ? maskDigits(m.captured(0), 4) : m.captured(0);
    });
    const auto maskMiddle = [](const QRegularExpressionMatch& m) {
        return m.captured(1) + QString(m.captured(2).size(), QLatin1Char('*')) + m.captured(3);
    };
    result = replaceMatches(result, s_internationalPhone, maskMiddle);
    return replaceMatches(result, s_phone, maskMiddle);
}

} // namespace qadesk
