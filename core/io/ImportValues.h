#pragma once

#include "model/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace qadesk {

// Parsers for the values import files carry, shared by the manifest and transcript readers. Each returns nullopt
// for anything it does not accept; the caller reports it with the file, line and column.
class ImportValues final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ImportValues)

public:
    // ISO 8601 ("2026-01-05T10:31:02+09:00", "…Z") or "2026-01-05 10:31:02" (also with / or . between date parts,
    // seconds optional, fractions allowed). A time without an offset is in `zone`. Returns UTC.
    static std::optional<QDateTime> dateTime(const QString& text, const QTimeZone& zone);
    // agent/상담사/상담원/직원, customer/고객/client, bot/챗봇/봇, system/시스템 — any case.
    static std::optional<MessageSender> sender(const QString& text);
    // 1/0, y/n, yes/no, true/false, 예/아니오, o/x, Y/N.
    static std::optional<bool> flag(const QString& text);
    // A whole number in min..max (spaces around it allowed).
    static std::optional<int> integer(const QString& text, int min, int max);

    static QString expectedDateTime(); // how to write a time, for messages
    static QString expectedSender();
    static QString expectedFlag();
};

} // namespace qadesk
