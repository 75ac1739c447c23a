#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace qadesk {

struct CsvRecord {
    int line = 0; // 1-based line where the record starts (a quoted field may span lines)
    QStringList fields;
};

// RFC 4180 CSV as spreadsheets write it: quoted fields with doubled quotes and line breaks inside, CRLF or LF.
// The delimiter is the one of comma, tab and semicolon that the first line uses most (outside quotes).
// Blank lines are skipped. A quote left open reports the line it opened on.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::CsvReader)

public:
    static QList<CsvRecord> parse(const QString& text, QString* error);
    static QChar detectDelimiter(const QString& text);
};

// Maps header names (with aliases, any case, BOM and spaces ignored) to column positions.
class CsvHeader final {
public:
    explicit CsvHeader(const QStringList& names);
    // Position of the first of `aliases` present, or -1.
    int find(const QStringList& aliases) const;

private:
    QStringList m_names;
};

} // namespace qadesk
