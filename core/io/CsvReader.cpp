#include "CsvReader.h"

namespace qadesk {

QChar CsvReader::detectDelimiter(const QString& text)
{
    int counts[3] = {};
    static constexpr char16_t s_candidates[3] = { u',', u'\t', u';' };
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        for (int k = 0; k < 3; ++k)
            counts[k] += !quoted && c == QChar(s_candidates[k]);
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return QChar(s_candidates[best]);
}

QList<CsvRecord> CsvReader::parse(const QString& text, QString* error)
{
    const QChar delimiter = detectDelimiter(text);
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false; // anything seen on this record, so a blank line can be skipped
    int line = 1;
    int quoteLine = 0;
    record.line = 1;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        if (fieldStarted) {
            endField();
            records.append(record);
        }
        record = CsvRecord {};
        fieldStarted = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (!fieldStarted) {
            fieldStarted = true;
            record.line = line;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else if (!(c == QChar(0xFEFF) && i == 0)) {
            // The rest of an unquoted field in one piece: a quote inside it is an ordinary character.
            qsizetype end = i + 1;
            while (end < size && text.at(end) != delimiter && text.at(end) != QLatin1Char('\r')
                   && text.at(end) != QLatin1Char('\n'))
                ++end;
            field += QStringView(text).sliced(i, end - i);
            i = end - 1;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("line %1: a quoted field is never closed").arg(quoteLine);
        return {};
    }
    endRecord();
    return records;
}

CsvHeader::CsvHeader(const QStringList& names)
{
    for (const QString& name : names)
        m_names.append(name.trimmed().toLower().remove(QChar(0xFEFF)).remove(QLatin1Char(' ')));
}

int CsvHeader::find(const QStringList& aliases) const
{
    for (const QString& alias : aliases) {
        const int position = int(m_names.indexOf(alias.toLower()));
        if (position >= 0)
            return position;
    }
    return -1;
}

} // namespace qadesk
